import { memoWord } from '../text/memo';

/**
 * Fold a name for comparison: diacritics, case, and common transliteration variants
 * (Vasiliy/Vasily, Andrei/Andrey, Stanevich/Stanevych, Kh/H).
 *
 * Names are folded again and again (every person's forms against every mention the resolver
 * weighs): the memo makes that a look-up. The profile of a 30k-word article had folding as its
 * single largest cost.
 */
export const foldName: (name: string) => string = memoWord(fold);

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`.\u00ad]/g, '')
    .replace(/iy|yi|ij|yj/g, 'i')
    .replace(/y/g, 'i')
    .replace(/kh/g, 'h')
    .replace(/ks/g, 'x')
    .replace(/ph/g, 'f')
    .replace(/ts/g, 'c')
    .replace(/(.)\1+/g, '$1')
    .trim();
}

/** Surname-based identity: same folded surname, and the same first initial when both have one. */
export function sameName(a: string, b: string): boolean {
  const ta = foldName(a).split(/[\s-]+/).filter(Boolean);
  const tb = foldName(b).split(/[\s-]+/).filter(Boolean);
  if (!ta.length || !tb.length) return false;
  if (ta[ta.length - 1] !== tb[tb.length - 1]) return false;
  if (ta.length > 1 && tb.length > 1) return ta[0][0] === tb[0][0];
  return true;
}
