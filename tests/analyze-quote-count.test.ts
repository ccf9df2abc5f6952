import { describe, expect, it } from 'vitest';
import type { Quote } from '../lib/analysis-schema';
import { quoteCounter } from '../lib/analyze';
import { sameName } from '../lib/people/names';

const quote = (speaker: string | null): Quote => ({
  id: 'q', text: 'words', kind: 'marks', speaker, speakerMention: null, speakerRole: null, cue: null,
  anchor: { exact: 'words', prefix: '', suffix: '', start: 0, end: 5 },
});

// Speakers of our own: full names, surnames alone, an initial that disagrees, folded spellings.
const speakers = ['Marta Kowalczyk', 'Kowalczyk', 'Piotr Kowalczyk', 'Jan Novák', 'Novak', 'Dr. Jan Novák', null, 'Vasiliy Orlov', 'Vasily Orlov', 'Orlova', 'Anne-Marie Dubois-Leroy'];
const quotes = speakers.map(quote);

describe('quoteCounter', () => {
  it.each([
    ['Marta Kowalczyk', 2],
    ['Kowalczyk', 3],
    ['Piotr Kowalczyk', 2],
    ['Jan Novák', 2], // 'Dr. Jan Novák' folds to an initial d,
    ['Vasily Orlov', 2],
    ['Orlova', 1],
    ['Dubois-Leroy', 0], // hyphens split words: the initials d and a disagree,
    ['Somebody Else', 0],
    ['', 0],
  ])('%s spoke %i of the quotes', (name, count) => {
    expect(quoteCounter(quotes)(name)).toBe(count);
  });

  it('counts what sameName would, for every pair', () => {
    const count = quoteCounter(quotes);
    for (const name of speakers.filter((s): s is string => !!s)) {
      expect(count(name)).toBe(quotes.filter((q) => q.speaker && sameName(q.speaker, name)).length);
    }
  });
});
