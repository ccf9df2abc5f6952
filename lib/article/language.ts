import { FUNCTION_WORDS } from './function-words';

/**
 * The language of an article's text, to check the page's declared `lang`: pages are often
 * mislabelled (an English template around a French story, no `lang` at all), and every language
 * table downstream (quote marks, speech verbs, titles) is picked by it.
 *
 * Scripts decide first (Han without kana is Chinese, kana is Japanese, Hangul Korean, Cyrillic
 * Russian or Ukrainian); Latin text is judged by the share of function words that belong to one
 * language alone. Only a sample of the text is read, so the cost is bounded on long pages.
 */

const SAMPLE = 6000;
/** Fewer Latin words than this say nothing reliable. */
const MIN_WORDS = 40;
/** The best language needs this share of the words, and this many times the runner-up's count. */
const MIN_SHARE = 0.06;
const MARGIN = 2;

/** Words of exactly one language's list, mapped to that language. */
const OWN_WORD: ReadonlyMap<string, string> = (() => {
  const seen = new Map<string, string | null>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    for (const w of new Set(words.split(/\s+/))) seen.set(w, seen.has(w) && seen.get(w) !== lang ? null : lang);
  }
  return new Map([...seen].filter((e): e is [string, string] => e[1] !== null));
})();

const LONGEST_OWN_WORD = Math.max(...[...OWN_WORD.keys()].map((w) => w.length));

const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const UKRAINIAN = /[іїєґІЇЄҐ]/u;
const LATIN = /\p{Script=Latin}/u;

/** Classes of a character, as bits (`KNOWN_BIT` set once the character has been classed). */
const L = 1, KANA_BIT = 2, HAN_BIT = 4, HANGUL_BIT = 8, CYRILLIC_BIT = 16, UKRAINIAN_BIT = 32, LATIN_BIT = 64, KNOWN_BIT = 128;

function classOf(ch: string): number {
  return KNOWN_BIT | (LETTER.test(ch) ? L : 0) | (KANA.test(ch) ? KANA_BIT : 0) | (HAN.test(ch) ? HAN_BIT : 0) |
    (HANGUL.test(ch) ? HANGUL_BIT : 0) | (CYRILLIC.test(ch) ? CYRILLIC_BIT : 0) | (UKRAINIAN.test(ch) ? UKRAINIAN_BIT : 0) | (LATIN.test(ch) ? LATIN_BIT : 0);
}

/** Classes of the characters of the Basic Multilingual Plane, filled as they are met. */
const BMP = new Uint8Array(0x10000);
/** Classes of the characters beyond it (a pair of surrogates). */
const ASTRAL = new Map<string, number>();

/**
 * The classes of the character (code point) at `i` and its length in UTF-16 units, read as a
 * regular expression with the `u` flag reads it: a lone surrogate is a character of its own.
 */
function charAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const pair = text.slice(i, i + 2);
      let k = ASTRAL.get(pair);
      if (k === undefined) ASTRAL.set(pair, (k = classOf(pair)));
      return k | 0x100;
    }
  }
  let k = BMP[c];
  if (!k) BMP[c] = k = classOf(text[i]);
  return k;
}

/**
 * The language the text is written in (ISO 639-1), or null when the sample does not say clearly.
 * One pass over the sample counts every script (no array of matches per script) and, in the same
 * pass, tallies the function words among its runs of Latin letters (read only for Latin text).
 */
export function guessLanguage(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let letters = 0, kana = 0, han = 0, hangul = 0, cyrillic = 0, ukrainian = 0;
  // Words: runs of Latin-script characters, lower-cased.
  let words = 0;
  let wordStart = -1;
  const tally = new Map<string, number>();
  const endWord = (end: number) => {
    words++;
    // Lower case is never shorter than the word: a longer word is in no list.
    if (end - wordStart > LONGEST_OWN_WORD) return;
    const lang = OWN_WORD.get(sample.slice(wordStart, end).toLowerCase());
    if (lang) tally.set(lang, (tally.get(lang) ?? 0) + 1);
  };
  for (let i = 0; i < sample.length;) {
    // Characters already classed are read from the table at once (high surrogates never are).
    const k = BMP[sample.charCodeAt(i)] || charAt(sample, i);
    if (k & LATIN_BIT) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      endWord(i);
      wordStart = -1;
    }
    i += k & 0x100 ? 2 : 1;
    if (k === KNOWN_BIT) continue; // of none of the classes (a space, a digit, punctuation)
    if (k & L) letters++;
    if (k & KANA_BIT) kana++;
    if (k & HAN_BIT) han++;
    if (k & HANGUL_BIT) hangul++;
    if (k & CYRILLIC_BIT) cyrillic++;
    if (k & UKRAINIAN_BIT) ukrainian++;
  }
  if (wordStart >= 0) endWord(sample.length);
  if (!letters) return null;
  if (kana > letters * 0.05) return 'ja';
  if (han > letters * 0.3) return 'zh';
  if (hangul > letters * 0.3) return 'ko';
  if (cyrillic > letters * 0.5) return ukrainian > cyrillic * 0.01 ? 'uk' : 'ru';

  if (words < MIN_WORDS) return null;
  const ranked = [...tally].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < words * MIN_SHARE || best[1] < (second?.[1] ?? 0) * MARGIN) return null;
  return best[0];
}

/**
 * The page's language: the declared one (`fr-CA`) when the text agrees with it or says nothing
 * clear, else the one of the text. A declared tag in a language we have no word list for is kept.
 */
export function articleLanguage(declared: string | null, text: string): string | null {
  const guessed = guessLanguage(text);
  if (!guessed) return declared;
  const primary = declared?.trim().toLowerCase().match(/^[a-z]{2,3}/)?.[0] ?? null;
  if (primary === guessed) return declared;
  // A declared language outside what the guess can tell apart (Catalan, Swedish…) is trusted.
  if (primary && !KNOWN.has(primary)) return declared;
  return guessed;
}

const KNOWN = new Set([...Object.keys(FUNCTION_WORDS), 'ja', 'zh', 'ko', 'ru', 'uk']);
