import { describe, expect, it } from 'vitest';
import { speakersOf, type SpeakerCase } from './helpers';

// A participle cue after a comma ("…, saying, “…”") has no subject of its own: it takes the main
// clause's, when a name or a third-person pronoun opens the sentence before its verb.
const fires: SpeakerCase[] = [
  {
    name: 'an opening phrase, then the name and its verb: the main subject speaks',
    paragraphs: ['During a speech on Friday, Dana Whitfield attacked Marc Oduya for his record on the port, saying, “He has never built anything.”'],
    people: [{ name: 'Dana Whitfield' }, { name: 'Marc Oduya' }],
    speakers: ['Dana Whitfield'],
  },
  {
    name: 'a cue verb earlier in the sentence, not right before the comma: still the main subject',
    paragraphs: ['Dana Whitfield told the audience that the city must rebuild its docks before the winter, saying that “the port comes first” in any budget.'],
    people: [{ name: 'Dana Whitfield' }],
    speakers: ['Dana Whitfield'],
  },
  {
    name: 'calling someone something is saying it',
    paragraphs: ['In a press conference, Dana Whitfield launched an attack against Marc Oduya, calling him “the worst mayor in our history.”'],
    people: [{ name: 'Dana Whitfield' }, { name: 'Marc Oduya' }],
    speakers: ['Dana Whitfield'],
  },
  {
    name: 'a pronoun opens the sentence: it refers back to the person',
    paragraphs: ['Dana Whitfield spoke first. She then defended the plan, saying, “It pays for itself.”'],
    people: [{ name: 'Dana Whitfield' }],
    speakers: ['Dana Whitfield'],
  },
];

const abstains: SpeakerCase[] = [
  {
    name: 'a thing opens the sentence: no one',
    paragraphs: ['The plan that Dana Whitfield drafted passed on Friday, adding “a new port” to the budget.'],
    people: [{ name: 'Dana Whitfield' }],
    speakers: [null],
  },
  {
    name: 'a possessor opens the sentence: not the possessor',
    paragraphs: ['Dana Whitfield’s budget chief took questions for an hour on Friday night, adding, “We will sign.”'],
    people: [{ name: 'Dana Whitfield' }],
    speakers: [null],
  },
  {
    name: 'a name before a role noun opens the sentence: not that name',
    paragraphs: ['Whitfield spokesman Marc Oduya took questions for an hour on Friday night, adding, “We will sign.”'],
    people: [{ name: 'Dana Whitfield', aliases: ['Whitfield'] }],
    speakers: [null],
  },
];

describe('participle cues', () => {
  it.each(fires)('finds: $name', (c) => expect(speakersOf(c)).toEqual(c.speakers));
  it.each(abstains)('does not overreach: $name', (c) => expect(speakersOf(c)).toEqual(c.speakers));
});
