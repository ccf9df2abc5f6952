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

const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const UKRAINIAN = /[іїєґІЇЄҐ]/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** The language the text is written in (ISO 639-1), or null when the sample does not say clearly. */
export function guessLanguage(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = count(sample, /\p{L}/gu);
  if (!letters) return null;
  const kana = count(sample, KANA);
  const han = count(sample, HAN);
  if (kana > letters * 0.05) return 'ja';
  if (han > letters * 0.3) return 'zh';
  if (count(sample, HANGUL) > letters * 0.3) return 'ko';
  const cyrillic = count(sample, CYRILLIC);
  if (cyrillic > letters * 0.5) return count(sample, UKRAINIAN) > cyrillic * 0.01 ? 'uk' : 'ru';

  const words = (sample.match(LATIN_WORD) ?? []).map((w) => w.toLowerCase());
  if (words.length < MIN_WORDS) return null;
  const tally = new Map<string, number>();
  for (const w of words) {
    const lang = OWN_WORD.get(w);
    if (lang) tally.set(lang, (tally.get(lang) ?? 0) + 1);
  }
  const ranked = [...tally].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < words.length * MIN_SHARE || best[1] < (second?.[1] ?? 0) * MARGIN) return null;
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
