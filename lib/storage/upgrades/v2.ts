import { wordsOf } from '../words';
import type { SchemaVersion } from './types';

/**
 * Version 2: word search. Adds a multi-entry index of folded words of each annotation's text and
 * note (so a search is an index look-up at 100,000 notes) and an index on updatedAt (recent notes);
 * claims gain evidence links. The upgrade fills `words` and `evidence` in every v1 record; it only
 * adds fields, so a record it cannot read is left as it was and reported on read.
 */
export const v2: SchemaVersion = {
  version: 2,
  stores: {
    annotations: 'id, pageUrl, *tags, createdAt, updatedAt, *words',
  },
  upgrade: (tx) =>
    tx
      .table('annotations')
      .toCollection()
      .modify((a: Record<string, unknown>) => {
        if (!Array.isArray(a.words)) {
          a.words = wordsOf(typeof a.text === 'string' ? a.text : '', typeof a.note === 'string' ? a.note : '');
        }
        if (!Array.isArray(a.evidence)) a.evidence = [];
      }),
};
