import { describe, expect, it } from 'vitest';
import { pronounGenders } from '../../lib/attribution/gender';
import type { Person } from '../../lib/people/types';
import { speakersOf } from './helpers';

/** The genders the pronouns of `paragraphs` show for each named person. */
function shown(paragraphs: string[], names: string[]): Record<string, string | null> {
  const text = paragraphs.join('\n\n');
  const people: Person[] = names.map((name, i) => ({ id: `p${i}`, name, aliases: [], roles: [], mentions: [], specialist: false, kind: 'person' }));
  const mentions: { start: number; person: Person }[] = [];
  for (const p of people) for (let at = text.indexOf(p.name); at >= 0; at = text.indexOf(p.name, at + 1)) mentions.push({ start: at, person: p });
  mentions.sort((a, b) => a.start - b.start);
  const genders = pronounGenders(text, mentions);
  return Object.fromEntries(people.map((p) => [p.name, genders.get(p) ?? null]));
}

describe('pronounGenders: what the article’s own pronouns show', () => {
  it.each([
    ['a sentence opening with "She" after one whose subject is the person', ['Warren, who avoids attacks, makes an exception for Bloomberg. She compares him to Trump.'], { Warren: 'f', Bloomberg: null }],
    ['"he" later in a sentence naming one person only', ['Bloomberg’s campaign countered that he fought redlining.'], { Warren: null, Bloomberg: 'm' }],
    ['not in a sentence with a quote: that pronoun is the one to resolve', ['Bloomberg’s presence will give voters “a live demonstration,” she said.'], { Warren: null, Bloomberg: null }],
    ['not when the sentence names two people', ['Warren met Bloomberg before he left.'], { Warren: null, Bloomberg: null }],
    ['votes for both genders give none', ['Warren spoke first. She was brief.', 'Warren left early. He was tired.'], { Warren: null, Bloomberg: null }],
    // Inner pronouns are whole lower-case words: not "He" in capitals, not the start of "shed" or "hence".
    ['not a capitalised or a longer word', ['Bloomberg said that He-Man shed nothing, hence the theme.'], { Warren: null, Bloomberg: null }],
    ['a pronoun of another script, between non-Latin letters', ['Bloomberg сказал, что она придёт.'], { Warren: null, Bloomberg: 'f' }],
  ])('%s', (_, paragraphs, expected) => {
    expect(shown(paragraphs, ['Warren', 'Bloomberg'])).toEqual(expected);
  });
});

describe('"she said" skips a man the article shows to be one', () => {
  it.each([
    {
      name: 'Bloomberg is "he" in the article, so "she said" after his name is Warren',
      paragraphs: [
        'Sen. Elizabeth Warren quickly accused Bloomberg of arguing for banks. Bloomberg’s campaign countered that he fought redlining.',
        'Warren, who avoids personal attacks, makes an exception for Bloomberg. She compares him to Trump. Bloomberg’s presence in the debate will give voters “a live demonstration,” she said.',
      ],
      people: [{ name: 'Elizabeth Warren', aliases: ['Warren'] }, { name: 'Michael Bloomberg', aliases: ['Bloomberg'] }],
      speakers: ['Elizabeth Warren'],
    },
    {
      name: 'must not fire: with no pronoun evidence, "she said" keeps the nearest person',
      paragraphs: ['Warren met Bloomberg. Bloomberg’s presence in the debate will give voters “a live demonstration,” she said.'],
      people: [{ name: 'Elizabeth Warren', aliases: ['Warren'] }, { name: 'Michael Bloomberg', aliases: ['Bloomberg'] }],
      speakers: ['Michael Bloomberg'],
    },
  ])('$name', (c) => expect(speakersOf(c)).toEqual(c.speakers));
});
