import type { ArticleText } from '../article/types';
import type { Person } from '../people/types';
import type { QuoteSpan } from '../quotes/types';
import { ORG_HEAD, ORG_HEADS_SOURCE } from './lang/organisations';
import { charLength, classAt, lastWords, LETTER, LETTER_OR_NUMBER, nextOf, runEnd, wordEnd } from '../text/chars';
import type { CueMatcher } from './cues';
import { sentenceStarts } from './tokens';

/**
 * Sentence-initial descriptions of unnamed sources ("A second respected radiologist who fled …",
 * "An official said"): later pronouns refer to them, not to an earlier named person.
 */
const UNNAMED = /^(?:A|An|Another|One|The)\s+((?:[\p{Ll}-]+\s+){0,4}?)(source|official|spokes(?:person|man|woman)|insider|witness|doctor|physician|surgeon|nurse|expert|resident|analyst|researcher|scientist|officer|diplomat|aide|\p{Ll}+(?:ist|ian))(?=\s+(?:who|whose|from|at|in|with|has|had|was|is|said|says|told|\p{Ll}+ed)\b)/u;

export function unnamedSubjects(article: ArticleText, insideQuote: (pos: number) => boolean): { pos: number; mention: string }[] {
  const out: { pos: number; mention: string }[] = [];
  for (const b of article.blocks) {
    if (b.kind === 'title' || b.kind === 'heading') continue;
    for (const s of sentenceStarts(b.text)) {
      const m = UNNAMED.exec(b.text.slice(s, s + 120));
      if (!m) continue;
      const pos = b.start + s;
      if (insideQuote(pos)) continue;
      const isDefinite = m[0].startsWith('The ');
      // "The pulmonologist Vasiliy Shtabnitsky" names someone: only count descriptions left unnamed.
      if (isDefinite && !/source|official|spokes/.test(m[2])) continue;
      out.push({ pos, mention: m[0] });
    }
  }
  return out;
}

/**
 * The interviewee of an interview written as dialogue: the person named closest before the first
 * dialogue line (an introduction or a signature line), else the most mentioned person.
 */
export function findInterviewee(article: ArticleText, quotes: QuoteSpan[], people: Person[]): Person | null {
  const first = quotes.find((q) => q.kind === 'dialogue');
  if (!first || !people.length) return null;
  const firstBlock = article.blocks[first.blockIndex];
  // Organisations the people finder may have listed as people cannot give an interview.
  const candidates = people.filter((p) => p.kind === 'person' && !p.name.split(/\s+/).some((w) => ORG_HEAD.test(w)));
  let best: { p: Person; at: number } | null = null;
  for (const p of candidates) {
    for (const m of p.mentions) {
      if (m.start < firstBlock.start && firstBlock.start - m.start < 1500 && (!best || m.start > best.at)) best = { p, at: m.start };
    }
  }
  if (best) return best.p;
  return [...candidates].sort((a, b) => b.mentions.length - a.mentions.length)[0] ?? null;
}

/**
 * A head noun, as a whole word: tried only where a run of letters starts (the heads are letters
 * only, so a head not preceded by a letter is one that starts a run), with the same answers as
 * `(?<![\p{L}])(?:heads)(?![\p{L}])` (flags g, i and u) tried at every position.
 */
const ORG_WORD = new RegExp(`(?:${ORG_HEADS_SOURCE})(?![\\p{L}])`, 'iuy');
function* headNouns(text: string): Generator<{ index: number; head: string }> {
  for (let i = nextOf(text, 0, LETTER); i < text.length; ) {
    ORG_WORD.lastIndex = i;
    const m = ORG_WORD.exec(text);
    const end = runEnd(text, i, LETTER);
    if (m) yield { index: i, head: m[0] };
    i = nextOf(text, end, LETTER);
  }
}
/** Capitalised words right before a head noun ("Food Standards" Agency), read back from the noun. */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for|de|des|du|da|do|für)\s+)?){1,5}$/u;
/**
 * Capitalised words right after a head noun ("Ministry of" Health, "Center on" Poverty and
 * Inequality): a preposition, then capitalised words, "and" / "&" allowed between them.
 */
const NAME_AFTER = /^\s+(?:of|for|on|de|des|du|da|do)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:and|&|et|y|e|und)\s+)?\p{Lu}[\p{L}'’.-]*){0,4}/u;

export interface Organisation {
  pos: number;
  name: string;
  /** The head noun that named it ("union" in "the FNV Havens union"), lower-case. */
  head: string;
}

/**
 * Organisations named in the text ("The Food Standards Agency", "the Ministry of Health", "the
 * FNV Havens union"), so that "it said" and "the union said" find the last one. Found from their
 * head noun, then the capitalised words around it. A lower-case head noun is not part of the name.
 */
export function organisations(article: ArticleText, insideQuote: (pos: number) => boolean): Organisation[] {
  const out: Organisation[] = [];
  for (const b of article.blocks) {
    for (const { index, head } of headNouns(b.text)) {
      // The name's words end at the head: a match spans at most ten runs of non-space (five words, five prepositions).
      const before = NAME_BEFORE.exec(lastWords(b.text.slice(Math.max(0, index - 80), index), 10));
      const after = NAME_AFTER.exec(b.text.slice(index + head.length, index + head.length + 80));
      if (!before && !after) continue;
      const lowerHead = /^\p{Ll}/u.test(head);
      // "the FNV Havens union": the name is the capitalised words; "union" only says what it is.
      if (lowerHead && !before) continue;
      const start = index - (before ? before[0].length : 0);
      const end = lowerHead ? index : index + head.length + (after ? after[0].trimEnd().length : 0);
      const pos = b.start + start;
      // A capitalised "The" belongs to the name as the article gives it; a lower-case one does not.
      const the = /(?:^|\s)The\s+$/.exec(b.text.slice(Math.max(0, start - 5), start));
      const name = (the ? 'The ' : '') + b.text.slice(start, end).trim();
      // "… pricing. The company also said": a sentence-opening article names nothing.
      if (/^(?:the|a|an|this|its|their|le|la|les|el|los|der|die|das)$/i.test(name)) continue;
      if (!insideQuote(pos)) out.push({ pos, name, head: head.toLowerCase() });
    }
  }
  return out;
}

/** A document introduced with its author ("a report by the Nuffield Trust", "a letter from its chief executive, Paul Grady"). */
export interface DocumentMention {
  pos: number;
  /** The document noun, lower-case ("report"). */
  noun: string;
  /** The words naming the author, up to the end of the clause. */
  authorStart: number;
  authorEnd: number;
}

/**
 * The words and stops of a text, as `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[,.;:!?()]` (flags g and u) finds
 * them (lib/text/chars.ts), offsets plus `offset`.
 */
export function wordsAndStops(text: string, offset: number): { w: string; start: number; end: number }[] {
  const out: { w: string; start: number; end: number }[] = [];
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41) {
      out.push({ w: text[i], start: offset + i, end: offset + i + 1 });
      i++;
      continue;
    }
    const k = classAt(text, i);
    if (!(k & LETTER_OR_NUMBER)) {
      i += charLength(k);
      continue;
    }
    const end = wordEnd(text, i, LETTER_OR_NUMBER);
    out.push({ w: text.slice(i, end), start: offset + i, end: offset + end });
    i = end;
  }
  return out;
}

const nounTests = new WeakMap<CueMatcher, (text: string) => boolean>();
/**
 * A test that a text holds one of the document nouns anywhere, in any case: true for every block
 * with a word whose lower case is a noun (and for some more), so the many blocks that hold none are
 * not split into words at all. The text is lower-cased as a whole, which maps each character as
 * the word alone would, but for a Greek capital sigma (its form depends on its neighbours): with a
 * sigma in a noun, the test falls back to a case-insensitive search.
 */
function documentNounTest(cues: CueMatcher): (text: string) => boolean {
  let test = nounTests.get(cues);
  if (!test) {
    const nouns = [...cues.documentNouns];
    const source = nouns.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    if (nouns.some((n) => /[σς]/u.test(n))) {
      const anyCase = new RegExp(source, 'iu');
      test = (text) => anyCase.test(text);
    } else {
      const lower = new RegExp(source, 'u');
      test = (text) => lower.test(text.toLowerCase());
    }
    nounTests.set(cues, test);
  }
  return test;
}

/**
 * Documents the article attributes to an author: a document noun followed, within a few words of
 * the same clause, by an author marker ("by", "from", "de", "von"), or preceded by a possessive
 * name ("Stanford's report"). Linear in the text: one pass over each block's words.
 */
export function documents(article: ArticleText, cues: CueMatcher, insideQuote: (pos: number) => boolean): DocumentMention[] {
  const out: DocumentMention[] = [];
  if (!cues.documentNouns.size) return out;
  const mayHoldNoun = documentNounTest(cues);
  for (const b of article.blocks) {
    if (!mayHoldNoun(b.text)) continue;
    const words = wordsAndStops(b.text, b.start);
    for (let i = 0; i < words.length; i++) {
      const noun = words[i].w.toLowerCase();
      if (!cues.documentNouns.has(noun) || insideQuote(words[i].start)) continue;
      const prev = words[i - 1];
      if (prev && /^\p{Lu}.*['’]s$/u.test(prev.w)) {
        // "Stanford's report": the possessive run before the noun is the author.
        let s = i - 1;
        while (s > 0 && /^\p{Lu}/u.test(words[s - 1].w)) s--;
        out.push({ pos: words[i].start, noun, authorStart: words[s].start, authorEnd: prev.end - 2 });
        continue;
      }
      for (let k = i + 1; k < words.length && k <= i + 8; k++) {
        const w = words[k].w;
        if (/^[.;:!?()]$/.test(w)) break;
        if (!cues.authorMarkers.has(w.toLowerCase()) || k + 1 >= words.length) continue;
        let e = k + 1;
        while (e + 1 < words.length && e - k < 12 && !/^[.;:!?()]$/.test(words[e + 1].w)) e++;
        out.push({ pos: words[i].start, noun, authorStart: words[k + 1].start, authorEnd: words[e].end });
        break;
      }
    }
  }
  return out;
}
