/**
 * Fold a name for comparison: diacritics, case, and common transliteration variants
 * (Vasiliy/Vasily, Andrei/Andrey, Stanevich/Stanevych, Kh/H).
 */
export function foldName(name: string): string {
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
