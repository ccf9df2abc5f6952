/**
 * Cheap pre-check (no parse, no copy of the page) that the content script runs on every page
 * before it asks for an analysis: is this page an article? It must agree with the analysis, which
 * finds quotes on any page where Readability finds a body, so it errs on the side of "yes".
 *
 * It follows Readability's own `isProbablyReaderable` (paragraphs of 140 characters or more add
 * to a score; navigation-like class names and list items do not count), with two changes:
 * - Characters are counted by what they carry: a Chinese, Japanese or Korean character holds
 *   about as much as three Latin ones, so a story in short CJK paragraphs scores like its
 *   translation would.
 * - A page that says it is an article (one `<article>` element, `og:type` article, a JSON-LD or
 *   microdata `NewsArticle`/`Article`/`BlogPosting`) needs only several paragraphs of a sentence
 *   or more: news sites that write in short paragraphs (one or two sentences each) never reach the
 *   140-character mark.
 * A page with several `<article>` elements is a listing (or a story among related-story cards):
 * there the paragraphs count, not the whole text of each card.
 */

/** Class names and ids of navigation, comments and other non-content (Readability's list). */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;

/** Readability's thresholds: a paragraph counts from this length, the page from this score. */
const MIN_PARAGRAPH = 140;
const MIN_SCORE = 20;
/** A paragraph of about one sentence (weighted characters), for pages that say they are articles. */
const MIN_SENTENCE = 60;
/** How many such paragraphs, and how much text in them, an article in short paragraphs needs. */
const MIN_SHORT_PARAGRAPHS = 4;
const MIN_SHORT_TEXT = 600;
/** So many `<article>` elements make a listing (search results, a section front), not a story. */
const LISTING_CARDS = 3;
/** How much of a JSON-LD script is read for its `@type`. */
const LD_PREFIX = 20000;

const ARTICLE_TYPE = /"@type"\s*:\s*(?:\[[^\]]{0,200}?)?"(?:\w*Article|BlogPosting|LiveBlogPosting)"/;
const ARTICLE_ITEMTYPE = '[itemtype*="Article"], [itemtype*="BlogPosting"]';

/** Text length with each CJK character counted as three (one pass over the char codes). */
export function weightedLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Han (with extension A), CJK punctuation, kana, Hangul syllables, full-width forms.
    if ((c >= 0x3000 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xff00 && c <= 0xffef)) n += 2;
  }
  return n;
}

function visible(el: Element): boolean {
  const style = (el as HTMLElement).style;
  if (style && style.display === 'none') return false;
  if (el.hasAttribute('hidden')) return false;
  return el.getAttribute('aria-hidden') !== 'true' || String(el.className).includes('fallback-image');
}

/** Whether the page declares itself an article (metadata, or a single `<article>` element). */
export function declaresArticle(doc: Document, articleCount: number): boolean {
  if (articleCount > 0 && articleCount < LISTING_CARDS) return true;
  if (doc.querySelector('meta[property="og:type"][content="article" i]')) return true;
  if (doc.querySelector(ARTICLE_ITEMTYPE)) return true;
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = s.textContent ?? '';
    if (ARTICLE_TYPE.test(text.length > LD_PREFIX ? text.slice(0, LD_PREFIX) : text)) return true;
  }
  return false;
}

/** Whether the page looks like an article worth analysing. */
export function looksLikeArticle(doc: Document): boolean {
  const articleCount = doc.getElementsByTagName('article').length;
  const listing = articleCount >= LISTING_CARDS;
  const nodes = new Set<Element>(doc.querySelectorAll(listing ? 'p, pre' : 'p, pre, article'));
  // Text written as `<div>` with `<br>` line breaks instead of paragraphs.
  for (const br of doc.querySelectorAll('div > br')) if (br.parentElement) nodes.add(br.parentElement);

  let score = 0;
  let shortParagraphs = 0;
  let shortText = 0;
  let declared: boolean | null = null;
  for (const node of nodes) {
    if (!visible(node)) continue;
    const name = `${node.className} ${node.id}`;
    if (UNLIKELY.test(name) && !MAYBE.test(name)) continue;
    if (node.matches('li p')) continue;
    const length = weightedLength((node.textContent ?? '').trim());
    if (length >= MIN_PARAGRAPH) {
      score += Math.sqrt(length - MIN_PARAGRAPH);
      if (score > MIN_SCORE) return true;
    }
    if (length >= MIN_SENTENCE && node.tagName !== 'ARTICLE') {
      shortParagraphs++;
      shortText += length;
      if (shortParagraphs >= MIN_SHORT_PARAGRAPHS && shortText >= MIN_SHORT_TEXT) {
        declared ??= declaresArticle(doc, articleCount);
        if (declared) return true;
      }
    }
  }
  return false;
}
