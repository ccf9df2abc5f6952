import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/article/extract';
import { recurrenceCounter } from '../../lib/quotes/detect';
import { fixture, parseDoc } from '../helpers';

// Past a few phrases the counter reads only the paragraphs indexed under a phrase's rarest inner
// word (words under four characters are not indexed). Every count must be what reading all the
// running paragraphs gives.
describe('recurrenceCounter', () => {
  it.each(['guardian-1.html', 'liberation-1.html', 'seed-000.html'])('counts as reading every paragraph would (%s)', (name) => {
    const { blocks } = extractArticle(parseDoc(fixture(name)))!;
    const running = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item');
    // Phrases of one to four words from the text, some of only short words ("in the"), some spanning
    // a word's end ("he sai"), and one no paragraph holds.
    const words = running.flatMap((b) => b.text.split(' '));
    const phrases = ['of the', 'in a', 'xq zzz unheard phrase'];
    for (let i = 0; i + 4 < words.length && phrases.length < 120; i += 7) phrases.push(words.slice(i, i + 1 + (i % 4)).join(' '), words.slice(i, i + 3).join(' ').slice(0, -2));
    const count = recurrenceCounter(blocks);
    const counts = phrases.map((p) => count(p));
    expect(counts).toEqual(phrases.map((p) => running.filter((b) => b.text.includes(p)).length));
    expect(counts.filter((n) => n > 1).length).toBeGreaterThan(3);
  });
});
