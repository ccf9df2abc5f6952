import { describe, expect, it } from 'vitest';
import { blocksFromParagraphs } from '../../lib/article/blocks';
import { attributeQuotes } from '../../lib/attribution/attribute';
import { shownSpeaker } from '../../lib/attribution/trace';
import { people, spans } from './helpers';

interface Case {
  name: string;
  lang: string;
  paragraphs: string[];
  people?: { name: string; aliases?: string[] }[];
  speakers: (string | null)[];
  sieves?: (string | null)[];
}

const cases: Case[] = [
  {
    name: 'Konjunktiv II where Konjunktiv I would read as the indicative ("würden")',
    lang: 'de',
    paragraphs: ['„Wir liefern mehr denn je“, sagte Jonas Riedl.', 'Vor 2028 würden Airbus und Boeing „kaum neue Flugzeuge bauen“.'],
    people: [{ name: 'Jonas Riedl', aliases: ['Riedl'] }],
    speakers: ['Jonas Riedl', 'Jonas Riedl'],
    sieves: ['cue-after', 'reported-mood'],
  },
  {
    name: 'Konjunktiv I after a heading goes on reporting the speaker last quoted',
    lang: 'de',
    paragraphs: ['„Wir liefern mehr denn je“, sagte Konzernchef Jonas Riedl.', '## Ausblick', 'Der Markt sei „größer als vor der Krise“.'],
    people: [{ name: 'Jonas Riedl', aliases: ['Riedl'] }],
    speakers: ['Jonas Riedl', 'Jonas Riedl'],
    sieves: ['cue-after', 'reported-mood'],
  },
  {
    name: 'the mood verb after the quote in the same sentence',
    lang: 'de',
    paragraphs: ['„Wir liefern mehr denn je“, sagte Jonas Riedl.', 'Beim Umbau der Werke gehe es um „eine weite Reise“, das habe Zeit.'],
    people: [{ name: 'Jonas Riedl', aliases: ['Riedl'] }],
    speakers: ['Jonas Riedl', 'Jonas Riedl'],
    sieves: ['cue-after', 'reported-mood'],
  },
  {
    name: 'a quote that is a whole sentence, between sentences in the reported mood',
    lang: 'de',
    paragraphs: ['„Wir liefern mehr denn je“, sagte Jonas Riedl.', '## Ausblick', 'Der Umbau ist fertig. „Das steht auf der Agenda.“ Die Reise sei lang.'],
    people: [{ name: 'Jonas Riedl' }],
    speakers: ['Jonas Riedl', 'Jonas Riedl'],
    sieves: ['cue-after', 'reported-mood'],
  },
  {
    name: 'not when another person is named in between',
    lang: 'de',
    paragraphs: ['„Wir liefern mehr denn je“, sagte Jonas Riedl.', 'Vera Lange leitet den Betriebsrat.', 'Der Markt sei „größer als vor der Krise“.'],
    people: [{ name: 'Jonas Riedl' }, { name: 'Vera Lange' }],
    // The paragraph before names Vera Lange: a guess, withheld (she speaks nowhere).
    speakers: ['Jonas Riedl', 'withheld: Vera Lange'],
  },
  {
    name: 'not in the indicative',
    lang: 'de',
    paragraphs: ['„Wir liefern mehr denn je“, sagte Jonas Riedl.', '## Ausblick', 'Der Markt ist „größer als vor der Krise“.'],
    people: [{ name: 'Jonas Riedl' }],
    speakers: ['Jonas Riedl', null],
  },
  {
    name: 'not a capitalised noun that looks like the mood verb',
    lang: 'de',
    paragraphs: ['„Wir liefern mehr denn je“, sagte Jonas Riedl.', '## Ausblick', 'Die Habe der Firma ist „größer als vor der Krise“.'],
    people: [{ name: 'Jonas Riedl' }],
    speakers: ['Jonas Riedl', null],
  },
  {
    name: 'not after a quote whose source was left unnamed',
    lang: 'de',
    paragraphs: ['„Wir liefern mehr denn je“, sagte Jonas Riedl.', '„Das stimmt nicht“, sagte ein Mitarbeiter.', '## Ausblick', 'Der Markt sei „kleiner als vor der Krise“.'],
    people: [{ name: 'Jonas Riedl' }],
    speakers: ['Jonas Riedl', null, null],
  },
  {
    name: 'a language without a reported-speech mood list never fires',
    lang: 'en',
    paragraphs: ['“We deliver more than ever,” said Jonas Riedl.', '## Outlook', 'The market sei “bigger than before the crisis”.'],
    people: [{ name: 'Jonas Riedl' }],
    speakers: ['Jonas Riedl', null],
  },
];

describe('reported-mood sieve', () => {
  it.each(cases)('$name', (c) => {
    const article = blocksFromParagraphs(c.paragraphs.map((p) => p.replace(/^## /, '')));
    c.paragraphs.forEach((p, i) => {
      if (p.startsWith('## ')) article.blocks[i].kind = 'heading';
    });
    const quotes = spans(article);
    expect(quotes).toHaveLength(c.speakers.length);
    const result = attributeQuotes(article, quotes, people(article, c.people ?? []), c.lang);
    expect(result.map(shownSpeaker)).toEqual(c.speakers);
    if (c.sieves) expect(result.map((a) => a.sieve)).toEqual(c.sieves);
  });
});
