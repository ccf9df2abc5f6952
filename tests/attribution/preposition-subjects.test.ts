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
