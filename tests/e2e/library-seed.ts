import type { Page } from 'playwright-core';
import type { AnnotationRecord, PageRecord, PersonRecord, TagRecord } from '../../lib/storage/schemas';

export interface Seed {
  annotations: AnnotationRecord[];
  pages?: PageRecord[];
  tags?: TagRecord[];
  people?: PersonRecord[];
}

/**
 * Write records straight into the extension's notes database from an extension page (`page`
 * must be one, after the library has opened the database, so the stores exist). Raw IndexedDB:
 * the page's own Dexie connection stays open at the same version, so nothing blocks.
 */
export async function seedNotes(page: Page, seed: Seed): Promise<void> {
  await page.evaluate(async (s) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('sourcelight-notes');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = db.transaction(['annotations', 'pages', 'tags', 'people'], 'readwrite');
    for (const a of s.annotations) tx.objectStore('annotations').put(a);
    for (const p of s.pages ?? []) tx.objectStore('pages').put(p);
    for (const t of s.tags ?? []) tx.objectStore('tags').put(t);
    for (const p of s.people ?? []) tx.objectStore('people').put(p);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, seed);
}
