import { describe, expect, it } from 'vitest';
import { speakersOf, type SpeakerCase } from './helpers';

// A verb is written in lower case inside a sentence: a capitalised cue word there belongs to a
// name or a heading ("the United States", "RED STATES OUTNUMBER BLUE") and reports no speech.
const cases: SpeakerCase[] = [
  {
    name: 'a name ending in a cue word is no cue',
    paragraphs: ['Dana Whitfield released a statement last week, insisting that the United States “must stop treating its islands like colonies.”'],
    people: [{ name: 'Dana Whitfield' }],
    speakers: ['Dana Whitfield'],
  },
  {
    // The reported words sit in Oduya's report (as the gold of such sentences has it).
    name: 'a place ending in a cue word is no cue after the quote',
    paragraphs: ['Marc Oduya said Dana Whitfield cast him as “divisive and wrong” for proposing a ban on imports entering the United States.'],
    people: [{ name: 'Marc Oduya' }, { name: 'Dana Whitfield' }],
    speakers: ['Marc Oduya'],
  },
  // Must not fire: a verb may open its sentence with a capital.
  {
    name: 'a sentence-initial verb is still a cue',
    paragraphs: ['Says Dana Whitfield: “We will build the bridge.”'],
    people: [{ name: 'Dana Whitfield' }],
    speakers: ['Dana Whitfield'],
  },
  {
    name: 'a verb after a quote’s closing mark is still a cue',
    paragraphs: ['“We will build the bridge.” Said Dana Whitfield, smiling.'],
    people: [{ name: 'Dana Whitfield' }],
    speakers: ['Dana Whitfield'],
  },
];

describe('attribution: capitalised cue words inside a sentence', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(speakersOf(c)).toEqual(c.speakers);
  });
});
