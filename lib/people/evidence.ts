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
  return introducedAlone(tokens, lex, run);
}

/** How far into its sentence a quoted first name looks for words saying the name is withheld. */
const PSEUDONYM_REACH = 40;

/**
 * A name given alone that the article still presents as someone's: an age in apposition ("Zineb,
 * 22 ans,"), or a pseudonym as news pages mark one: an asterisk ("Antoine*, 32 ans"), or quotation
 * marks in a sentence that says the name is withheld ("“Maritza”, una estudiante … que prefiere
 * omitir su nombre"). A lone first name with no such mark stays unlisted (it may be anything).
 */
export function introducedAlone(tokens: Token[], lex: Lexicon, run: NameRun): boolean {
  if (run.end - run.name !== 1 || run.prefix !== run.name) return false;
  const t = tokens[run.name];
  const next = tokens[run.end];
  if (!next || next.block !== t.block || t.possessive) return false;
  const after2 = tokens[run.end + 1];
  // "Antoine*, 32 ans" / "Ana, 41 años,": a number of years set off by a comma.
  if (/^\*?\s*,\s*$/.test(next.gap) && /^\d{1,3}$/.test(next.lower) && after2?.block === t.block && after2.gap === ' ' && lex.ageWords.has(after2.lower)) return true;
  if (/^\*\s*,/.test(next.gap)) return true;
  if (!/["“«„‘]\s*$/u.test(t.gap) || !/^\s*["”»“’]\s*,/u.test(next.gap)) return false;
  for (let k = run.end; k < run.end + PSEUDONYM_REACH && tokens[k]?.block === t.block && (k === run.end || !tokens[k].sentenceStart); k++) {
    if (lex.pseudonymWords.has(tokens[k].lower)) return true;
  }
  return false;
}
