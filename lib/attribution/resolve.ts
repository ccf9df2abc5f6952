import type { Person } from '../people/types';
import type { EntityType } from '../people/entity-type';
import { foldName } from '../people/names';
import type { CueMatcher } from './cues';
import { personGender, pronounGender, pronounGenders, type Gender } from './gender';
import { FIRM, ORG_HEAD, STATEMENT_NOUN } from './lang/organisations';
import { isCapitalized, NAME_TITLES, sentenceStarts, tokenize, type Token } from './tokens';
import { lastWords } from '../text/chars';
import { lowerBound } from '../text/sorted';

/** A point in the text where someone was mentioned: a named person, or an unnamed source. */
export interface Entity {
  pos: number;
  person: Person | null;
  /** An organisation's name when the entity is an organisation the people finder did not list. */
  name?: string;
  /** Words describing an unnamed source ("A second respected radiologist"). */
  mention: string;
  org: boolean;
  /** An organisation's head noun ("union", "ministry"), for "the union said". */
  head?: string;
}

export interface Resolved {
  speaker: string | null;
  person: Person | null;
  mention: string;
  /** The words describe a source the article leaves unnamed ("a ministry spokesperson"). */
  unnamed?: boolean;
}

/**
 * Nouns that describe a source without naming one: a pronoun after them refers to nobody we can
 * name. Word edges are Unicode-aware (`\b` only knows ASCII letters: "источник" never matched).
 */
/** A spokesperson's noun, in the languages we read. */
const SPOKES_SOURCE = 'spokes(?:person|man|woman|people)|(?:presse|unternehmens|konzern)?sprecher(?:in)?|portavoz|vocer[oa]|porte-parole|porta-voz|portavoce|woordvoerder|rzecznik|rzeczniczka|mluvčí';
const ANONYMOUS = new RegExp(`(?<![\\p{L}])(sources?|${SPOKES_SOURCE}|officials?|insiders?|aides?|witness(?:es)?|someone|somebody|person|people|residents?|fontes?|fuentes?|источник(?:и|а|ов)?|zdroj(?:e|ů)?)(?![\\p{L}])`, 'iu');
const DETERMINERS = new Set(['the', 'a', 'an', 'le', 'la', 'les', "l'", 'l’', 'un', 'une', 'o', 'os', 'as', 'um', 'uma', 'el', 'los', 'las', 'der', 'die', 'das', 'ein', 'eine', 'its', 'his', 'her', 'their', 'our']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'un', 'une', 'um', 'uma', 'ein', 'eine', 'einer']);
const RANGE = 2500;
/** Prepositions that make the capitalised words after them a complement ("el ministro de Agricultura"), not the speaker's name. */
const GOVERNING = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'de', 'des', 'du', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'na', 'no', 'nas', 'nos', 'pela', 'pelo', 'pelas', 'pelos', 'al', 'à', 'au', 'aux', 'nel', 'nella', 'dal', 'dalla', 'von', 'vom', 'der', 'für', 'bei', 'z', 'ze', 'w', 'v', 'в', 'из', 'при', 'pour', 'para', 'en']);
/** Two capitalised words in a row that do not open a sentence: a name the people finder may have missed. */
const OTHER_NAME = /[^.!?\s]\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;
/** Words that end the head of a description ("the mother of a woman", "le ministre des Affaires"). */
/** "and" between two nouns of one role phrase, in the languages we read. */
const COORDINATION = /\s+(?:and|y|e|et|und|en|i|и)\s+/u;
const HEAD_END = new Set([...GOVERNING, 'who', 'whose', 'which', 'that', 'qui', 'que', 'with', 'after', 'by', 'to', 'avec', 'con', 'com', 'mit', ',']);
/** How far back "the company" looks for the organisation it means (about two paragraphs). */
const FIRM_RANGE = 800;
/**
 * A preposition (and a few describing words) right before a name, or a verb whose object is the
 * addressee ("Cook told Benioff …"): the name is an object, not a subject.
 */
const OBJECT_BEFORE = /(?:^|\s)(?:of|for|at|from|against|with|to|by|about|than|toward|towards|told|tells|asked|asks|informed|thanked|urged|briefed|contre|avec|pour|contra|con|para|por|gegen|mit|für|против|для)\s+(?:(?:the|a|an|le|la|el|der|die)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;
/** A name opening its sentence, after at most three words (titles, roles): the sentence's subject. */
const SENTENCE_OPENING = /(?:^|[.!?…]["”’»]?\s+|\n\n)(?:[\p{L}.'’-]+\s+){0,3}$/u;
/** How far back the subject preferred over an object may sit (about two sentences). */
const SUBJECT_RANGE = 400;
/** Nothing but a sentence end before a pronoun: it opens its sentence. */
const PRONOUN_OPENS = /(?:^|[.!?…]["”’»]?\s+)$/u;
/** How far back the sentence before a pronoun is looked for. */
const OPENER_REACH = 400;
/** How far back a definite description looks for its referent (about two paragraphs). */
const DEFINITE_RANGE = 700;
/** Paragraph breaks a definite description reaches back over when no one is named in between. */
const DEFINITE_PARAGRAPHS = 3;

/** Lower-case nouns that close a publisher's name as articles give it ("Vulture magazine", "Le Monde newspaper"). */
const PUBLISHER = /^(?:magazine|newspaper|website|blog|journal|daily|weekly|agency|časopis|deník|revista|periódico|jornal|journal|zeitung|magazin|журнал|газета)$/iu;

/** Words that never tie a description to a role. */
const FUNCTION_WORDS = new Set(['with', 'from', 'that', 'this', 'their', 'them', 'also', 'dans', 'pour', 'avec', 'para', 'como', 'sobre', 'entre', 'uber', 'über', 'eine', 'einer', 'fuer', 'bien',
  // Time modifiers of a role tie no description to a person: "the former mayor" is not whoever
  // else the article calls "former editor".
  'former', 'longtime', 'onetime', 'then', 'late', 'current', 'outgoing', 'incoming', 'ancien', 'ancienne', 'antiguo', 'antigua', 'antigo', 'antiga', 'ehemalige', 'ehemaliger', 'ehemaligen', 'frühere', 'früherer', 'ex']);

/** Plural nouns for a person's followers or opponents, no role nouns: "Trump supporters". */
const GROUP_NOUNS = new Set(['supporters', 'defenders', 'critics', 'allies', 'backers', 'opponents', 'loyalists', 'voters', 'fans', 'followers', 'donors', 'surrogates', 'detractors', 'partisans', 'admirers', 'foes', 'rivals', 'friends', 'relatives', 'associates']);

/** After a name: its possessive ending and lower-case words only, the head they describe ("’s budget chief"). */
const POSSESSED_HEAD = /^['’]s?(?:\s+\p{Ll}[\p{L}-]*)+\s*$/u;

/** Heads whose capitalised owner is their author ("the DOJ release", "the White House statement"). */
const OWNED_WORDS = /^(?:release|statement|report|letter|filing|memo|tweet|post|website|account)$/i;

export class SpeakerResolver {
  /** The last person a quote was attributed to: the likeliest referent of a definite description. */
  lastSpeaker: Person | null = null;
  private readonly entities: Entity[] = [];
  private readonly mentionStarts: number[];
  private readonly mentionList: { start: number; end: number; person: Person }[];
  private readonly genders = new Map<Person, Gender | null>();
  /**
   * Words each person is described by: their roles and the appositions around their mentions ("her
   * mother, Fiona"). Read only for a description ("the striker said"): built on the first one.
   */
  private descriptors: Map<Person, string[]> | null = null;
  private readonly insideQuote: (pos: number) => boolean;
  private readonly docs: { pos: number; noun: string; authorStart: number; authorEnd: number }[] = [];

  constructor(
    private readonly text: string,
    private readonly people: Person[],
    private readonly cues: CueMatcher,
    insideQuote: (pos: number) => boolean,
    /** Whether a lower-case word is a role noun of the article's language ("следователь", "doctor"). */
    readonly isRoleWord: (lower: string) => boolean = () => false,
    /** Whether a lower-case word is a party label ("democrat", "republican"). */
    private readonly isPartyWord: (lower: string) => boolean = () => false,
    /** What a name found by a cue stands for in this article (person, organisation, place, other). */
    private readonly typeName: (name: string) => EntityType = () => 'person',
  ) {
    this.mentionList = people
      .flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, person: p })))
      .sort((a, b) => a.start - b.start);
    this.mentionStarts = this.mentionList.map((m) => m.start);
    for (const m of this.mentionList) {
      if (!insideQuote(m.start)) this.entities.push({ pos: m.start, person: m.person, mention: m.person.name, org: m.person.kind === 'organization' });
    }
    this.entities.sort((a, b) => a.pos - b.pos);
    // A title or a Slavic ending first; else what a pronoun opening the next sentence shows.
    const shown = pronounGenders(text, this.mentionList.filter((x) => !insideQuote(x.start)));
    for (const p of people) this.genders.set(p, personGender(p, text) ?? shown.get(p) ?? null);
    this.insideQuote = insideQuote;
  }

  private descriptorsOf(p: Person): string[] | undefined {
    if (!this.descriptors) {
      this.descriptors = new Map();
      for (const q of this.people) {
        // Each conjunct of a role has its head: "vecina del área e integrante de la ONG …" → vecina, integrante.
        const found = q.roles.flatMap((r) => r.split(COORDINATION).flatMap((part) => headWords(part)));
        for (const m of q.mentions) if (!this.insideQuote(m.start)) found.push(...appositionWords(this.text, m.start, m.end));
        this.descriptors.set(q, found);
      }
    }
    return this.descriptors.get(p);
  }

  /** Index of the first entity at or after `pos` (entities are kept sorted by position). */
  private entityIndex(pos: number): number {
    return lowerBound(this.entities.length, (i) => this.entities[i].pos, pos);
  }

  /** Record a document and the words naming its author, for "the report states". */
  addDocument(doc: { pos: number; noun: string; authorStart: number; authorEnd: number }): void {
    this.docs.push(doc);
  }

  /**
   * Record that `person` spoke at `pos` (a quote a cue attributed to them), so that a later "he
   * added" refers to them even where the people finder did not list the words that named them.
   */
  addSpeaker(pos: number, person: Person): void {
    const i = this.entityIndex(pos);
    if (this.entities[i - 1]?.person === person) return;
    this.entities.splice(i, 0, { pos, person, mention: person.name, org: person.kind === 'organization' });
  }

  /** Record an unnamed source at `pos`, so later pronouns do not jump to an earlier named person. */
  addUnnamed(pos: number, mention: string, org = false, name?: string, head?: string): void {
    const entity: Entity = { pos, person: null, mention, org, name, head };
    let i = this.entityIndex(pos);
    while (i < this.entities.length && this.entities[i].pos <= pos) i++;
    this.entities.splice(i, 0, entity);
  }

  /** The article's words in [start, end). */
  textOf(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** Resolve the subject span [start, end) of an attribution. */
  resolve(start: number, end: number): Resolved {
    // A full stop after a word of three letters or more ends the sentence, not an abbreviation.
    const mention = this.text.slice(start, end).replace(/[,;:]+$/, '').replace(/(\p{L}{3,}|(?<![\p{L}])\p{Ll}+)\.$/u, '$1').trim();
    const lower = mention.toLowerCase();
    // "the" alone (a noun read as the cue: "the county and the state"): no description to resolve.
    if (DETERMINERS.has(lower)) return { speaker: null, person: null, mention };
    if (this.cues.personPronouns.has(lower)) return this.pronoun(start, false, mention, pronounGender(lower));
    if (this.cues.orgPronouns.has(lower)) return this.pronoun(start, true, mention);

    const person = this.mentionIn(start, end);
    // "Dana Whitfield’s budget chief answered": a possessor before a common-noun head is not the
    // speaker; the speaker is the one the article leaves unnamed.
    if (person && (this.possessorOnly(start, end) || this.groupAfter(start, end))) return { speaker: null, person: null, mention, unnamed: true };
    if (person) return { speaker: person.name, person, mention };
    // "Mr. Hale, the Ohio Democrat, called": a description set off by commas right after a
    // person's name is an apposition; it describes that person and names no one else.
    const apposed = DETERMINERS.has(mention.split(/\s+/)[0]?.toLowerCase() ?? '') ? this.apposedTo(start, end) : null;
    if (apposed) return { speaker: apposed.name, person: apposed, mention };

    const tokens = tokenize(mention);
    const first = tokens[0]?.text.toLowerCase() ?? '';
    // "a WeWork spokesperson", "a spokesperson for WeWork", "ein Sprecher der Deutschen Post": the
    // organisation speaks through its unnamed spokesperson, under the name the phrase gives it.
    const spoken = this.spokespersonOf(mention);
    if (spoken) return { speaker: spoken, person: null, mention };
    const capitalised = tokens.filter((t, i) => isCapitalized(t.text) && !(i === 0 && DETERMINERS.has(t.text.toLowerCase())) && !NAME_TITLES.has(t.text.toLowerCase()));
    // "A ministry spokesperson", "Un portavoz de la Agencia …": an unnamed source, even when an
    // organisation is named after it.
    // "one GOP operative", "an Obama aide": capitals after an indefinite article that a common noun
    // follows modify that noun; the speaker is the unnamed operative, not the GOP. (Not a particle:
    // "a Ministra da Saúde" is Portuguese, with "a" its definite article.)
    const indefiniteHead = INDEFINITE.has(first) && tokens.length > 2 && isCapitalized(tokens[1].text) &&
      tokens.slice(2).some((t, i) => /^\p{Ll}/u.test(t.text) && !CONNECTORS.has(t.text) && tokens.slice(1, i + 2).every((c) => isCapitalized(c.text) || /^['’]s?$/.test(c.text)));
    if ((INDEFINITE.has(first) && tokens.length > 1 && !isCapitalized(tokens[1].text)) || indefiniteHead || (ANONYMOUS.test(mention) && !this.mentionIn(start, end))) {
      const head = tokens.slice(0, 3).map((t) => t.text).join(' ');
      if (INDEFINITE.has(first) || ANONYMOUS.test(head)) {
        this.addUnnamed(start, mention);
        return { speaker: null, person: null, mention, unnamed: true };
      }
    }
    const doc = tokens.find((t, i) => i <= 3 && this.cues.documentNouns.has(t.text.toLowerCase()));
    if (doc && DETERMINERS.has(first) && !INDEFINITE.has(first)) {
      // "the report states", "the letter reads": the document speaks for its author, never for
      // whoever happens to be named nearby.
      const author = this.documentAuthor(doc.text.toLowerCase(), start + doc.end) ?? this.statementAuthor(doc.text, start);
      return author ? { ...author, mention } : { speaker: null, person: null, mention, unnamed: true };
    }
    if (tokens.length === 1 && FIRM.test(first)) {
      // "La société affirme" with its article left out of the subject.
      const named = this.orgByHead(first, start);
      return named ? { speaker: named, person: null, mention } : { speaker: null, person: null, mention, unnamed: true };
    }
    if (DETERMINERS.has(first) && tokens.length > 1 && (ORG_HEAD.test(tokens[1].text) || FIRM.test(tokens[1].text))) {
      // "the union said": the organisation last named with that head noun ("the FNV Havens union").
      if (tokens.length === 2) {
        // No such organisation named before: "the union" is a description, not a name.
        const named = this.orgByHead(tokens[1].text.toLowerCase(), start);
        return named ? { speaker: named, person: null, mention } : { speaker: null, person: null, mention, unnamed: true };
      }
      // "le ministère des Affaires étrangères": the organisation as the article names it.
      return { speaker: mention.slice(tokens[1].start), person: null, mention };
    }
    // "The Albert Quay spot said", "the Obama administration said": a determiner, capitalised words
    // and a lower-case head that is no role noun name a thing or a group by its place or owner, no one.
    // (A release or a statement speaks for its owner: "the DOJ release states".)
    const head = tokens[tokens.length - 1];
    if (DETERMINERS.has(first) && !INDEFINITE.has(first) && tokens.length >= 3 && /^\p{Ll}/u.test(head.text) &&
      tokens.slice(1, -1).every((t) => isCapitalized(t.text)) && !this.isRoleWord(head.text.toLowerCase()) && !OWNED_WORDS.test(head.text)) {
      return { speaker: null, person: null, mention, unnamed: true };
    }
    if (capitalised.length && !this.isDescription(tokens) && !this.sentenceOpenerOnly(tokens, capitalised, start)) {
      const byName = this.byName(capitalised.map((t) => t.text));
      if (byName) return { speaker: byName.name, person: byName, mention };
      // A name (or an organisation) the people finder did not list: keep the article's words, and
      // remember it so that a later "he" or "podle něj" can refer to it.
      const name = nameRun(mention);
      // A place, a connector or a common noun capitalised at a sentence start names no speaker.
      if (!['person', 'organisation'].includes(this.typeName(name))) return { speaker: null, person: null, mention };
      const words = name.split(/\s+/);
      const personLike = words.length >= 2 && !words.some((w) => ORG_HEAD.test(w) || /^\p{Lu}{2,}$/u.test(w));
      if (personLike && this.entities[this.entityIndex(start)]?.pos !== start) this.addUnnamed(start, name, false, name);
      return { speaker: name, person: null, mention };
    }
    // A description: "the doctor", "o comandante", "a spokesperson", "le ministre des Affaires étrangères".
    // Only its head decides whether it is anonymous: "the daughter of a resident" is someone's daughter.
    if (INDEFINITE.has(first) || ANONYMOUS.test(headWords(mention, false).join(' '))) {
      this.addUnnamed(start, mention);
      return { speaker: null, person: null, mention, unnamed: true };
    }
    const byRole = this.byRole(tokens, start);
    if (byRole) return { speaker: byRole.name, person: byRole, mention };
    if (DETERMINERS.has(first)) {
      // A title the paragraph names only later ("a déclaré le ministre …, a ajouté Laurent Fabius")
      // when no one fits before it.
      const back = this.definite(start) ?? this.namedLaterInParagraph(end);
      if (back) return { speaker: back.name, person: back, mention };
    }
    return { speaker: null, person: null, mention };
  }

  /**
   * Whether words that hold capitals still only describe someone: the capitals are a complement
   * after a preposition ("el ministro de Agricultura", "the head of the Food Standards Agency"),
   * or, in languages that capitalise nouns, a lone noun after an article ("der FDP-Politiker").
   */
  private isDescription(tokens: Token[]): boolean {
    let i = 0;
    while (i < tokens.length && DETERMINERS.has(tokens[i].text.toLowerCase())) i++;
    if (i >= tokens.length) return false;
    if (this.cues.nounsCapitalised && i > 0 && tokens.length === i + 1 && isCapitalized(tokens[i].text)) return true;
    if (isCapitalized(tokens[i].text)) {
      // "the Texas senator", "the California Republican", "the Labour MP for Leeds": a determiner,
      // capitalised place or party words, and a role noun or party label heading the phrase.
      let h = i;
      while (h < tokens.length && !GOVERNING.has(tokens[h].text.toLowerCase())) h++;
      // A capitalised role noun there is part of a name ("the Idaho Statesman"), unless it is a
      // party label or an acronym ("MP").
      const head = tokens[h - 1]?.text ?? '';
      // (Where every noun is capitalised, "der Aktivist der …" is a role noun all the same.)
      const roleHead = this.isRoleWord(head.toLowerCase()) && (!isCapitalized(head) || /^\p{Lu}{2,}$/u.test(head) || this.isPartyWord(head.toLowerCase()) || this.cues.nounsCapitalised);
      if (i > 0 && h - i >= 2 && h - i <= 4 && roleHead) return true;
      // "der Aktivist der unabhängigen Mietergewerkschaft …": an article and a role noun, where
      // every noun is capitalised, describe someone whatever complement follows.
      if (i > 0 && h - i === 1 && roleHead && this.cues.nounsCapitalised) return true;
      // "Следователь на заседании", "Investigators at the scene": a role noun capitalised only
      // because it opens the sentence, with no name after it.
      const w = tokens[0].text.toLowerCase();
      // A plural in -s ("Investigators") is the role noun too.
      const role = this.isRoleWord(w) || (w.length > 4 && w.endsWith('s') && this.isRoleWord(w.slice(0, -1)));
      return i === 0 && tokens.length > 1 && role && !tokens.slice(1).some((t) => isCapitalized(t.text));
    }
    // The last run of capitalised words, and what stands before it.
    let last = tokens.length - 1;
    while (last >= 0 && !isCapitalized(tokens[last].text)) last--;
    let runStart = last;
    while (runStart > 0 && (isCapitalized(tokens[runStart - 1].text) || (CONNECTORS.has(tokens[runStart - 1].text) && runStart > 1 && isCapitalized(tokens[runStart - 2].text)))) runStart--;
    let k = runStart - 1;
    while (k >= 0 && DETERMINERS.has(tokens[k].text.toLowerCase())) k--;
    return k >= 0 && GOVERNING.has(tokens[k].text.toLowerCase());
  }

  /**
   * "Cuatro años después", "Sin embargo", "Marktprognosen zufolge": the only capital is the
   * sentence's first letter (or, where every noun is capitalised, a lone noun), the words after it
   * are lower-case, and no listed person bears the word: a description or an adverbial, no name.
   */
  private sentenceOpenerOnly(tokens: Token[], capitalised: Token[], start: number): boolean {
    if (capitalised.length !== 1 || capitalised[0] !== tokens[0]) return false;
    const rest = tokens.slice(1).filter((t) => /^[\p{L}]/u.test(t.text));
    const opens = /(?:^|[.!?…:]["”»’]?\s+|\n)\s*$/u.test(this.text.slice(Math.max(0, start - 4), start)) || start === 0;
    if (!(rest.length >= 1 && rest.every((t) => /^\p{Ll}/u.test(t.text)) && opens) && !(this.cues.nounsCapitalised && tokens.length === 1)) return false;
    return !this.byName([tokens[0].text]);
  }

  /** The first person named after `pos` in the same paragraph (paragraphs are joined by a blank line). */
  private namedLaterInParagraph(pos: number): Person | null {
    const blockEnd = this.text.indexOf('\n\n', pos);
    const limit = blockEnd < 0 ? this.text.length : blockEnd;
    for (let i = this.entityIndex(pos); i < this.entities.length; i++) {
      const e = this.entities[i];
      if (e.pos >= limit) break;
      if (e.person?.kind === 'person') return e.person;
    }
    return null;
  }

  /** The organisation named last before `pos` whose head noun is `head` ("union" → "FNV Havens"). */
  private orgByHead(head: string, pos: number): string | null {
    let latest: string | null = null;
    for (let i = this.entityIndex(pos) - 1; i >= 0; i--) {
      const e = this.entities[i];
      if (e.pos >= pos) continue;
      if (pos - e.pos > RANGE) break;
      if (!e.org) continue;
      if (e.head === head) return e.name ?? null;
      const name = e.person?.name ?? e.name ?? '';
      if (name.toLowerCase().split(/\s+/).includes(head)) return name;
      if (!latest && name && pos - e.pos <= FIRM_RANGE) latest = name;
    }
    // "the company claims": a company's name rarely holds the word, so the organisation named last.
    return FIRM.test(head) ? latest : null;
  }

  /**
   * Who issued a statement the article gives no author for ("The statement said:", "В заявлении
   * компании говорится:"): the organisation its words name ("компании" → the company named last),
   * else, for a statement noun, the organisation named last before it.
   */
  statementAuthor(noun: string, pos: number, owner?: string): { speaker: string; person: Person | null } | null {
    const org = owner && (FIRM.test(owner) || ORG_HEAD.test(owner)) ? this.orgByHead(owner.toLowerCase(), pos) : null;
    if (org) return { speaker: org, person: null };
    if (!STATEMENT_NOUN.test(noun)) return null;
    const latest = this.orgByHead('company', pos);
    return latest ? { speaker: latest, person: null } : null;
  }

  /** The author of the document last introduced with `noun` before `pos` ("a report by X" → X). */
  private documentAuthor(noun: string, pos: number): { speaker: string; person: Person | null } | null {
    for (let i = this.docs.length - 1; i >= 0; i--) {
      const d = this.docs[i];
      if (d.pos >= pos || d.noun !== noun) continue;
      if (pos - d.pos > RANGE) break;
      const words = tokenize(this.text.slice(d.authorStart, d.authorEnd), d.authorStart);
      let s = 0;
      while (s < words.length && DETERMINERS.has(words[s].text.toLowerCase())) s++;
      // "its chief executive, Paul Grady" / "Brightwater's chief executive, Paul Grady": the person
      // the clause names; "the Nuffield Trust published …": the run of capitalised words.
      const possessive = s < words.length && /['’]s$/.test(words[s].text);
      if (s >= words.length || !isCapitalized(words[s].text) || possessive) {
        const person = this.firstMentionIn(d.authorStart, d.authorEnd);
        if (person) return { speaker: person.name, person };
        if (!possessive) continue;
      }
      let e = s;
      while (e + 1 < words.length && (isCapitalized(words[e + 1].text) || (CONNECTORS.has(words[e + 1].text) && e + 2 < words.length && isCapitalized(words[e + 2].text)))) e += isCapitalized(words[e + 1].text) ? 1 : 2;
      const at = this.firstMentionIn(words[s].start, words[e].end);
      if (at) return { speaker: at.name, person: at };
      // "a tweet from Vulture magazine": a lower-case noun of the kind of publisher belongs to the name.
      if (e + 1 < words.length && PUBLISHER.test(words[e + 1].text)) e++;
      return { speaker: this.text.slice(words[s].start, words[e].end).replace(/['’]s$/, ''), person: null };
    }
    return null;
  }

  private firstMentionIn(start: number, end: number): Person | null {
    const lo = lowerBound(this.mentionStarts.length, (i) => this.mentionStarts[i], start);
    const m = this.mentionList[lo];
    return m && m.start < end ? m.person : null;
  }

  /** The person a pronoun at `pos` most likely refers to: the latest entity before it (of its gender, when known). */
  pronoun(pos: number, org: boolean, mention: string, gender: Gender | null = null): Resolved {
    // "Hillary Clinton is describing as “unhinged” a tweet attacking Alicia Machado. She says …": a
    // pronoun opening its sentence continues the person who opened the sentence before.
    const opener = !org && PRONOUN_OPENS.test(this.text.slice(Math.max(0, pos - 4), pos)) ? this.previousOpener(pos, gender) : null;
    if (opener) return { speaker: opener.name, person: opener, mention };
    for (let i = this.entityIndex(pos) - 1; i >= 0; i--) {
      const e = this.entities[i];
      if (e.pos >= pos) continue;
      if (pos - e.pos > RANGE) break;
      if (org !== e.org) continue;
      // A caption or heading between ("Photo: Aldrin's cup back on Earth") names people the
      // pronoun of a later paragraph does not refer to.
      if (this.inAside(e.pos, pos)) continue;
      // "she said" skips a man named in between, when the article makes genders plain.
      const g = e.person ? this.genders.get(e.person) : null;
      if (gender && g && g !== gender) continue;
      if (!e.person && e.name && !e.org && OTHER_NAME.test(this.text.slice(this.text.indexOf(e.name, e.pos) + e.name.length, pos))) {
        // A name only remembered from an attribution, with another unlisted name between it and
        // the pronoun ("Gedeputeerde Henk Jansen … Volgens hem"): the pronoun may mean either.
        return { speaker: null, person: null, mention };
      }
      if (!e.person) return { speaker: e.name ?? null, person: null, mention, unnamed: !e.name };
      // "Ortiz warned against Alex Dunn. “…,” he said": a person named only as the object of a
      // preposition yields to the subject just before or the last speaker.
      const alt = !org && OBJECT_BEFORE.test(this.text.slice(Math.max(0, e.pos - 40), e.pos)) ? this.subjectBefore(i, pos, gender, e.person) : null;
      const chosen = alt ?? e.person;
      // "…, affirme-t-elle" taught us her gender: a later "glisse-t-il" skips her instead of
      // taking the last woman named for the man the article never listed.
      // Learned only when no other person was in reach of the pronoun: a guess teaches nothing.
      if (gender && !this.genders.get(chosen) && this.onlyPersonBefore(chosen, pos)) this.genders.set(chosen, gender);
      return { speaker: chosen.name, person: chosen, mention };
    }
    return { speaker: null, person: null, mention };
  }

  /**
   * The listed person who opens the sentence right before `pos` (a title at most before the name,
   * in the same paragraph) and whose gender, when known, agrees with the pronoun's.
   */
  private previousOpener(pos: number, gender: Gender | null): Person | null {
    const from = Math.max(0, pos - OPENER_REACH);
    const window = this.text.slice(from, pos);
    // The last start is the pronoun's own sentence; the one before it opens the previous sentence.
    const starts = sentenceStarts(window);
    if (starts.length < 3 && from > 0) return null;
    const prevStart = from + (starts[starts.length - 2] ?? 0);
    if (starts.length < 2 || this.text.slice(prevStart, pos).includes('\n\n')) return null;
    for (let i = this.entityIndex(prevStart); i < this.entities.length && this.entities[i].pos < pos; i++) {
      const e = this.entities[i];
      if (!e.person || e.person.kind !== 'person' || e.org) continue;
      if (!/^(?:\p{Lu}[\p{L}.’']*\s+){0,2}$/u.test(this.text.slice(prevStart, e.pos))) return null;
      const g = this.genders.get(e.person);
      return gender && g && g !== gender ? null : e.person;
    }
    return null;
  }

  /** Whether `person` is the only person named within a pronoun's reach before `pos`. */
  private onlyPersonBefore(person: Person, pos: number): boolean {
    for (let i = this.entityIndex(pos) - 1; i >= 0; i--) {
      const e = this.entities[i];
      if (e.pos >= pos) continue;
      if (pos - e.pos > RANGE) break;
      if (!e.org && e.person !== person && (e.person || e.name)) return false;
    }
    return true;
  }

  /** A person before entity `i`, near `pos`, who is the last speaker or opens a sentence (its subject). */
  private subjectBefore(i: number, pos: number, gender: Gender | null, not: Person): Person | null {
    for (let j = i - 1; j >= 0; j--) {
      const e = this.entities[j];
      if (pos - e.pos > SUBJECT_RANGE) break;
      if (!e.person || e.person === not || e.person.kind !== 'person' || this.inAside(e.pos, pos)) continue;
      const g = this.genders.get(e.person);
      if (gender && g && g !== gender) continue;
      const opens = SENTENCE_OPENING.test(this.text.slice(Math.max(0, e.pos - 40), e.pos));
      if (e.person === this.lastSpeaker || opens) return e.person;
    }
    return null;
  }

  private readonly asides = new Map<number, boolean>();
  /**
   * Whether `at` lies in a paragraph before the one holding `pos` that ends with no sentence
   * punctuation: a caption, a credit or a heading, not running text.
   */
  private inAside(at: number, pos: number): boolean {
    const end = this.text.indexOf('\n\n', at);
    if (end < 0 || end >= pos) return false;
    let aside = this.asides.get(end);
    if (aside === undefined) {
      aside = !/[.!?…"“”»’'。！？」』：:;；)）]\s*$/u.test(this.text.slice(Math.max(0, end - 4), end));
      this.asides.set(end, aside);
    }
    return aside;
  }

  /**
   * What a definite description ("the doctor wrote", "acrescentou o comandante") refers back to:
   * among the people named just before it, the last speaker if they are one, else the latest named.
   */
  definite(pos: number): Person | null {
    // Someone named earlier in the same paragraph is the nearest referent ("Verkehrsminister Volker
    // Wissing rief … auf. „…“, sagte der FDP-Politiker").
    const paragraphStart = this.text.lastIndexOf('\n\n', pos);
    for (let i = this.entityIndex(pos) - 1; i >= 0; i--) {
      const e = this.entities[i];
      if (e.pos >= pos) continue;
      if (e.pos < paragraphStart) break;
      if (e.person?.kind === 'person') return e.person;
    }
    const recent: Person[] = [];
    let latest: { person: Person; pos: number } | null = null;
    for (let i = this.entityIndex(pos) - 1; i >= 0; i--) {
      const e = this.entities[i];
      if (e.pos >= pos) continue;
      if (!latest && e.person?.kind === 'person') latest = { person: e.person, pos: e.pos };
      if (pos - e.pos > DEFINITE_RANGE) break;
      if (e.person && e.person.kind === 'person') recent.push(e.person);
    }
    if (this.lastSpeaker && recent.includes(this.lastSpeaker)) return this.lastSpeaker;
    if (recent.length) return recent[0];
    // No one within reach, but the last person named is a few paragraphs back with no one named
    // since ("Ezra Klein sets out to answer …" … "The answer, the Vox founder suggests, …").
    if (latest && this.paragraphsBetween(latest.pos, pos) <= DEFINITE_PARAGRAPHS) return latest.person;
    return null;
  }

  /** How many paragraph breaks stand between two offsets. */
  private paragraphsBetween(from: number, to: number): number {
    let n = 0;
    for (let at = this.text.indexOf('\n\n', from); at >= 0 && at < to; at = this.text.indexOf('\n\n', at + 2)) n++;
    return n;
  }

  /** Whether the person called `name` is mentioned inside [start, end) (a quote naming them). */
  namedWithin(name: string, start: number, end: number): boolean {
    const lo = lowerBound(this.mentionStarts.length, (i) => this.mentionStarts[i], start);
    for (let i = lo; i < this.mentionList.length && this.mentionList[i].start < end; i++) if (this.mentionList[i].person.name === name) return true;
    return false;
  }

  /** The person named right before ", <description>," spanning [start, end), if any. */
  private apposedTo(start: number, end: number): Person | null {
    const before = /,\s*$/.exec(this.text.slice(Math.max(0, start - 8), start));
    if (!before || !/^[^,]*,/.test(this.text.slice(start, end + 2)) || this.text.slice(start, end).includes('\n')) return null;
    const comma = start - before[0].length;
    const lo = lowerBound(this.mentionStarts.length, (i) => this.mentionStarts[i], comma);
    for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
      const m = this.mentionList[i];
      if (m.end === comma && m.person.kind === 'person') return m.person;
    }
    return null;
  }

  /** Whether the last person named in [start, end) is only the possessor of a lower-case head ("X’s budget chief"). */
  private possessorOnly(start: number, end: number): boolean {
    const last = this.lastMentionIn(start, end);
    return !!last && POSSESSED_HEAD.test(this.text.slice(last.end, end));
  }

  /**
   * "Trump supporters said", "Obama administration officials said", "Clinton defenders today
   * argue": a name modifying a plural head noun (a role noun's plural, or a word for a group of
   * followers) is not the speaker; the group is, and it is unnamed.
   */
  private groupAfter(start: number, end: number): boolean {
    const last = this.lastMentionIn(start, end);
    if (!last) return false;
    // The head right after the name, or after a noun naming the person's organisation ("campaign").
    const m = /^\s+(?:(?:campaign|administration|team|camp|staff|transition|family)\s+)?(\p{Ll}{3,}s)(?![\p{L}'’])/u.exec(this.text.slice(last.end, end));
    if (!m) return false;
    const w = m[1];
    return GROUP_NOUNS.has(w) || this.isRoleWord(w.slice(0, -1)) || (w.endsWith('ies') && this.isRoleWord(`${w.slice(0, -3)}y`)) || (w.endsWith('es') && this.isRoleWord(w.slice(0, -2)));
  }

  /** The person mentioned inside [start, end), if any (the last one). */
  mentionIn(start: number, end: number): Person | null {
    return this.lastMentionIn(start, end)?.person ?? null;
  }

  /** The last mention of a listed person inside [start, end). */
  private lastMentionIn(start: number, end: number): { end: number; person: Person } | null {
    const lo = lowerBound(this.mentionStarts.length, (i) => this.mentionStarts[i], start);
    let found: { end: number; person: Person } | null = null;
    for (let i = Math.max(0, lo - 1); i < this.mentionList.length && this.mentionList[i].start < end; i++) {
      const m = this.mentionList[i];
      if (m.end > start && m.start < end) found = m;
    }
    return found;
  }

  /**
   * The organisation an unnamed spokesperson in `mention` speaks for (`spokespersonOf`), unless the
   * words name a person ("a spokesman for Sen. John Smith": no organisation speaks).
   */
  spokespersonOf(mention: string): string | null {
    const name = spokespersonOf(tokenize(mention), mention)?.replace(/[.,;:]+$/u, '') ?? null;
    if (!name) return null;
    const words = name.split(/\s+/);
    if (words.some((w) => NAME_TITLES.has(w.toLowerCase()) || w.endsWith('.'))) return null;
    const listed = this.byName(words);
    if (listed?.kind === 'person' || (!listed && this.typeName(name) === 'person' && words.length > 1 && !words.some((w) => ORG_HEAD.test(w)))) return null;
    return listed?.kind === 'organization' ? listed.name : name;
  }

  /**
   * A person whose name shares a word with `names` ("Fiona" → "Fiona Parry", "Obama" → "Barack
   * Obama"): the most mentioned, the first listed of equals.
   */
  private byName(names: string[]): Person | null {
    const index = (this.nameWords ??= nameWordIndex(this.people));
    const hits = new Set<number>();
    for (const n of names) for (const i of index.get(foldName(n)) ?? []) hits.add(i);
    let best: Person | null = null;
    for (const i of [...hits].sort((a, b) => a - b)) {
      const p = this.people[i];
      if (!best || p.mentions.length > best.mentions.length) best = p;
    }
    return best;
  }

  /** The people by the folded words of their names and aliases (built on the first look-up). */
  private nameWords: Map<string, number[]> | null = null;

  /** The one person whose initials are `label` ("MF" → "Marco Ferri"), for interviews labelled so. */
  byInitials(label: string): Person | null {
    const wanted = label.replace(/[^\p{L}]/gu, '').toUpperCase();
    if (wanted.length < 2 || wanted.length > 4 || wanted !== label.replace(/[^\p{L}]/gu, '')) return null;
    const hits = this.people.filter((p) => p.name.split(/[\s-]+/).map((w) => w[0]?.toUpperCase()).join('') === wanted);
    return hits.length === 1 ? hits[0] : null;
  }

  /** Offset of a person's last mention before `pos` (-1 when none). */
  private lastMentionBefore(p: Person, pos: number): number {
    let at = -1;
    for (const m of p.mentions) if (m.start < pos && m.start > at) at = m.start;
    return at;
  }

  /**
   * The person a description refers to by its head words ("the striker", "the mother of a woman",
   * "le ministre des Affaires étrangères"): among the people whose roles or appositions share a
   * head word, the one mentioned last before it, else the first one named after it (a standfirst
   * names people only in the body). A generic description ("the doctor", "врач") stays with the
   * current speaker when they were mentioned more recently.
   */
  private byRole(tokens: Token[], pos: number): Person | null {
    const want = headWords(tokens.map((t) => t.text).join(' '));
    if (!want.length) return null;
    let before: { p: Person; at: number } | null = null;
    let after: { p: Person; at: number } | null = null;
    for (const p of this.people) {
      if (p.kind !== 'person') continue;
      const have = this.descriptorsOf(p) ?? [];
      if (!want.some((w) => have.some((h) => sameWord(w, h)))) continue;
      const at = this.lastMentionBefore(p, pos);
      if (at >= 0) {
        if (!before || at > before.at) before = { p, at };
      } else {
        const first = Math.min(...p.mentions.map((m) => m.start));
        if (!after || first < after.at) after = { p, at: first };
      }
    }
    const found = before?.p ?? after?.p ?? null;
    const last = this.lastSpeaker;
    const generic = want.every((w) => this.cues.genericRoles.has(w));
    if (found && last && last !== found && generic && this.lastMentionBefore(last, pos) > this.lastMentionBefore(found, pos)) return last;
    return found;
  }
}

/**
 * Each folded word of the people's names and aliases, with the indices of the people whose names
 * hold it: a look-up by name reads these, not every person's names again (quadratic on long articles).
 */
function nameWordIndex(people: Person[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  people.forEach((p, i) => {
    // A titled alias ("PolitiFact Executive Director Aaron Sharockman") holds words of the role, no
    // name: "PolitiFact says" must not find him.
    const named = new Set(p.name.split(/\s+/).map(foldName));
    const role = new Set(p.roles.flatMap((r) => r.split(/\s+/)).map(foldName));
    const aliasWords = p.aliases.flatMap((n) => n.split(/\s+/)).map(foldName).filter((f) => named.has(f) || !role.has(f));
    for (const f of [...named, ...aliasWords]) {
      const list = index.get(f);
      if (!list) index.set(f, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return index;
}

/** Two forms of one word: equal, or one the other plus an ending ("министр" / "министра"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
}

/**
 * The head words of a description or role: its words up to the first preposition, relative pronoun
 * or comma, without determiners and function words ("The mother of a woman who …" → ["mother"]).
 */
export function headWords(description: string, fold = true): string[] {
  const out: string[] = [];
  for (const t of tokenize(description)) {
    const w = t.text.toLowerCase();
    if (HEAD_END.has(w) || !/^[\p{L}\p{N}]/u.test(w)) {
      if (out.length) break;
      continue;
    }
    if (DETERMINERS.has(w) || FUNCTION_WORDS.has(w) || w.length < 3) continue;
    out.push(fold ? foldName(w) : w);
  }
  return out;
}

/**
 * Descriptions set next to a name: the lower-case words right before it ("her mother, Fiona",
 * "Rovers head coach Craig Hale") and an appositive after it ("Marcus Reid, the 24-year-old
 * striker signed …"). Read from a short window on each side: constant work per mention.
 */
function appositionWords(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  const before = /(\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}),?\s*$/u.exec(lastWords(text.slice(Math.max(0, start - 60), start), 3));
  if (before) out.push(...headWords(before[1]).slice(-2));
  const after = /^,\s+((?:the|a|an|his|her|their|its|le|la|l’|l'|un|une|el|o|uma|um|der|die|das|ein|eine)\s+[^,.;:!?()]{1,60})/iu.exec(text.slice(end, end + 80));
  if (after) out.push(...headWords(after[1]));
  return out;
}

/** Words that may join the capitalised words of one name ("Department of Conservation", "Lula da Silva"). */
const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'de', 'des', 'du', 'da', 'do', 'dos', 'das', 'la', 'le', 'del', 'della', 'di', 'der', 'für', 'und', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'y', 'e']);

const SPOKES = new RegExp(`^(?:${SPOKES_SOURCE})$`, 'iu');
/** Prepositions and genitive articles that join an organisation to the spokesperson ("for", "der", "de la"). */
const SPOKES_LINK = new Set(['for', 'of', 'at', 'from', 'der', 'des', 'von', 'vom', 'de', 'del', 'du', 'da', 'do', 'della', 'dello', 'van', 'la', 'el', 'le', "l'", 'l’', 'los', 'las', 'die']);

/**
 * The organisation an unnamed spokesperson speaks for, when the phrase names it: capitalised words
 * right before the spokesperson's noun ("a WeWork spokesperson"), or after it, joined by a
 * preposition or a genitive article ("a spokesperson for WeWork", "ein Sprecher der Deutschen
 * Post"). Null when the phrase names none ("un portavoz de la organización") or holds more than the
 * spokesperson and the organisation (a name of its own, a second clause).
 */
export function spokespersonOf(tokens: Token[], mention: string): string | null {
  const at = tokens.findIndex((t) => SPOKES.test(t.text));
  if (at < 0 || tokens.length > 10) return null;
  // The phrase's words, without a closing full stop or comma.
  let n = tokens.length;
  while (n > at && !/^[\p{L}\p{N}]/u.test(tokens[n - 1].text)) n--;
  const run = (from: number, to: number) => mention.slice(tokens[from].start, tokens[to - 1].end);
  // Before the noun: capitalised words after the opening article.
  let b = at;
  while (b > 0 && isCapitalized(tokens[b - 1].text) && !DETERMINERS.has(tokens[b - 1].text.toLowerCase())) b--;
  if (b < at && (b === 0 || DETERMINERS.has(tokens[b - 1].text.toLowerCase()) || INDEFINITE.has(tokens[b - 1].text.toLowerCase())) && at === n - 1) return run(b, at);
  // After the noun: links, then capitalised words to the end of the phrase.
  let a = at + 1;
  if (a >= n || !SPOKES_LINK.has(tokens[a].text.toLowerCase())) return null;
  while (a < n && SPOKES_LINK.has(tokens[a].text.toLowerCase())) a++;
  // "des Unternehmens Gegenbauer": a word that only says it is a firm is no part of the name.
  while (a + 1 < n && (FIRM.test(tokens[a].text) || FIRM.test(tokens[a].text.replace(/e?s$/u, '')))) a++;
  const from = a;
  while (a < n && (isCapitalized(tokens[a].text) || (CONNECTORS.has(tokens[a].text) && a + 1 < n && isCapitalized(tokens[a + 1].text)))) a++;
  return a > from && a === n ? run(from, a) : null;
}

/**
 * The last run of capitalised words in a mention, without titles or a leading role
 * ("chief inspector Jennifer Mattinson" → "Jennifer Mattinson", "the New Zealand Department of
 * Conservation" → "New Zealand Department of Conservation").
 */
export function nameRun(mention: string): string {
  // Punctuation ends a run: "Acción Climática, David Mascort" holds two names.
  const tokens = tokenize(mention);
  let best: [number, number] | null = null;
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i].text) || NAME_TITLES.has(tokens[i].text.toLowerCase()) || DETERMINERS.has(tokens[i].text.toLowerCase())) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1].text;
      if (!/^[\p{L}\p{N}]/u.test(next)) break;
      if (isCapitalized(next)) j++;
      else if (CONNECTORS.has(next) && j + 2 < tokens.length && isCapitalized(tokens[j + 2].text)) j += 2;
      else break;
    }
    // The last run: an English noun phrase ends with its head ("the BBC's editor Jon Sopel").
    best = [i, j];
    i = j + 1;
  }
  if (!best) return mention.trim();
  return mention.slice(tokens[best[0]].start, tokens[best[1]].end).replace(/[,;:.]+$/, '');
}
