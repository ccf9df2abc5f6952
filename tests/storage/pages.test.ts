import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesDb } from '../../lib/storage/db';
import { getPage, recentPages, visitPage } from '../../lib/storage/pages';
import { freshDb } from './fresh-db';

let db: NotesDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('pages', () => {
  it('records a visit under the normalised address', async () => {
    const r = await visitPage(db, { url: 'https://News.example/a?utm_source=x#top', title: 'A', site: 'News' }, 100);
    expect(r.ok && r.value).toEqual({ url: 'https://news.example/a', title: 'A', site: 'News', byline: null, publishedTime: null, firstVisit: 100, lastVisit: 100 });
    expect((await getPage(db, 'https://news.example/a?fbclid=1')).records).toHaveLength(1);
  });

  it('keeps the first visit and refreshes the last', async () => {
    await visitPage(db, { url: 'https://news.example/a', title: 'A', byline: 'Jane Roe' }, 100);
    const r = await visitPage(db, { url: 'https://news.example/a', title: 'A (updated)' }, 900);
    expect(r.ok && r.value).toMatchObject({ firstVisit: 100, lastVisit: 900, title: 'A (updated)', byline: 'Jane Roe' });
  });

  it('files an AMP page under its same-site canonical address', async () => {
    await visitPage(db, { url: 'https://news.example/amp/a', canonical: 'https://news.example/a', title: 'A' }, 100);
    expect((await db.pages.toArray()).map((p) => p.url)).toEqual(['https://news.example/a']);
  });

  it('lists recent pages, latest first', async () => {
    await visitPage(db, { url: 'https://news.example/1' }, 100);
    await visitPage(db, { url: 'https://news.example/2' }, 300);
    await visitPage(db, { url: 'https://news.example/3' }, 200);
    expect((await recentPages(db, 2)).records.map((p) => p.url)).toEqual(['https://news.example/2', 'https://news.example/3']);
  });

  it.each([
    ['not an address', { url: 'nowhere' }],
    ['a title that is not text', { url: 'https://news.example/a', title: 42 as unknown as string }],
  ])('refuses %s and gives the visit back', async (_l, visit) => {
    const r = await visitPage(db, visit);
    expect(!r.ok && r.error.kind).toBe('invalid');
    expect(!r.ok && r.unsaved).toBe(visit);
  });

  it('reports a broken stored page and does not overwrite it', async () => {
    await db.pages.put({ url: 'https://news.example/a', title: 7 } as never);
    expect((await getPage(db, 'https://news.example/a')).invalid[0].reason).toContain('title');
    const r = await visitPage(db, { url: 'https://news.example/a', title: 'A' });
    expect(!r.ok && r.error.kind).toBe('invalid');
    expect((await db.pages.get('https://news.example/a'))!.title).toBe(7);
  });
});
