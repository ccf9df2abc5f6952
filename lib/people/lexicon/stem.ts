/** Endings of inflected nouns and names (Czech, Russian, Polish), longest first: "Nováka" → "Novák". */
const INFLECTIONS = ['iego', 'ego', 'iej', 'iem', 'ovi', 'owi', 'ému', 'ého', 'ем', 'ом', 'ой', 'ым', 'ах', 'ej', 'em', 'ou', 'ów', 'ie', 'ą', 'a', 'e', 'u', 'y', 'i', 'ě', 'а', 'е', 'у', 'ы', 'и', 'ю'];

/** Stem of an inflected word: strips one case ending, leaving at least four letters. */
export function stem(word: string): string {
  for (const end of INFLECTIONS) if (word.length - end.length >= 4 && word.endsWith(end)) return word.slice(0, -end.length);
  return word;
}
