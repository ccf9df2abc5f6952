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
 * One round on one page: the three measurements, in an order that turns with `turn`, each summed
 * over `repeat` runs: the page's clock ticks in steps of about 0.1 ms (with jitter), too coarse for
 * a small page whose Readability takes 1 ms. Each run gets a document parsed just before it (not
 * timed), so no more documents are alive than one run needs: many parsed pages held at once make
 * the collector, and so the measurement, slower.
 */
function round(html: string, turn: number, repeat = 1): Round {
  const parse = () => parseHtml(parser, html, 'https://example.org/article');
  const out: Round = { readabilityMs: 0, readabilityCloneMs: 0, analysisMs: 0, quotes: 0, textLength: 0 };
  const steps = [
    () => {
      const doc = parse();
      const t0 = performance.now();
      new Readability(doc).parse();
      out.readabilityMs += performance.now() - t0;
    },
    () => {
      const doc = parse();
      const t0 = performance.now();
      new Readability(doc.cloneNode(true) as Document).parse();
      out.readabilityCloneMs += performance.now() - t0;
    },
    () => {
      const doc = parse();
      const t0 = performance.now();
      const result = analyze(doc, { owned: true });
      out.analysisMs += performance.now() - t0;
      out.quotes = result.quotes.length;
      out.textLength = result.textLength;
    },
  ];
  // Turn which goes first, so that a warm cache or a collection does not favour one side.
  for (let r = 0; r < repeat; r++) for (let k = 0; k < steps.length; k++) steps[(k + turn + r) % steps.length]();
  out.readabilityMs /= repeat;
  out.readabilityCloneMs /= repeat;
  out.analysisMs /= repeat;
  return out;
}

(globalThis as unknown as { __slBench: unknown }).__slBench = { round };
