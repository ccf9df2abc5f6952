/**
 * A reader-level view of a text for matching: white space runs become one space, invisible
 * characters vanish, typographic quotes and dashes become plain ones and letters are lower-cased.
 * Pages re-flow, re-typeset and re-case text without changing what it says; matching in this view
 * makes such edits free. `toRaw` maps every folded offset back to the original text.
 */
export interface FoldedText {
  /** The folded text. */
  text: string;
  /** toRaw[i] = offset in the original text of folded character i; toRaw[text.length] = raw length. */
  toRaw: Int32Array;
}

const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '\u0060': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

function foldChar(c: string): string {
  const f = FOLD[c];
  if (f) return f;
  const l = c.toLowerCase();
  // Some lower-case forms are longer (İ → i̇); keeping one character per character keeps offsets simple.
  return l.length === 1 ? l : c;
}

export function foldText(raw: string): FoldedText {
  const out: string[] = [];
  const map = new Int32Array(raw.length + 1);
  let n = 0;
  let lastSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (INVISIBLE.test(c)) continue;
    if (SPACE.test(c)) {
      if (lastSpace) continue;
      lastSpace = true;
      out.push(' ');
      map[n++] = i;
      continue;
    }
    lastSpace = false;
    out.push(foldChar(c));
    map[n++] = i;
  }
  map[n] = raw.length;
  return { text: out.join(''), toRaw: map.slice(0, n + 1) };
}

/** Fold a short string (a selector part) without an offset map. */
export function fold(s: string): string {
  return foldText(s).text;
}

/** Raw [start, end) of the folded range [fs, fe): from the first character to just after the last. */
export function rawRange(f: FoldedText, fs: number, fe: number): { start: number; end: number } {
  const start = f.toRaw[fs];
  const end = fe > fs ? f.toRaw[fe - 1] + 1 : start;
  return { start, end };
}

/** The folded offset of a raw offset: the first folded character at or after it. */
export function foldedOffset(f: FoldedText, raw: number): number {
  let lo = 0;
  let hi = f.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.toRaw[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
