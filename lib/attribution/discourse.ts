import type { ArticleText } from '../article/types';
import type { Person } from '../people/types';
import type { QuoteSpan } from '../quotes/types';
import { ORG_HEADS_SOURCE } from './lang/organisations';
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
  let best: { p: Person; at: number } | null = null;
  for (const p of people) {
    if (p.kind !== 'person') continue;
    for (const m of p.mentions) {
      if (m.start < firstBlock.start && firstBlock.start - m.start < 1500 && (!best || m.start > best.at)) best = { p, at: m.start };
    }
  }
  if (best) return best.p;
  return [...people].filter((p) => p.kind === 'person').sort((a, b) => b.mentions.length - a.mentions.length)[0] ?? null;
}

const ORG = new RegExp(`(?:\\p{Lu}[\\p{L}'’.-]*\\s+(?:(?:of|for|de|des|du|da|do|für)\\s+)?){1,5}(?:${ORG_HEADS_SOURCE})\\b|\\b(?:the\\s+)?(?:${ORG_HEADS_SOURCE})\\s+(?:of|for|de|des|du|da|do)\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s*){1,4}`, 'giu');

/** Organisations named in the text, so that "it said" finds the last one. */
export function organisations(article: ArticleText, insideQuote: (pos: number) => boolean): { pos: number; name: string }[] {
  const out: { pos: number; name: string }[] = [];
  for (const b of article.blocks) {
    ORG.lastIndex = 0;
    for (let m = ORG.exec(b.text); m; m = ORG.exec(b.text)) {
      const pos = b.start + m.index;
      if (!insideQuote(pos)) out.push({ pos, name: m[0].replace(/^the\s+/i, '').trim() });
    }
  }
  return out;
}
