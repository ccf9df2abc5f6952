import { describe, expect, it } from 'vitest';
import { speakersOf, type SpeakerCase } from './helpers';

// GUIDELINES: words an unnamed spokesperson of a named organisation gives are the organisation's,
// under the name the article gives it; a spokesperson of no named organisation is nobody's.
const cases: SpeakerCase[] = [
  {
    name: 'the organisation before the noun',
    paragraphs: ['“We are closing three offices this week,” a WeWork spokesperson said on Monday.'],
    speakers: ['WeWork'],
  },
  {
    name: 'the organisation after the noun',
    paragraphs: ['“We are closing three offices this week,” a spokesperson for WeWork said on Monday.'],
    speakers: ['WeWork'],
  },
  {
    name: 'German, with a word that only says it is a firm',
    lang: 'de',
    paragraphs: ['„Wir schließen drei Büros in dieser Woche“, sagte eine Sprecherin des Unternehmens Gegenbauer.'],
    speakers: ['Gegenbauer'],
  },
  {
    name: 'Spanish, after an indefinite article',
    lang: 'es',
    paragraphs: ['“Es prematuro decir que la Antártida ha superado los 20 grados”, dijo un portavoz de la Organización Meteorológica Mundial.'],
    speakers: ['Organización Meteorológica Mundial'],
  },
  {
    name: 'French',
    lang: 'fr',
    paragraphs: ['« Nous fermons trois bureaux cette semaine », a indiqué un porte-parole de la SNCF.'],
    speakers: ['SNCF'],
  },
  // Must not fire: no organisation named in the phrase.
  {
    name: 'a spokesperson of nobody named',
    paragraphs: ['“We are closing three offices this week,” a spokesperson said on Monday.'],
    speakers: [null],
  },
  {
    name: 'a generic noun for the organisation',
    lang: 'es',
    paragraphs: ['“Es prematuro decir que la Antártida ha superado los 20 grados”, dijo a este diario un portavoz de la organización.'],
    speakers: [null],
  },
];

describe('attribution: an unnamed spokesperson speaks for the organisation the phrase names', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(speakersOf(c)).toEqual(c.speakers);
  });
});
