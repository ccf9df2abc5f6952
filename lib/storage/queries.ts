import Dexie, { cmp } from 'dexie';
import type { NotesDb } from './db';

/**
 * Read-only, paged look-ups of note ids for lists of 100,000 notes: an index is walked a page at
 * a time with a raw IndexedDB key cursor that resumes right after the last entry it returned
 * (`continuePrimaryKey`: a seek, not a re-count from the start), so the first screenful costs
 * one page, whatever the size of the database. No records are read here.
 */

/** One page of ids; `done` once the source has nothing more. */
export interface IdPage {
  ids: string[];
  done: boolean;
}

/** Ids in a fixed order, read a page at a time. */
export interface IdStream {
  next(max: number): Promise<IdPage>;
}

export type Direction = 'next' | 'prev';

/** An index key range: one key, or bounds (inclusive lower, exclusive upper when `upperOpen`). */
export type KeyRange = { only: IDBValidKey } | { lower?: IDBValidKey; upper?: IDBValidKey; upperOpen?: boolean } | { prefix: string };

/** The native database under Dexie (opened if need be). */
export async function native(db: NotesDb): Promise<IDBDatabase> {
  if (!db.isOpen()) await db.open();
  return db.backendDB();
}

function toIdbRange(r: KeyRange | null): IDBKeyRange | null {
  const KR = Dexie.dependencies.IDBKeyRange as typeof IDBKeyRange;
  if (!r) return null;
  if ('only' in r) return KR.only(r.only);
  // Every string starting with the prefix sorts below prefix + U+FFFF (Dexie's startsWith does the same).
  if ('prefix' in r) return KR.bound(r.prefix, `${r.prefix}\uffff`, false, false);
  if (r.lower !== undefined && r.upper !== undefined) return KR.bound(r.lower, r.upper, false, !!r.upperOpen);
  if (r.lower !== undefined) return KR.lowerBound(r.lower);
  if (r.upper !== undefined) return KR.upperBound(r.upper, !!r.upperOpen);
  return null;
}

/** Whether getAllKeys takes an options dictionary with a direction (IndexedDB 3; Chromium 141+). */
let getAllDirection: boolean | null = null;

/**
 * The first `count` primary keys of one index key in a direction, in one native call; null when
 * the browser's getAllKeys has no direction (an options dictionary is then an invalid key: it throws).
 */
function keysWithDirection(source: IDBIndex, key: IDBValidKey, count: number, dir: Direction): Promise<string[]> | null {
  if (getAllDirection === false) return null;
  const KR = Dexie.dependencies.IDBKeyRange as typeof IDBKeyRange;
  let req: IDBRequest<IDBValidKey[]>;
  try {
    req = source.getAllKeys({ query: KR.only(key), count, direction: dir } as unknown as IDBKeyRange);
    getAllDirection = true;
  } catch {
    getAllDirection = false;
    return null;
  }
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as string[]);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Entries of one index key read by re-reading from its start (getAllKeys with a count) before a
 * walk switches to a cursor: a native getAllKeys of 100 ids is several times faster than 100
 * cursor steps in Chromium, and the first screenful of a search is a page or two.
 */
const REREAD_LIMIT = 2000;

/**
 * The primary keys of an index range in index order (key, then primary key; `prev` reverses).
 * For one key of an index (a word, a tag) that is id order, and note ids sort by creation time.
 */
export function indexStream(db: NotesDb, index: string, range: KeyRange | null, dir: Direction, rereadLimit = REREAD_LIMIT): IdStream {
  let last: { key: IDBValidKey; pk: string } | null = null;
  let done = false;
  let returned = 0;
  const sign = dir === 'next' ? 1 : -1;
  return {
    async next(max) {
      if (done) return { ids: [], done };
      const idb = await native(db);
      if (range && 'only' in range && index !== ':id' && returned + max <= rereadLimit) {
        const count = returned + max;
        const read = keysWithDirection(idb.transaction('annotations', 'readonly').objectStore('annotations').index(index), range.only, count, dir);
        if (read) {
          const all = await read;
          // Positions shift when notes are added or removed meanwhile: resume after the last id, not at an offset.
          const after = last ? all.filter((pk) => cmp(pk, last!.pk) * sign > 0) : all;
          const ids = after.slice(0, max);
          returned += ids.length;
          if (ids.length) last = { key: range.only, pk: ids[ids.length - 1] };
          done = all.length < count && ids.length === after.length;
          return { ids, done };
        }
      }
      const ids: string[] = [];
      await new Promise<void>((resolve, reject) => {
        const tx = idb.transaction('annotations', 'readonly');
        const store = tx.objectStore('annotations');
        const source = index === ':id' ? store : store.index(index);
        // Resume from the last key returned: a range starting (or ending) at it, then a seek past it.
        let r = toIdbRange(range);
        if (last) {
          const KR = Dexie.dependencies.IDBKeyRange as typeof IDBKeyRange;
          const lo = dir === 'next' ? last.key : r?.lower;
          const hi = dir === 'next' ? r?.upper : last.key;
          const upperOpen = dir === 'next' ? (r?.upperOpen ?? false) : false;
          r = lo !== undefined && hi !== undefined ? KR.bound(lo, hi, false, upperOpen) : lo !== undefined ? KR.lowerBound(lo) : KR.upperBound(hi);
        }
        const req = source.openKeyCursor(r, dir);
        req.onerror = () => reject(req.error);
        tx.onabort = () => reject(tx.error);
        req.onsuccess = () => {
          const c = req.result;
          if (!c) {
            done = true;
            return resolve();
          }
          const pk = c.primaryKey as string;
          if (last) {
            const k = cmp(c.key, last.key) * sign;
            const p = cmp(pk, last.pk) * sign;
            if (k < 0 || (k === 0 && p <= 0)) {
              // Still at or before the last entry returned: seek past it (an index) or step.
              if (k === 0 && p < 0 && source !== store) (c as IDBCursor).continuePrimaryKey(last.key, last.pk);
              else c.continue();
              return;
            }
          }
          ids.push(pk);
          returned++;
          last = { key: c.key, pk };
          if (ids.length >= max) return resolve();
          c.continue();
        };
      });
      return { ids, done };
    },
  };
}

/**
 * The distinct keys of an index range (the words starting with a prefix, the speakers), at most
 * `max + 1`. Each step seeks to the next larger key: a "nextunique" cursor would step over every
 * duplicate inside the database (37,000 notes holding one common word).
 */
export async function distinctKeys(db: NotesDb, index: string, range: KeyRange | null, max: number): Promise<IDBValidKey[]> {
  const idb = await native(db);
  return new Promise((resolve, reject) => {
    const out: IDBValidKey[] = [];
    const req = idb.transaction('annotations', 'readonly').objectStore('annotations').index(index).openKeyCursor(toIdbRange(range), 'nextunique');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const c = req.result;
      if (!c) return resolve(out);
      out.push(c.key);
      if (out.length > max) return resolve(out);
      // The smallest string above a string key is that key plus U+0000.
      if (typeof c.key === 'string') c.continue(`${c.key}\u0000`);
      else c.continue();
    };
  });
}

/** How many index entries a range holds (an upper bound of the notes it matches). */
export async function countRange(db: NotesDb, index: string, range: KeyRange | null): Promise<number> {
  const idb = await native(db);
  return new Promise((resolve, reject) => {
    const store = idb.transaction('annotations', 'readonly').objectStore('annotations');
    const req = (index === ':id' ? store : store.index(index)).count(toIdbRange(range) ?? undefined);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => resolve(req.result);
  });
}

/**
 * Several id-ordered streams as one, in the same order, each id once (a note holding "vaccine"
 * and "vaccines" matches the prefix "vacc" twice). Every stream must be sorted by id.
 */
export function mergeStreams(streams: IdStream[], dir: Direction): IdStream {
  if (streams.length === 1) return streams[0];
  const sign = dir === 'next' ? 1 : -1;
  const heads = streams.map((s) => ({ s, buf: [] as string[], done: false }));
  let lastOut: string | null = null;
  const before = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0) * sign < 0;
  return {
    async next(max) {
      const ids: string[] = [];
      while (ids.length < max) {
        // Every stream that may hold more ids needs one buffered before the smallest can be picked.
        const empty = heads.filter((h) => !h.buf.length && !h.done);
        if (empty.length)
          await Promise.all(
            empty.map(async (h) => {
              const p = await h.s.next(Math.max(max, 100));
              h.buf = p.ids;
              h.done = p.done;
            }),
          );
        if (heads.some((h) => !h.buf.length && !h.done)) continue;
        let best: (typeof heads)[number] | null = null;
        for (const h of heads) if (h.buf.length && (!best || before(h.buf[0], best.buf[0]))) best = h;
        if (!best) return { ids, done: true };
        const id = best.buf.shift()!;
        if (id !== lastOut) ids.push(id);
        lastOut = id;
      }
      return { ids, done: heads.every((h) => !h.buf.length && h.done) };
    },
  };
}

/** Ids read per step from each stream of an intersection. */
export const INTERSECT_PAGE = 500;

/**
 * The ids in every one of several id-ordered streams, in the same order: a merge walk over pages
 * of ids (key-only reads), so two common words sharing one note in a hundred find their newest
 * matches without reading the record of every candidate. Done once any stream is.
 */
export function intersectStreams(streams: IdStream[], dir: Direction, page = INTERSECT_PAGE): IdStream {
  if (streams.length === 1) return streams[0];
  const heads = streams.map((s) => ({ s, buf: [] as string[], at: 0, done: false }));
  // Whether id a comes before id b in the walk.
  const before = (a: string, b: string) => (dir === 'next' ? a < b : a > b);
  let finished = false;
  return {
    async next(max) {
      const ids: string[] = [];
      while (!finished && ids.length < max) {
        const empty = heads.filter((h) => h.at >= h.buf.length);
        if (empty.some((h) => h.done)) {
          finished = true;
          break;
        }
        if (empty.length) {
          await Promise.all(
            empty.map(async (h) => {
              const p = await h.s.next(page);
              h.buf = p.ids;
              h.at = 0;
              h.done = p.done;
            }),
          );
          continue;
        }
        // The id furthest along the walk among the heads: no id before it can be in every stream.
        let target = heads[0].buf[heads[0].at];
        for (const h of heads) if (before(target, h.buf[h.at])) target = h.buf[h.at];
        let everywhere = true;
        for (const h of heads) {
          while (h.at < h.buf.length && before(h.buf[h.at], target)) h.at++;
          if (h.at >= h.buf.length || h.buf[h.at] !== target) everywhere = false;
        }
        if (everywhere) {
          ids.push(target);
          for (const h of heads) h.at++;
        }
      }
      return { ids, done: finished };
    },
  };
}

/** A stream without some ids (the soft-deleted notes). */
export function withoutIds(stream: IdStream, drop: ReadonlySet<string>): IdStream {
  if (!drop.size) return stream;
  return {
    async next(max) {
      const p = await stream.next(max);
      return { ids: p.ids.filter((id) => !drop.has(id)), done: p.done };
    },
  };
}

/**
 * A stream keeping the ids whose stored record passes a test (the other filters of a search, on
 * the candidates of its rarest one): one page of candidates read per call, so each call is
 * bounded work even when few candidates pass.
 */
export function checkedStream<R>(db: NotesDb, stream: IdStream, test: (raw: R) => boolean): IdStream {
  return {
    async next(max) {
      const p = await stream.next(Math.max(max, 100));
      if (!p.ids.length) return p;
      const raws = await db.annotations.bulkGet(p.ids);
      return { ids: p.ids.filter((_, i) => raws[i] !== undefined && test(raws[i] as R)), done: p.done };
    },
  };
}

/** Ids of soft-deleted notes (only those are in the deletedAt index; usually a handful). */
export async function deletedNoteIds(db: NotesDb): Promise<Set<string>> {
  return new Set((await db.annotations.where('deletedAt').aboveOrEqual(0).primaryKeys()) as string[]);
}
