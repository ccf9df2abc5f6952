import Dexie, { type EntityTable } from 'dexie';
import type { AnnotationRecord, PageRecord, PersonRecord, TagRecord } from './schemas';
import type { SchemaVersion } from './upgrades/types';
import { v1 } from './upgrades/v1';
import { v2 } from './upgrades/v2';
import { v3 } from './upgrades/v3';
import { v4 } from './upgrades/v4';
import { v5 } from './upgrades/v5';
import type { PostingRecord, TrackedRecord } from './postings';
import { postingsMiddleware } from './postings-middleware';
import { storageError, toStorageError, type WriteResult } from './errors';

/**
 * The notes database (Dexie over IndexedDB). It takes IndexedDB from Dexie's defaults, so the
 * extension uses the browser's and tests swap in fake-indexeddb through `Dexie.dependencies`.
 */
export type NotesDb = Dexie & {
  pages: EntityTable<PageRecord, 'url'>;
  annotations: EntityTable<AnnotationRecord, 'id'>;
  tags: EntityTable<TagRecord, 'key'>;
  /** Since v3: people met in annotated articles (lib/storage/people.ts). */
  people: EntityTable<PersonRecord, 'key'>;
  /** Since v5: per common word, the ids of the notes holding it, and the registry of those words (lib/storage/postings.ts). */
  postings: Dexie.Table<PostingRecord | TrackedRecord, [string, string]>;
};

export const DB_NAME = 'sourcelight-notes';

/** Every schema version, oldest first. Only ever append. */
export const VERSIONS: readonly SchemaVersion[] = [v1, v2, v3, v4, v5];

/** Declare schema versions on a Dexie instance (exported so tests can build an older database). */
export function applyVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const ver = db.version(v.version).stores(v.stores);
    if (v.upgrade) ver.upgrade(v.upgrade);
  }
}

/** A database handle; nothing is opened until first use (or `openDb`). */
export function createDb(name: string = DB_NAME, versions: readonly SchemaVersion[] = VERSIONS): NotesDb {
  const db = new Dexie(name) as NotesDb;
  applyVersions(db, versions);
  // Every write to the notes updates the postings in its transaction (from v5 on; a no-op before).
  db.use(postingsMiddleware);
  // When another tab (a newer build) upgrades the schema, step aside instead of blocking it;
  // Dexie reopens this handle on next use.
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: false });
    return false;
  });
  return db;
}

/**
 * Open the database, turning failures into a StorageError. A blocked upgrade (another tab holds
 * an older version open) is reported at once rather than leaving the caller waiting.
 */
export async function openDb(db: NotesDb): Promise<WriteResult<NotesDb, null>> {
  let onBlocked: () => void = () => {};
  const blocked = new Promise<'blocked'>((resolve) => {
    onBlocked = () => resolve('blocked');
  });
  db.on('blocked', onBlocked);
  try {
    const r = await Promise.race([db.open(), blocked]);
    if (r === 'blocked') return { ok: false, error: storageError('blocked', 'upgrade blocked by another connection'), unsaved: null };
    return { ok: true, value: db };
  } catch (e) {
    return { ok: false, error: toStorageError(e), unsaved: null };
  } finally {
    db.on('blocked').unsubscribe(onBlocked);
  }
}
