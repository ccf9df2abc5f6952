import { Readability } from '@mozilla/readability';
import { blocksFromElement } from './blocks';
import { articleLanguage } from './language';
import type { Article } from './types';

export { looksLikeArticle } from './readerable';

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** Less body text than this (about two sentences) is not an article. */
const MIN_ARTICLE_CHARS = 140;

export interface ExtractOptions {
  /**
   * The caller made `doc` for this analysis and reads nothing of it afterwards (a page parsed from
   * its HTML off the page): Readability may change it, and no clone is made. The clone cost about a
   * third of the time of Readability on a clone (Chromium, dev and dev2 pages).
   */
  owned?: boolean;
}

/**
 * Run Readability on a clone of `doc` (Readability mutates what it parses), or on `doc` itself when
 * the caller owns it, and turn its content into blocks of plain text. Returns null when the page
 * has no article.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article | null {
  // Read before Readability runs: it may change the document it parses.
  const declaredLang = clean(doc.documentElement?.getAttribute('lang'));
  const target = options.owned ? doc : (doc.cloneNode(true) as Document);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    // The serializer hands back the content element itself: no HTML string round trip.
    parsed = new Readability<Node>(target, { serializer: (node) => node }).parse();
  } catch {
    return null;
  }
  if (!parsed || !parsed.content) return null;
  const content = parsed.content as Element;
  const title = clean(parsed.title);
  const { text, blocks } = blocksFromElement(content, title);
  // Readability returns *something* for almost any page; a few words of navigation are not an article.
  const bodyLength = blocks.reduce((n, b) => n + (b.kind === 'title' ? 0 : b.text.length), 0);
  if (bodyLength < MIN_ARTICLE_CHARS) return null;
  let html: string | undefined;
  return {
    title,
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    // The declared language, unless the text plainly is in another one (mislabelled templates).
    lang: articleLanguage(clean(parsed.lang) ?? declaredLang, text),
    publishedTime: clean(parsed.publishedTime),
    excerpt: clean(parsed.excerpt),
    // Serialised when first read (for display only; the analysis never reads it).
    get html() {
      return (html ??= (content as Element).innerHTML ?? '');
    },
    text,
    blocks,
  };
}
