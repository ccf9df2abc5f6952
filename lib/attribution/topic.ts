import type { ArticleText } from '../article/types';
import { GLUED_PARTICLE } from '../people/lexicon/common';
import { sameName } from '../people/names';
import type { Person } from '../people/types';
import { lowerBound } from '../text/sorted';
import type { CueMatcher } from './cues';
import { ORG_HEADS_SOURCE } from './lang/organisations';
import { PREPOSITIONS } from './subject';

/** A point where a person was named, or spoke (an attributed quote: `person` null when unlisted). */
export interface TopicMark {
  pos: number;
  name: string;
  person: Person | null;
}

/** The person a paragraph is about, or why none could be chosen. */
export type Topic = { name: string; person: Person | null; evidence: string } | { name: null; person: null; reason: string };

/** Prepositions beyond the shared list whose object is never the paragraph's subject ("contra X", "sobre X"). */
const OBJECT_PREPOSITIONS = new Set(['a', 'al', 'contra', 'sobre', 'entre', 'sin', 'hacia', 'against', 'about', 'than', 'toward', 'towards', 'contre', 'sur', 'chez', 'gegen', 'über', 'um', 'ao', 'à', 'pelo', 'pela', 'por', 'per', 'tra', 'fra', 'dei', 'degli', 'delle', 'dos', 'das', 'des', 'o', 'u', 'k', 'ke', 'о', 'об', 'к', 'у', 'с', 'со', 'от']);
/** Particles that may stand lower-case inside a person's name. */
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'der', 'den', 'd’', "d'", 'zu']);

/**
 * A listed person whose name reads as one person's name: every word capitalised (particles
 * aside; so not two names joined by "y"/"and": "León y Managua"), not an acronym.
 */
export function plausiblePerson(p: Person): boolean {
  if (p.kind !== 'person') return false;
  const name = p.name.trim();
  const words = name.split(/\s+/);
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(name)) return false;
  // "Junta Departamental de …", "Dirección Nacional de …": an institution the finder took for a person.
  if (words.some((w) => ORG_WORD.test(w))) return false;
  // Letters without case (Chinese, Japanese) count as capitals.
  // A particle may also be glued to the surname: "Juan Martínez d'Aubuisson", "Omar al-Bashir".
  return words.every((w, i) => !/^\p{Ll}/u.test(w) || (i > 0 && (PARTICLES.has(w.toLowerCase()) || GLUED_PARTICLE.test(w))));
}

/**
 * The persons named in running text, outside quotes, each mention kept only where it may be a
 * clause's subject: not the object of a preposition ("contra Ramírez", "la madre de Ana"), except
 * a sentence-opening "Para X," / "For X," that names whose view follows.
 */
export function topicMarks(article: ArticleText, people: Person[], insideQuote: (pos: number) => boolean, cues: CueMatcher): TopicMark[] {
  const { text } = article;
  const out: TopicMark[] = [];
  for (const p of people) {
    if (!plausiblePerson(p)) continue;
    for (const m of p.mentions) {
      if (insideQuote(m.start)) continue;
      const before = /([\p{L}’']+)[\s]+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
      const word = before?.[1].toLowerCase() ?? '';
      const governed = PREPOSITIONS.has(word) || OBJECT_PREPOSITIONS.has(word);
      // "For Parata, …", "But for Parata and his family …", "Para Quintero, …": whose view follows.
      const opening = cues.openingSources.has(word) && /(?:^|[.!?…]["”»’]?\s+|\n)(?:\S+\s+)?\S+\s+$/u.test(text.slice(Math.max(0, m.start - 40), m.start));
      if (governed && !opening) continue;
      out.push({ pos: m.start, name: p.name, person: p });
    }
  }
  return out.sort((a, b) => a.pos - b.pos);
}

/** The topic marks in [from, to), in text order. */
export type MarksIn = (from: number, to: number) => TopicMark[];

/** The range reader of marks sorted by position. */
export function marksIn(marks: TopicMark[]): MarksIn {
  return (from, to) => marks.slice(lowerBound(marks.length, (i) => marks[i].pos, from), lowerBound(marks.length, (i) => marks[i].pos, to));
}

/** Whether a person other than `name` is named (a topic mark) in [from, to). */
export function otherPersonNamed(marks: TopicMark[], from: number, to: number, name: string): boolean {
  for (let i = lowerBound(marks.length, (k) => marks[k].pos, from); i < marks.length && marks[i].pos < to; i++) if (!sameName(marks[i].name, name)) return true;
  return false;
}

/** A whole word that heads an organisation's name (not a prefix: "Courtney", "Radek" are names). */
const ORG_WORD = new RegExp(`^(?:${ORG_HEADS_SOURCE})$`, 'iu');

/** Blocks that are asides to the running text: a topic search passes over them. */
const ASIDE = new Set(['caption', 'other', 'list-item']);

/**
 * The person the text is about at `pos` (in block `blockIndex`): the nearest paragraph, walking
 * back from `pos` over at most `maxBack` earlier paragraphs (asides skipped, a heading stops the
 * walk), that names or quotes anyone; that paragraph must point at exactly one person, or at one
 * person as a sentence's opening subject. Persons for whom `exclude` holds (named inside the quote)
 * make it abstain: the speaker does not talk about themselves in the third person.
 */
export function topicAt(
  article: ArticleText,
  marks: MarksIn,
  blockIndex: number,
  pos: number,
  maxBack: number,
  exclude: (name: string) => boolean,
): Topic {
  const { text, blocks } = article;
  let back = 0;
  for (let b = blockIndex; b >= 0; b--) {
    const block = blocks[b];
    if (b !== blockIndex) {
      if (block.kind === 'heading' || block.kind === 'title') return { name: null, person: null, reason: `a heading (block ${b}) before any person` };
      if (ASIDE.has(block.kind)) continue;
      if (++back > maxBack) break;
    }
    const end = b === blockIndex ? pos : block.end;
    const here = marks(block.start, end);
    if (!here.length) continue;
    const distinct = people(here);
    let chosen: TopicMark | null = distinct.length === 1 ? distinct[0] : null;
    if (!chosen) {
      // Several persons: the one who opens a sentence (the subject), if only one does.
      const openers = people(here.filter((m) => opensSentence(text, m.pos, block.start)));
      if (openers.length !== 1) return { name: null, person: null, reason: `${distinct.map((p) => p.name).join(' / ')} compete in block ${b}` };
      chosen = openers[0];
    }
    if (exclude(chosen.name)) return { name: null, person: null, reason: `${chosen.name} is named inside the quote` };
    return { name: chosen.name, person: chosen.person, evidence: `${chosen.name} (block ${b})` };
  }
  return { name: null, person: null, reason: 'no person named nearby' };
}

/** One mark per person (surname forms of one name merged), the fullest name kept. */
function people(marks: TopicMark[]): TopicMark[] {
  const out: TopicMark[] = [];
  for (const m of marks) {
    const i = out.findIndex((o) => (o.person && o.person === m.person) || sameName(o.name, m.name));
    if (i < 0) out.push(m);
    else if (!out[i].person && (m.person || m.name.length > out[i].name.length)) out[i] = m;
  }
  return out;
}

/** A mention that opens its sentence, after at most two words ("Quintero valora", "Para Quintero,", "Dr. Ana Ruiz"). */
function opensSentence(text: string, pos: number, blockStart: number): boolean {
  return /(?:^|[.!?…]["”»’]?\s+|[。！？]["”」』]?)(?:[\p{L}.]+\s+){0,2}$/u.test(text.slice(blockStart, pos));
}
