import type { Person } from '../people/types';

export type Gender = 'm' | 'f';

/** Subject pronouns with a grammatical gender, in the languages we read. */
const PRONOUN_GENDER: Record<string, Gender> = {
  he: 'm', she: 'f', il: 'm', elle: 'f', er: 'm', él: 'm', ella: 'f', ele: 'm', ela: 'f',
  он: 'm', она: 'f', on: 'm', ona: 'f', lui: 'm', lei: 'f', hij: 'm', him: 'm', her: 'f', ihm: 'm', hem: 'm',
  него: 'm', неё: 'f', нее: 'f', niego: 'm', niej: 'f', něj: 'm', ní: 'f', něho: 'm',
};
/** Titles that tell a person's gender ("Mr Obama", "Frau Merkel", "Sra. Pérez"). */
const TITLE_GENDER: Record<string, Gender> = {
  mr: 'm', 'mr.': 'm', herr: 'm', 'm.': 'm', monsieur: 'm', 'sr.': 'm', señor: 'm', senhor: 'm', pan: 'm', signor: 'm',
  mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', frau: 'f', mme: 'f', madame: 'f', 'sra.': 'f', señora: 'f', senhora: 'f', dona: 'f', pani: 'f', signora: 'f',
};
/** Surname endings that carry gender in Slavic names (Nováková, Ivanova / Ivanov, Иванова / Иванов). */
const FEMININE_SURNAME = /(?:ová|ovа|ova|eva|ská|ckа|ская|цкая|ова|ева|ина)$/iu;
const MASCULINE_SURNAME = /(?:ov|ev|ský|cký|ский|цкий|ов|ев|ин)$/iu;

export function pronounGender(word: string): Gender | null {
  return PRONOUN_GENDER[word.toLowerCase()] ?? null;
}

/**
 * A person's gender when the article makes it plain: a gendered title before a mention, or a
 * Slavic surname ending. Unknown otherwise — never guessed from first names.
 */
export function personGender(person: Person, text: string): Gender | null {
  for (const m of person.mentions) {
    const before = text.slice(Math.max(0, m.start - 12), m.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    const inside = m.text.split(/\s+/)[0].toLowerCase();
    const g = TITLE_GENDER[before] ?? TITLE_GENDER[inside];
    if (g) return g;
  }
  const parts = person.name.split(/\s+/);
  if (parts.length < 2) return null;
  const surname = parts[parts.length - 1];
  if (FEMININE_SURNAME.test(surname)) return 'f';
  if (MASCULINE_SURNAME.test(surname)) return 'm';
  return null;
}
