import { cueTablesFor } from '../../attribution/lang';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { stem } from './stem';
import type { NominativeRules, PeopleLexicon } from './types';

/** Every language table, by primary language subtag. Register new tables here. */
export const TABLES: Record<string, PeopleLexicon> = { en, fr, pt, es, de, ru, cs, pl };

type SetKey = Exclude<keyof PeopleLexicon, 'roleSuffixes' | 'rolePrefixes' | 'elisions' | 'inflected' | 'compoundHeads' | 'nominative' | 'orgHeadFirst' | 'capitalNouns' | 'pluralEndings' | 'groupEndings' | 'feminine' | 'nounEndings' | 'commonNounEndings' | 'nounMarkers' | 'postAdjectiveEndings'>;

/** A lexicon compiled for look-ups. */
export type Lexicon = { [K in SetKey]: Set<string> } & {
  roleSuffixes: string[];
  /** Endings of words that are no roles whatever suffix they end with ("Abgabefrist"): the "-frist" entries of `notRoles`. */
  notRoleEndings: string[];
  postAdjectiveEndings: string[];
  rolePrefixes: string[];
  /** Elided articles with their apostrophe stripped before a role look-up ("l’", "d’"). */
  elision: RegExp | null;
  inflected: boolean;
  capitalNouns: boolean;
  /** Endings only common nouns have (German "-ung"), where nouns are capitalised. */
  commonNounEndings: string[];
  /** Determiners of the capitalising language alone ("der", "eine"): a capitalised word after one is a noun. */
  nounMarkers: Set<string>;
  pluralEndings: [string, string][];
  groupEndings: { adjective: string[]; plural: string[] };
  /** Stems of the role nouns and organisation words, for inflected languages ("lékařky" → "lékařk"). */
  roleStems: Set<string>;
  /**
   * Role nouns whose nominative has no ending ("lékař"). A word with no ending to strip matches a
   * role stem only if it is one of these: Czech "přednost" (priority) is no form of "přednosta".
   */
  bareRoleStems: Set<string>;
  orgStems: Set<string>;
  /** Compound heads that make a role noun or an organisation ("Gesundheitsminister", "Krankenhausgesellschaft"). */
  roleHeads: string[];
  orgHeads: string[];
  nominative: NominativeRules | null;
  /** Organisation words that only count as the first word of a run ("Costa" ends "Fernanda Costa"). */
  headFirstOrgs: Set<string>;
};

const cache = new Map<string, Lexicon>();

const elisionPattern = (list: string[]) => (list.length ? new RegExp(`^(?:${list.join('|')})['’]`, 'u') : null);

/**
 * A table with the feminine forms of its role nouns and compound heads added (by its own endings),
 * then their case and plural forms, less the words it lists as no roles.
 */
export function withFeminines(t: PeopleLexicon): PeopleLexicon {
  const pairs = t.feminine ?? [];
  const endings = t.nounEndings ?? [];
  if (!pairs.length && !endings.length) return t;
  const not = new Set(t.notRoles ?? []);
  const derive = (list: string[]) => {
    const out = new Set(list);
    for (const w of list) {
      for (const [m, f] of pairs) if (w.endsWith(m) && w.length > m.length + 2) out.add(w.slice(0, w.length - m.length) + f);
    }
    for (const w of [...out]) for (const e of endings) out.add(w + e);
    return [...out].filter((w) => !not.has(w) || list.includes(w));
  };
  const roleNouns = derive(t.roleNouns);
  // A compound head that is a role noun gets its feminine forms as heads too ("Generalsekretärin").
  const heads = t.compoundHeads ? [...new Set([...t.compoundHeads, ...derive(t.compoundHeads.filter((w) => t.roleNouns.includes(w)))])] : undefined;
  return { ...t, roleNouns, ...(heads ? { compoundHeads: heads } : {}) };
}

function compile(raw: PeopleLexicon[]): Lexicon {
  const tables = raw.map(withFeminines);
  const set = (k: SetKey) => new Set(tables.flatMap((t) => t[k] ?? []));
  return {
    titles: set('titles'), honorifics: set('honorifics'), roleNouns: set('roleNouns'),
    postAdjectives: set('postAdjectives'), namedWords: set('namedWords'), determiners: set('determiners'),
    formerWords: set('formerWords'), complementRoles: set('complementRoles'), phraseOnlyRoles: set('phraseOnlyRoles'), asWords: set('asWords'), conjunctions: set('conjunctions'), definiteArticles: set('definiteArticles'), articlePrepositions: set('articlePrepositions'), andWords: set('andWords'), firmRoles: set('firmRoles'),
    appositionLeads: set('appositionLeads'), copulas: set('copulas'), relativeWho: set('relativeWho'), expertiseVerbs: set('expertiseVerbs'),
    prepositions: set('prepositions'), articles: set('articles'), cueWords: set('cueWords'), kinNouns: set('kinNouns'), ageWords: set('ageWords'), aliasWords: set('aliasWords'), pseudonymWords: set('pseudonymWords'),
    continuationCues: set('continuationCues'), indefinites: set('indefinites'), partyNouns: set('partyNouns'), affiliationVerbs: set('affiliationVerbs'), affiliationPrepositions: set('affiliationPrepositions'), placeWords: set('placeWords'),
    stopWords: set('stopWords'), notRoles: set('notRoles'), months: set('months'), sentenceConnectors: set('sentenceConnectors'), placePrepositions: set('placePrepositions'), orgWords: set('orgWords'),
    roleSuffixes: [...new Set(tables.flatMap((t) => t.roleSuffixes))],
    postAdjectiveEndings: tables.flatMap((t) => t.postAdjectiveEndings ?? []),
    notRoleEndings: tables.flatMap((t) => (t.notRoles ?? []).filter((w) => w.startsWith('-')).map((w) => w.slice(1))),
    rolePrefixes: [...new Set(tables.flatMap((t) => t.rolePrefixes ?? []))],
    elision: elisionPattern(tables.flatMap((t) => t.elisions ?? [])),
    inflected: tables.some((t) => t.inflected),
    capitalNouns: tables.length <= 2 && tables.some((t) => t.capitalNouns),
    commonNounEndings: tables.length <= 2 ? tables.flatMap((t) => t.commonNounEndings ?? []) : [],
    nounMarkers: new Set(tables.length <= 2 ? tables.flatMap((t) => t.nounMarkers ?? []) : []),
    pluralEndings: tables.flatMap((t) => t.pluralEndings ?? []),
    groupEndings: {
      adjective: tables.flatMap((t) => t.groupEndings?.adjective ?? []),
      plural: tables.flatMap((t) => t.groupEndings?.plural ?? []),
    },
    obliqueLeads: set('obliqueLeads'),
    roleStems: new Set(tables.filter((t) => t.inflected).flatMap((t) => t.roleNouns.map(stem))),
    bareRoleStems: new Set(tables.filter((t) => t.inflected).flatMap((t) => t.roleNouns.filter((w) => stem(w) === w))),
    orgStems: new Set(tables.filter((t) => t.inflected).flatMap((t) => t.orgWords.map(stem))),
    roleHeads: tables.flatMap((t) => (t.compoundHeads ?? []).filter((w) => t.roleNouns.includes(w))),
    orgHeads: tables.flatMap((t) => (t.compoundHeads ?? []).filter((w) => t.orgWords.includes(w))),
    headFirstOrgs: new Set(tables.filter((t) => t.orgHeadFirst).flatMap((t) => t.orgWords)
      .filter((w) => !tables.some((t) => !t.orgHeadFirst && t.orgWords.includes(w)))),
    // Case rules only make sense for one language at a time.
    nominative: tables.length <= 2 ? tables.find((t) => t.nominative)?.nominative ?? null : null,
  };
}

/**
 * The lexicon for a language: its own table plus English (English titles and fragments turn up
 * everywhere). An unknown or missing language gets every table, so a page without `lang` still works.
 */
export function lexiconFor(lang: string | null): Lexicon {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0] ?? null;
  const key = primary && TABLES[primary] ? primary : '*';
  let lex = cache.get(key);
  if (!lex) {
    const own = TABLES[key];
    lex = compile(own ? (own === en ? [en] : [own, en]) : Object.values(TABLES));
    // One list of speech verbs per language: the attribution pack's single-word verbs ("recuerda",
    // "menciona", "lamenta") are evidence of a person next to a name and end a role phrase here too.
    for (const t of cueTablesFor(key === '*' ? null : key)) {
      for (const v of t.verbs) if (!/\s/.test(v) && v.length > 2 && !lex.stopWords.has(v.toLowerCase())) lex.cueWords.add(v.toLowerCase());
    }
    cache.set(key, lex);
  }
  return lex;
}
