import { charLength, classAt, LETTER_OR_NUMBER } from '../text/chars';

/** A word or punctuation mark of the text, with absolute offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Any quotation mark: a sentence or paragraph holding one holds (or may hold) a quote. */
export const QUOTE_MARK = /["“”„«»‹›]/u;

/** Punctuation that is a token of its own. */
const MARKS = new Set([...',;:()–—-!?.…"“”«»„'].map((c) => c.charCodeAt(0)));
/** Characters that may stand inside a word token between letters and digits ("U.S", "s'il", "so-called"). */
const isInner = (c: number) => c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 46 /* . */ || c === 45; /* - */

/**
 * The words and punctuation marks of `text`, offsets plus `offset`: what
 * `[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-]*[\p{L}\p{N}])?\.?|[,;:()–—\-!?.…"“”«»„]` (flags g and u) matches, read
 * with a table of character classes (lib/text/chars.ts) rather than one match object per token.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length;) {
    const k = classAt(text, i);
    if (k & LETTER_OR_NUMBER) {
      // The longest run of letters, digits and inner marks that ends with a letter or digit, and a dot after it.
      let j = i + charLength(k);
      let end = j;
      for (;;) {
        const c = text.charCodeAt(j);
        if (isInner(c)) {
          j++;
          continue;
        }
        const kj = classAt(text, j);
        if (!(kj & LETTER_OR_NUMBER)) break;
        j += charLength(kj);
        end = j;
      }
      if (text.charCodeAt(end) === 46) end++;
      out.push({ text: text.slice(i, end), start: offset + i, end: offset + end });
      i = end;
    } else if (MARKS.has(text.charCodeAt(i))) {
      out.push({ text: text[i], start: offset + i, end: offset + i + 1 });
      i++;
    } else i += charLength(k);
  }
  return out;
}

export const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);
export const isWord = (w: string) => /^[\p{L}\p{N}]/u.test(w);
/** Lower-case words that may sit inside a name ("Ludwig van Beethoven", "Luiz Inácio Lula da Silva"). */
export const NAME_PARTICLES = new Set(['van', 'von', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'der', 'den', 'y']);
/** The index right after a run of capitalised words from `from`, particles between them included ("La Estrella de Panamá"). */
export function nameRunEnd(tokens: { text: string }[], from: number): number {
  let j = from;
  while (j < tokens.length && (isCapitalized(tokens[j].text) || (NAME_PARTICLES.has(tokens[j].text) && j + 1 < tokens.length && isCapitalized(tokens[j + 1].text)))) j++;
  return j;
}

/** Titles that precede a name and are not part of it. */
export const NAME_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'mme', 'm.', 'herr', 'frau', 'sr.', 'sra.', 'dra.']);

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|st|jr|sr|gen|sen|rep|del|rev|gov|lt|col|capt|sgt|mt|no|vs|etc|inc|ltd|co|corp|dept|univ|approx|e\.g|i\.e|[\p{Lu}])\.$/iu;

/**
 * Start offsets (relative to `text`) of the sentences of `text`. A full stop after a title or an
 * initial ("Dr.", "J.") does not end a sentence; "。" ends one with no space after it.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  // Chinese and Japanese end sentences with full-width marks and no space after them.
  const re = /[.!?…]+["”»’']?\s+|[。！？]+[”」』]?(?=\S)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index + 1);
    if (m[0].startsWith('.') && ABBREVIATIONS.test(before)) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** Words that open a reported clause after a verb ("told them that …", "a rappelé que …", "valora que …"). */
export const COMPLEMENTISERS = new Set(['that', 'que', 'qu’', "qu'", 'dass', 'che', 'że', 'že', 'что', 'що']);
