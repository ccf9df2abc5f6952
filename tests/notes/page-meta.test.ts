import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describe as describeSel } from '../../lib/anchoring/selectors';
import { loadExportData } from '../../lib/export/load';
import { toClaimReviewJson } from '../../lib/export/claim-review';
import { parseNotesRequest } from '../../lib/messages';
import { withAnalysisMeta } from '../../lib/notes/page-meta';
import { handleNotesRequest } from '../../lib/notes/service';
import type { NotesDb } from '../../lib/storage/db';
import { freshDb } from '../storage/fresh-db';

const ANALYSIS = { byline: 'By  Ann Lee ', title: 'Bridge by 2027', siteName: 'News Example', publishedTime: '2024-03-01T08:00:00Z' };
const PAGE = { url: 'https://news.example/a/bridge' };

describe('withAnalysisMeta', () => {
  it.each([
    ['no meta author: the analysis byline', { ...PAGE }, { byline: 'Ann Lee', title: 'Bridge by 2027', site: 'News Example', publishedTime: '2024-03-01T08:00:00Z' }],
    ['a profile address as meta author: the analysis byline wins', { ...PAGE, byline: 'https://facebook.com/newsexample' }, { byline: 'Ann Lee' }],
    ['the page’s own title, site and date come first', { ...PAGE, title: 'Bridge | News', site: 'NEWS', publishedTime: '2024-03-02' }, { title: 'Bridge | News', site: 'NEWS', publishedTime: '2024-03-02' }],
  ])('%s', (_name, page, expected) => expect(withAnalysisMeta(page, ANALYSIS)).toMatchObject(expected));

  it('no analysis, no byline from it', () => expect(withAnalysisMeta({ ...PAGE, byline: 'Ann' }, undefined)).toEqual({ ...PAGE, byline: 'Ann' }));
  it('an analysis without a byline keeps the page’s', () => expect(withAnalysisMeta({ ...PAGE, byline: 'Ann' }, { ...ANALYSIS, byline: null }).byline).toBe('Ann'));
});

describe('a note saved on an analysed page', () => {
  let db: NotesDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(() => db.close());

  it('stores the byline in the page record, and exports carry it as the article’s author', async () => {
    const TEXT = 'The mayor said the bridge is ready at a meeting on Monday.';
    const req = parseNotesRequest({ type: 'notes:add', page: withAnalysisMeta({ ...PAGE, title: '' }, ANALYSIS), draft: { selectors: describeSel(TEXT, 4, 9), kind: 'claim', verdict: 'false' } })!;
    const r = await handleNotesRequest(db, req, 5000);
    expect(r.ok).toBe(true);
    expect(await db.pages.get(PAGE.url)).toMatchObject({ byline: 'Ann Lee', title: 'Bridge by 2027' });
    const { data } = await loadExportData(db);
    const [review] = JSON.parse(toClaimReviewJson(data, { exportedAt: new Date(0) }))['@graph'];
    expect(review.itemReviewed.appearance.author).toEqual({ '@type': 'Person', name: 'Ann Lee' });
  });
});
