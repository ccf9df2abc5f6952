import type { SchemaVersion } from './types';

/**
 * Version 1: pages by normalised address (and last visit, for "recent pages"); annotations by id,
 * by page and by tag (multi-entry); tags by case-folded name.
 * Annotation records of v1 had no `words` and no `evidence`.
 */
export const v1: SchemaVersion = {
  version: 1,
  stores: {
    pages: 'url, lastVisit',
    annotations: 'id, pageUrl, *tags, createdAt',
    tags: 'key, name',
  },
};
