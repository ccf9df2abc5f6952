import type { Analysis, Quote, Specialist } from './analysis-schema';
import { extractArticle } from './article/extract';
import type { Article } from './article/types';
import { attributeQuotes } from './attribution/attribute';
import { findPeople } from './people/find';
import { foldName } from './people/names';
import { detectQuotes } from './quotes/detect';
import { makeAnchor } from './text/anchor';

export interface AnalyzeOptions {
  url?: string | null;
  /** `doc` was made for this analysis and may be changed (see `ExtractOptions.owned`). */
  owned?: boolean;
}

/** The result for a page that has no article. */
export function emptyAnalysis(url: string | null = null): Analysis {
  return {
    version: 1, url, isArticle: false, title: null, byline: null, siteName: null, lang: null,
    publishedTime: null, excerpt: null, textLength: 0, quotes: [], specialists: [],
  };
}

/** Primary language subtag ("en-GB" → "en"), or null. */
export function primaryLanguage(lang: string | null): string | null {
  const m = lang?.trim().toLowerCase().match(/^[a-z]{2,3}/);
  return m ? m[0] : null;
}

/**
 * How many quotes a name spoke, by `sameName`'s rule (same folded surname; where both sides give a
 * first name, the same initial), from one pass over the quotes: counting by calling `sameName` for
 * every specialist and every quote folded each name again and again, quadratic on long articles.
 */
export function quoteCounter(quotes: Quote[]): (name: string) => number {
  const words = (name: string) => foldName(name).split(/[\s-]+/).filter(Boolean);
  const bySurname = new Map<string, string[][]>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const w = words(q.speaker);
    if (!w.length) continue;
    const list = bySurname.get(w[w.length - 1]) ?? [];
    list.push(w);
    bySurname.set(w[w.length - 1], list);
  }
  return (name) => {
    const w = words(name);
    if (!w.length) return 0;
    const same = bySurname.get(w[w.length - 1]) ?? [];
    return same.filter((s) => s.length === 1 || w.length === 1 || s[0][0] === w[0][0]).length;
  };
}

/** Quotes, speakers and named specialists of an already extracted article. */
export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): Analysis {
  // Extraction already checked the declared language against the text's own words.
  const lang = primaryLanguage(article.lang);
  const spans = detectQuotes(article, lang);
  const people = findPeople(article, lang);
  const attributions = attributeQuotes(article, spans, people, lang);

  const quotes: Quote[] = spans.map((span, i) => ({
    id: `q${i + 1}`,
    text: article.text.slice(span.start, span.end),
    kind: span.kind,
    ...attributions[i],
    anchor: makeAnchor(article.text, span.start, span.end),
  }));

  const countQuotes = quoteCounter(quotes);
  const specialists: Specialist[] = people
    .filter((p) => p.specialist)
    .map((p, i) => ({
      id: `s${i + 1}`,
      name: p.name,
      aliases: p.aliases,
      roles: p.roles,
      quoteCount: countQuotes(p.name),
      mentions: p.mentions.map((m) => makeAnchor(article.text, m.start, m.end)),
    }));

  return {
    version: 1,
    url: options.url ?? null,
    isArticle: true,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    publishedTime: article.publishedTime,
    excerpt: article.excerpt,
    textLength: article.text.length,
    quotes,
    specialists,
  };
}

/**
 * Analyze a page: Readability on a clone of `doc` (on `doc` itself when `owned`), then quotes,
 * speakers and specialists.
 */
export function analyze(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const article = extractArticle(doc, { owned: options.owned });
  return article ? analyzeArticle(article, options) : emptyAnalysis(options.url ?? null);
}
