import { ALL_MARKS, OPENERS, isDoubleMark, isSingleMark, type MarkConvention } from './marks';

/** A pair of quotation marks found in one block's text (offsets relative to the block). */
export interface MarkedRun {
  /** Offsets of the text between the marks. */
  start: number;
  end: number;
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quote ran to the end of the paragraph unclosed. */
  close: number;
  level: 'double' | 'single';
  /** The opening mark (of the previous paragraph, for a carried quote). */
  mark: string;
}

/** Code units of the double-level and of the single-level marks (all in the BMP): 1 double, 2 single. */
const MARK_KIND = new Uint8Array(0x10000);
for (const m of ALL_MARKS) {
  if (isDoubleMark(m)) MARK_KIND[m.charCodeAt(0)] |= 1;
  if (isSingleMark(m)) MARK_KIND[m.charCodeAt(0)] |= 2;
}
/** The first mark of `kind` at or after `i`, or the text's length. */
function nextMark(text: string, i: number, kind: number): number {
  while (i < text.length && !(MARK_KIND[text.charCodeAt(i)] & kind)) i++;
  return i;
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** Scripts written without spaces: a mark right after one of their letters can still open. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Characters after which a quote cannot start: a closing mark is followed by these. */
const TRAILING = /[.,;:!?)\]}…]/;
/** Characters after which a closing-style glyph (`”`, `“`) may instead open a nested quote. */
const REOPEN_AFTER = /[\s(\[{（【〔—–\-\/]/u;
/** An ellipsis right after an opening mark (`“… and then`, `"... and`, `"[…] the`): the quote picks up mid-sentence. */
export const LEADING_ELLIPSIS = /^(?:…|\.{3}|\[(?:…|\.{3})\])\s*/u;

/** The mark at `i` opens a quote that starts with an ellipsis and then a word, after a space, a bracket, a dash or a colon. */
function opensWithEllipsis(text: string, i: number, prev: string | undefined): boolean {
  if (prev !== undefined && !/[\s(\[{—–\-:]/u.test(prev)) return false;
  const m = LEADING_ELLIPSIS.exec(text.slice(i + 1, i + 12));
  return !!m && WORD.test(text[i + 1 + m[0].length] ?? '');
}

/** Characters that, before a mark, make it an opening one: nothing, space, punctuation, CJK. */
function opensAfter(prev: string | undefined): boolean {
  return prev === undefined || !WORD.test(prev) || CJK.test(prev);
}

/**
 * Pair the double-level marks of one paragraph (everything but the apostrophe-like single marks).
 * One left-to-right pass with a small stack: nested quotes stay inside the outer one, a closing
 * mark unwinds any nested quote left open, and a quote still open at the end of the paragraph
 * runs to the end (the multi-paragraph convention: closing mark only on the last paragraph).
 *
 * `carry` is the convention of a quote left open by the previous paragraph: when this paragraph
 * does not reopen it but closes it (a quote broken by a `<br>`, or a page that puts no opening
 * mark on the later paragraphs), the words up to the closing mark continue that quote; such a run
 * has `open` -1.
 */
export function scanDoubleMarks(text: string, carry?: MarkConvention): MarkedRun[] {
  const runs: MarkedRun[] = [];
  const stack: { conv: MarkConvention; at: number }[] = carry ? [{ conv: carry, at: -1 }] : [];
  for (let i = nextMark(text, 0, 1); i < text.length; i = nextMark(text, i + 1, 1)) {
    const ch = text[i];
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = i + 1 < text.length ? text[i + 1] : undefined;
    const tightOpen = opensAfter(prev) && next !== undefined && !SPACE.test(next) && !TRAILING.test(next);
    const spacedOpen = opensAfter(prev) && next !== undefined && SPACE.test(next) && WORD.test(text[i + 2] ?? '');

    // A paragraph break lost in the page's markup (plain text with line breaks in one `<p>`): the
    // same asymmetric opening mark after a sentence end and a space, while a quote is open and
    // nothing nests, starts the next paragraph's quote; the open one ends unclosed before it
    // (the multi-paragraph convention: no closing mark at the end of the earlier paragraph).
    if (stack.length === 1 && stack[0].at >= 0 && ch === stack[0].conv.open && !stack[0].conv.close.includes(ch) &&
      prev !== undefined && SPACE.test(prev) && /[.!?…]/u.test(text[i - 2] ?? '') && tightOpen) {
      runs.push({ start: stack[0].at + 1, end: i - 1, open: stack[0].at, close: -1, level: 'double', mark: stack[0].conv.open });
      stack[0] = { conv: stack[0].conv, at: i };
      continue;
    }
    let k = stack.length - 1;
    while (k >= 0 && !stack[k].conv.close.includes(ch)) k--;
    if (k >= 0) {
      const conv = stack[k].conv;
      // A symmetric mark (") always closes; an asymmetric one closes unless it clearly opens a
      // nested quote of the same kind (“ … “inner” … ”).
      const symmetric = conv.open === ch;
      // The nested opener must stand where a quote can start: after a space, a bracket or a dash,
      // never right after sentence punctuation (`…变化。”卢宇说，“…`, `…?”.`), and never in text
      // without spaces, where `“` opens and `”` closes whatever follows.
      const reopens = OPENERS.get(ch)?.level === 'double' && tightOpen && !symmetric &&
        (prev === undefined || REOPEN_AFTER.test(prev)) && !CJK.test(next ?? '');
      if (symmetric || !reopens) {
        if (k === 0) runs.push({ start: stack[0].at + 1, end: i, open: stack[0].at, close: i, level: 'double', mark: stack[0].conv.open });
        stack.length = k;
        continue;
      }
    }
    const conv = OPENERS.get(ch);
    if (!conv || conv.level !== 'double') continue;
    const cjkMark = conv.open === '「' || conv.open === '『';
    if (tightOpen || (conv.spaced && spacedOpen) || cjkMark || opensWithEllipsis(text, i, prev)) stack.push({ conv, at: i });
  }
  if (carry && runs[0]?.open !== -1) return scanDoubleMarks(text); // the carried quote never closed here
  if (stack.length) runs.push({ start: stack[0].at + 1, end: text.length, open: stack[0].at, close: -1, level: 'double', mark: stack[0].conv.open });
  return runs;
}

/**
 * Pair single marks (‘…’, '…', ‚…‘) outside the double quotes already found. Because the same
 * glyphs are apostrophes, a mark opens only before a letter and after a space or punctuation, closes
 * only after a letter or punctuation and before a non-letter, and a quote never stays open.
 */
export function scanSingleMarks(text: string, skip: MarkedRun[]): MarkedRun[] {
  const runs: MarkedRun[] = [];
  let open: { conv: MarkConvention; at: number } | null = null;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const region = skip[s];
    if (region && i >= region.open) {
      // Single quotes never straddle a double quote.
      open = null;
      i = region.close < 0 ? text.length : region.close;
      s++;
      continue;
    }
    // Straight to the next single mark, unless a double quote to skip starts before it.
    const j = nextMark(text, i, 2);
    if (region && region.open <= j) {
      i = region.open - 1;
      continue;
    }
    if (j >= text.length) break;
    i = j;
    const ch = text[i];
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = i + 1 < text.length ? text[i + 1] : undefined;
    const closes = prev !== undefined && /[\p{L}\p{N}.,!?…)\]]/u.test(prev) && (next === undefined || !WORD.test(next));
    if (open && open.conv.close.includes(ch) && closes) {
      runs.push({ start: open.at + 1, end: i, open: open.at, close: i, level: 'single', mark: open.conv.open });
      open = null;
      continue;
    }
    const conv = OPENERS.get(ch);
    const opens = (prev === undefined || SPACE.test(prev) || /[(\[{\/—–\-:]/.test(prev) || ALL_MARKS.has(prev)) &&
      next !== undefined && /[\p{L}\p{N}¿¡]/u.test(next);
    if (conv && conv.level === 'single' && opens) open = { conv, at: i };
  }
  return runs;
}
