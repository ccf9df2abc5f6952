import type { NominativeRules } from './lexicon/types';

/** One written form of a person's name, with what its context says about its grammatical case. */
export interface CasedForm {
  text: string;
  /** Subject of a speech verb ("dodala Nováková", "Nováková řekla"). */
  nominative: boolean;
  /** After a preposition, "podle"/"по словам", or a role noun in an oblique case ("lékařky X"). */
  oblique: boolean;
}

type Pairs = [string, string][];

/** Swap the first matching ending; a stripped ending may restore a mobile vowel ("Pavl" → "Pavel"). */
function swapEnding(word: string, pairs: Pairs, mobile: RegExp | null, restore: string): string | null {
  for (const [from, to] of pairs) {
    if (word.length <= from.length + 1 || !word.endsWith(from)) continue;
    const stem = word.slice(0, word.length - from.length);
    return to === '' && mobile ? stem.replace(mobile, restore) : stem + to;
  }
  return null;
}

/**
 * The nominative of a name that inflects (Czech, Russian, Polish). A full form seen as a subject wins.
 * Otherwise the full form is rebuilt: its surname from a nominative surname seen alone
 * ("Petry Novákové" … "dodala Nováková" → "Petra Nováková"), or, when every full form stands in an
 * oblique case, by the language's case endings ("Petra Nováka" after "podle" → "Petr Novák").
 * The first name follows the gender its surname ending shows. Returns null to keep the default choice.
 */
export function nominativeName(forms: CasedForm[], rules: NominativeRules): string | null {
  const mobile = rules.mobileVowel ? new RegExp(rules.mobileVowel[0], 'u') : null;
  const swap = (word: string, pairs: Pairs) => swapEnding(word, pairs, mobile, rules.mobileVowel?.[1] ?? '');
  const words = (s: string) => s.split(/\s+/);
  const full = forms.filter((f) => words(f.text).length >= 2);
  if (!full.length) return null;
  const longest = (list: CasedForm[]) => list.reduce((a, b) => (words(b.text).length > words(a.text).length ? b : a));
  const nominativeFull = full.filter((f) => f.nominative);
  if (nominativeFull.length) return longest(nominativeFull).text;
  const base = longest(full);
  const parts = words(base.text);
  const surname = parts[parts.length - 1];
  const genders = [rules.feminine, rules.masculine];

  const alone = forms.filter((f) => f.nominative && words(f.text).length === 1 && f.text !== surname).map((f) => f.text);
  for (const nom of alone) {
    for (const g of genders) {
      if (swap(surname, g.surname) !== nom) continue;
      const first = parts.slice(0, -1).map((w) => swap(w, g.first) ?? w);
      return [...first, nom].join(' ');
    }
  }
  if (!full.every((f) => f.oblique)) return null;
  for (const g of genders) {
    const nom = swap(surname, g.surname);
    if (nom === null) continue;
    return [...parts.slice(0, -1).map((w) => swap(w, g.first) ?? w), nom].join(' ');
  }
  // An indeclinable surname ("Дениса Проценко"): the first name alone shows the case.
  for (const g of genders) {
    const first = parts.slice(0, -1).map((w) => swap(w, g.first));
    if (first.every((w) => w !== null)) return [...first, surname].join(' ');
  }
  return null;
}
