import { buildBlocks, indexedWords } from '../postings';
import type { SchemaVersion } from './types';

/** Notes read per step while building the postings (a few MB of records at a time). */
const READ_BATCH = 2000;

/**
 * Version 5: postings, so a word search counts its matches at 100,000 notes in a few tens of
 * records read instead of one index entry per note holding each word (lib/storage/postings.ts).
 * A new table `postings`: per word, the ids of the notes holding it in sorted blocks, keyed
 * [word, from]. The `words` index stays (the first screenful walks it newest first).
 * The upgrade builds the postings from the stored notes, exactly as the index holds their words
 * (damaged records included: `indexedWords` reads whatever `words` holds, never throws); no note
 * record changes. From then on lib/storage/postings-middleware.ts keeps them in step.
 */
export const v5: SchemaVersion = {
  version: 5,
  stores: {
    postings: '[word+from]',
  },
  upgrade: async (tx) => {
    const notes = tx.table('annotations');
    const byWord = new Map<string, string[]>();
    let last: unknown = null;
    for (;;) {
      // Paged by primary key: 100,000 records are never held at once.
      const batch: unknown[] = await (last === null ? notes.orderBy(':id') : notes.where(':id').above(last)).limit(READ_BATCH).toArray();
      if (!batch.length) break;
      for (const raw of batch) {
        const id = (raw as { id?: unknown }).id;
        // A record with a non-string key stays out (see postings.ts: its words fall back to the index).
        if (typeof id !== 'string') continue;
        for (const w of indexedWords(raw)) {
          const ids = byWord.get(w);
          if (ids) ids.push(id);
          else byWord.set(w, [id]);
        }
      }
      last = (batch[batch.length - 1] as { id?: unknown }).id;
    }
    const postings = tx.table('postings');
    await postings.clear();
    await postings.bulkPut(buildBlocks(byWord));
  },
};
