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

/** Ezra Klein named, then two long paragraphs naming no one (more than the 700 characters a description reaches without paragraphs). */
const KLEIN_LONG_AGO = [
      'In his new book, Ezra Klein sets out to answer a simple question.',
      'Which is to say, why was the election so normal? ' + 'The vote was close in every state that mattered, and turnout was high among all groups of voters. '.repeat(3),
      'Turnout was high. ' + 'Polls were wrong about the margins in the industrial states and in the suburbs of the big cities. '.repeat(3),
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
    name: '"the Org founder suggests" reaches back a few paragraphs to the last person named, when no one is named since',
    paragraphs: [
      ...KLEIN_LONG_AGO,
      'The answer, the Vox founder suggests, is “the weight of polarization.”',
    ],
    people: [{ name: 'Ezra Klein', aliases: ['Klein'] }],
    speakers: ['Ezra Klein'],
  },
  {
    name: 'must not fire: the last person named is more paragraphs back than a description reaches',
    paragraphs: [
      ...KLEIN_LONG_AGO,
      'Polls were wrong.',
      'Pundits were wrong.',
      'The answer, the Vox founder suggests, is “the weight of polarization.”',
    ],
    people: [{ name: 'Ezra Klein', aliases: ['Klein'] }],
    speakers: [null],
  },
  {
    name: 'must not fire: a speech verb read from a noun after "the" ("the state") gives no subject to resolve',
    paragraphs: ['Tom Reyes chairs the board.', 'Residents pressed the county and the state, which funds the line, to ensure that it “honors the prior commitments.”'],
    people: [{ name: 'Tom Reyes' }],
    // No cue: the context's guess is withheld.
    speakers: ['withheld: Tom Reyes'],
  },
  {
    name: 'a speech-verb form after a possessor is a noun ("Trump’s comments", "his tweets"): the verb before it speaks',
    paragraphs: ['Dana Whitfield’s campaign shrugged off Marc Oduya’s comments, telling reporters, “Nobody asked for his endorsement.”'],
    people: [{ name: 'Dana Whitfield' }, { name: 'Marc Oduya' }],
    speakers: [null],
  },
  {
    name: 'a speech-verb form right before an auxiliary is a noun ("Kim\'s mental state is “…”")',
    paragraphs: ['South Korean President Park Geun-hye said Kim’s mental state is “spiraling out of control.”'],
    people: [{ name: 'Park Geun-hye' }, { name: 'Kim Jong Un', aliases: ['Kim'] }],
    speakers: ['Park Geun-hye'],
  },
  {
    name: 'fr: a sentence-initial "Le juge" is a noun: the block quote after "Le juge X ajoute" is X\'s',
    lang: 'fr',
    paragraphs: ['Anne Roy a porté plainte.', 'Le juge Paul Martin ajoute qu’il se récuse.', 'Bien que je n’aie pas eu à rendre de décisions, je me récuse.', 'Le juge en chef Eugène Ross nommera un remplaçant.'],
    blockquote: [2],
    people: [{ name: 'Anne Roy' }, { name: 'Paul Martin' }, { name: 'Eugène Ross' }],
    speakers: ['Paul Martin'],
  },
  {
    name: 'de: a long description opening the sentence ("Doch der Aktivist der … aus Chicago sagt") is the person just named',
    lang: 'de',
    paragraphs: ['Noch wartet Antonio Gutierrez ab. Doch der Aktivist der unabhängigen Mietergewerkschaft Autonomous Tenant Union (ATU) aus Chicago sagt auch: „Vermieter müssen verstehen.“'],
    people: [{ name: 'Antonio Gutierrez' }],
    speakers: ['Antonio Gutierrez'],
  },
  {
    name: 'must not fire (de): a long subject that does not open with an article is not read whole',
    lang: 'de',
    paragraphs: ['Noch wartet Antonio Gutierrez ab. Mitglieder der unabhängigen Mietergewerkschaft Autonomous Tenant Union (ATU) aus Chicago sagen auch: „Vermieter müssen verstehen.“'],
    people: [{ name: 'Antonio Gutierrez' }],
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
