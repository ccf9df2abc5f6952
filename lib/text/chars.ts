/**
 * Character classes for the word scanners of the analysis (names, cues, clauses, documents). A
 * regular expression such as `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*` (flags g and u) allocates a
 * match object for every word it finds, and the analysis splits the text into words several times
 * over; these scanners read each character's class from a table instead and return offsets only,
 * with the same answers as the expressions they stand for (their `u` flag included: a pair of
 * surrogates is one character, a lone surrogate is a character of no class).
 */

/** A letter or a number (`[\p{L}\p{N}]`). */
export const LETTER_OR_NUMBER = 1;
/** A combining mark (`\p{M}`). */
export const MARK = 2;
/** A character of a script written without spaces between words (Han, Hiragana, Katakana, Hangul). */
export const CJK = 4;
/** White space (`\s`). */
export const SPACE = 8;
/** A letter (`\p{L}`). */
export const LETTER = 16;
/** Set once a character has been classed. */
const KNOWN = 0x80;
/** Set (on a returned class) when the character is a pair of surrogates, two code units long. */
export const PAIR = 0x100;

const LN = /[\p{L}\p{N}]/u;
const M = /\p{M}/u;
const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WHITE = /\s/u;
const L = /\p{L}/u;
const classOf = (ch: string) =>
  KNOWN | (LN.test(ch) ? LETTER_OR_NUMBER : 0) | (M.test(ch) ? MARK : 0) | (CJK_SCRIPT.test(ch) ? CJK : 0) | (WHITE.test(ch) ? SPACE : 0) |
  (L.test(ch) ? LETTER : 0);

/** Classes of the Basic Multilingual Plane, filled as characters are met; high surrogates stay 0. */
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

function slowClassAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = ASTRAL.get(cp);
      if (k === undefined) ASTRAL.set(cp, (k = classOf(String.fromCodePoint(cp))));
      return k | PAIR;
    }
    return KNOWN; // a lone high surrogate
  }
  return (BMP[c] = classOf(text[i]));
}

/** The class bits of the character at `i` (`PAIR` set when it is two code units long); 0 past the end. */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  return BMP[text.charCodeAt(i)] || slowClassAt(text, i);
}

/** Length in code units of a character of class `k`. */
export const charLength = (k: number) => (k & PAIR ? 2 : 1);

/** The end of the run of characters of class `mask` that starts at `i` (`i` when there is none). */
export function runEnd(text: string, i: number, mask: number): number {
  for (;;) {
    const k = classAt(text, i);
    if (!(k & mask)) return i;
    i += k & PAIR ? 2 : 1;
  }
}

const UPPER_FIRST = /^\p{Lu}/u;
/** Does the text start with an upper-case letter (`/^\p{Lu}/u`)? ASCII is answered without the expression. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(text);
}

const isJoiner = (c: number) => c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 45; /* - */

/**
 * The end of the word `C+(?:['’-]C+)*` that starts at `i` (a character of class `mask` stands
 * there), C being the characters of class `mask`: "s'exclame", "so-called", "Jean-Pierre".
 */
export function wordEnd(text: string, i: number, mask: number): number {
  let j = runEnd(text, i, mask);
  while (isJoiner(text.charCodeAt(j)) && classAt(text, j + 1) & mask) j = runEnd(text, j + 1, mask);
  return j;
}

/** The first character of class `mask` at or after `i`, or the text's length. */
export function nextOf(text: string, i: number, mask: number): number {
  while (i < text.length) {
    const k = classAt(text, i);
    if (k & mask) return i;
    i += k & PAIR ? 2 : 1;
  }
  return text.length;
}

/**
 * The end of `s` from the start of its `n`-th last run of non-space characters (all of `s` when it
 * has fewer). An expression anchored at the end (`…$`, no look-behind) whose matches span at most
 * `n` such runs finds the same match in it, without being tried at every earlier position.
 */
export function lastWords(s: string, n: number): string {
  let i = s.length;
  const space = (j: number) => (BMP[s.charCodeAt(j)] || slowClassAt(s, j)) & SPACE;
  while (i > 0 && space(i - 1)) i--;
  for (let runs = 0; i > 0; ) {
    while (i > 0 && !space(i - 1)) i--;
    if (++runs === n) return s.slice(i);
    while (i > 0 && space(i - 1)) i--;
  }
  return s;
}
