import type { QuoteSpan } from './types';

/**
 * Pull quotes: a `<blockquote>` that repeats, for layout, words already quoted in the body. The
 * block-quote copy is dropped when most of its word triples occur in the quotes found outside
 * block quotes: that covers a copy contained in a body quote, a nearly equal one (an edited word,
 * a dropped clause), and one joining both halves of a split quote. A set of triples keeps this
 * linear in the length of the quotes.
 */

/** Share of a block quote's word triples that must be found in the body's quotes. */
const SHARED = 0.75;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function triples(ws: string[]): string[] {
  if (ws.length < 3) return ws.length ? [ws.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + 3 <= ws.length; i++) out.push(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`);
  return out;
}

export function dropPullQuotes(spans: QuoteSpan[], text: string): QuoteSpan[] {
  if (!spans.some((s) => s.kind === 'blockquote')) return spans;
  const body = new Set<string>();
  for (const s of spans) {
    if (s.kind === 'blockquote') continue;
    const ws = words(text.slice(s.start, s.end));
    for (const t of triples(ws)) body.add(t);
    if (ws.length < 3) for (const w of ws) body.add(w);
  }
  const out: QuoteSpan[] = [];
  let dropped = false;
  for (const s of spans) {
    if (s.kind === 'blockquote') {
      const ts = triples(words(text.slice(s.start, s.end)));
      const shared = ts.filter((t) => body.has(t)).length;
      if (ts.length && shared >= SHARED * ts.length) {
        dropped = true;
        continue;
      }
    }
    // The paragraph after a dropped one no longer continues anything.
    if (s.continues && dropped) {
      const { continues: _, ...rest } = s;
      out.push(rest);
    } else out.push(s);
    dropped = false;
  }
  return out;
}
