/**
 * The analysis as the offscreen document runs it, bundled for a plain Chromium page by
 * bench/analysis-chromium.ts: parse the page's HTML with the browser's own DOMParser, then either
 * Readability alone or the whole analysis, each on a document of its own that it may change (the
 * offscreen document analyzes the document it parsed, with no clone). Parsing is not timed.
 */
import { Readability } from '@mozilla/readability';
import { analyze } from '../../lib/analyze';
import { parseHtml } from '../../lib/text/parse-html';

const parser = new DOMParser();

/** What one round measures on one page (milliseconds). */
export interface Round {
  /** Readability alone, on a document of its own. */
  readabilityMs: number;
  /** Readability on a clone of the document: what the analysis paid before it stopped cloning (the earlier baseline). */
  readabilityCloneMs: number;
  /** The whole analysis, Readability included, on a document it owns. */
  analysisMs: number;
  quotes: number;
  textLength: number;
}

/** One round on one page: the three measurements, in an order that turns with `turn`. */
function round(html: string, turn: number): Round {
  const docs = [0, 1, 2].map(() => parseHtml(parser, html, 'https://example.org/article'));
  const out: Round = { readabilityMs: 0, readabilityCloneMs: 0, analysisMs: 0, quotes: 0, textLength: 0 };
  const steps = [
    () => {
      const t0 = performance.now();
      new Readability(docs[0]).parse();
      out.readabilityMs = performance.now() - t0;
    },
    () => {
      const t0 = performance.now();
      new Readability(docs[1].cloneNode(true) as Document).parse();
      out.readabilityCloneMs = performance.now() - t0;
    },
    () => {
      const t0 = performance.now();
      const result = analyze(docs[2], { owned: true });
      out.analysisMs = performance.now() - t0;
      out.quotes = result.quotes.length;
      out.textLength = result.textLength;
    },
  ];
  // Turn which goes first, so that a warm cache or a collection does not favour one side.
  for (let k = 0; k < steps.length; k++) steps[(k + turn) % steps.length]();
  return out;
}

(globalThis as unknown as { __slBench: unknown }).__slBench = { round };
