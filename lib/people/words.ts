import { GLUED_PARTICLE, NAME_PARTICLES } from './lexicon/common';
import type { Lexicon } from './lexicon';
import { stem } from './lexicon/stem';
import type { Token } from './tokens';
import { charLength, classAt, LETTER, LETTER_OR_NUMBER, startsUpper } from '../text/chars';
import { memoWordPer } from '../text/memo';

export { stem };

/** Does the word end with one of these compound heads, after a first part of three letters or more? */
const compoundOf = (w: string, heads: string[]) => heads.some((h) => w.length >= h.length + 3 && w.endsWith(h));

/** Lower case without an abbreviation dot. */
const bare = (w: string) => w.replace(/\.$/, '');

/**
 * Does the word present someone by profession or office ("pulmonologist", "ministre", "lékaře")?
 * Asked about every word of an article, several times: answers are kept per lexicon.
 */
export const isRoleWord: (lower: string, lex: Lexicon) => boolean = memoWordPer(roleWord);

function roleWord(lower: string, lex: Lexicon): boolean {
  const w = bare(lower);
  // "l’urgentiste", "d’infectiologue": an elided article glued to the role noun.
  if (lex.elision?.test(w)) return isRoleWord(w.replace(lex.elision, ''), lex);
  // "revista", "excursionista", "Abgabefrist": words a suffix or a prefix would make roles, but are not.
  if (!lex.roleNouns.has(w) && (lex.notRoles.has(w) || lex.notRoleEndings.some((e) => w.endsWith(e)))) return false;
  // "exdirector", "subdirectora", "wiceminister": a glued prefix before a role noun of four letters or more.
  for (const p of lex.rolePrefixes) if (w.length >= p.length + 4 && w.startsWith(p) && !w.includes('-') && isRoleWord(w.slice(p.length), lex)) return true;
  if (lex.roleNouns.has(w)) return true;
  if (lex.roleSuffixes.some((s) => w.length >= s.length + 3 && w.endsWith(s))) return true;
  if (lex.inflected && w.length >= 5 && lex.roleStems.has(stem(w)) && (stem(w) !== w || lex.bareRoleStems.has(w))) return true;
  if (compoundOf(w, lex.roleHeads)) return true;
  // "ex-presidente", "vice-president", "co-founder", "Demokraten-Abgeordnete": the last part is the
  // head; "president-elect" too. Not "Unternehmer-freundlichen" (an adjective).
  if (w.includes('-')) {
    const parts = w.split('-');
    const last = parts[parts.length - 1];
    return (last.length >= 3 && isRoleWord(last, lex)) || (lex.postAdjectives.has(last) && parts.slice(0, -1).some((p) => p.length >= 3 && isRoleWord(p, lex)));
  }
  return false;
}

/** Does the word make a capitalised run an organisation or a place ("University", "nemocnice", "Krankenhausgesellschaft")? */
export const isOrgWord: (lower: string, lex: Lexicon) => boolean = memoWordPer(orgWord);

function orgWord(lower: string, lex: Lexicon): boolean {
  if (lex.orgWords.has(lower)) return true;
  if (lex.inflected && lower.length >= 5 && lex.orgStems.has(stem(lower))) return true;
  return compoundOf(lower, lex.orgHeads);
}

/** A role noun written in an oblique case ("lékařky", "врача"): the name after it is oblique too. */
export function isObliqueRole(lower: string, lex: Lexicon): boolean {
  const w = bare(lower);
  return lex.inflected && !lex.roleNouns.has(w) && w.length >= 5 && lex.roleStems.has(stem(w)) && stem(w) !== w;
}

/** A title written before a name that presents a role ("Dr.", "President", "Health Minister"). */
export function isTitle(lower: string, lex: Lexicon): boolean {
  const w = bare(lower);
  return lex.titles.has(w) || lex.titles.has(lower) || isRoleWord(w, lex);
}

export function isHonorific(lower: string, lex: Lexicon): boolean {
  return lex.honorifics.has(bare(lower)) || lex.honorifics.has(lower);
}

/** Capitalised like a name: "Morozov", "Jean-Pierre", "al-Bashir", "d’Estaing"; not an acronym like "BBC". */
export function isNameWord(t: Token): boolean {
  return t.nameWord;
}

/**
 * `isNameWord` of a token's text, asked once per token when the text is split: a word glued to a
 * particle (GLUED_PARTICLE, lower case), or a capitalised word with no digit whose letters are
 * not all capitals (or that is one letter). Character classes are read from lib/text/chars.ts.
 */
export function nameLike(text: string): boolean {
  const w = text.endsWith('.') ? text.slice(0, -1) : text;
  // GLUED_PARTICLE's particles have one to three letters, so its joiner stands at index 1, 2 or 3:
  // without one there, the expression is not run (most words of an article are lower case).
  if (!startsUpper(w)) return (isJoiner(w.charCodeAt(1)) || isJoiner(w.charCodeAt(2)) || isJoiner(w.charCodeAt(3))) && GLUED_PARTICLE.test(w);
  // A capitalised word: GLUED_PARTICLE's particles are lower case, so it never matches.
  let onlyLetters = true;
  // Letters a-z only: the word differs from its upper case exactly when one of them is lower case.
  let ascii = true;
  let lowerAscii = false;
  for (let i = 0; i < w.length;) {
    const k = classAt(w, i);
    if (k & LETTER_OR_NUMBER && !(k & LETTER)) return false; // a digit (\p{N})
    if (!(k & LETTER)) onlyLetters = false;
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) lowerAscii = true;
    else if (c >= 128) ascii = false;
    i += charLength(k);
  }
  if (onlyLetters && ascii) return w.length === 1 || lowerAscii;
  const letters = onlyLetters ? w : w.replace(/[^\p{L}]/gu, '');
  return letters.length === 1 || letters !== letters.toUpperCase();
}

const isJoiner = (c: number) => c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019; /* ’ */

/** An initial: "J." */
export const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.text);

export const isParticle = (t: Token) => NAME_PARTICLES.has(t.text);
