import type { NameRun } from './candidates';
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';
import { isInitial, isParticle } from './words';

/** Words before a name that mark an author or a credit ("a post by Sergei Rybakov"). */
export const BY = new Set(['by', 'par', 'por', 'von', 'od', 'от']);

/** Short words between a cue and a name that still make the name a person: "according to X", "dijo a X". */
const AFTER_CUE = new Set(['to', 'a', 'à', 'al', 'ao']);

/**
 * Is this occurrence presented like a person? A title or form of address, a speech verb next to
 * it ("says Parata", "Morozov said", "according to X"), "X, who", an age ("Eloise Parry, 21,"),
 * a kinship noun ("his son, X"), or a name shape no place has (initials, particles).
 * Roles are checked separately.
 */
export function looksLikePerson(tokens: Token[], lex: Lexicon, run: NameRun): boolean {
  if (run.prefix < run.name) return true;
  const multi = run.end - run.name > 1;
  if (multi) {
    // A particle is weak at the start of a sentence: "Moradora de Itaquera" is a common noun and a place.
    const particleCounts = (t: Token) => !tokens[run.name].sentenceStart || !(lex.prepositions.has(t.lower) || lex.stopWords.has(t.lower));
    for (let k = run.name + 1; k < run.end - 1; k++) if (isInitial(tokens[k]) || (isParticle(tokens[k]) && particleCounts(tokens[k]))) return true;
  }
  const last = tokens[run.end - 1];
  const after = tokens[run.end];
  const same = (t: Token | undefined) => t !== undefined && t.block === last.block;
  if (same(after) && !last.possessive) {
    const gap = after.gap;
    if (/^\s*,?\s*$/.test(gap) && lex.cueWords.has(after.lower)) return true;
    const after2 = tokens[run.end + 1];
    if (gap === ' ' && after.lower.length <= 4 && same(after2) && after2.gap === ' ' && lex.cueWords.has(after2.lower)) return true;
    if (/^\s*,\s*$/.test(gap) && after.lower === 'who') return true;
    // "Ann Cole, the California Republican, said": an apposed party label describes a person.
    if (/^\s*,\s*$/.test(gap) && lex.determiners.has(after.lower)) {
      for (let k = run.end + 1; k <= run.end + 3 && same(tokens[k]) && tokens[k].gap === ' ' && /^\p{Lu}/u.test(tokens[k].text); k++) {
        if (lex.partyNouns.has(tokens[k].lower)) return true;
      }
    }
    if (/^\s*,\s*$/.test(gap) && /^\d{1,3}$/.test(after.lower) && same(after2) && after2.gap.trim().startsWith(',')) return true;
  }
  const first = tokens[run.prefix];
  const before = tokens[run.prefix - 1];
  if (before && before.block === first.block && /^\s*,?\s*$/.test(first.gap)) {
    if (lex.cueWords.has(before.lower) || lex.kinNouns.has(before.lower)) return true;
    if (multi && BY.has(before.lower)) return true;
    const before2 = tokens[run.prefix - 2];
    // "according to X"; not "a-t-il déclaré sur France Inter", where the name is the medium.
    if (AFTER_CUE.has(before.lower) && before2 && before2.block === first.block && lex.cueWords.has(before2.lower)) return true;
  }
  return false;
}
