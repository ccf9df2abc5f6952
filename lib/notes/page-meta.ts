import type { Analysis } from '../analysis-schema';
import type { PageRef } from '../messages';

/**
 * What a page record keeps about its article, from both sources: the content script reads the
 * page's own meta tags (often no author at all, or a profile address), the analysis has
 * Readability's byline (the author line of the article itself), title, site and date. The
 * byline the analysis found wins; for the rest the page's own tags come first.
 */
/** A byline as an author's name: without the leading "By" of the article's own line. */
const authorOf = (byline: string | null): string | null => byline?.replace(/^(?:by|par|por|von|di|door|от|автор:?)\s+/iu, '').trim() || null;

export function withAnalysisMeta(page: PageRef, analysis: Partial<Pick<Analysis, 'byline' | 'title' | 'siteName' | 'publishedTime'>> | undefined): PageRef {
  if (!analysis) return page;
  const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() || null;
  return {
    ...page,
    title: clean(page.title) ?? clean(analysis.title) ?? '',
    site: clean(page.site) ?? clean(analysis.siteName),
    byline: authorOf(clean(analysis.byline)) ?? clean(page.byline),
    publishedTime: clean(page.publishedTime) ?? clean(analysis.publishedTime),
  };
}
