import { describe, expect, it } from 'vitest';
import { speakersOf, type SpeakerCase } from './helpers';

// Verbs of judging ("dismissed … as “…”", "condemned … as “…”") quote their subject's words when
// the clause has no speech cue; the name after one is its object.
const fires: SpeakerCase[] = [
  {
    name: 'a name, the verb, its object and the quote',
    paragraphs: ['In July, Dana Whitfield dismissed the old port as being “a relic of another age.”'],
    people: [{ name: 'Dana Whitfield' }],
    speakers: ['Dana Whitfield'],
  },
  {
    name: 'a participle after a comma: the main clause subject judges',
    paragraphs: ['Marc Oduya fired back in March, attacking Whitfield for “the greed and the showing off” of her campaign.'],
    people: [{ name: 'Marc Oduya' }, { name: 'Dana Whitfield', aliases: ['Whitfield'] }],
    speakers: ['Marc Oduya'],
  },
  {
    name: 'a verb of promising takes quoted words as its object',
    paragraphs: ['Dana Whitfield is promising lower taxes and “jobs, jobs, jobs,” but she has also sharpened her attacks.'],
    people: [{ name: 'Dana Whitfield' }],
    speakers: ['Dana Whitfield'],
  },
];

const abstains: SpeakerCase[] = [
  {
    name: 'the object of a preposition before the verb is no subject',
    paragraphs: ['In January, the governor of Ruritania lauded Marc Oduya for helping develop “new and innovative ideas.”'],
    people: [{ name: 'Marc Oduya' }],
    speakers: [null],
  },
  {
    name: 'a subordinate clause, then a new subject and a comma before the quote',
    paragraphs: ['After Dana Whitfield criticized Marc Oduya during a debate, the mayor shot back, “I chose to work.”'],
    people: [{ name: 'Dana Whitfield' }, { name: 'Marc Oduya' }],
    speakers: [null],
  },
  {
    name: 'a description, not a name, before the verb',
    paragraphs: ['The petition accuses Dana Whitfield of “attempting to bully” the harbour staff.'],
    people: [{ name: 'Dana Whitfield' }],
    speakers: [null],
  },
  {
    name: 'the verb form after an article is a noun',
    paragraphs: ['After the Harbour attacks “nothing was safe” in the old town.'],
    speakers: [null],
  },
];

// Quotes joined by "and" are objects of the verb before the first: its subject said them all.
const coordinated: SpeakerCase[] = [
  {
    name: 'a quote joined by "and" to one with a cue before it takes that speaker over a cue after it',
    paragraphs: ['Dana Whitfield warned of “a rigged system” and “wounded families” and “struggling citizens,” Marc Oduya said, nodding along.'],
    people: [{ name: 'Dana Whitfield' }, { name: 'Marc Oduya' }],
    speakers: ['Dana Whitfield', 'Dana Whitfield', 'Marc Oduya'],
  },
  {
    name: 'a verb after the last quote that says its own words ("said yes") leaves the chain to the first speaker',
    paragraphs: ['As Dana Whitfield went on about “a rigged system,” and “wounded families” and “struggling citizens,” Marc Oduya said yes, yes, over and over again.'],
    people: [{ name: 'Dana Whitfield' }, { name: 'Marc Oduya' }],
    speakers: ['Dana Whitfield', 'Dana Whitfield', 'Dana Whitfield'],
  },
];

describe('judging verbs', () => {
  it.each(fires)('finds: $name', (c) => expect(speakersOf(c)).toEqual(c.speakers));
  it.each(abstains)('does not overreach: $name', (c) => expect(speakersOf(c)).toEqual(c.speakers));
});

describe('coordinated quotes', () => {
  it.each(coordinated)('$name', (c) => expect(speakersOf(c)).toEqual(c.speakers));
});
