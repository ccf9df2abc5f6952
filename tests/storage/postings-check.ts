import { expect } from 'vitest';
import type { NotesDb } from '../../lib/storage/db';
import { BLOCK, TRACKED_KEY, trackedOf, validBlock, type PostingRecord } from '../../lib/storage/postings';
import { trackingSettled } from '../../lib/storage/postings-search';
import { distinctKeys } from '../../lib/storage/queries';

/** Every word of the `words` index with its note ids (string keys, ascending), read from the index itself. */
export async function indexByWord(db: NotesDb): Promise<Map<string, string[]>> {
  const words = (await distinctKeys(db, 'words', null, 1e9)).filter((w): w is string => typeof w === 'string');
  const out = new Map<string, string[]>();
  for (const w of words) out.set(w, ((await db.annotations.where('words').equals(w).primaryKeys()) as unknown[]).filter((k): k is string => typeof k === 'string'));
  return out;
}

/** Every word of the postings with its ids, checking each block's shape and bounds on the way. */
export async function postingsByWord(db: NotesDb): Promise<Map<string, string[]>> {
  const blocks = (await db.postings.toArray()).filter((b) => b.word !== '') as PostingRecord[];
  const out = new Map<string, string[]>();
  for (const b of blocks) {
    expect(validBlock(b), `block ${b.word}/${b.from}`).toBe(true);
    expect(b.ids.length).toBeLessThanOrEqual(BLOCK);
    const ids = out.get(b.word) ?? [];
    // Ids of a word's blocks, in key order, ascend across blocks too.
    if (ids.length) expect(ids[ids.length - 1] < b.ids[0], `blocks of ${b.word} overlap`).toBe(true);
    out.set(b.word, ids.concat(b.ids));
  }
  return out;
}

/** The tracked words of the registry. */
export async function trackedWords(db: NotesDb): Promise<string[]> {
  return [...trackedOf(await db.postings.get(TRACKED_KEY))].sort();
}

/** The postings hold exactly what the index holds, for every tracked word (and no other word has blocks). */
export async function expectPostingsMatchIndex(db: NotesDb): Promise<void> {
  const [index, postings, tracked] = await Promise.all([indexByWord(db), postingsByWord(db), trackedWords(db)]);
  expect(Object.fromEntries(postings)).toEqual(Object.fromEntries(tracked.map((w) => [w, index.get(w) ?? []]).filter(([, ids]) => ids.length)));
}

/**
 * Run `f` with the postings table empty (every search then reads the index), then put them back
 * (after any tracking its searches started, which they replace).
 */
export async function withoutPostings<T>(db: NotesDb, f: () => Promise<T>): Promise<T> {
  const saved = await db.postings.toArray();
  await db.postings.clear();
  try {
    return await f();
  } finally {
    await trackingSettled(db);
    await db.postings.clear();
    await db.postings.bulkPut(saved);
  }
}
