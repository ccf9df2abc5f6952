import { yieldToEventLoop } from '../../lib/export/chunks';
import type { NotesDb } from '../../lib/storage/db';
import { countNotesInSteps } from '../../lib/storage/library-queries';
import { checkedStream, deletedNoteIds, indexStream, withoutIds, type Direction, type IdStream } from '../../lib/storage/queries';
import { tagIdOfName } from '../../lib/storage/tags';
import { allMatchingIds, keysFilter, rarestStream, unionSorted, walkStream, wordFilters, type IdFilter } from '../../lib/storage/search';
import { timeRange, type LibraryFilter, type LibrarySort } from './query';

/**
 * The library list's ids, read lazily: the first screenful comes from one page of one index (the
 * sort index, or the rarest filter's index in id order, newest first: note ids sort by creation
 * time) and the rest as the list scrolls. Counting in IndexedDB walks every entry (seconds at
 * 100,000 notes in Chromium), so no count stands between the reader and the first rows: the total
 * arrives later (`total` is null until then), from a count of the notes in steps or, for a search,
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
      // A replaced query's key-only reads would only queue before the new query's first rows.
      if (this.stopped) return;
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

type Raw = { words?: unknown; tags?: unknown; verdict?: unknown; speaker?: unknown; pageUrl?: unknown; createdAt?: unknown; deletedAt?: unknown };
const has = (list: unknown, value: string) => Array.isArray(list) && list.includes(value);

/**
 * The filters of a library query, in the storage search's form (lib/storage/search.ts): the words
 * through `wordFilters` (the last one a prefix), the menus' choices as keys of their indexes, and
 * the day range as a range of the creation-time index.
 */
export async function libraryFilters(db: NotesDb, f: LibraryFilter, sites: Map<string, string[]>): Promise<Array<IdFilter<Raw>>> {
  const filters: Array<IdFilter<Raw>> = await wordFilters<Raw>(db, f.text);
  // The menu offers names; notes carry the tag's stable id.
  if (f.tag) {
    // A name no tag has matches nothing.
    const tag = await tagIdOfName(db, f.tag);
    filters.push(keysFilter<Raw>(db, 'tags', tag === null ? [] : [tag], (r) => tag !== null && has(r.tags, tag)));
  }
  const verdict = f.verdict;
  if (verdict) filters.push(keysFilter<Raw>(db, 'verdict', [verdict], (r) => r.verdict === verdict));
  const speaker = f.speaker;
  if (speaker) filters.push(keysFilter<Raw>(db, 'speaker', [speaker], (r) => r.speaker === speaker));
  if (f.site) {
    const urls = sites.get(f.site) ?? [];
    const set = new Set(urls);
    filters.push(keysFilter<Raw>(db, 'pageUrl', urls, (r) => typeof r.pageUrl === 'string' && set.has(r.pageUrl)));
  }
  const range = timeRange(f);
  if (range) {
    const within = () => db.annotations.where('createdAt').between(range.lower, range.upper, true, false);
    filters.push({
      stream: (dir) => indexStream(db, 'createdAt', { lower: range.lower, upper: range.upper, upperOpen: true }, dir),
      // Creation-time order is not id order for imported notes: sorted, as the intersection needs.
      ids: async () => unionSorted([(await within().primaryKeys()) as string[]]),
      records: () => within().toArray(),
      test: (r) => typeof r.createdAt === 'number' && r.createdAt >= range.lower && r.createdAt < range.upper,
      unordered: true,
    });
  }
  return filters;
}

/** Ids handled per turn of the event loop when ordering a search's matches by last change. */
const SLICE = 5000;

async function filterInSlices(ids: string[], keep: (id: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i += SLICE) {
    if (i) await yieldToEventLoop();
    for (let j = i; j < Math.min(ids.length, i + SLICE); j++) if (keep(ids[j])) out.push(ids[j]);
  }
  return out;
}

const EMPTY: IdStream = { next: async () => ({ ids: [], done: true }) };

/** The list of notes for a filter and sort, ready to show its first rows. */
export async function openListSource(db: NotesDb, f: LibraryFilter, sort: LibrarySort, sites: Map<string, string[]>, onChange?: () => void): Promise<ListSource> {
  const sortIndex = sort === 'changed' ? 'updatedAt' : 'createdAt';
  const dir: Direction = sort === 'oldest' ? 'next' : 'prev';
  const [filters, deleted] = await Promise.all([libraryFilters(db, f, sites), deletedNoteIds(db)]);
  if (!filters.length) {
    // Every note, counted a step at a time so that the rows of a list scrolled meanwhile are read
    // between the steps rather than after one long count.
    const count = async () => (await countNotesInSteps(db)) - deleted.size;
    return new ListSource(withoutIds(indexStream(db, sortIndex, null, dir), deleted), onChange, undefined, count);
  }
  if (filters.some((p) => p.empty)) return new ListSource(EMPTY, onChange, async () => []);

  // Every match, key-only (the storage search's full path: sorted id lists intersected).
  const full = async () => {
    const ids = (await allMatchingIds(filters)).filter((id) => !deleted.has(id));
    if (sort !== 'changed') return dir === 'prev' ? ids.reverse() : ids;
    // "Recently changed": the updatedAt index gives the order.
    const keep = new Set(ids);
    return filterInSlices((await db.annotations.orderBy('updatedAt').reverse().primaryKeys()) as string[], (id) => keep.has(id));
  };
  const testAll = (r: Raw) => r.deletedAt === null && filters.every((p) => p.test(r));
  // "Recently changed" has no id-ordered index to walk: the updatedAt index, checked note by note.
  // Otherwise the rarest filter newest first (the search's first-screenful path), the others
  // checked on each candidate's record.
  const driver = sort === 'changed' ? null : await rarestStream(filters, dir);
  if (!driver) return new ListSource(checkedStream(db, indexStream(db, sortIndex, null, dir), testAll), onChange, full);
  // Several filters: their key-only intersection when none is rare, else the rarest one's
  // candidates checked on their records.
  const walk = walkStream(driver, filters, dir);
  if (!walk.exact) return new ListSource(checkedStream(db, walk.stream, testAll), onChange, full);
  return new ListSource(withoutIds(walk.stream, deleted), onChange, full);
}
