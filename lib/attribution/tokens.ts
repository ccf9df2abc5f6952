/** A word or punctuation mark of the text, with absolute offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-]*[\p{L}\p{N}])?\.?|[,;:()–—\-!?.…"“”«»„]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}

export const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);
export const isWord = (w: string) => /^[\p{L}\p{N}]/u.test(w);
/** Lower-case words that may sit inside a name ("Ludwig van Beethoven", "Luiz Inácio Lula da Silva"). */
export const NAME_PARTICLES = new Set(['van', 'von', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'der', 'den', 'y']);
/** Titles that precede a name and are not part of it. */
export const NAME_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'mme', 'm.', 'herr', 'frau', 'sr.', 'sra.', 'dra.']);

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|st|jr|sr|gen|sen|rep|gov|lt|col|capt|sgt|mt|no|vs|etc|inc|ltd|co|corp|dept|univ|approx|e\.g|i\.e|[\p{Lu}])\.$/iu;

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
