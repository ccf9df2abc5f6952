import { z } from 'zod';
import { normalizeUrl } from '../url/normalize';
import type { NotesDb } from './db';
import { attempt, storageError, StorageFailure, type WriteResult } from './errors';
import { describeIssues, parseRecords, PageRecordSchema, type PageRecord, type ReadResult } from './schemas';

/** What the content script knows about a page when the reader visits it. */
export const VisitSchema = z.object({
  url: z.string(),
  /** The page's <link rel=canonical> href, if any. */
  canonical: z.string().nullable().optional(),
  title: z.string().default(''),
  site: z.string().nullable().default(null),
  byline: z.string().nullable().default(null),
  publishedTime: z.string().nullable().default(null),
});
export type Visit = z.input<typeof VisitSchema>;

/** Record a visit: creates the page or refreshes its metadata and last visit, keeping the first. */
export async function visitPage(db: NotesDb, visit: Visit, now = Date.now()): Promise<WriteResult<PageRecord, Visit>> {
  return attempt(visit, async () => {
    const v = VisitSchema.safeParse(visit);
    if (!v.success) throw new StorageFailure(storageError('invalid', describeIssues(v.error)));
    const url = normalizeUrl(v.data.url, v.data.canonical);
    if (!url) throw new StorageFailure(storageError('invalid', `not a page address: ${v.data.url}`));
    return db.transaction('rw', db.pages, async () => {
      const raw = await db.pages.get(url);
      const old = raw ? PageRecordSchema.safeParse(raw) : null;
      if (old && !old.success) {
        throw new StorageFailure(storageError('invalid', `stored page ${url} is not valid, left untouched: ${describeIssues(old.error)}`));
      }
      const page = PageRecordSchema.parse({
        url,
        title: v.data.title || old?.data?.title || '',
        site: v.data.site ?? old?.data?.site ?? null,
        byline: v.data.byline ?? old?.data?.byline ?? null,
        publishedTime: v.data.publishedTime ?? old?.data?.publishedTime ?? null,
        firstVisit: old?.data?.firstVisit ?? now,
        lastVisit: now,
      });
      await db.pages.put(page);
      return page;
    });
  });
}

const urlOf = (raw: unknown) => (raw as { url?: unknown })?.url;

/** One page by (any form of) its address. */
export async function getPage(db: NotesDb, url: string, canonical?: string | null): Promise<ReadResult<PageRecord>> {
  const key = normalizeUrl(url, canonical);
  if (!key) return { records: [], invalid: [] };
  const raw = await db.pages.get(key);
  return parseRecords('pages', PageRecordSchema, raw ? [raw] : [], urlOf);
}

/** The most recently visited pages. */
export async function recentPages(db: NotesDb, limit = 50): Promise<ReadResult<PageRecord>> {
  const raws = await db.pages.orderBy('lastVisit').reverse().limit(limit).toArray();
  return parseRecords('pages', PageRecordSchema, raws, urlOf);
}
