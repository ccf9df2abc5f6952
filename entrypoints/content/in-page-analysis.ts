import type { Analysis } from '../../lib/analysis-schema';
import { analyzeArticle, emptyAnalysis } from '../../lib/analyze';
import { extractArticle } from '../../lib/article/extract';
import { yieldToPage } from './schedule';

/**
 * The analysis in the page itself, in two tasks with a yield between (Readability, then quotes and
 * people). Only bench builds (WXT_ANALYSIS=in-page) load it, for before/after figures: shipped
 * builds analyze off the page and do not carry Readability and the analysis in the content script.
 */
export async function analyzeInPage(
  url: string,
  cancelled: () => boolean,
  measure: (name: string, start: number) => void,
): Promise<{ analysis: Analysis; extractMs: number; analyzeMs: number } | null> {
  const t1 = performance.now();
  const article = extractArticle(document);
  const extractMs = performance.now() - t1;
  measure('extract', t1);
  await yieldToPage();
  if (cancelled()) return null;
  const t2 = performance.now();
  const analysis = article ? analyzeArticle(article, { url }) : emptyAnalysis(url);
  measure('analyze', t2);
  return { analysis, extractMs, analyzeMs: performance.now() - t2 };
}
