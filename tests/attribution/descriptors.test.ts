import { describe, expect, it } from 'vitest';
import { speakersOf, type SpeakerCase } from './helpers';

/**
 * A description of a named person is that person, never a name of its own: an apposition
 * ("X, the Vermont Democrat, said") or a later definite description ("the Idaho senator said").
 * Own short examples; each table holds a case where the rule must not fire.
 */
const appositions: SpeakerCase[] = [
  {
    name: '"Mr. X, the Place Party," is X, and a later "he" too',
    paragraphs: ['Senator Tom Hollis spoke first.', 'Mr. Hollis, the Vermont Democrat, called the plan “a gift to the banks.”', 'Later he called it “a fair deal.”'],
    people: [{ name: 'Tom Hollis', aliases: ['Hollis'], roles: ['Senator'] }],
    speakers: ['Tom Hollis', 'Tom Hollis'],
  },
  {
    name: '"X, the Place role noun," is X',
    paragraphs: ['Ruth Ames, the Idaho governor, said: “We will not raise taxes.”'],
    people: [{ name: 'Ruth Ames' }],
    speakers: ['Ruth Ames'],
  },
  {
    name: 'must not fire: an organisation set off by a comma after a name is not an apposition of it',
    paragraphs: ['Dana Pike met reporters, the Associated Press reported: “The talks failed.”'],
    people: [{ name: 'Dana Pike' }],
    speakers: ['Associated Press'],
  },
];

const definites: SpeakerCase[] = [
  {
    name: '"the Place role noun said" is the person named before',
    paragraphs: ['Senator Ruth Ames met the press.', '“We will vote no,” the Idaho senator said.'],
    people: [{ name: 'Ruth Ames', roles: ['Senator'] }],
    speakers: ['Ruth Ames'],
  },
  {
    name: '"said the Place Party" is the person named before',
    paragraphs: ['Senator Ruth Ames met the press.', '“We will vote no,” said the Idaho Republican.'],
    people: [{ name: 'Ruth Ames', roles: ['Senator'] }],
    speakers: ['Ruth Ames'],
  },
  {
    name: 'es: "según contó la integrante de …" is the person whose role has "integrante" as its second noun',
    lang: 'es',
    paragraphs: ['Laura Vidal, vecina del área e integrante de la ONG Protección Animal (PA), dijo que hay problemas.', 'El mayor problema es “el rumor de que se quiere achicar el área”, según contó la integrante de PA.'],
    people: [{ name: 'Laura Vidal', roles: ['vecina del área e integrante de la ONG Protección Animal'] }],
    speakers: ['Laura Vidal'],
  },
  {
    name: 'must not fire: "según contó la portavoz" when no one has that role',
    lang: 'es',
    paragraphs: ['Laura Vidal, vecina del área e integrante de la ONG Protección Animal (PA), dijo que hay problemas.', 'El mayor problema es “el rumor de que se quiere achicar el área”, según contó la portavoz.'],
    people: [{ name: 'Laura Vidal', roles: ['vecina del área e integrante de la ONG Protección Animal'] }],
    speakers: [null],
  },
  {
    name: 'must not fire: "the Place Noun" with no role head is a name (an organisation)',
    paragraphs: ['Senator Ruth Ames met the press.', '“The vote is off,” the Idaho Statesman reported.'],
    people: [{ name: 'Ruth Ames', roles: ['Senator'] }],
    speakers: ['Idaho Statesman'],
  },
];

describe('descriptions of a named person', () => {
  it.each(appositions)('appositions: $name', (c) => expect(speakersOf(c)).toEqual(c.speakers));
  it.each(definites)('definite descriptions: $name', (c) => expect(speakersOf(c)).toEqual(c.speakers));
});
