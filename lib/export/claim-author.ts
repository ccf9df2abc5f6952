import { ORG_HEADS_SOURCE } from '../attribution/lang/organisations';

/**
 * Whether a claim's author, as the analysis named them, is an organisation or a person. The
 * analysis gives a speaker as a name only; an organisation speaks through statements ("the
 * ministry said"), so its name carries an organisation head noun (the attribution's own table),
 * a legal-form suffix, or is an acronym written in capitals.
 */
export type AuthorType = 'Person' | 'Organization';

/** A whole word that is a head noun (plural allowed); not a prefix: "Bankston" or "Courtney" are people. */
const HEAD_WORD = new RegExp(`^(?:${ORG_HEADS_SOURCE})(?:s|es)?$`, 'iu');
/** Head nouns of the table that are also common surnames ("James Bond", "Rada"). */
const SURNAMES = new Set(['bond', 'rada', 'svaz']);
const LEGAL_FORM = /^(?:inc|ltd|llc|llp|plc|corp|co|gmbh|ag|sa|s\.a|sas|sarl|spa|s\.p\.a|bv|nv|ab|oy|as|oao|ooo|pao|zao|kg|se)\.?$/i;
/** NATO, WHO, ЦИК: two to six capitals (and digits), no lower case. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;

export function authorType(name: string): AuthorType {
  const words = name.trim().split(/[\s,]+/).filter(Boolean);
  if (!words.length) return 'Person';
  if (words.length === 1 && ACRONYM.test(words[0])) return 'Organization';
  if (words.some((w) => LEGAL_FORM.test(w))) return 'Organization';
  // "the ministry", "Ministry of Health", "Polizei Berlin": a word that is a head noun.
  if (words.some((w) => HEAD_WORD.test(w) && !SURNAMES.has(w.toLowerCase()))) return 'Organization';
  return 'Person';
}
