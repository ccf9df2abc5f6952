import { CUE_TABLES } from '../attribution/lang';
import { LEXICONS, type QuoteLexicon } from './languages';
import { endsWithEntry, WordMatcher } from './word-matcher';

/** A `{ test }` that says whether a text ends with one of the matcher's entries (or matches `also`). */
const endTester = (m: WordMatcher, also?: RegExp) => ({ test: (text: string) => endsWithEntry(m, text) || (also?.test(text) ?? false) });

/** The lexicon tables compiled to regular expressions, for one language (or all of them). */
export interface CompiledLexicon {
  /** Finds a reporting cue anywhere in a short window of text. */
  cue: WordMatcher;
  /**
   * Finds a reporting cue of the page's language only (every language when it is unknown): the
   * stricter test for an incise inside the marks, where a cue word of another language
   * (Spanish `manifest*` in French `manifestations`) must not cut a quote.
   */
  speechVerb: RegExp;
  /** Matches a source preposition at the start of a text ("according to", "selon"). */
  sourceStart: RegExp;
  /** Matches text that ends with a naming word ("so-called ", "intitulé "). */
  namingBefore: { test(text: string): boolean };
  /** Matches text that ends with a hedge ("a kind of ", "une forme de "). */
  hedgeBefore: { test(text: string): boolean };
  /** Words right after a span that make it an example (unspaced scripts: `这样的`). */
  examplesAfter: string[];
  /** Particles that must follow a span for it to be speech (Japanese と, って); null elsewhere. */
  speechParticles: string[] | null;
  /** Matches text that ends with a noun for a work ("the film "). */
  workBefore: { test(text: string): boolean };
  /** Matches text that ends with an article, demonstrative or possessive ("the ", "Russia's "). */
  determinerBefore: { test(text: string): boolean };
  titleSmallWords: ReadonlySet<string>;
  /** Lower-case determiners (from `determiners`), to test the first word of a span. */
  determiners: ReadonlySet<string>;
  /** Finds a finite auxiliary or copula; null when the page's language has no such table. */
  finiteVerb: WordMatcher | null;
  /** Whether Title Case and capitalised short spans may be read as names (not in German). */
  caseRules: boolean;
  /** Whether an author's incise may sit inside the marks (French, Italian, Spanish, Portuguese). */
  inciseInsideMarks: boolean;
  /** Whether the language has no articles, so that short uncued lower-case spans read as terms. */
  articleless: boolean;
  /** Interview turn labels (lower case), from every table: `q`, `pregunta` → question; `a`, `r` → answer. */
  labels: ReadonlyMap<string, 'question' | 'answer'>;
}

const L = '\\p{L}\\p{N}';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One entry to a regex source: `stem*` allows any ending, spaces allow any white space. */
function entrySource(entry: string): string {
  const stem = entry.endsWith('*');
  const body = escape(stem ? entry.slice(0, -1) : entry).replace(/ /g, '\\s+');
  return stem ? `${body}[${L}]*` : body;
}

function alternation(entries: Iterable<string>): string {
  // Longest first, so that a phrase wins over its first word.
  return [...new Set(entries)].sort((a, b) => b.length - a.length).map(entrySource).join('|');
}

function compile(tables: QuoteLexicon[], cueTables: QuoteLexicon[], verbs: string[], cueWords: { tables: QuoteLexicon[]; verbs: string[] }): CompiledLexicon {
  const pick = (f: (t: QuoteLexicon) => string[], ts = tables) => ts.flatMap(f);
  return {
    // The attribution module's cue verbs count too: one list of speech verbs per language, so a
    // verb added for attribution also marks a quote as speech.
    cue: new WordMatcher([...pick((t) => t.cues, cueWords.tables), ...cueWords.verbs]),
    speechVerb: new RegExp(`(?<![${L}])(?:${alternation([...pick((t) => t.cues), ...verbs])})(?![${L}])`, 'iu'),
    sourceStart: new RegExp(`^(?:${alternation([...pick((t) => t.sources ?? [], cueTables), ...SOURCE_WORDS])})(?![${L}])`, 'iu'),
    namingBefore: endTester(new WordMatcher(pick((t) => t.naming))),
    workBefore: endTester(new WordMatcher(pick((t) => t.works))),
    hedgeBefore: endTester(new WordMatcher(pick((t) => t.hedges ?? []))),
    examplesAfter: pick((t) => t.examplesAfter ?? []),
    // Only when every table of the page's language has them: Chinese 「」 needs no particle.
    speechParticles: tables.every((t) => t.speechParticles) ? pick((t) => t.speechParticles ?? []) : null,
    // An article, a demonstrative or a possessive ("the ", "Russia's ").
    determinerBefore: endTester(new WordMatcher(pick((t) => t.determiners)), /[\p{L}\p{N}]['’]s\s*$/u),
    titleSmallWords: new Set(pick((t) => t.titleSmallWords)),
    determiners: new Set(pick((t) => t.determiners)),
    finiteVerb: tables.every((t) => t.finiteVerbs) ? new WordMatcher(pick((t) => t.finiteVerbs ?? [])) : null,
    caseRules: !tables.every((t) => t.nounsCapitalised),
    articleless: tables.every((t) => t.articleless),
    inciseInsideMarks: tables.every((t) => t.inciseInsideMarks),
    labels: new Map([
      ...cueTables.flatMap((t) => t.interviewLabels.question.map((l) => [l.toLowerCase(), 'question'] as const)),
      ...cueTables.flatMap((t) => t.interviewLabels.answer.map((l) => [l.toLowerCase(), 'answer'] as const)),
    ]),
  };
}

const ALL = Object.values(LEXICONS);
const attributionVerbs = (t: (typeof CUE_TABLES)[string] | undefined) => (t ? t.verbs.map((v) => v.toLowerCase()) : []);
const ATTRIBUTION_VERBS = Object.values(CUE_TABLES).flatMap((t) => [...t.verbs, ...t.sourceFirst]).map((v) => v.toLowerCase());
const cueVerbs = (t: (typeof CUE_TABLES)[string] | undefined) => (t ? [...t.verbs, ...t.sourceFirst].map((v) => v.toLowerCase()) : []);
/** Quote lexicons that share another language's attribution table. */
const ATTRIBUTION_ALIAS: Record<string, string> = { uk: 'ru', sk: 'cs' };
const SOURCE_WORDS = Object.values(CUE_TABLES).flatMap((t) => t.sourceFirst).map((v) => v.toLowerCase());
const cache = new Map<string, CompiledLexicon>();

/**
 * The compiled lexicon for a language. Reporting cues come from the page's language (the
 * article's language is checked against its text, so a mislabelled page still gets its own):
 * another language's cue is often a plain word here (English `stress*` in French `le stress`,
 * `tweet*` in German `Tweet`). Interview labels come from every table; the other lists from the
 * page's language. A page of unknown language gets every table.
 */
export function lexiconFor(lang: string | null): CompiledLexicon {
  const key = lang && LEXICONS[lang] ? lang : '*';
  let c = cache.get(key);
  if (!c) {
    const verbs = key === '*' ? ATTRIBUTION_VERBS : attributionVerbs(CUE_TABLES[key === 'uk' ? 'ru' : key === 'sk' ? 'cs' : key]);
    const cueWords = key === '*'
      ? { tables: ALL, verbs: ATTRIBUTION_VERBS }
      : { tables: [LEXICONS[key]], verbs: cueVerbs(CUE_TABLES[ATTRIBUTION_ALIAS[key] ?? key]) };
    c = compile(key === '*' ? ALL : [LEXICONS[key]], ALL, verbs, cueWords);
    cache.set(key, c);
  }
  return c;
}
