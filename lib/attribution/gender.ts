import type { Person } from '../people/types';
import { QUOTE_MARK, sentenceStarts } from './tokens';
import { LETTER, nextOf, runEnd } from '../text/chars';

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

/** Subject pronouns that open a sentence ("She compares him to Trump."), by gender. */
const SUBJECT_PRONOUN: Record<string, Gender> = { he: 'm', she: 'f', il: 'm', elle: 'f', él: 'm', ella: 'f', ele: 'm', ela: 'f', он: 'm', она: 'f' };
/** Those that are never impersonal ("il faut"), for a pronoun inside a sentence. */
const INNER_PRONOUN = new Set(['he', 'she', 'elle', 'él', 'ella', 'ele', 'ela', 'он', 'она']);

/**
 * Genders the article itself shows, from the pronouns that refer back to a person:
 * - a sentence that opens with "she" or "he" right after a sentence whose subject (its first
 *   words, after at most a title) is a person ("Warren, who …, makes an exception for Bloomberg.
 *   She compares him to Trump.");
 * - "he"/"she" later in a sentence that names one person only ("Bloomberg's campaign countered
 *   that he fought redlining").
 * A person with votes for both genders gets none. `mentions` (outside quotes) are sorted by start;
 * paragraphs are split by a blank line; a sentence with a quotation mark in it teaches nothing.
 */
export function pronounGenders(text: string, mentions: { start: number; person: Person }[]): Map<Person, Gender> {
  const votes = new Map<Person, Set<Gender>>();
  const vote = (p: Person, g: Gender) => votes.set(p, (votes.get(p) ?? new Set<Gender>()).add(g));
  let offset = 0;
  let m = 0;
  for (const para of text.split('\n\n')) {
    const starts = sentenceStarts(para).map((x) => offset + x);
    const end = offset + para.length;
    let previous: Person | null = null;
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s];
      const to = starts[s + 1] ?? end;
      while (m < mentions.length && mentions[m].start < from) m++;
      const inside: { start: number; person: Person }[] = [];
      for (let k = m; k < mentions.length && mentions[k].start < to; k++) inside.push(mentions[k]);
      const opening = /^[\p{L}]+/u.exec(text.slice(from, from + 8))?.[0].toLowerCase();
      const g = opening ? SUBJECT_PRONOUN[opening] : undefined;
      if (g && previous) vote(previous, g);
      const people = new Set(inside.map((x) => x.person));
      // Not in a sentence with a quote: its pronoun is what the attribution has to resolve
      // ("Bloomberg's presence … will give voters “…,” she said").
      if (people.size === 1 && !QUOTE_MARK.test(text.slice(from, to))) {
        const only = inside[0].person;
        const after = text.slice(inside[0].start, to);
        // The runs of letters of `after`, as `(?<![\p{L}])(\p{L}+)(?![\p{L}])` (flags g and u) reads them;
        // one longer than the longest pronoun (four units) is not sliced.
        for (let i = nextOf(after, 0, LETTER), end = 0; i < after.length; i = nextOf(after, end, LETTER)) {
          end = runEnd(after, i, LETTER);
          if (i === 0 || end - i > 4) continue;
          const w = after.slice(i, end);
          const lower = w.toLowerCase();
          if (INNER_PRONOUN.has(lower) && w === lower) vote(only, SUBJECT_PRONOUN[lower]);
        }
      }
      // This sentence's subject: a person mentioned within its first two words.
      const first = inside[0];
      previous = first && first.start - from <= 12 && !/[.,;:]/.test(text.slice(from, first.start)) ? first.person : null;
    }
    offset = end + 2;
  }
  const out = new Map<Person, Gender>();
  for (const [p, set] of votes) if (set.size === 1) out.set(p, [...set][0]);
  return out;
}
