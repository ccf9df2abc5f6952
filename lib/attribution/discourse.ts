import type { ArticleText } from '../article/types';
import type { Person } from '../people/types';
import type { QuoteSpan } from '../quotes/types';
import { ORG_HEAD, ORG_HEADS_SOURCE } from './lang/organisations';
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

const ORG_WORD = new RegExp(`(?<![\\p{L}])(?:${ORG_HEADS_SOURCE})(?![\\p{L}])`, 'giu');
/** Capitalised words right before a head noun ("Food Standards" Agency), read back from the noun. */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for|de|des|du|da|do|für)\s+)?){1,5}$/u;
/** Capitalised words right after a head noun ("Ministry of" Health). */
const NAME_AFTER = /^\s+(?:of|for|de|des|du|da|do)\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+|$)){1,4}/u;

/**
 * Organisations named in the text ("The Food Standards Agency", "the Ministry of Health"), so that
 * "it said" finds the last one. Found from their head noun, then the capitalised words around it.
 */
export function organisations(article: ArticleText, insideQuote: (pos: number) => boolean): { pos: number; name: string }[] {
  const out: { pos: number; name: string }[] = [];
  for (const b of article.blocks) {
    ORG_WORD.lastIndex = 0;
    for (let m = ORG_WORD.exec(b.text); m; m = ORG_WORD.exec(b.text)) {
      const before = NAME_BEFORE.exec(b.text.slice(Math.max(0, m.index - 80), m.index));
      const after = NAME_AFTER.exec(b.text.slice(m.index + m[0].length, m.index + m[0].length + 80));
      if (!before && !after) continue;
      const start = m.index - (before ? before[0].length : 0);
      const end = m.index + m[0].length + (after ? after[0].trimEnd().length : 0);
      const pos = b.start + start;
      // A capitalised "The" belongs to the name as the article gives it; a lower-case one does not.
      const the = /(?:^|\s)The\s+$/.exec(b.text.slice(Math.max(0, start - 5), start));
      const name = (the ? 'The ' : '') + b.text.slice(start, end).trim();
      if (!insideQuote(pos)) out.push({ pos, name });
    }
  }
  return out;
}
