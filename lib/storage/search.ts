import type { NotesDb } from './db';
import { distinctKeys, indexStream, intersectStreams, mergeStreams, type Direction, type IdPage, type IdStream } from './queries';
import { wordRangeIds, type WordRange } from './postings-search';
import { queryTerms, wordsOf } from './words';

/**
 * Word search at 100,000 notes. A common word is held by tens of thousands of notes, and reading
 * all their ids costs ~100 ms in Chromium, so the first screenful never does: it walks the rarest
 * term's index entries newest first (note ids sort by creation time) a page at a time and checks
 * the other terms on each candidate's record, stopping once it has enough. The full list of
 * matches and their count take another path (`searchIds`): key-only reads of each term, merged
 * as sorted lists, for a total that may arrive after the first rows.
 */

/** A prefix matching more words than this is checked on records rather than merged from the index. */
export const MAX_PREFIX_WORDS = 32;

/**
 * One condition of a list of notes, in the three forms a query needs: an id-ordered walk of its
 * index (null when it has none that is cheap), every id it matches (key-only), and a test of a
 * stored record.
 */
export interface IdFilter<R = unknown> {
  stream: ((dir: Direction) => IdStream) | null;
  /** Every id it matches, ascending, each once. */
  ids: () => Promise<string[]>;
  /** Every stored record it matches (raw, each once): native reads, for a full result set. */
  records: () => Promise<unknown[]>;
  test: (raw: R) => boolean;
  /** Known to match nothing. */
  empty?: boolean;
  /**
   * Its stream is not strictly in id order (the creation-time index: imported notes keep ids that
   * do not follow it), so it is never merged with other streams by id.
   */
  unordered?: boolean;
}

/** The primary keys of one index key, ascending (one native getAllKeys, no cursor steps). */
async function keysOf(db: NotesDb, index: string, key: string): Promise<string[]> {
  return (await db.annotations.where(index).equals(key).primaryKeys()) as string[];
}

const ascending = (ids: string[]) => ids.every((id, i) => i === 0 || ids[i - 1] < id);

/** Ids of several index keys (or one multi-key range), ascending, each once (a note holding "vaccine" and "vaccines"). */
export function unionSorted(lists: string[][]): string[] {
  const nonEmpty = lists.filter((l) => l.length);
  // One index key's ids come ascending already: no sort.
  if (nonEmpty.length <= 1 && ascending(nonEmpty[0] ?? [])) return nonEmpty[0] ?? [];
  if (!nonEmpty.every(ascending)) {
    const all = nonEmpty.flat().sort();
    return all.filter((id, i) => i === 0 || all[i - 1] !== id);
  }
  // Ascending lists (the usual case: one per index key) merged pairwise, linear in their length:
  // a common word's 60,000 ids are not sorted again.
  let merged = nonEmpty;
  while (merged.length > 1) {
    const next: string[][] = [];
    for (let k = 0; k < merged.length; k += 2) next.push(k + 1 < merged.length ? mergeTwo(merged[k], merged[k + 1]) : merged[k]);
    merged = next;
  }
  return merged[0];
}

/** Two ascending lists of distinct ids as one, each id once. */
function mergeTwo(a: string[], b: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) out.push(a[i++]);
    else if (b[j] < a[i]) out.push(b[j++]);
    else {
      out.push(a[i++]);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Ids in every list (each ascending), ascending: a merge walk from the shortest list. */
export function intersectSorted(lists: string[][]): string[] {
  if (!lists.length) return [];
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  const pos = rest.map(() => 0);
  const out: string[] = [];
  outer: for (const id of first) {
    for (let k = 0; k < rest.length; k++) {
      const l = rest[k];
      let i = pos[k];
      while (i < l.length && l[i] < id) i++;
      pos[k] = i;
      if (i === l.length) break outer;
      if (l[i] !== id) continue outer;
    }
    out.push(id);
  }
  return out;
}

/** A filter for some keys of one index (a word, the words of a prefix, a tag, the pages of a site). */
export function keysFilter<R>(db: NotesDb, index: string, keys: string[], test: (raw: R) => boolean): IdFilter<R> {
  return {
    stream: (dir) => mergeStreams(keys.map((k) => indexStream(db, index, { only: k }, dir)), dir),
    ids: async () => unionSorted(await Promise.all(keys.map((k) => keysOf(db, index, k)))),
    records: async () => {
      const lists = await Promise.all(keys.map((k) => db.annotations.where(index).equals(k).toArray()));
      if (lists.length === 1) return lists[0];
      const byId = new Map<unknown, unknown>();
      for (const l of lists) for (const r of l) byId.set((r as { id?: unknown }).id, r);
      return [...byId.values()];
    },
    test,
    empty: !keys.length,
  };
}

const wordsHave = (words: unknown, test: (w: string) => boolean) => Array.isArray(words) && words.some((w) => typeof w === 'string' && test(w));

/** Distinct speakers read per query to match its terms against (far more than any reader has). */
const MAX_NAMES = 20_000;

/**
 * The names (tags, speakers) a search term finds: those with a word equal to it, or for the last,
 * unfinished term, starting with it ("volk" finds the speaker "Volker Hahn" and the tag "Volkswagen").
 */
export function namesMatching(names: readonly string[], term: string, prefix: boolean): string[] {
  return names.filter((n) => wordsOf(n).some((w) => (prefix ? w.startsWith(term) : w === term)));
}

/** One filter matching what any of `filters` matches (a term found in the words, a tag or a speaker). */
export function anyOf<R>(filters: Array<IdFilter<R>>): IdFilter<R> {
  const live = filters.filter((f) => !f.empty);
  if (live.length <= 1) return live[0] ?? filters[0];
  return {
    stream: live.every((f) => f.stream) ? (dir) => mergeStreams(live.map((f) => f.stream!(dir)), dir) : null,
    ids: async () => unionSorted(await Promise.all(live.map((f) => f.ids()))),
    records: async () => {
      const byId = new Map<unknown, unknown>();
      for (const l of await Promise.all(live.map((f) => f.records()))) for (const r of l) byId.set((r as { id?: unknown }).id, r);
      return [...byId.values()];
    },
    test: (raw) => live.some((f) => f.test(raw)),
  };
}

/** Every tag's name and stable id (what the notes' tags index holds). */
export async function tagIdsByName(db: NotesDb): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const t of (await db.tags.toArray()) as unknown[]) {
    const { id, name } = (t ?? {}) as { id?: unknown; name?: unknown };
    if (typeof name === 'string') out.set(name, typeof id === 'string' ? id : name);
  }
  return out;
}

const strings = (keys: IDBValidKey[]) => keys.filter((k): k is string => typeof k === 'string');
const tagsHave = (tags: unknown, names: readonly string[]) => Array.isArray(tags) && tags.some((t) => names.includes(t));

/**
 * The filters of a word query, one per distinct term; the last term may be unfinished ("clim"),
 * so it stands for every indexed word starting with it. A term also finds the notes of a tag or a
 * speaker with that word in their name (read from the tags and speaker indexes: a search for
 * "Volker" lists Volker Hahn's quotes though his name is in no quote's words).
 */
export async function wordFilters<R extends { words?: unknown }>(db: NotesDb, query: string): Promise<Array<IdFilter<R>>> {
  const terms = [...new Set(queryTerms(query))];
  if (!terms.length) return [];
  // Tag names and their stable ids (what the notes' tags index holds) from the small tags table:
  // one read, where walking the distinct keys of the index is a request per tag.
  const [tagIds, speakers] = await Promise.all([tagIdsByName(db), distinctKeys(db, 'speaker', null, MAX_NAMES).then(strings)]);
  const tagNames = [...tagIds.keys()];
  return Promise.all(
    terms.map(async (t, i): Promise<IdFilter<R>> => {
      const last = i === terms.length - 1;
      const inWords = await wordFilter<R>(db, t, last);
      const tags = namesMatching(tagNames, t, last).map((n) => tagIds.get(n)!);
      const people = namesMatching(speakers, t, last);
      return anyOf<R>([
        inWords,
        keysFilter<R>(db, 'tags', tags, (r) => tagsHave((r as { tags?: unknown }).tags, tags)),
        keysFilter<R>(db, 'speaker', people, (r) => people.includes((r as { speaker?: unknown }).speaker as string)),
      ]);
    }),
  );
}

/**
 * Every id of a word range: its common words from the postings (a few hundred blocks, not tens of
 * thousands of index entries), the rest from the index; all from the index when the postings
 * cannot be trusted (lib/storage/postings-search.ts).
 */
function idsOfWords(db: NotesDb, range: WordRange, fromIndex: () => Promise<string[]>): () => Promise<string[]> {
  return async () => {
    const lists = await wordRangeIds(db, range);
    return lists ? unionSorted(lists) : fromIndex();
  };
}

/** The notes holding one term among their words (the last term as a prefix). */
async function wordFilter<R extends { words?: unknown }>(db: NotesDb, t: string, prefix: boolean): Promise<IdFilter<R>> {
  if (!prefix) {
    const f = keysFilter<R>(db, 'words', [t], (r) => wordsHave(r.words, (w) => w === t));
    return { ...f, ids: idsOfWords(db, { only: t }, f.ids) };
  }
  const test = (r: R) => wordsHave(r.words, (w) => w.startsWith(t));
  const words = (await distinctKeys(db, 'words', { prefix: t }, MAX_PREFIX_WORDS)) as string[];
  // The postings of a prefix's range hold exactly these words (the index's words starting with it).
  if (words.length <= MAX_PREFIX_WORDS) {
    const f = keysFilter<R>(db, 'words', words, test);
    return f.empty ? f : { ...f, ids: idsOfWords(db, { prefix: t }, f.ids) };
  }
  // A short prefix of very many words: no cheap id-ordered walk, but it matches most notes.
  return {
    stream: null,
    ids: idsOfWords(db, { prefix: t }, async () => unionSorted([(await db.annotations.where('words').startsWith(t).primaryKeys()) as string[]])),
    records: () => db.annotations.toArray(),
    test,
  };
}

/** A stream that first gives a page already read. */
export function prepend(first: IdPage, rest: IdStream): IdStream {
  let pending: IdPage | null = { ids: [...first.ids], done: first.done };
  return {
    async next(max) {
      if (!pending) return rest.next(max);
      const ids = pending.ids.splice(0, max);
      const done = pending.done && !pending.ids.length;
      if (!pending.ids.length) pending = null;
      return { ids, done };
    },
  };
}

/** Ids read from each filter to judge which is rarest. */
export const PROBE = 100;

/** The rarest filter's stream, and what its probe learnt (see rarestStream). */
export interface Driver<R> {
  stream: IdStream;
  filter: IdFilter<R>;
  /** The rarest filter ended within its probe: it matches fewer than PROBE notes. */
  small: boolean;
  /**
   * Every filter's stream (their probed pages first, the rarest's being `stream`) when every
   * filter has one: for a key-only intersection (intersectStreams) when none is small.
   */
  all: IdStream[] | null;
}

/**
 * The rarest filter's stream, judged without counting (an IndexedDB count walks every entry): the
 * newest page of each filter's ids; the sparser a filter, the older its page's last id (or it
 * ends within the page). Null when no filter has a stream.
 */
export async function rarestStream<R>(filters: Array<IdFilter<R>>, dir: Direction): Promise<Driver<R> | null> {
  const probes = await Promise.all(
    filters.flatMap((f) => {
      if (!f.stream) return [];
      const s = f.stream(dir);
      return [s.next(PROBE).then((page) => ({ f, s, page, last: page.ids[page.ids.length - 1] ?? '' }))];
    }),
  );
  if (!probes.length) return null;
  const before = (a: string, b: string) => (dir === 'prev' ? a < b : a > b);
  probes.sort((a, b) =>
    a.page.done !== b.page.done ? (a.page.done ? -1 : 1) : a.page.done ? a.page.ids.length - b.page.ids.length : before(a.last, b.last) ? -1 : before(b.last, a.last) ? 1 : 0,
  );
  const streams = probes.map((p) => prepend(p.page, p.s));
  return { stream: streams[0], filter: probes[0].f, small: probes[0].page.done, all: probes.length === filters.length ? streams : null };
}

/**
 * The stream a first screenful walks: with two or more filters none of which is small, their
 * key-only intersection (two common words: a record read per match, not per candidate); else the
 * rarest filter's stream, whose candidates the caller checks against the other filters on their
 * records (a rare word: fewer than PROBE records read). `exact` when the stream's ids match every
 * filter already.
 */
export function walkStream<R>(driver: Driver<R>, filters: Array<IdFilter<R>>, dir: Direction): { stream: IdStream; exact: boolean } {
  if (filters.length > 1 && !driver.small && driver.all && !filters.some((f) => f.unordered)) return { stream: intersectStreams(driver.all, dir), exact: true };
  return { stream: driver.stream, exact: filters.length === 1 };
}

/** Every id matching all filters, ascending (key-only reads; no record is read). */
export async function allMatchingIds<R>(filters: Array<IdFilter<R>>): Promise<string[]> {
  if (!filters.length || filters.some((f) => f.empty)) return [];
  return intersectSorted(await Promise.all(filters.map((f) => f.ids())));
}

/**
 * Every id matching a word query, ascending, and so their count: the full path, for a total that
 * can come after the first rows. Soft-deleted notes are left out when `drop` lists them.
 */
export async function searchIds(db: NotesDb, query: string, drop: ReadonlySet<string> = new Set()): Promise<string[]> {
  const ids = await allMatchingIds(await wordFilters(db, query));
  return drop.size ? ids.filter((id) => !drop.has(id)) : ids;
}
