import { yieldToEventLoop } from '../../lib/export/chunks';
import type { ExportData } from '../../lib/export/types';
import { siteOf } from '../../lib/settings/site-prefs';
import type { NotesDb } from '../../lib/storage/db';
import { AnnotationRecordSchema, describeIssues, PageRecordSchema, parseRecords, tagKey, TagRecordSchema, type AnnotationRecord, type PageRecord, type Verdict } from '../../lib/storage/schemas';
import { distinctKeys } from '../../lib/storage/queries';
import { namesMatching, tagIdsByName } from '../../lib/storage/search';
import { fileTag, namedTags, tagIdOfName, tagNamer } from '../../lib/storage/tags';
import { queryTerms } from '../../lib/storage/words';

/**
 * The library's queries. A filter becomes a set of note ids read from the storage indexes (words,
 * tags, page, verdict, speaker, creation time); the sets are intersected and laid over the ids in
 * sort order (one index key list). Only ids are held for 100,000 notes; the records of the rows
 * on screen are read when they scroll into view.
 */

export interface LibraryFilter {
  /** Words of quotes and notes; the last one may be unfinished. */
  text: string;
  /** A tag's stored spelling. */
  tag: string | null;
  site: string | null;
  verdict: Verdict | null;
  speaker: string | null;
  /** Creation day range, YYYY-MM-DD (local time), both inclusive. */
  from: string | null;
  to: string | null;
}

export const EMPTY_FILTER: LibraryFilter = { text: '', tag: null, site: null, verdict: null, speaker: null, from: null, to: null };

export const SORTS = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  changed: 'Recently changed',
} as const;
export type LibrarySort = keyof typeof SORTS;

export function isFiltered(f: LibraryFilter): boolean {
  return !!(queryTerms(f.text).length || f.tag || f.site || f.verdict || f.speaker || f.from || f.to);
}

/** Local midnight of a YYYY-MM-DD day (plus `days`) in milliseconds; NaN when not a day. */
export function dayStart(day: string, days = 0): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days).getTime() : NaN;
}

/**
 * Why a From/To pair cannot be a filter (From after To: IndexedDB refuses a range whose lower bound
 * is above its upper one), or null when it can. Days are YYYY-MM-DD, which sort as text.
 */
export function dateRangeError(from: string | null, to: string | null): string | null {
  if (from && to && dayStart(from) > dayStart(to)) return `“From” (${from}) is after “To” (${to}): choose a From date on or before the To date.`;
  return null;
}

/** The creation-time range of a filter, [lower, upper) in milliseconds; null when unbounded or inverted. */
export function timeRange(f: Pick<LibraryFilter, 'from' | 'to'>): { lower: number; upper: number } | null {
  const lower = f.from ? dayStart(f.from) : NaN;
  // The end day is inclusive: up to the next local midnight (Date handles DST days).
  const upper = f.to ? dayStart(f.to, 1) : NaN;
  if (Number.isNaN(lower) && Number.isNaN(upper)) return null;
  // An inverted pair never reaches the database (the form keeps it back, dateRangeError).
  if (lower >= upper) return null;
  return { lower: Number.isNaN(lower) ? 0 : lower, upper: Number.isNaN(upper) ? Number.MAX_SAFE_INTEGER : upper };
}

/** The site a page is filed under: what the page calls itself, else its host name. */
export function siteLabel(p: Pick<PageRecord, 'url' | 'site'>): string {
  return p.site?.trim() || siteOf(p.url) || p.url;
}

/** Pages by site label, for the site filter (a site may have many pages). */
export function pagesBySite(pages: PageRecord[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of pages) {
    const k = siteLabel(p);
    if (!out.has(k)) out.set(k, []);
    out.get(k)!.push(p.url);
  }
  return new Map([...out].sort((a, b) => a[0].localeCompare(b[0])));
}

const keys = async (c: { primaryKeys(): Promise<unknown[]> }): Promise<Set<string>> => new Set((await c.primaryKeys()) as string[]);

/** The ids matching each active filter, one set per filter (null when nothing filters). */
export async function filterSets(db: NotesDb, f: LibraryFilter, sites: Map<string, string[]>): Promise<Array<Set<string>>> {
  const sets: Array<Set<string>> = [];
  const terms = [...new Set(queryTerms(f.text))];
  // A term is found in a note's words, or in the name of one of its tags or of its speaker.
  // Notes carry tags by stable id: names are matched in the tags table, then looked up by id.
  const [tagIds, speakers] = terms.length
    ? await Promise.all([tagIdsByName(db), distinctKeys(db, 'speaker', null, 100_000).then((k) => k.filter((x): x is string => typeof x === 'string'))])
    : [new Map<string, string>(), []];
  const tagNames = [...tagIds.keys()];
  for (let i = 0; i < terms.length; i++) {
    const last = i === terms.length - 1;
    const where = db.annotations.where('words');
    const s = await keys(last ? where.startsWith(terms[i]) : where.equals(terms[i]));
    for (const t of namesMatching(tagNames, terms[i], last)) for (const id of await keys(db.annotations.where('tags').equals(tagIds.get(t)!))) s.add(id);
    for (const p of namesMatching(speakers, terms[i], last)) for (const id of await keys(db.annotations.where('speaker').equals(p))) s.add(id);
    sets.push(s);
  }
  if (f.tag) {
    // The menu offers names; notes carry the tag's stable id (a name no tag has matches nothing).
    const id = await tagIdOfName(db, f.tag);
    sets.push(id === null ? new Set() : await keys(db.annotations.where('tags').equals(id)));
  }
  if (f.verdict) sets.push(await keys(db.annotations.where('verdict').equals(f.verdict)));
  if (f.speaker) sets.push(await keys(db.annotations.where('speaker').equals(f.speaker)));
  if (f.site) {
    const urls = sites.get(f.site) ?? [];
    const s = new Set<string>();
    for (const u of urls) for (const id of (await db.annotations.where('pageUrl').equals(u).primaryKeys()) as string[]) s.add(id);
    sets.push(s);
  }
  const range = timeRange(f);
  if (range) sets.push(await keys(db.annotations.where('createdAt').between(range.lower, range.upper, true, false)));
  return sets;
}

/** Note ids in sort order (all notes, deleted ones included: the caller drops those). */
export async function orderedIds(db: NotesDb, sort: LibrarySort): Promise<string[]> {
  const ids = (await db.annotations.orderBy(sort === 'changed' ? 'updatedAt' : 'createdAt').primaryKeys()) as string[];
  return sort === 'oldest' ? ids : ids.reverse();
}

/** Ids of soft-deleted notes (only those are in the deletedAt index). */
export async function deletedIds(db: NotesDb): Promise<Set<string>> {
  return keys(db.annotations.where('deletedAt').aboveOrEqual(0));
}

/** The ordered ids that are in every set and not deleted. */
export function intersectOrdered(ordered: readonly string[], sets: Array<Set<string>>, deleted: Set<string>): string[] {
  const bySize = [...sets].sort((a, b) => a.size - b.size);
  if (bySize.some((s) => s.size === 0)) return [];
  return ordered.filter((id) => !deleted.has(id) && bySize.every((s) => s.has(id)));
}

/** The matching note ids, in order. */
export async function matchingIds(db: NotesDb, f: LibraryFilter, sort: LibrarySort, sites: Map<string, string[]>): Promise<string[]> {
  const [ordered, sets, deleted] = await Promise.all([orderedIds(db, sort), filterSets(db, f, sites), deletedIds(db)]);
  return intersectOrdered(ordered, sets, deleted);
}

/** A row's note, or why the stored record cannot be shown. */
export type RowRecord = { ok: true; note: AnnotationRecord } | { ok: false; id: string; reason: string };

/** Read and validate the records of some ids (the rows on screen). */
export async function readRows(db: NotesDb, ids: string[]): Promise<Map<string, RowRecord>> {
  const [raws, nameOf] = await Promise.all([db.annotations.bulkGet(ids), tagNamer(db)]);
  const out = new Map<string, RowRecord>();
  ids.forEach((id, i) => {
    const raw = raws[i];
    if (raw === undefined) return out.set(id, { ok: false, id, reason: 'This note no longer exists.' });
    const r = AnnotationRecordSchema.safeParse(raw);
    out.set(id, r.success ? { ok: true, note: namedTags(r.data, nameOf) } : { ok: false, id, reason: `Stored note is not valid: ${describeIssues(r.error)}` });
  });
  return out;
}

/** The valid page records of some addresses (the pages of the first rows), by address. */
export async function pagesOf(db: NotesDb, urls: readonly string[]): Promise<Map<string, PageRecord>> {
  const unique = [...new Set(urls)];
  const raws = await db.pages.bulkGet(unique);
  return new Map(parseRecords('pages', PageRecordSchema, raws.filter((p) => p !== undefined), (r) => (r as PageRecord).url).records.map((p) => [p.url, p]));
}

/** What the filter menus offer: tags, sites, speakers (read from the indexes). */
export interface FilterChoices {
  tags: string[];
  sites: Map<string, string[]>;
  speakers: string[];
  pages: Map<string, PageRecord>;
}

export async function filterChoices(db: NotesDb): Promise<FilterChoices> {
  const [tagRaws, pageRaws, speakers] = await Promise.all([db.tags.toArray(), db.pages.toArray(), distinctKeys(db, 'speaker', null, 100_000)]);
  const pages = pageRaws.flatMap((p) => {
    const r = PageRecordSchema.safeParse(p);
    return r.success ? [r.data] : [];
  });
  return {
    tags: tagRaws
      .filter((t) => typeof t?.name === 'string' && t.count > 0)
      .map((t) => t.name)
      .sort((a, b) => a.localeCompare(b)),
    sites: pagesBySite(pages),
    speakers: (speakers as unknown[]).filter((s): s is string => typeof s === 'string').sort((a, b) => a.localeCompare(b)),
    pages: new Map(pages.map((p) => [p.url, p])),
  };
}

/** Records read per batch when exporting matching notes; the thread gets a turn between batches. */
const EXPORT_BATCH = 1000;

/**
 * The export data of some notes (the library's matching set): read by id in batches with a turn
 * for the UI between them, instead of loading and checking every note of the database at once.
 */
export async function loadNotesForExport(db: NotesDb, ids: readonly string[]): Promise<ExportData> {
  const annotations: AnnotationRecord[] = [];
  const nameOf = await tagNamer(db);
  for (let i = 0; i < ids.length; i += EXPORT_BATCH) {
    const raws = (await db.annotations.bulkGet(ids.slice(i, i + EXPORT_BATCH))).filter((x) => x !== undefined);
    const valid = parseRecords('annotations', AnnotationRecordSchema, raws, (r) => (r as AnnotationRecord).id).records;
    for (const a of valid) if (a.deletedAt === null) annotations.push(namedTags(a, nameOf));
    await yieldToEventLoop();
  }
  annotations.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const urls = [...new Set(annotations.map((a) => a.pageUrl))];
  const pages = parseRecords('pages', PageRecordSchema, (await db.pages.bulkGet(urls)).filter((p) => p !== undefined), (r) => (r as PageRecord).url).records;
  const used = new Set(annotations.flatMap((a) => a.tags.map(tagKey)));
  const tags = parseRecords('tags', TagRecordSchema, await db.tags.toArray(), (r) => (r as { key?: unknown }).key).records.filter((t) => used.has(t.key));
  return { annotations, pages, tags: tags.map(fileTag).sort((a, b) => (a.key < b.key ? -1 : 1)) };
}
