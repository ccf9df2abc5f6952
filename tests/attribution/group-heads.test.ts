import { describe, expect, it } from 'vitest';
import { speakersOf, type SpeakerCase } from './helpers';

// A name modifying a plural head noun ("Trump supporters", "Obama administration officials") is
// not the speaker: the group is, and it is unnamed.
const cases: SpeakerCase[] = [
  {
    name: 'followers named by their leader',
    paragraphs: ['Dana Whitfield held a rally. Whitfield supporters said the city was “going in the wrong direction entirely.”'],
    people: [{ name: 'Dana Whitfield', aliases: ['Whitfield'] }],
    speakers: [null],
  },
  {
    name: 'officials of a person’s administration',
    paragraphs: ['Dana Whitfield met the press. Whitfield administration officials said the plan was “dead on arrival in the council.”'],
    people: [{ name: 'Dana Whitfield', aliases: ['Whitfield'] }],
    speakers: [null],
  },
  {
    name: 'a role noun’s plural',
    paragraphs: ['Dana Whitfield met the press. Whitfield aides said the plan was “dead on arrival in the council.”'],
    people: [{ name: 'Dana Whitfield', aliases: ['Whitfield'] }],
    speakers: [null],
  },
  // Must not fire: an adverb after the name; a plural that is the verb's object.
  {
    name: 'an adverb after the name',
    paragraphs: ['Dana Whitfield met the press. Whitfield always says the plan is “dead on arrival in the council.”'],
    people: [{ name: 'Dana Whitfield', aliases: ['Whitfield'] }],
    speakers: ['Dana Whitfield'],
  },
  {
    name: 'a plural object of the verb',
    paragraphs: ['Whitfield rallied supporters by warning that “the rule of the council is in danger.”'],
    people: [{ name: 'Dana Whitfield', aliases: ['Whitfield'] }],
    speakers: ['Dana Whitfield'],
  },
];

describe('attribution: a name modifying a plural head names a group', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(speakersOf(c)).toEqual(c.speakers);
  });
});
