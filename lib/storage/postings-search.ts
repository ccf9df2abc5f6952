import Dexie from 'dexie';
import type { NotesDb } from './db';
import { buildBlocks, idsOfBlocks, POSTINGS, TRACK_MIN, TRACKED_KEY, trackedOf, validBlock, type PostingRecord } from './postings';
import { distinctKeys, native } from './queries';

/**
 * Reading the note ids of a word (or of every word starting with a prefix) for counts and
 * intersections: the tracked (common) words from their postings (lib/storage/postings.ts), the
 * other words of the range from the `words` index between them. The postings are trusted only as
 * far as cheap checks go: every block well formed and in order, and the first and last entries
 * of the index for each tracked word equal to the first and last ids its postings give (two
 * key-cursor steps, read while the blocks are). A damaged block, a note written around the
 * postings or a note with a non-string id fails these, and the caller reads the index instead:
 * a slower count, never a wrong one.
 */

/** One word, or every word starting with a prefix (the same range as the index's startsWith). */
export type WordRange = { only: string } | { prefix: string };

const hasPostings = (db: NotesDb) => db.tables.some((t) => t.name === POSTINGS);

/** A native request's result. */
function result<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The blocks of a word range, in key order. */
function blocksOf(postings: IDBObjectStore, range: WordRange): Promise<unknown[]> {
  const KR = Dexie.dependencies.IDBKeyRange as typeof IDBKeyRange;
  // Compound keys [word, from]: a word's blocks lie between [word, ''] and [word, maxKey]; a prefix's
  // words between prefix and prefix + U+FFFF, as in the words index (queries.ts toIdbRange).
  const r = 'only' in range ? KR.bound([range.only, ''], [range.only, Dexie.maxKey]) : KR.bound([range.prefix], [`${range.prefix}\uffff`, Dexie.maxKey]);
  return result(postings.getAll(r));
}

/** The first and last primary keys the words index holds for a word (a cursor step each). */
function endsOf(words: IDBIndex, word: string): Promise<[unknown, unknown]> {
  const end = (dir: IDBCursorDirection) => result(words.openKeyCursor(word, dir)).then((c) => c?.primaryKey);
  return Promise.all([end('next'), end('prev')]);
}

/** The primary keys of the words index between two bounds. */
function keysBetween(words: IDBIndex, s: Span): Promise<IDBValidKey[]> {
  const KR = Dexie.dependencies.IDBKeyRange as typeof IDBKeyRange;
  return result(words.getAllKeys(s.lower === s.upper ? KR.only(s.lower) : KR.bound(s.lower, s.upper, s.lowerOpen, s.upperOpen)));
}

/** Per word, its ids ascending; null when a block is damaged or out of order. */
function idsByWord(raws: unknown[]): Map<string, string[]> | null {
  const out = new Map<string, PostingRecord[]>();
  for (const raw of raws) {
    if (!validBlock(raw)) return null;
    const blocks = out.get(raw.word);
    if (!blocks) out.set(raw.word, [raw]);
    else {
      const prev = blocks[blocks.length - 1];
      if (!(prev.ids[prev.ids.length - 1] < raw.ids[0])) return null;
      blocks.push(raw);
    }
  }
  return new Map([...out].map(([w, blocks]) => [w, idsOfBlocks(blocks)]));
}

/** Bounds of an index key range: [lower, upper] with open ends. */
interface Span {
  lower: string;
  upper: string;
  lowerOpen: boolean;
  upperOpen: boolean;
}

/** The parts of a word range that are not the tracked words in it (read from the index). */
function gaps(range: WordRange, tracked: readonly string[]): Span[] {
  const [lower, upper] = 'only' in range ? [range.only, range.only] : [range.prefix, `${range.prefix}\uffff`];
  const out: Span[] = [];
  let at: Span = { lower, upper, lowerOpen: false, upperOpen: false };
  for (const w of tracked) {
    out.push({ ...at, upper: w, upperOpen: true });
    at = { lower: w, upper, lowerOpen: true, upperOpen: false };
  }
  out.push(at);
  // An empty span (a tracked word at an end of the range) reads nothing.
  return out.filter((s) => s.lower < s.upper || (s.lower === s.upper && !s.lowerOpen && !s.upperOpen));
}

/**
 * The ids of the notes holding a word (or any word of a prefix), as lists ascending or not (for
 * unionSorted): a tracked word's from its postings, the rest of the range from the index. Null
 * when the database has no postings (before v5), when they disagree with the index, or when the
 * range holds a note with a non-string id: then the caller reads the whole range from the index.
 */
export async function wordRangeIds(db: NotesDb, range: WordRange): Promise<string[][] | null> {
  if (!hasPostings(db)) return null;
  // One native read-only transaction (Dexie's costs a few ms more here); a word's ends are read
  // with its blocks (one round trip for a tracked word), the index between the tracked words of a
  // range after.
  const tx = (await native(db)).transaction(['annotations', POSTINGS], 'readonly');
  const words = tx.objectStore('annotations').index('words');
  const only = 'only' in range ? range.only : null;
  const [raws, ownEnds] = await Promise.all([blocksOf(tx.objectStore(POSTINGS), range), only === null ? null : endsOf(words, only)]);
  const byWord = idsByWord(raws);
  if (!byWord) return null;
  const tracked = [...byWord.keys()];
  const spans = gaps(range, tracked);
  const [ends, rest] = await Promise.all([
    ownEnds ? [ownEnds] : Promise.all(tracked.map((w) => endsOf(words, w))),
    Promise.all(spans.map(async (s) => {
      const keys = await keysBetween(words, s);
      return keys.every((k) => typeof k === 'string') ? (keys as string[]) : null;
    })),
  ]);
  const agree = tracked.every((w, i) => {
    const ids = byWord.get(w)!;
    return ends[i][0] === ids[0] && ends[i][1] === ids[ids.length - 1];
  });
  if (!agree || rest.some((r) => r === null)) return null;
  const fromIndex = (rest as string[][]).filter((ids) => ids.length);
  // A range read from the index with as many ids as a tracked word: track its common words.
  if (fromIndex.some((ids) => ids.length >= TRACK_MIN)) scheduleTracking(db, range, spans);
  return [...byWord.values(), ...fromIndex];
}

/** Words being tracked now, per database (a search repeated meanwhile does not start it again). */
const pending = new WeakMap<NotesDb, Map<string, Promise<string[]>>>();

/** Words of a range looked at per tracking (the longest prefix ranges hold hundreds of words). */
const TRACK_CANDIDATES = 64;

/**
 * Ranges already looked at for this handle (a prefix of many rare words holds TRACK_MIN ids with
 * no word to track: not counted again on every search; a new handle, as when the extension's
 * worker restarts, looks again).
 */
const examined = new WeakMap<NotesDb, Set<string>>();

function scheduleTracking(db: NotesDb, range: WordRange, spans: Span[]): void {
  const key = JSON.stringify(range);
  const mine = pending.get(db) ?? new Map<string, Promise<string[]>>();
  pending.set(db, mine);
  const seen = examined.get(db) ?? new Set<string>();
  examined.set(db, seen);
  if (mine.has(key) || seen.has(key)) return;
  seen.add(key);
  // Outside the search's read-only transaction: the tracking writes in its own.
  const run = Dexie.ignoreTransaction(async () => {
    const candidates: string[] = [];
    for (const s of spans) {
      const words = await distinctKeys(db, 'words', { lower: s.lower, upper: `${s.upper}\u0000`, upperOpen: true }, TRACK_CANDIDATES);
      for (const w of words) if (typeof w === 'string' && !(s.lowerOpen && w === s.lower) && !(s.upperOpen && w === s.upper)) candidates.push(w);
    }
    return trackWords(db, candidates.slice(0, TRACK_CANDIDATES));
  })
    // Tracking only makes later searches faster: a failure (another tab, a closed database) changes nothing.
    .catch(() => [] as string[])
    .finally(() => mine.delete(key));
  mine.set(key, run);
}

/** Settles when the tracking started by searches so far has ended (tests, the bench). */
export async function trackingSettled(db: NotesDb): Promise<void> {
  await Promise.all([...(pending.get(db)?.values() ?? [])]);
}

/**
 * Track the words among `words` held by `min` notes or more: their blocks built from the index
 * and the registry updated, in one transaction over notes and postings (no note write can come
 * between the read of the index and the blocks). Returns the words it tracked.
 */
export async function trackWords(db: NotesDb, words: string[], min = TRACK_MIN): Promise<string[]> {
  if (!hasPostings(db) || !words.length) return [];
  return db.transaction('rw', db.annotations, db.postings, async () => {
    const tracked = trackedOf(await db.postings.get(TRACKED_KEY));
    const added: string[] = [];
    for (const w of words) {
      if (w === '' || tracked.has(w) || (await db.annotations.where('words').equals(w).count()) < min) continue;
      const ids = ((await db.annotations.where('words').equals(w).primaryKeys()) as unknown[]).filter((k): k is string => typeof k === 'string');
      await db.postings.where(':id').between([w, ''], [w, Dexie.maxKey], true, true).delete();
      await db.postings.bulkPut(buildBlocks(new Map([[w, ids]])));
      tracked.add(w);
      added.push(w);
    }
    if (added.length) await db.postings.put({ word: '', from: '', tracked: [...tracked].sort() });
    return added;
  });
}
