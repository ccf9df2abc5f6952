import { describe, expect, it } from 'vitest';
import { speakersOf, type SpeakerCase } from './helpers';

// A phrase a lower-case preposition opens is no subject, even with a name in it: the speaker of
// `“…” for Clinton, said Kunin` is after the verb.
const cases: SpeakerCase[] = [
  {
    name: 'a prepositional phrase before an inverted verb',
    paragraphs: ['“This will be a challenge” for Dana Whitfield, said Marc Oduya. “She can never win the north,” she said.'],
    people: [{ name: 'Dana Whitfield' }, { name: 'Marc Oduya' }],
    speakers: ['Marc Oduya', 'Marc Oduya'],
  },
  {
    name: 'after the verb: a phrase with a name inside it, lower-case words after the name',
    paragraphs: ['Dana Whitfield denounced the remarks as “hurtful and humiliating” and warned of the global implications a Marc Oduya presidency would have.'],
    people: [{ name: 'Dana Whitfield' }, { name: 'Marc Oduya' }],
    speakers: ['Dana Whitfield'],
  },
  // Must not fire: a lower-case particle opens a name; an inverted subject closes the phrase after
  // the verb.
  {
    name: 'an inverted subject after a prepositional phrase',
    lang: 'fr',
    paragraphs: ['« La situation est exceptionnelle et nous ne pouvons plus attendre », a déclaré à l’AFP le ministre Jean Dupont.'],
    people: [{ name: 'Jean Dupont', roles: ['ministre'] }],
    speakers: ['Jean Dupont'],
  },
  {
    name: 'a name’s particle is no preposition',
    paragraphs: ['Bill de Blasio spoke in the morning. “We will build it,” de Blasio said.'],
    people: [{ name: 'Bill de Blasio', aliases: ['de Blasio'] }],
    speakers: ['Bill de Blasio'],
  },
];

describe('attribution: a phrase a preposition opens is no subject', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(speakersOf(c)).toEqual(c.speakers);
  });
});

// A sentence's one opening word, set off by commas before an apposition, is the subject
// ("Fiorina, speaking to Iowans, said"), unless it is a connector.
const openers: SpeakerCase[] = [
  {
    name: 'a surname opens the sentence before a participle apposition',
    paragraphs: ['Dana Whitfield spoke after the vote. Whitfield, speaking to Iowans, said, “Last time I looked, you had not started voting yet.”'],
    people: [{ name: 'Dana Whitfield', aliases: ['Whitfield'] }],
    speakers: ['Dana Whitfield'],
  },
];

describe('attribution: a one-word sentence opener before an apposition', () => {
  it.each(openers.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(speakersOf(c)).toEqual(c.speakers);
  });
});
