import { rebuildPostings } from '../postings-build';
import type { SchemaVersion } from './types';

/**
 * Version 5: postings, so a word search counts its matches at 100,000 notes in a few tens of
 * records read instead of one index entry per note holding each word (lib/storage/postings.ts).
 * A new table `postings`: per common word (held by TRACK_MIN notes or more), the ids of the notes
 * holding it in sorted blocks, keyed [word, from], and the registry of those words. The `words`
 * index stays (rare words are read from it, and the first screenful walks it newest first).
 * The upgrade builds the postings from the stored notes, exactly as the index holds their words
 * (damaged records included: `indexedWords` reads whatever `words` holds, never throws); no note
 * record changes. From then on lib/storage/postings-middleware.ts keeps them in step.
 */
export const v5: SchemaVersion = {
  version: 5,
  stores: {
    postings: '[word+from]',
  },
  upgrade: (tx) => rebuildPostings(tx.table('annotations'), tx.table('postings')),
};
