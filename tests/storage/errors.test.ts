import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb, openDb, type NotesDb } from '../../lib/storage/db';
import { STORAGE_MESSAGES, toStorageError } from '../../lib/storage/errors';
import { addNote, updateNote } from '../../lib/storage/notes';
import { freshDb, freshIndexedDb, PAGE, sel } from './fresh-db';

const dom = (name: string, message = '') => new DOMException(message, name);

describe('toStorageError', () => {
  it.each([
    ['a DOM quota error', dom('QuotaExceededError'), 'quota'],
    ['Dexie’s quota error', new Dexie.QuotaExceededError('full'), 'quota'],
    ['an abort caused by the quota', new Dexie.AbortError('aborted', dom('QuotaExceededError')), 'quota'],
    ['a quota only named in words', new Error('Encountered full disk while opening backing store: quota'), 'quota'],
    ['IndexedDB missing', new Dexie.MissingAPIError('indexedDB API missing'), 'unavailable'],
    ['a private-window open failure', new Dexie.OpenFailedError(dom('InvalidStateError', 'A mutation operation was attempted')), 'unavailable'],
    ['a security refusal', dom('SecurityError'), 'unavailable'],
    ['a version conflict', new Dexie.VersionError('The requested version is less than the existing version'), 'blocked'],
    ['a duplicate key', new Dexie.ConstraintError('Key already exists'), 'invalid'],
    ['anything else', new Error('boom'), 'unknown'],
    ['a thrown string', 'boom', 'unknown'],
  ])('%s → %s', (_l, e, kind) => {
    const err = toStorageError(e);
    expect(err.kind).toBe(kind);
    expect(err.message).toBe(STORAGE_MESSAGES[kind as keyof typeof STORAGE_MESSAGES]);
    expect(err.detail.length).toBeGreaterThan(0);
  });
});

describe('failing writes keep what the user typed', () => {
  let db: NotesDb | null = null;
  afterEach(() => {
    db?.close();
    db = null;
    vi.restoreAllMocks();
  });

  it('a full disk returns the note unsaved with a quota message', async () => {
    db = freshDb();
    await db.open();
    vi.spyOn(db.annotations, 'add').mockRejectedValue(new Dexie.AbortError('aborted', dom('QuotaExceededError')));
    const input = { pageUrl: PAGE, selectors: sel('passage'), kind: 'note' as const, note: 'A long thought I typed' };
    const r = await addNote(db, input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.kind).toBe('quota');
    expect(!r.ok && r.unsaved).toBe(input);
  });

  it('an edit that fails returns the edit unsaved', async () => {
    db = freshDb();
    const added = await addNote(db, { pageUrl: PAGE, selectors: sel('passage'), kind: 'note' });
    vi.spyOn(db.annotations, 'put').mockRejectedValue(dom('QuotaExceededError'));
    const r = await updateNote(db, added.ok ? added.value.id : '', { note: 'edited text' });
    expect(!r.ok && r.error.kind).toBe('quota');
    expect(!r.ok && r.unsaved.patch).toEqual({ note: 'edited text' });
  });

  it('no IndexedDB (private mode) is reported as unavailable', async () => {
    freshIndexedDb();
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
    db = createDb('no-idb');
    const opened = await openDb(db);
    expect(!opened.ok && opened.error.kind).toBe('unavailable');
    const input = { pageUrl: PAGE, selectors: sel('passage'), kind: 'note' as const, note: 'typed' };
    const r = await addNote(db, input);
    expect(!r.ok && r.error.kind).toBe('unavailable');
    expect(!r.ok && r.unsaved).toBe(input);
  });

  it('an upgrade blocked by another tab is reported, not waited for forever', async () => {
    const idb = freshIndexedDb();
    // "Another tab": an old connection at version 1 (Dexie stores version × 10) that ignores versionchange.
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = idb.open('blocked-notes', 10);
      req.onupgradeneeded = () => req.result.createObjectStore('pages', { keyPath: 'url' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db = createDb('blocked-notes');
    const opened = await openDb(db);
    expect(!opened.ok && opened.error.kind).toBe('blocked');
    other.close();
  });

  it('opens normally when nothing is in the way', async () => {
    db = freshDb();
    expect((await openDb(db)).ok).toBe(true);
  });
});
