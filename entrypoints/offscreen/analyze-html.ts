import { analyze } from '../../lib/analyze';
import type { AnalyzeHtmlReply } from '../../lib/messages';
import { parseHtml } from '../../lib/text/parse-html';

/**
 * Parse a serialised page with the DOMParser of this context (the offscreen document, or Firefox's
 * background page) and analyze it. Never throws: failures become `{ ok: false }` so the content
 * script can fall back to analyzing in the page.
 */
export function analyzeHtml(html: string, url: string, path: 'offscreen' | 'background'): AnalyzeHtmlReply {
  try {
    const t0 = performance.now();
    // Parsed documents do not run scripts or load anything; the base makes relative links resolve.
    const doc = parseHtml(new DOMParser(), html, url);
    const t1 = performance.now();
    // The document is this call's own and read by nothing else: Readability may change it.
    const analysis = analyze(doc, { url, owned: true });
    const t2 = performance.now();
    return { ok: true, analysis, path, parseMs: round(t1 - t0), analyzeMs: round(t2 - t1) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;
