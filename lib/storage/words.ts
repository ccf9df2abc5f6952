/**
 * Words for the search index: lower-cased, accents folded (é → e, ё → е), split on anything that
 * is not a letter or digit. A note's `words` hold these, indexed multi-entry, so a word search is
 * an index look-up instead of a scan of 100,000 notes.
 */
const SPLIT = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}/gu;
/** Single letters are too common to search by; digits can matter ("5", "G7" splits to "g7"). */
const MIN_LENGTH = 2;
/** A note longer than this many distinct words is still found by its first ones; keeps records small. */
const MAX_WORDS = 2000;

export function foldWord(w: string): string {
  return w.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The distinct folded words of some texts, in first-seen order. */
export function wordsOf(...texts: Array<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    for (const raw of foldWord(t).split(SPLIT)) {
      if (raw.length >= MIN_LENGTH || /\d/.test(raw)) seen.add(raw);
      if (seen.size >= MAX_WORDS) return [...seen];
    }
  }
  seen.delete('');
  return [...seen];
}

/** The folded terms of a search query (same folding as the index). */
export function queryTerms(q: string): string[] {
  return foldWord(q)
    .split(SPLIT)
    .filter((w) => w.length > 0);
}
