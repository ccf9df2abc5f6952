import { yieldToEventLoop } from '../../lib/export/chunks';
import type { NotesDb } from '../../lib/storage/db';
import { checkedStream, countRange, deletedNoteIds, distinctKeys, indexStream, mergeStreams, withoutIds, type Direction, type IdStream } from '../../lib/storage/queries';
import { queryTerms } from '../../lib/storage/words';
import { timeRange, type LibraryFilter, type LibrarySort } from './query';

/**
 * The library list's ids, read lazily: the first screenful comes from one page of one index (the
 * sort index, or the rarest filter's index in id order, newest first: note ids sort by creation
 * time), the total from index counts, and the rest as the list scrolls. A search with several
 * filters walks the rarest one's matches and checks the others on those records, so the count is
 * known only once that walk ends (`total` stays null until then; `complete` runs it in the
 * background, a page per turn of the event loop).
 */
export class ListSource {
  ids: string[] = [];
  done = false;
  private stopped = false;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private stream: IdStream,
    /** The exact number of matches when the indexes tell it; null until the walk ends otherwise. */
    public total: number | null,
    private onChange: () => void = () => {},
  ) {}

  /** Read on until `n` ids are known or there are no more (calls run one after another). */
  ensure(n: number): Promise<void> {
    this.running = this.running.then(async () => {
      while (!this.done && !this.stopped && this.ids.length < n) {
        // A far jump (End, a dragged scroll bar) reads big pages; the first screenful a small one.
        const p = await this.stream.next(Math.min(5000, Math.max(60, n - this.ids.length)));
        if (this.stopped) return;
        this.ids.push(...p.ids);
        if (p.done) this.finish();
        this.onChange();
        if (!this.done && this.ids.length < n) await yieldToEventLoop();
      }
    });
    return this.running;
  }

  /** Walk to the end a page at a time, giving the page a turn between pages (for the count). */
  async complete(): Promise<void> {
    while (!this.done && !this.stopped) await this.ensure(this.ids.length + 500);
  }

  /** Every matching id (select all, export the matching notes). */
  async all(): Promise<string[]> {
    await this.ensure(Number.POSITIVE_INFINITY);
    return this.ids;
  }

  /** A newer query replaced this one: stop reading. */
  stop(): void {
    this.stopped = true;
  }

  private finish(): void {
    this.done = true;
    this.total = this.ids.length;
  }
}

/** One active filter: how many index entries it has, its id-ordered stream, and a record test. */
interface Part {
  count: number;
  /** The count is the number of notes (not of entries: a prefix may match one note twice). */
  exact: boolean;
  /** Null when the filter cannot be walked in id order cheaply (a prefix of very many words). */
  stream: ((dir: Direction) => IdStream) | null;
  test: (r: Raw) => boolean;
}

type Raw = { words?: unknown; tags?: unknown; verdict?: unknown; speaker?: unknown; pageUrl?: unknown; createdAt?: unknown; deletedAt?: unknown };
const has = (list: unknown, value: string) => Array.isArray(list) && list.includes(value);
/** A prefix matching more words than this is checked on records rather than merged. */
const MAX_PREFIX_WORDS = 32;

async function equalsPart(db: NotesDb, index: string, key: string, test: (r: Raw) => boolean): Promise<Part> {
  return { count: await countRange(db, index, { only: key }), exact: true, stream: (dir) => indexStream(db, index, { only: key }, dir), test };
}

/** Several keys of one index (the words of a prefix, the pages of a site), merged in id order. */
async function keysPart(db: NotesDb, index: string, keys: string[], exact: boolean, test: (r: Raw) => boolean): Promise<Part> {
  const counts = await Promise.all(keys.map((k) => countRange(db, index, { only: k })));
  return { count: counts.reduce((a, b) => a + b, 0), exact, stream: (dir) => mergeStreams(keys.map((k) => indexStream(db, index, { only: k }, dir)), dir), test };
}

async function filterParts(db: NotesDb, f: LibraryFilter, sites: Map<string, string[]>): Promise<Part[]> {
  const parts: Array<Promise<Part>> = [];
  const terms = [...new Set(queryTerms(f.text))];
  terms.forEach((t, i) => {
    if (i < terms.length - 1) return parts.push(equalsPart(db, 'words', t, (r) => has(r.words, t)));
    // The last word may be unfinished: every word starting with it.
    const test = (r: Raw) => Array.isArray(r.words) && r.words.some((w) => typeof w === 'string' && w.startsWith(t));
    parts.push(
      distinctKeys(db, 'words', { prefix: t }, MAX_PREFIX_WORDS).then(async (words) =>
        words.length <= MAX_PREFIX_WORDS
          ? keysPart(db, 'words', words as string[], words.length <= 1, test)
          : { count: await countRange(db, 'words', { prefix: t }), exact: false, stream: null, test },
      ),
    );
  });
  const tag = f.tag;
  if (tag) parts.push(equalsPart(db, 'tags', tag, (r) => has(r.tags, tag)));
  const verdict = f.verdict;
  if (verdict) parts.push(equalsPart(db, 'verdict', verdict, (r) => r.verdict === verdict));
  const speaker = f.speaker;
  if (speaker) parts.push(equalsPart(db, 'speaker', speaker, (r) => r.speaker === speaker));
  if (f.site) {
    const urls = sites.get(f.site) ?? [];
    const set = new Set(urls);
    parts.push(keysPart(db, 'pageUrl', urls, true, (r) => typeof r.pageUrl === 'string' && set.has(r.pageUrl)));
  }
  const range = timeRange(f);
  if (range) {
    const key = { lower: range.lower, upper: range.upper, upperOpen: true };
    const test = (r: Raw) => typeof r.createdAt === 'number' && r.createdAt >= range.lower && r.createdAt < range.upper;
    parts.push(countRange(db, 'createdAt', key).then((count) => ({ count, exact: true, stream: (dir: Direction) => indexStream(db, 'createdAt', key, dir), test })));
  }
  return Promise.all(parts);
}

const EMPTY: IdStream = { next: async () => ({ ids: [], done: true }) };

/** The list of notes for a filter and sort, ready to show its first rows. */
export async function openListSource(db: NotesDb, f: LibraryFilter, sort: LibrarySort, sites: Map<string, string[]>, onChange?: () => void): Promise<ListSource> {
  const sortIndex = sort === 'changed' ? 'updatedAt' : 'createdAt';
  const dir: Direction = sort === 'oldest' ? 'next' : 'prev';
  const [parts, deleted, stored] = await Promise.all([filterParts(db, f, sites), deletedNoteIds(db), countRange(db, ':id', null)]);
  if (!parts.length) return new ListSource(withoutIds(indexStream(db, sortIndex, null, dir), deleted), stored - deleted.size, onChange);
  if (parts.some((p) => p.count === 0)) return new ListSource(EMPTY, 0, onChange);

  const testAll = (r: Raw) => r.deletedAt === null && parts.every((p) => p.test(r));
  const walkable = parts.filter((p) => p.stream).sort((a, b) => a.count - b.count);
  // "Recently changed" has no id-ordered index to walk: the updatedAt index, checked note by note.
  const driver = sort === 'changed' ? undefined : walkable[0];
  if (!driver?.stream) return new ListSource(checkedStream(db, indexStream(db, sortIndex, null, dir), testAll), null, onChange);
  if (parts.length > 1) return new ListSource(checkedStream(db, driver.stream(dir), testAll), null, onChange);

  // One filter: its index entries are the matches, less the deleted notes among them.
  let total: number | null = null;
  if (driver.exact) {
    const raws = deleted.size ? await db.annotations.bulkGet([...deleted]) : [];
    total = driver.count - raws.filter((r) => r !== undefined && driver.test(r as Raw)).length;
  }
  return new ListSource(withoutIds(driver.stream(dir), deleted), total, onChange);
}
