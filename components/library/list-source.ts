import { yieldToEventLoop } from '../../lib/export/chunks';
import type { NotesDb } from '../../lib/storage/db';
import { checkedStream, countRange, deletedNoteIds, distinctKeys, indexStream, mergeStreams, withoutIds, type Direction, type IdPage, type IdStream } from '../../lib/storage/queries';
import { queryTerms } from '../../lib/storage/words';
import { timeRange, type LibraryFilter, type LibrarySort } from './query';

/**
 * The library list's ids, read lazily: the first screenful comes from one page of one index (the
 * sort index, or the rarest filter's index in id order, newest first: note ids sort by creation
 * time) and the rest as the list scrolls. Counting in IndexedDB walks every entry (seconds at
 * 100,000 notes in Chromium), so no count stands between the reader and the first rows: the total
 * arrives later (`total` is null until then), from a count of the sort index or, for a search,
 * from the full list of matching ids read key-only in the background (`complete`).
 */
export class ListSource {
  ids: string[] = [];
  done = false;
  /** The exact number of matches, once known. */
  total: number | null = null;
  private stopped = false;
  private running: Promise<void> = Promise.resolve();
  private completing: Promise<void> | null = null;

  constructor(
    private stream: IdStream,
    private onChange: () => void = () => {},
    /** Every match, in list order (key-only index reads); absent for the unfiltered list. */
    private full?: () => Promise<string[]>,
    /** The number of matches, when counting is cheaper than listing them all. */
    private count?: () => Promise<number>,
  ) {}

  /** Read on until `n` ids are known or there are no more (calls run one after another). */
  ensure(n: number): Promise<void> {
    this.running = this.running.then(async () => {
      while (!this.done && !this.stopped && this.ids.length < n) {
        // A far jump (End, a dragged scroll bar) reads big pages; the first screenful a small one.
        const p = await this.stream.next(Math.min(5000, Math.max(60, n - this.ids.length)));
        if (this.stopped) return;
        this.ids.push(...p.ids);
        if (p.done) this.finish(this.ids);
        this.onChange();
        if (!this.done && this.ids.length < n) await yieldToEventLoop();
      }
    });
    return this.running;
  }

  /**
   * Learn the count in the background, once the first rows are on screen (an IndexedDB count or
   * read slows the reads that come after it): a count of the index, or a search's every match.
   */
  complete(): Promise<void> {
    this.completing ??= (async () => {
      if (!this.full) {
        const n = await this.count?.();
        if (n !== undefined && this.total === null && !this.stopped) {
          this.total = n;
          this.onChange();
        }
        return;
      }
      const all = await this.full();
      await this.running;
      if (this.stopped || this.done) return;
      this.finish(all);
      this.onChange();
    })();
    return this.completing;
  }

  /** Every matching id (select all, export the matching notes). */
  async all(): Promise<string[]> {
    await (this.full ? this.complete() : this.ensure(Number.POSITIVE_INFINITY));
    return this.ids;
  }

  /** A newer query replaced this one: stop reading. */
  stop(): void {
    this.stopped = true;
  }

  private finish(all: string[]): void {
    this.done = true;
    this.ids = all;
    this.total = all.length;
  }
}

/** One active filter: its id-ordered stream, every id it matches, and a record test. */
interface Part {
  /** Null when the filter cannot be walked in id order cheaply (a prefix of very many words). */
  stream: ((dir: Direction) => IdStream) | null;
  /** Every id it matches (one key-only index read). */
  ids: () => Promise<string[]>;
  test: (r: Raw) => boolean;
  /** Known to match nothing. */
  empty?: boolean;
}

type Raw = { words?: unknown; tags?: unknown; verdict?: unknown; speaker?: unknown; pageUrl?: unknown; createdAt?: unknown; deletedAt?: unknown };
const has = (list: unknown, value: string) => Array.isArray(list) && list.includes(value);
/** A prefix matching more words than this is checked on records rather than merged. */
const MAX_PREFIX_WORDS = 32;

const keysOf = async (c: { primaryKeys(): Promise<unknown[]> }) => (await c.primaryKeys()) as string[];

/** Keys of one index (a word, a tag, the words of a prefix, the pages of a site), merged in id order. */
function keysPart(db: NotesDb, index: string, keys: string[], test: (r: Raw) => boolean): Part {
  return {
    stream: (dir) => mergeStreams(keys.map((k) => indexStream(db, index, { only: k }, dir)), dir),
    ids: async () => (await Promise.all(keys.map((k) => keysOf(db.annotations.where(index).equals(k))))).flat(),
    test,
    empty: !keys.length,
  };
}

async function filterParts(db: NotesDb, f: LibraryFilter, sites: Map<string, string[]>): Promise<Part[]> {
  const parts: Array<Part | Promise<Part>> = [];
  const terms = [...new Set(queryTerms(f.text))];
  terms.forEach((t, i) => {
    if (i < terms.length - 1) return parts.push(keysPart(db, 'words', [t], (r) => has(r.words, t)));
    // The last word may be unfinished: every word starting with it.
    const test = (r: Raw) => Array.isArray(r.words) && r.words.some((w) => typeof w === 'string' && w.startsWith(t));
    parts.push(
      distinctKeys(db, 'words', { prefix: t }, MAX_PREFIX_WORDS).then((words) =>
        words.length <= MAX_PREFIX_WORDS ? keysPart(db, 'words', words as string[], test) : { stream: null, ids: () => keysOf(db.annotations.where('words').startsWith(t)), test },
      ),
    );
  });
  const tag = f.tag;
  if (tag) parts.push(keysPart(db, 'tags', [tag], (r) => has(r.tags, tag)));
  const verdict = f.verdict;
  if (verdict) parts.push(keysPart(db, 'verdict', [verdict], (r) => r.verdict === verdict));
  const speaker = f.speaker;
  if (speaker) parts.push(keysPart(db, 'speaker', [speaker], (r) => r.speaker === speaker));
  if (f.site) {
    const urls = sites.get(f.site) ?? [];
    const set = new Set(urls);
    parts.push(keysPart(db, 'pageUrl', urls, (r) => typeof r.pageUrl === 'string' && set.has(r.pageUrl)));
  }
  const range = timeRange(f);
  if (range) {
    const key = { lower: range.lower, upper: range.upper, upperOpen: true };
    parts.push({
      stream: (dir) => indexStream(db, 'createdAt', key, dir),
      ids: () => keysOf(db.annotations.where('createdAt').between(range.lower, range.upper, true, false)),
      test: (r) => typeof r.createdAt === 'number' && r.createdAt >= range.lower && r.createdAt < range.upper,
    });
  }
  return Promise.all(parts);
}

/** Ids handled per turn of the event loop in the background work of a search (a few ms each). */
const SLICE = 5000;

async function filterInSlices(ids: string[], keep: (id: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i += SLICE) {
    if (i) await yieldToEventLoop();
    for (let j = i; j < Math.min(ids.length, i + SLICE); j++) if (keep(ids[j])) out.push(ids[j]);
  }
  return out;
}

const ascending = (ids: string[]) => ids.every((id, i) => i === 0 || ids[i - 1] < id);

/** The ids in every list (smallest first) and not dropped, ascending, each once. */
async function intersectInSlices(lists: string[][], drop: ReadonlySet<string>): Promise<string[]> {
  const [first, ...rest] = lists;
  // One index key's ids come sorted; several keys' (a prefix, a site) need a sort and de-duplication.
  const base = ascending(first) ? first : [...new Set(first)].sort();
  await yieldToEventLoop();
  const sets: Array<Set<string>> = [];
  for (const l of rest) {
    sets.push(new Set(l));
    await yieldToEventLoop();
  }
  return filterInSlices(base, (id) => !drop.has(id) && sets.every((s) => s.has(id)));
}

const EMPTY: IdStream = { next: async () => ({ ids: [], done: true }) };

/** A stream that first gives a page already read. */
function prepend(first: IdPage, rest: IdStream): IdStream {
  let pending: IdPage | null = first;
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

/** Probe size for picking the rarest filter. */
const PROBE = 100;

/**
 * The rarest filter to walk, judged without counting: the newest page of each filter's ids; the
 * sparser a filter, the older its page's last id (or it ends within the page).
 */
async function rarest(parts: Part[], dir: Direction): Promise<IdStream | null> {
  const probes = await Promise.all(
    parts.filter((p) => p.stream).map(async (p) => {
      const s = p.stream!(dir);
      const page = await s.next(PROBE);
      return { s, page, last: page.ids[page.ids.length - 1] ?? '' };
    }),
  );
  if (!probes.length) return null;
  const before = (a: string, b: string) => (dir === 'prev' ? a < b : a > b);
  probes.sort((a, b) => (a.page.done !== b.page.done ? (a.page.done ? -1 : 1) : a.page.done ? a.page.ids.length - b.page.ids.length : before(a.last, b.last) ? -1 : before(b.last, a.last) ? 1 : 0));
  return prepend(probes[0].page, probes[0].s);
}

/** The list of notes for a filter and sort, ready to show its first rows. */
export async function openListSource(db: NotesDb, f: LibraryFilter, sort: LibrarySort, sites: Map<string, string[]>, onChange?: () => void): Promise<ListSource> {
  const sortIndex = sort === 'changed' ? 'updatedAt' : 'createdAt';
  const dir: Direction = sort === 'oldest' ? 'next' : 'prev';
  const [parts, deleted] = await Promise.all([filterParts(db, f, sites), deletedNoteIds(db)]);
  if (!parts.length) {
    const count = async () => (await countRange(db, sortIndex, null)) - deleted.size;
    return new ListSource(withoutIds(indexStream(db, sortIndex, null, dir), deleted), onChange, undefined, count);
  }
  if (parts.some((p) => p.empty)) return new ListSource(EMPTY, onChange, async () => []);

  // Every match, key-only: the parts' ids intersected from the smallest, in list order.
  const full = async () => {
    const lists = (await Promise.all(parts.map((p) => p.ids()))).sort((a, b) => a.length - b.length);
    const ids = await intersectInSlices(lists, deleted);
    if (sort !== 'changed') return dir === 'prev' ? ids.reverse() : ids;
    // "Recently changed": the updatedAt index gives the order.
    const keep = new Set(ids);
    return filterInSlices((await db.annotations.orderBy('updatedAt').reverse().primaryKeys()) as string[], (id) => keep.has(id));
  };
  const testAll = (r: Raw) => r.deletedAt === null && parts.every((p) => p.test(r));
  // "Recently changed" has no id-ordered index to walk: the updatedAt index, checked note by note.
  const driver = sort === 'changed' ? null : await rarest(parts, dir);
  if (!driver) return new ListSource(checkedStream(db, indexStream(db, sortIndex, null, dir), testAll), onChange, full);
  if (parts.length > 1) return new ListSource(checkedStream(db, driver, testAll), onChange, full);
  return new ListSource(withoutIds(driver, deleted), onChange, full);
}
