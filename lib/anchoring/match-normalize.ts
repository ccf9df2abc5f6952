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

function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '\u0060': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Folded code of one UTF-16 unit; lower-casing only where it keeps one unit per unit. */
const foldCache = new Map<number, number>();
function foldCode(c: number): number {
  if (c < 0x41) return c;
  if (c <= 0x5a) return c + 32; // A-Z
  if (c < 0x80) return c;
  let f = foldCache.get(c);
  if (f === undefined) {
    const ch = String.fromCharCode(c);
    const mapped = FOLD[ch] ?? ch.toLowerCase();
    f = mapped.length === 1 ? mapped.charCodeAt(0) : c;
    foldCache.set(c, f);
  }
  return f;
}

// UTF-16 code units straight to a string (far faster than String.fromCharCode on long texts);
// typed arrays are little-endian on every platform browsers run on. ignoreBOM keeps offsets.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

export function foldText(raw: string): FoldedText {
  const n0 = raw.length;
  const out = new Uint16Array(n0);
  const map = new Int32Array(n0 + 1);
  let n = 0;
  let lastSpace = false;
  for (let i = 0; i < n0; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0xad && isInvisible(c)) continue;
    if (c <= 0x20 || c >= 0xa0 ? isSpace(c) : false) {
      if (lastSpace) continue;
      lastSpace = true;
      out[n] = 0x20;
      map[n++] = i;
      continue;
    }
    lastSpace = false;
    out[n] = foldCode(c);
    map[n++] = i;
  }
  map[n] = n0;
  const text = utf16.decode(out.subarray(0, n));
  return { text, toRaw: map.slice(0, n + 1) };
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
