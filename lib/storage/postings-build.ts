import type { Table } from 'dexie';
import type { NotesDb } from './db';
import { buildPostings, indexedWords } from './postings';

/** Notes read per step while building the postings (a few MB of records at a time). */
const READ_BATCH = 2000;

/**
 * The postings of every common word made again from the stored notes (paged by id: 100,000
 * records are never held at once), replacing whatever the table held. Call inside a transaction
 * over both tables (the v5 upgrade's, or `rebuildAllPostings`).
 */
export async function rebuildPostings(notes: Table, postings: Table): Promise<void> {
  const byWord = new Map<string, string[]>();
  let last: unknown = null;
  for (;;) {
    const batch: unknown[] = await (last === null ? notes.orderBy(':id') : notes.where(':id').above(last)).limit(READ_BATCH).toArray();
    if (!batch.length) break;
    for (const raw of batch) {
      const id = (raw as { id?: unknown }).id;
      // A record with a non-string key stays out (postings.ts: its words fall back to the index).
      if (typeof id !== 'string') continue;
      for (const w of indexedWords(raw)) {
        const ids = byWord.get(w);
        if (ids) ids.push(id);
        else byWord.set(w, [id]);
      }
    }
    last = (batch[batch.length - 1] as { id?: unknown }).id;
  }
  await postings.clear();
  await postings.bulkPut(buildPostings(byWord));
}

/**
 * Build the postings of a whole library in one transaction (after a large import, say: searches
 * would otherwise track its common words one at a time, each first search reading the index).
 */
export async function rebuildAllPostings(db: NotesDb): Promise<void> {
  await db.transaction('rw', db.annotations, db.postings, () => rebuildPostings(db.annotations, db.postings));
}
