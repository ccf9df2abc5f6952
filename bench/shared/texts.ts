import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { extractArticle } from '../../lib/article/extract';
import { parseHtml } from '../../lib/text/parse-html';
import { DEV_PAGES_DIR, requireDevPages } from './eval-set';

/** The dev pages (../shared/eval beside the checkout, or $SOURCELIGHT_EVAL). */
export const DEV_PAGES = DEV_PAGES_DIR;

/** The article texts of the dev pages (longer than 500 characters), in file order. */
export function articleTexts(): string[] {
  requireDevPages('The anchoring benchmark');
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  const parser = new window.DOMParser() as unknown as DOMParser;
  const out = readdirSync(DEV_PAGES).filter((f) => f.endsWith('.html')).sort()
    .map((f) => extractArticle(parseHtml(parser, readFileSync(join(DEV_PAGES, f), 'utf8')))?.text ?? '')
    .filter((t) => t.length > 500);
  void window.happyDOM.close();
  return out;
}

/**
 * A ~100k-word text: the dev articles repeated, each copy with its words swapped through its own
 * substitution table (same sentence shapes, different words), so no passage is repeated by the
 * construction; a reader's page does not repeat itself 7 times.
 */
export function bigText(texts: string[], words = 100_000): string {
  const vocab = [...new Set(texts.join(' ').match(/\p{L}+/gu) ?? [])];
  const index = new Map(vocab.map((w, i) => [w, i]));
  const parts: string[] = [];
  let n = 0;
  for (let copy = 0; n < words; copy++) {
    for (const t of texts) {
      const c = copy === 0 ? t : t.replace(/\p{L}+/gu, (w) => vocab[(index.get(w)! + copy * 7919) % vocab.length]);
      parts.push(c);
      n += c.split(/\s+/).length;
      if (n >= words) break;
    }
  }
  return parts.join('\n\n');
}
