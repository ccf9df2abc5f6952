import type { Transaction } from 'dexie';

/**
 * One schema version of the notes database. Versions are only ever added (never edited once
 * released): a reader's database on disk holds data from whichever version they last ran.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, then indexes (`*` = multi-entry). Null deletes a table. */
  stores: Record<string, string | null>;
  /** Moves the previous version's data into this version's shape. */
  upgrade?: (tx: Transaction) => void | PromiseLike<unknown>;
}
