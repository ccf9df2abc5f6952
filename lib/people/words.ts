import { GLUED_PARTICLE, NAME_PARTICLES } from './lexicon/common';
import type { Lexicon } from './lexicon';
import type { Token } from './tokens';

/** Endings of inflected nouns and names (Czech, Russian), longest first: "Nováka" → "Novák". */
const INFLECTIONS = ['ovi', 'ému', 'ého', 'ем', 'ом', 'ой', 'ым', 'ах', 'ем', 'em', 'ou', 'a', 'e', 'u', 'y', 'i', 'ě', 'а', 'е', 'у', 'ы', 'и', 'ю'];

/** Stem of an inflected word: strips one case ending, leaving at least four letters. */
export function stem(word: string): string {
  for (const end of INFLECTIONS) if (word.length - end.length >= 4 && word.endsWith(end)) return word.slice(0, -end.length);
  return word;
}

/** Lower case without an abbreviation dot. */
const bare = (w: string) => w.replace(/\.$/, '');

/** Does the word present someone by profession or office ("pulmonologist", "ministre", "lékaře")? */
export function isRoleWord(lower: string, lex: Lexicon): boolean {
  const w = bare(lower);
  if (lex.roleNouns.has(w)) return true;
  if (lex.roleSuffixes.some((s) => w.length >= s.length + 3 && w.endsWith(s))) return true;
  if (lex.inflected && w.length >= 5 && lex.roleNouns.has(stem(w))) return true;
  // "ex-presidente", "vice-president", "co-founder", "anaesthesiologist-resuscitator"
  if (w.includes('-')) return w.split('-').some((p) => p.length >= 3 && isRoleWord(p, lex));
  return false;
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
  const w = t.text.replace(/\.$/, '');
  if (GLUED_PARTICLE.test(w)) return true;
  if (!/^\p{Lu}/u.test(w) || /\p{N}/u.test(w)) return false;
  const letters = w.replace(/[^\p{L}]/gu, '');
  return letters.length === 1 || letters !== letters.toUpperCase();
}

/** An initial: "J." */
export const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.text);

export const isParticle = (t: Token) => NAME_PARTICLES.has(t.text);
