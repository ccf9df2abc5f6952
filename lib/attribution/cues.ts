import { LETTER_OR_NUMBER, nextOf, startsUpper, wordEnd } from '../text/chars';
import type { CueTable } from './lang';

/** A cue found in the text: a speech verb ("said") or a source-first phrase ("according to"). */
export interface CueMatch {
  start: number;
  end: number;
  text: string;
  /** The source comes after the cue ("according to X"), whatever the word order. */
  sourceFirst: boolean;
  /** The pronoun a cue phrase holds ("по его словам" → "он"): the source is that pronoun's referent. */
  pronoun?: string;
}

/** A verb with an inverted subject pronoun ("dit-il", "ajoute-t-elle", "a-t-il"). */
const CLITIC = /^(.+?)-(?:t-)?(il|elle|ils|elles)$/;
/** Auxiliaries that carry the inverted pronoun before a participle ("a-t-il déclaré"). */
const AUXILIARY = /^(?:a|avait|aurait|est|était|va)$/;

/** Words of a cue table entry, lower-cased ("according to" → ["according", "to"]). */
const wordsOf = (entry: string) => entry.toLowerCase().split(/\s+/).filter(Boolean);
/**
 * A word of running text: letters and digits, with inner apostrophes and hyphens ("s'exclame",
 * "so-called"), as `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*` (flags g and u) reads it (lib/text/chars.ts).
 */
const WORD_CHAR = LETTER_OR_NUMBER;

/**
 * Compiled cue lists for a set of languages. Matching looks words up in sets rather than running
 * one large case-insensitive alternation: no costly regex compilation on a page's first analysis,
 * and time linear in the text.
 */
/** A possessor written with an apostrophe ("trump’s", "officials'"): the word after it is a noun. */
const POSSESSIVE = /\p{L}['’]s$/u;
/** Nothing, or the end of a sentence, before a word: it opens its sentence. */
const SENTENCE_OPEN = /(?:^|[.!?…]["”»’)]?)\s*$/u;
/** What may stand right before a word that opens a sentence or a quoted one: an end of sentence, a colon, an opening mark or dash. */
const OPENS_BEFORE = /(?:[.!?…:;]["”»’)]?|["“„«‹(\[—–-])\s*$/u;

export class CueMatcher {
  /** Cue phrases keyed by their word count, as space-joined lower-case words. */
  private readonly phrases = new Map<number, Map<string, boolean | 'not'>>();
  private readonly pronounOf = new Map<string, string>();
  /** First words of the phrases of two words or more: a phrase is looked for only where one stands. */
  private readonly phraseStarts = new Set<string>();
  private readonly longest: number;
  readonly fillers: Set<string>;
  readonly personPronouns: Set<string>;
  readonly orgPronouns: Set<string>;
  readonly timeWords: Set<string>;
  readonly documentNouns: Set<string>;
  readonly authorMarkers: Set<string>;
  readonly genericRoles: Set<string>;
  readonly nounsCapitalised: boolean;
  readonly openingSources: Set<string>;
  /** Connector phrases as lower-case word lists, longest first ("sin embargo", "además"). */
  readonly connectors: string[][];
  readonly dropsSubject: boolean;
  readonly reportedMood: Set<string>;
  readonly listenerMarks: Set<string>;
  readonly participles: Set<string>;
  readonly judgingVerbs: Set<string>;
  readonly ownObjects: Set<string>;
  private readonly afterCommaOnly: Set<string>;
  private readonly nounArticles: Set<string>;
  private readonly sentenceArticles: Set<string>;
  private readonly auxiliariesAfter: Set<string>;
  private readonly notSingular: RegExp[];

  constructor(tables: CueTable[]) {
    const all = <K extends keyof CueTable>(k: K) => tables.flatMap((t) => t[k] as string[]);
    const add = (entry: string, sourceFirst: boolean | 'not') => {
      const w = wordsOf(entry);
      if (!w.length) return;
      let byLength = this.phrases.get(w.length);
      if (!byLength) this.phrases.set(w.length, (byLength = new Map()));
      // A phrase listed as both keeps its source-first reading ("as quoted by").
      if (w.length > 1) this.phraseStarts.add(w[0]);
      const had = byLength.get(w.join(' '));
      byLength.set(w.join(' '), sourceFirst === 'not' || had === 'not' ? 'not' : sourceFirst || (had ?? false));
    };
    for (const v of all('verbs')) add(v, false);
    for (const v of all('sourceFirst')) add(v, true);
    for (const t of tables) for (const v of t.readIn ?? []) add(v, true);
    for (const t of tables) for (const v of t.notCues ?? []) add(v, 'not');
    for (const t of tables) {
      for (const [phrase, pronoun] of Object.entries(t.pronounPhrases)) {
        add(phrase, true);
        this.pronounOf.set(wordsOf(phrase).join(' '), pronoun);
      }
    }
    this.longest = Math.max(0, ...this.phrases.keys());
    const set = (k: keyof CueTable) => new Set(tables.flatMap((t) => (t[k] as string[] | undefined) ?? []).map((w) => w.toLowerCase()));
    this.fillers = set('fillers');
    this.personPronouns = set('personPronouns');
    this.orgPronouns = set('orgPronouns');
    this.timeWords = set('timeWords');
    this.documentNouns = set('documentNouns');
    this.authorMarkers = set('authorMarkers');
    this.genericRoles = set('genericRoles');
    this.nounsCapitalised = tables.some((t) => t.nounsCapitalised);
    this.openingSources = set('openingSources');
    this.connectors = [...set('connectors')].map(wordsOf).sort((a, b) => b.length - a.length);
    this.dropsSubject = tables.some((t) => t.dropsSubject);
    this.reportedMood = set('reportedMood');
    this.listenerMarks = set('listenerMarks');
    this.participles = set('participles');
    this.judgingVerbs = set('judgingVerbs');
    this.ownObjects = set('ownObjects');
    this.afterCommaOnly = set('afterCommaOnly');
    this.nounArticles = set('nounArticles');
    this.sentenceArticles = set('sentenceArticles');
    this.auxiliariesAfter = set('auxiliariesAfter');
    this.notSingular = tables.filter((t) => t.dropsSubject && t.notSingular).map((t) => t.notSingular!);
  }

  /** How many of `words` (lower-case), from `i`, form a connector phrase; 0 when none does. */
  connectorAt(words: string[], i: number): number {
    for (const c of this.connectors) if (c.every((w, k) => words[i + k] === w)) return c.length;
    return 0;
  }

  /** A single-word speech verb of the tables ("contó", "said"), not an "according to" word. */
  isVerb(word: string): boolean {
    return this.phrases.get(1)?.get(word.toLowerCase()) === false;
  }

  /** A single-word "according to" word ("según", "laut"). */
  isSourceWord(word: string): boolean {
    return this.phrases.get(1)?.get(word.toLowerCase()) === true && !this.pronounOf.has(word.toLowerCase());
  }

  /** A cue verb form that names one third person: not a plural (or other person) ending of a subject-dropping language. */
  singularVerb(verb: string): boolean {
    const w = verb.toLowerCase().split(/\s+/).pop() ?? '';
    return !this.notSingular.some((re) => re.test(w));
  }

  /** Every cue in `text`, in order (longest phrase first at a position); offsets plus `offset`. */
  find(text: string, offset = 0): CueMatch[] {
    const words: { w: string; start: number; end: number }[] = [];
    for (let start = nextOf(text, 0, WORD_CHAR), end = 0; start < text.length; start = nextOf(text, end, WORD_CHAR)) {
      end = wordEnd(text, start, WORD_CHAR);
      words.push({ w: text.slice(start, end).toLowerCase(), start, end });
    }
    const out: CueMatch[] = [];
    let skipUntil = 0;
    for (let i = 0; i < words.length; i++) {
      if (words[i].start < skipUntil) continue;
      // French inverted subjects: "dit-il", "explique-t-elle", "a-t-il déclaré".
      const clitic = words[i].w.includes('-') ? CLITIC.exec(words[i].w) : null;
      if (clitic) {
        // Right after a quote's comma or closing mark (or opening the words read) any verb with an
        // inverted pronoun is a speech tag ("…, soupire-t-elle", "» ironise-t-il"), known or not.
        const tag = /(?:^|[,»"”…!?])\s*$/u.test(text.slice(Math.max(0, words[i].start - 4), words[i].start));
        const verb = this.phrases.get(1)?.get(clitic[1]) !== undefined || tag ? words[i] : AUXILIARY.test(clitic[1]) && words[i + 1] && this.phrases.get(1)?.has(words[i + 1].w) ? words[i + 1] : null;
        if (verb) {
          out.push({ start: offset + words[i].start, end: offset + verb.end, text: text.slice(words[i].start, verb.end), sourceFirst: true, pronoun: clitic[2] });
          skipUntil = verb.end;
          continue;
        }
      }
      // Most words open no phrase of two words or more: only the single words are looked up.
      const phraseHere = this.phraseStarts.has(words[i].w);
      for (let n = phraseHere ? Math.min(this.longest, words.length - i) : Math.min(1, words.length - i); n >= 1; n--) {
        const byLength = this.phrases.get(n);
        if (!byLength) continue;
        // Words of a phrase must be separated by white space only.
        let key = words[i].w;
        if (n > 1) {
          const span = words.slice(i, i + n);
          if (span.some((x, k) => k > 0 && !/^\s+$/.test(text.slice(span[k - 1].end, x.start)))) continue;
          key = span.map((x) => x.w).join(' ');
        }
        const sourceFirst = byLength.get(key);
        if (sourceFirst === undefined) continue;
        const start = words[i].start;
        const end = words[i + n - 1].end;
        skipUntil = end;
        // "Residents were told …": the verb's subject listened; no cue here.
        if (sourceFirst === 'not') break;
        // A verb is written in lower case inside a sentence, in every language we read: a capital
        // there is a name's or a heading's ("the United States", "RED STATES OUTNUMBER BLUE").
        if (startsUpper(text.slice(start, start + 2)) && start > 0 && !OPENS_BEFORE.test(text.slice(Math.max(0, start - 4), start))) break;
        if (n === 1 && this.afterCommaOnly.has(key) && !/[,"“”„«»‹›'’]\s*$/u.test(text.slice(0, start))) break;
        // "the county and the state, which …", "Trump’s comments": a verb form after an article or a
        // possessor is a noun.
        if (n === 1 && !sourceFirst && i > 0 && /^\s+$/.test(text.slice(words[i - 1].end, start)) &&
          (this.nounArticles.has(words[i - 1].w) || POSSESSIVE.test(words[i - 1].w) ||
            (this.sentenceArticles.has(words[i - 1].w) && SENTENCE_OPEN.test(text.slice(0, words[i - 1].start))))) break;
        // "Kim's mental state is “…”": a verb form right before an auxiliary is that verb's subject, a noun.
        if (n === 1 && !sourceFirst && words[i + 1] && this.auxiliariesAfter.has(words[i + 1].w) && /^\s+$/.test(text.slice(end, words[i + 1].start))) break;
        out.push({ start: offset + start, end: offset + end, text: text.slice(start, end), sourceFirst, pronoun: this.pronounOf.get(key) });
        break;
      }
    }
    return out;
  }
}
