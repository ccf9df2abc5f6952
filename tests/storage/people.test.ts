import { beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/analysis-schema';
import type { NotesDb } from '../../lib/storage/db';
import { listPeople, peopleOfAnalysis, peopleOfPage, rolesAcrossPages, savePagePeople, surnameKey } from '../../lib/storage/people';
import { freshDb } from './fresh-db';

const anchor = { exact: '', prefix: '', suffix: '', start: 0, end: 0 };

function analysis(over: Partial<Analysis>): Analysis {
  return { version: 1, url: null, isArticle: true, title: 'A story', byline: null, siteName: null, lang: 'en', publishedTime: null, excerpt: null, textLength: 100, quotes: [], specialists: [], ...over };
}
const specialist = (name: string, roles: string[], quoteCount = 0, aliases: string[] = []) => ({ id: name, name, aliases, roles, quoteCount, mentions: [anchor] });
const quote = (text: string, speaker: string | null, speakerRole: string | null = null) => ({ id: text, text, kind: 'marks' as const, speaker, speakerMention: speaker, speakerRole, cue: 'said', anchor });

const BBC = 'https://bbc.example/news/smog';
const GUARDIAN = 'https://guardian.example/world/smog';

let db: NotesDb;
beforeEach(() => {
  db = freshDb('people-test');
});

describe('peopleOfAnalysis', () => {
  it('gives specialists their quotes and roles and adds named speakers who are not specialists', () => {
    const people = peopleOfAnalysis(
      analysis({
        specialists: [specialist('Anna Nowak', ['pulmonologist'], 1)],
        quotes: [quote('The air is toxic', 'Anna Nowak'), quote('We will act', 'John Smith', 'mayor'), quote('Soon', 'Smith'), quote('Unclear', null)],
      }),
    );
    expect(people).toEqual([
      { name: 'Anna Nowak', roles: ['pulmonologist'], specialist: true, quoteCount: 1, quotes: ['The air is toxic'] },
      { name: 'John Smith', roles: ['mayor'], specialist: false, quoteCount: 2, quotes: ['We will act', 'Soon'] },
    ]);
  });

  it.each([
    ['Anna Nowak', 'nowak'],
    ['Sergey Morozov', 'morozov'],
    ['Jean-Luc Picard', 'picard'],
    ['Łukasz Müller', 'muler'], // folding also merges doubled letters (Muller/Müller/Muler)
    ['Dr Anna Nowak', 'nowak'],
  ])('indexes %s under the surname %s', (name, key) => {
    expect(surnameKey(name)).toBe(key);
  });
});

describe('savePagePeople', () => {
  it('merges one expert across articles and keeps each article’s role', async () => {
    await savePagePeople(db, analysis({ title: 'Smog', siteName: 'BBC', specialists: [specialist('Anna Nowak', ['pulmonologist'])] }), { pageUrl: BBC }, 10);
    await savePagePeople(db, analysis({ title: 'Smog 2', siteName: 'Guardian', specialists: [specialist('Dr Anna Nowak', ['government adviser'])], quotes: [quote('Act now', 'Nowak')] }), { pageUrl: GUARDIAN }, 20);
    const { records, invalid } = await listPeople(db);
    expect(invalid).toEqual([]);
    expect(records).toHaveLength(1);
    const p = records[0];
    expect(p.pageUrls).toEqual([BBC, GUARDIAN]);
    expect(rolesAcrossPages(p).map((r) => [r.role, r.pages.map((a) => a.site)])).toEqual([
      ['pulmonologist', ['BBC']],
      ['government adviser', ['Guardian']],
    ]);
    expect(p.appearances[1].quotes).toEqual(['Act now']);
  });

  it('keeps two people with the same surname apart when their first names differ', async () => {
    await savePagePeople(db, analysis({ specialists: [specialist('Anna Nowak', ['pulmonologist'])] }), { pageUrl: BBC }, 1);
    await savePagePeople(db, analysis({ specialists: [specialist('Piotr Nowak', ['economist'])] }), { pageUrl: GUARDIAN }, 2);
    expect((await listPeople(db)).records.map((p) => p.name).sort()).toEqual(['Anna Nowak', 'Piotr Nowak']);
    // A lone surname cannot tell which of them is meant: it stays a person of its own.
    await savePagePeople(db, analysis({ quotes: [quote('Maybe', 'Nowak')] }), { pageUrl: 'https://third.example/a' }, 3);
    expect((await listPeople(db)).records).toHaveLength(3);
  });

  it('merges transliteration variants of a name', async () => {
    await savePagePeople(db, analysis({ specialists: [specialist('Andrei Stanevich', ['virologist'])] }), { pageUrl: BBC }, 1);
    await savePagePeople(db, analysis({ specialists: [specialist('Andrey Stanevych', ['professor'])] }), { pageUrl: GUARDIAN }, 2);
    const { records } = await listPeople(db);
    expect(records).toHaveLength(1);
    expect(records[0].appearances.map((a) => a.name)).toEqual(['Andrei Stanevich', 'Andrey Stanevych']);
  });

  it('replaces a page’s people when the page is saved again', async () => {
    await savePagePeople(db, analysis({ specialists: [specialist('Anna Nowak', ['pulmonologist']), specialist('Carl Berg', ['chemist'])] }), { pageUrl: BBC }, 1);
    await savePagePeople(db, analysis({ specialists: [specialist('Anna Nowak', ['professor'])] }), { pageUrl: BBC }, 2);
    const { records } = await peopleOfPage(db, BBC);
    expect(records.map((p) => [p.name, p.appearances.map((a) => a.roles)])).toEqual([['Anna Nowak', [['professor']]]]);
  });

  it.each([
    [{ query: 'nowak' }, ['Anna Nowak']],
    [{ query: 'MULLER' }, ['Eva Müller']],
    [{ specialistsOnly: true }, ['Anna Nowak']],
  ])('filters people with %o', async (q, names) => {
    await savePagePeople(db, analysis({ specialists: [specialist('Anna Nowak', ['pulmonologist'])], quotes: [quote('Hi', 'Eva Müller', 'minister')] }), { pageUrl: BBC }, 1);
    expect((await listPeople(db, q)).records.map((p) => p.name)).toEqual(names);
  });
});
