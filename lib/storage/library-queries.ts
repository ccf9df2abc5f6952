import Dexie from 'dexie';
import type { NotesDb } from './db';

/**
 * Counts for the notes library that leave room for its other reads. Chromium runs a database's
 * requests one after another, and an IndexedDB count walks every entry in one request: seconds at
 * 100,000 notes on a busy machine, during which the rows of a scrolled list wait. Here the walk is
 * cut into steps (one key cursor advancing `step` entries per request), so the requests of the
 * rows run between the steps.
 */

/** Entries counted per request. */
export const COUNT_STEP = 5000;

/** How many notes the database holds (soft-deleted ones included), counted a step at a time. */
export async function countNotesInSteps(db: NotesDb, step = COUNT_STEP): Promise<number> {
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  return new Promise((resolve, reject) => {
    const tx = idb.transaction('annotations', 'readonly');
    const store = tx.objectStore('annotations');
    tx.onabort = () => reject(tx.error);
    // Entries up to and including the cursor's, and its key: primary keys are unique, so what lies
    // past the last position is a count of a range of fewer than `step` entries.
    let at = 0;
    let last: IDBValidKey | null = null;
    const req = store.openKeyCursor();
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const c = req.result;
      if (c) {
        at += last === null ? 1 : step;
        last = c.primaryKey;
        c.advance(step);
        return;
      }
      if (last === null) return resolve(0);
      const KR = Dexie.dependencies.IDBKeyRange as typeof IDBKeyRange;
      const rest = store.count(KR.lowerBound(last, true));
      rest.onerror = () => reject(rest.error);
      rest.onsuccess = () => resolve(at + rest.result);
    };
  });
}
