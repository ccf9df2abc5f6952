import { describe, expect, it } from 'vitest';
import { speakersOf, type SpeakerCase } from './helpers';

/**
 * A quote in a subheading opens a section: it continues no quote before it, and when the body
 * quotes the same words, the body quote's speaker is its speaker. Each table holds a case where
 * the rule must not fire.
 */
const cases: SpeakerCase[] = [
  {
    name: 'a subheading quoting the body takes the body quote’s speaker, not the previous section’s',
    lang: 'de',
    paragraphs: [
      '„Eine Frau hat neulich hundert Masken genäht“, sagt Frankenstein.',
      '„Es darf sich nicht die ganze Herde infizieren“',
      'In der Backstube ist es eng. „Es darf sich nicht die ganze Herde infizieren“, sagt Karsten Berning.',
    ],
    headings: [1],
    people: [{ name: 'Matthias Frankenstein', aliases: ['Frankenstein'] }, { name: 'Karsten Berning', aliases: ['Berning'] }],
    speakers: ['Matthias Frankenstein', 'Karsten Berning', 'Karsten Berning'],
  },
  {
    name: 'must not fire: a subheading quote the body does not repeat continues no one',
    lang: 'de',
    paragraphs: ['„Eine Frau hat neulich hundert Masken genäht“, sagt Frankenstein.', '„Alle halten Abstand im Betrieb“', 'In der Backstube ist es eng.'],
    headings: [1],
    people: [{ name: 'Matthias Frankenstein', aliases: ['Frankenstein'] }],
    // No speaker: the context's guess is withheld (shown with its candidate).
    speakers: ['Matthias Frankenstein', 'withheld: Matthias Frankenstein'],
  },
  {
    name: 'must not fire: a one-word catchword echoes nobody',
    paragraphs: ['“No,” said Ann Lee.', '“No”', 'The talks went on.'],
    headings: [1],
    people: [{ name: 'Ann Lee' }],
    speakers: ['Ann Lee', 'withheld: Ann Lee'],
  },
];

describe('quotes in subheadings', () => {
  it.each(cases)('$name', (c) => expect(speakersOf(c)).toEqual(c.speakers));
});

/**
 * A first-person quote opening its paragraph, one paragraph after a quote with a speaker, when the
 * paragraph between names no one: the same speaker goes on.
 */
const resumed: SpeakerCase[] = [
  {
    name: 'a first-person quote after one paragraph naming no one resumes the speaker before',
    paragraphs: ['Varadkar explained: “They were proposing a circuit break.”', 'In short, it would see all but essential workplaces closed.', '“We asked for comfort that four weeks would be enough.”'],
    people: [{ name: 'Leo Varadkar', aliases: ['Varadkar'] }],
    speakers: ['Leo Varadkar', 'Leo Varadkar'],
  },
  {
    name: 'a later sentence of its paragraph with a cue reports something else and does not stop it',
    paragraphs: ['Brian Manning added, “A devaluation will raise costs.”', 'This includes food, education and medicine.', '“What we would like to do is target the less productive sectors.” Manning reminded senators that VAT was added.'],
    people: [{ name: 'Brian Manning', aliases: ['Manning'] }],
    speakers: ['Brian Manning', 'Brian Manning'],
  },
  {
    name: 'must not fire: the paragraph between names someone',
    paragraphs: ['Varadkar explained: “They were proposing a circuit break.”', 'Mary Lou McDonald disagreed with the plan.', '“We asked for comfort that four weeks would be enough.”'],
    people: [{ name: 'Leo Varadkar', aliases: ['Varadkar'] }, { name: 'Mary Lou McDonald' }],
    speakers: ['Leo Varadkar', 'withheld: Mary Lou McDonald'],
  },
  {
    name: 'must not fire: a quote with no first-person word',
    paragraphs: ['Varadkar explained: “They were proposing a circuit break.”', 'In short, it would see all but essential workplaces closed.', '“Four weeks would not be enough.”'],
    people: [{ name: 'Leo Varadkar', aliases: ['Varadkar'] }],
    speakers: ['Leo Varadkar', null],
  },
];

describe('a speaker resumed after a paragraph naming no one', () => {
  it.each(resumed)('$name', (c) => expect(speakersOf(c)).toEqual(c.speakers));
});
