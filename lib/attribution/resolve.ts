import type { Person } from '../people/types';
import { foldName } from '../people/names';
import type { CueMatcher } from './cues';
import { personGender, pronounGender, type Gender } from './gender';
import { ORG_HEAD } from './lang/organisations';
import { isCapitalized, NAME_TITLES, tokenize } from './tokens';

/** A point in the text where someone was mentioned: a named person, or an unnamed source. */
export interface Entity {
  pos: number;
  person: Person | null;
  /** An organisation's name when the entity is an organisation the people finder did not list. */
  name?: string;
  /** Words describing an unnamed source ("A second respected radiologist"). */
  mention: string;
  org: boolean;
}

export interface Resolved {
  speaker: string | null;
  person: Person | null;
  mention: string;
  /** The words describe a source the article leaves unnamed ("a ministry spokesperson"). */
  unnamed?: boolean;
}

/** Nouns that describe a source without naming one: a pronoun after them refers to nobody we can name. */
const ANONYMOUS = /\b(source|sources|spokes(?:person|man|woman)|official|officials|insider|aide|witness|someone|somebody|person|people|resident|porte-parole|source|fonte|fuente|portavoz|sprecher(?:in)?|источник|zdroj|mluvčí|rzecznik)\b/iu;
const DETERMINERS = new Set(['the', 'a', 'an', 'le', 'la', 'les', "l'", 'l’', 'un', 'une', 'o', 'os', 'as', 'um', 'uma', 'el', 'los', 'las', 'der', 'die', 'das', 'ein', 'eine', 'its', 'his', 'her', 'their', 'our']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'un', 'une', 'um', 'uma', 'ein', 'eine', 'einer']);
const RANGE = 2500;
/** How far back a definite description looks for its referent (about two paragraphs). */
const DEFINITE_RANGE = 700;

/** Content words of a role phrase: function words ("the", "des", "of") never tie a description to a role. */
const words = (s: string) => foldName(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3 && !FUNCTION_WORDS.has(w));
const FUNCTION_WORDS = new Set(['with', 'from', 'that', 'this', 'their', 'them', 'also', 'dans', 'pour', 'avec', 'para', 'como', 'sobre', 'entre', 'uber', 'über', 'eine', 'einer', 'fuer', 'bien']);

export class SpeakerResolver {
  /** The last person a quote was attributed to: the likeliest referent of a definite description. */
  lastSpeaker: Person | null = null;
  private readonly entities: Entity[] = [];
  private readonly mentionStarts: number[];
  private readonly mentionList: { start: number; end: number; person: Person }[];
  private readonly genders = new Map<Person, Gender | null>();

  constructor(
    private readonly text: string,
    private readonly people: Person[],
    private readonly cues: CueMatcher,
    insideQuote: (pos: number) => boolean,
  ) {
    this.mentionList = people
      .flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, person: p })))
      .sort((a, b) => a.start - b.start);
    this.mentionStarts = this.mentionList.map((m) => m.start);
    for (const m of this.mentionList) {
      if (!insideQuote(m.start)) this.entities.push({ pos: m.start, person: m.person, mention: m.person.name, org: m.person.kind === 'organization' });
    }
    this.entities.sort((a, b) => a.pos - b.pos);
    for (const p of people) this.genders.set(p, personGender(p, text));
  }

  /** Record an unnamed source at `pos`, so later pronouns do not jump to an earlier named person. */
  addUnnamed(pos: number, mention: string, org = false, name?: string): void {
    const entity: Entity = { pos, person: null, mention, org, name };
    let i = this.entities.length;
    while (i > 0 && this.entities[i - 1].pos > pos) i--;
    this.entities.splice(i, 0, entity);
  }

  /** Resolve the subject span [start, end) of an attribution. */
  resolve(start: number, end: number): Resolved {
    // A full stop after a word of three letters or more ends the sentence, not an abbreviation.
    const mention = this.text.slice(start, end).replace(/[,;:]+$/, '').replace(/(\p{L}{3,}|(?<![\p{L}])\p{Ll}+)\.$/u, '$1').trim();
    const lower = mention.toLowerCase();
    if (this.cues.personPronouns.has(lower)) return this.pronoun(start, false, mention, pronounGender(lower));
    if (this.cues.orgPronouns.has(lower)) return this.pronoun(start, true, mention);

    const person = this.mentionIn(start, end);
    if (person) return { speaker: person.name, person, mention };

    const tokens = tokenize(mention);
    const first = tokens[0]?.text.toLowerCase() ?? '';
    const capitalised = tokens.filter((t, i) => isCapitalized(t.text) && !(i === 0 && DETERMINERS.has(t.text.toLowerCase())) && !NAME_TITLES.has(t.text.toLowerCase()));
    // "A ministry spokesperson", "Un portavoz de la Agencia …": an unnamed source, even when an
    // organisation is named after it.
    if ((INDEFINITE.has(first) && tokens.length > 1 && !isCapitalized(tokens[1].text)) || (ANONYMOUS.test(mention) && !this.mentionIn(start, end))) {
      const head = tokens.slice(0, 3).map((t) => t.text).join(' ');
      if (INDEFINITE.has(first) || ANONYMOUS.test(head)) {
        this.addUnnamed(start, mention);
        return { speaker: null, person: null, mention, unnamed: true };
      }
    }
    if (DETERMINERS.has(first) && tokens.length > 1 && ORG_HEAD.test(tokens[1].text)) {
      // "le ministère des Affaires étrangères": the organisation as the article names it.
      return { speaker: mention.slice(tokens[1].start), person: null, mention };
    }
    if (capitalised.length) {
      const byName = this.byName(capitalised.map((t) => t.text));
      if (byName) return { speaker: byName.name, person: byName, mention };
      // A name (or an organisation) the people finder did not list: keep the article's words.
      return { speaker: nameRun(mention), person: null, mention };
    }
    // A description: "the doctor", "o comandante", "a spokesperson".
    if (INDEFINITE.has(first) || ANONYMOUS.test(mention)) {
      this.addUnnamed(start, mention);
      return { speaker: null, person: null, mention, unnamed: true };
    }
    const byRole = this.byRole(mention, start);
    if (byRole) {
      // "— добавил врач" after the pulmonologist spoke: the current speaker, not an earlier
      // person whose role happens to contain the word, unless that person is the more recent.
      const last = this.lastSpeaker;
      const current = last && last !== byRole && this.lastMentionBefore(last, start) > this.lastMentionBefore(byRole, start) ? last : byRole;
      return { speaker: current.name, person: current, mention };
    }
    if (DETERMINERS.has(first)) {
      const back = this.definite(start);
      if (back) return { speaker: back.name, person: back, mention };
    }
    return { speaker: null, person: null, mention };
  }

  /** The person a pronoun at `pos` most likely refers to: the latest entity before it (of its gender, when known). */
  pronoun(pos: number, org: boolean, mention: string, gender: Gender | null = null): Resolved {
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i];
      if (e.pos >= pos) continue;
      if (pos - e.pos > RANGE) break;
      if (org !== e.org) continue;
      // "she said" skips a man named in between, when the article makes genders plain.
      const g = e.person ? this.genders.get(e.person) : null;
      if (gender && g && g !== gender) continue;
      if (!e.person) return { speaker: e.name ?? null, person: null, mention, unnamed: !e.name };
      return { speaker: e.person.name, person: e.person, mention };
    }
    return { speaker: null, person: null, mention };
  }

  /**
   * What a definite description ("the doctor wrote", "acrescentou o comandante") refers back to:
   * among the people named just before it, the last speaker if they are one, else the latest named.
   */
  definite(pos: number): Person | null {
    const recent: Person[] = [];
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i];
      if (e.pos >= pos) continue;
      if (pos - e.pos > DEFINITE_RANGE) break;
      if (e.person && e.person.kind === 'person') recent.push(e.person);
    }
    if (this.lastSpeaker && recent.includes(this.lastSpeaker)) return this.lastSpeaker;
    return recent[0] ?? null;
  }

  /** The person mentioned inside [start, end), if any (the last one). */
  mentionIn(start: number, end: number): Person | null {
    let lo = 0;
    let hi = this.mentionStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentionStarts[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    let found: Person | null = null;
    for (let i = Math.max(0, lo - 1); i < this.mentionList.length && this.mentionList[i].start < end; i++) {
      const m = this.mentionList[i];
      if (m.end > start && m.start < end) found = m.person;
    }
    return found;
  }

  /** A person whose name shares a word with `names` ("Fiona" → "Fiona Parry", "Obama" → "Barack Obama"). */
  private byName(names: string[]): Person | null {
    const wanted = new Set(names.map(foldName));
    let best: Person | null = null;
    for (const p of this.people) {
      const forms = [p.name, ...p.aliases].flatMap((n) => n.split(/\s+/)).map(foldName);
      if (forms.some((f) => wanted.has(f))) {
        if (!best || p.mentions.length > best.mentions.length) best = p;
      }
    }
    return best;
  }

  /** The latest-mentioned person whose roles share a content word with the description. */
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

  private byRole(description: string, pos: number): Person | null {
    const want = new Set(words(description));
    if (!want.size) return null;
    let best: { p: Person; at: number } | null = null;
    for (const p of this.people) {
      if (!p.roles.some((r) => words(r).some((w) => want.has(w)))) continue;
      const at = this.lastMentionBefore(p, pos);
      if (!best || at > best.at) best = { p, at };
    }
    return best?.p ?? null;
  }
}

/** Words that may join the capitalised words of one name ("Department of Conservation", "Lula da Silva"). */
const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'de', 'des', 'du', 'da', 'do', 'dos', 'das', 'la', 'le', 'del', 'della', 'di', 'der', 'für', 'und', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'y', 'e']);

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
