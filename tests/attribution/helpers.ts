import { shownSpeaker } from '../../lib/attribution/trace';
import { expect } from 'vitest';
import { blocksFromParagraphs } from '../../lib/article/blocks';
import { attributeQuotes } from '../../lib/attribution/attribute';
import type { ArticleText } from '../../lib/article/types';
import type { Person } from '../../lib/people/types';
import type { QuoteSpan } from '../../lib/quotes/types';

/** Quote spans of a test article: words between “…”, "…", «…» or „…“, and dialogue lines. */
export function spans(article: ArticleText): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  article.blocks.forEach((b, blockIndex) => {
    const dash = /^[-–—]\s+(.*)$/.exec(b.text);
    if (dash) {
      out.push({ start: b.start + b.text.length - dash[1].length, end: b.end, kind: 'dialogue', blockIndex, turn: dash[1].endsWith('?') ? 'question' : 'answer' });
      return;
    }
    const re = /["“«„]\s?([^"“”«»„]+?)\s?(?:["”»“]|$)/g;
    for (let m = re.exec(b.text); m; m = re.exec(b.text)) {
      const start = b.start + m.index + m[0].indexOf(m[1]);
      out.push({ start, end: start + m[1].length, kind: 'marks', blockIndex });
    }
  });
  return out;
}

/** People with every occurrence of each of their name forms as mentions. */
export function people(article: ArticleText, entries: { name: string; aliases?: string[]; roles?: string[]; org?: boolean }[]): Person[] {
  return entries.map((e, i) => {
    const forms = [e.name, ...(e.aliases ?? [])].sort((a, b) => b.length - a.length);
    const mentions: Person['mentions'] = [];
    for (const f of forms) {
      for (let at = article.text.indexOf(f); at >= 0; at = article.text.indexOf(f, at + 1)) {
        if (!mentions.some((m) => at < m.end && at + f.length > m.start)) mentions.push({ start: at, end: at + f.length, text: f });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `p${i}`, name: e.name, aliases: e.aliases ?? [], roles: e.roles ?? [], mentions, specialist: !!e.roles?.length, kind: e.org ? 'organization' : 'person' };
  });
}


/** A table row for the attribution rule tests: paragraphs in, one expected speaker per quote. */
export interface SpeakerCase {
  name: string;
  paragraphs: string[];
  lang?: string;
  people?: { name: string; aliases?: string[]; roles?: string[]; org?: boolean }[];
  /** Indexes of paragraphs that are one block quote (one quote group): quotes without marks. */
  blockquote?: number[];
  /** Indexes of paragraphs that are subheadings. */
  headings?: number[];
  /** The block quote's last paragraph is its signature: no quote span (the quotes module drops it). */
  signed?: boolean;
  speakers: (string | null)[];
}

/** The speakers attributeQuotes gives a case's quotes (checking first that the quotes are as many as expected). */
export function speakersOf(c: SpeakerCase): (string | null)[] {
  const article = blocksFromParagraphs(c.paragraphs);
  for (const b of c.blockquote ?? []) Object.assign(article.blocks[b], { kind: 'blockquote', quoteGroup: 1 });
  for (const b of c.headings ?? []) Object.assign(article.blocks[b], { kind: 'heading' });
  const quotes = spans(article).filter((q) => !c.blockquote?.includes(q.blockIndex));
  const quoted = c.signed ? c.blockquote?.slice(0, -1) : c.blockquote;
  for (const b of quoted ?? []) quotes.push({ start: article.blocks[b].start, end: article.blocks[b].end, kind: 'blockquote', blockIndex: b });
  quotes.sort((a, b) => a.start - b.start);
  expect(quotes).toHaveLength(c.speakers.length);
  return attributeQuotes(article, quotes, people(article, c.people ?? []), c.lang ?? 'en').map(shownSpeaker);
}
