import { DEGREES, NAME_PARTICLES } from './lexicon/common';
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';
import { isHonorific, isInitial, isNameWord, isParticle, isTitle } from './words';

/**
 * A run of capitalised words that may name someone: `[prefix, name)` are titles or forms of
 * address ("Dr.", "Health Minister", "Mr"), `[name, end)` the name itself (token indices).
 */
export interface NameRun {
  prefix: number;
  name: number;
  end: number;
  /** An organisation or a place ("Harvard University", "Food Standards Agency"), not a person. */
  org: boolean;
  /**
   * A lone sentence-initial word that the article also writes in lower case ("Brown said …"):
   * it may name someone found elsewhere, but never introduces anyone.
   */
  weak?: boolean;
}

/** Two tokens written next to each other: one space, or nothing after an initial ("T.H."). */
export function adjacent(a: Token, b: Token): boolean {
  if (a.block !== b.block || a.possessive) return false;
  return b.gap === ' ' || (b.gap === '' && a.text.endsWith('.'));
}

/**
 * Find runs of name-like words. Capitalisation is the main signal; function words, months and
 * common words capitalised only because they open a sentence are left out. Linear time.
 * `lowercaseWords` holds every word the article also writes in lower case.
 */
export function findRuns(tokens: Token[], lex: Lexicon, lowercaseWords: Set<string>): NameRun[] {
  const runs: NameRun[] = [];
  const titleLike = (t: Token) => isTitle(t.lower, lex) || isHonorific(t.lower, lex);
  // A lower-case title opens a run only when abbreviated ("prof. Jan Novák"); "the pediatrician X"
  // is a role phrase before the name, read by roles.ts.
  const startable = (t: Token) =>
    (titleLike(t) && (/^\p{Lu}/u.test(t.text) || t.text.endsWith('.'))) ||
    (isNameWord(t) && !lex.stopWords.has(t.lower) && !lex.months.has(t.lower) && !DEGREES.has(t.lower));
  const continues = (k: number) => {
    const t = tokens[k];
    if (isInitial(t)) return true;
    if (isParticle(t)) return k + 1 < tokens.length && adjacent(t, tokens[k + 1]) && isNameWord(tokens[k + 1]);
    return isNameWord(t) && (!lex.stopWords.has(t.lower) || lex.months.has(t.lower));
  };

  let i = 0;
  while (i < tokens.length) {
    if (!startable(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && adjacent(tokens[j - 1], tokens[j]) && continues(j)) j++;
    const run = shape(tokens, i, j, lex, lowercaseWords, titleLike);
    if (run) runs.push(run);
    i = j;
  }
  return runs;
}

function shape(
  tokens: Token[], i: number, j: number, lex: Lexicon, lowercaseWords: Set<string>, titleLike: (t: Token) => boolean,
): NameRun | null {
  let s = i;
  // "Whale whisperer Hori Parata": a sentence-initial word the article also writes in lower case is
  // a common word, not the start of a name.
  // A capitalised particle ("Bin Laden", "Van Gogh") stays.
  const particle = NAME_PARTICLES.has(tokens[s].lower) && s + 1 < j;
  if (tokens[s].sentenceStart && !titleLike(tokens[s]) && !particle && lowercaseWords.has(tokens[s].lower)) s++;
  if (s >= j) return j - i === 1 && isNameWord(tokens[i]) ? { prefix: i, name: i, end: j, org: false, weak: true } : null;
  // Titles and role nouns before the name: "President Barack Obama", "Health Minister Jane Doe".
  let name = s;
  for (let p = Math.min(s + 3, j - 2); p >= s; p--) {
    if (titleLike(tokens[p]) && !titleLike(tokens[p + 1])) {
      name = p + 1;
      break;
    }
  }
  // "Secretary of State Antony Blinken": after "ROLE of", a long run starts with the complement.
  const before = tokens[s - 1];
  const before2 = tokens[s - 2];
  if (name === s && j - s >= 3 && before && before2 && before.block === tokens[s].block && before.gap === ' ' &&
    ['of', 'de', 'des', 'du', 'da', 'do', 'für'].includes(before.lower) && titleLike(before2)) name = j - 2;
  if (titleLike(tokens[name])) return null; // "Former Deputy Head": roles, no name
  while (name < j && isParticle(tokens[name])) name++;
  if (name >= j) return null;
  const next = tokens[j];
  let org = next !== undefined && adjacent(tokens[j - 1], next) && lex.orgWords.has(next.lower);
  for (let k = name; k < j && !org; k++) org = lex.orgWords.has(tokens[k].lower);
  return { prefix: s, name, end: j, org };
}
