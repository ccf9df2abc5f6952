/**
 * The analysis as the offscreen document runs it, bundled for a plain Chromium page by
 * bench/analysis-chromium.ts: parse the page's HTML with the browser's own DOMParser, then either
 * Readability alone (on a clone, as `extractArticle` does) or the whole analysis.
 */
import { Readability } from '@mozilla/readability';
import { analyze } from '../../lib/analyze';
import { parseHtml } from '../../lib/text/parse-html';

const parser = new DOMParser();

/** One round on one page: Readability alone, then the whole analysis, on the same parsed document. */
function round(html: string, order: 'ra' | 'ar'): { readabilityMs: number; analysisMs: number; quotes: number; textLength: number } {
  const doc = parseHtml(parser, html, 'https://example.org/article');
  let readabilityMs = 0;
  let analysisMs = 0;
  let quotes = 0;
  let textLength = 0;
  const runReadability = () => {
    const t0 = performance.now();
    new Readability(doc.cloneNode(true) as Document).parse();
    readabilityMs = performance.now() - t0;
  };
  const runAnalysis = () => {
    const t0 = performance.now();
    const result = analyze(doc);
    analysisMs = performance.now() - t0;
    quotes = result.quotes.length;
    textLength = result.textLength;
  };
  // Alternate which goes first, so that a warm cache or a collection does not favour one side.
  if (order === 'ra') {
    runReadability();
    runAnalysis();
  } else {
    runAnalysis();
    runReadability();
  }
  return { readabilityMs, analysisMs, quotes, textLength };
}

(globalThis as unknown as { __slBench: unknown }).__slBench = { round };
