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

/**
 * One round on one page: the three measurements, in an order that turns with `turn`. Each is timed
 * over `repeat` documents in a row and divided: the page's clock ticks in steps of about 0.1 ms,
 * too coarse for a small page whose Readability takes 1 ms.
 */
function round(html: string, turn: number, repeat = 1): Round {
  const docsFor = () => Array.from({ length: repeat }, () => parseHtml(parser, html, 'https://example.org/article'));
  const docs = [docsFor(), docsFor(), docsFor()];
  const out: Round = { readabilityMs: 0, readabilityCloneMs: 0, analysisMs: 0, quotes: 0, textLength: 0 };
  const steps = [
    () => {
      const t0 = performance.now();
      for (const d of docs[0]) new Readability(d).parse();
      out.readabilityMs = (performance.now() - t0) / repeat;
    },
    () => {
      const t0 = performance.now();
      for (const d of docs[1]) new Readability(d.cloneNode(true) as Document).parse();
      out.readabilityCloneMs = (performance.now() - t0) / repeat;
    },
    () => {
      const t0 = performance.now();
      let result: ReturnType<typeof analyze> | null = null;
      for (const d of docs[2]) result = analyze(d, { owned: true });
      out.analysisMs = (performance.now() - t0) / repeat;
      out.quotes = result?.quotes.length ?? 0;
      out.textLength = result?.textLength ?? 0;
    },
  ];
  // Turn which goes first, so that a warm cache or a collection does not favour one side.
  for (let k = 0; k < steps.length; k++) steps[(k + turn) % steps.length]();
  return out;
}

(globalThis as unknown as { __slBench: unknown }).__slBench = { round };
