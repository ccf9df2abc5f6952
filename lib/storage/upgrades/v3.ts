import type { SchemaVersion } from './types';

/**
 * Version 3: the notes library and people across articles.
 * - Annotations gain indexes on `verdict`, `speaker` and `deletedAt`, so the library filters by
 *   verdict and speaker and leaves deleted notes out with index look-ups at 100,000 notes
 *   (IndexedDB leaves null values out of an index: only claims, quotes with a named speaker and
 *   deleted notes are in them).
 * - A new `people` table: the specialists and speakers of the pages the reader annotated, merged
 *   across pages by name, each with the roles and quotes every article gave them.
 * No record changes shape, so there is nothing to rewrite: IndexedDB builds the new indexes from
 * the stored records.
 */
export const v3: SchemaVersion = {
  version: 3,
  stores: {
    annotations: 'id, pageUrl, *tags, createdAt, updatedAt, *words, verdict, speaker, deletedAt',
    people: 'key, surname, *pageUrls, updatedAt',
  },
};
