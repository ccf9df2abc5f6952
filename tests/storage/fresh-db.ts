import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDb, type NotesDb } from '../../lib/storage/db';
import type { AnnotationRecord } from '../../lib/storage/schemas';
import type { SchemaVersion } from '../../lib/storage/upgrades/types';

/** A new, empty IndexedDB for each test, so tests never see each other's data. */
export function freshIndexedDb(): IDBFactory {
  const f = new IDBFactory();
  Dexie.dependencies.indexedDB = f;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  return f;
}

export function freshDb(name = 'test-notes', versions?: readonly SchemaVersion[]): NotesDb {
  freshIndexedDb();
  return versions ? createDb(name, versions) : createDb(name);
}

export const PAGE = 'https://news.example/2024/petition';

/** Selectors for a passage, as the content script would make them. */
export function sel(exact: string, start = 0) {
  return {
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  };
}

/**
 * A stored note record with plain defaults (one page, text "x", no tags), for tests that fill a
 * database directly (bypassing addNote) and only care about a few fields: ids, times, words.
 */
export function storedNote(fields: { id: string } & Partial<AnnotationRecord>): AnnotationRecord {
  return {
    pageUrl: 'https://news.example/a',
    selectors: { quote: { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' } },
    text: 'x',
    note: '',
    tags: [],
    colour: null,
    kind: 'note' as const,
    verdict: null,
    evidence: [],
    speaker: null,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    words: ['x'],
    ...fields,
  };
}
