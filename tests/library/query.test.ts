import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterChoices, intersectOrdered, isFiltered, loadNotesForExport, matchingIds, pagesBySite, pagesOf, readRows, timeRange, type LibraryFilter } from '../../components/library/query';
import { bulkAddTag, bulkDelete } from '../../components/library/bulk';
import type { NotesDb } from '../../lib/storage/db';
import { addNote, type NoteInput } from '../../lib/storage/notes';
import { visitPage } from '../../lib/storage/pages';
import { freshDb, sel } from '../storage/fresh-db';

const A = 'https://bbc.example/news/smog';
const B = 'https://bbc.example/news/rail';
const C = 'https://guardian.example/world/smog';
const day = (d: string, h = 12) => new Date(`${d}T${String(h).padStart(2, '0')}:00:00`).getTime();

// id, page, text, note, tags, kind, verdict, speaker, created
const NOTES: Array<[string, string, string, string, string[], NoteInput['kind'], string | null, string | null, number]> = [
  ['n1', A, 'The air is toxic', 'check the WHO figures', ['Health'], 'quote', null, 'Anna Nowak', day('2024-03-01')],
  ['n2', A, 'Smog killed 18,000 people', '', ['Health', 'Figures'], 'claim', 'false', null, day('2024-03-02')],
  ['n3', B, 'Trains will run on time', 'promise', ['Transport'], 'claim', 'unchecked', null, day('2024-03-03')],
  ['n4', C, 'Act now on the climate', 'strong words', [], 'quote', null, 'Anna Nowak', day('2024-03-04', 0)],
  ['n5', C, 'We will cut emissions', '', ['Climate'], 'quote', null, 'John Smith', day('2024-03-05')],
];

let db: NotesDb;
beforeAll(async () => {
  db = freshDb('library-query');
  await visitPage(db, { url: A, title: 'Smog', site: 'BBC News' }, 1);
  await visitPage(db, { url: B, title: 'Rail', site: 'BBC News' }, 1);
  await visitPage(db, { url: C, title: 'Smog again', site: null }, 1);
  for (const [id, pageUrl, text, note, tags, kind, verdict, speaker, at] of NOTES) {
    const r = await addNote(db, { pageUrl, selectors: sel(text), note, tags, kind, verdict: verdict as NoteInput['verdict'], speaker }, at, () => id);
    if (!r.ok) throw new Error(r.error.detail);
  }
  // A deleted note never shows.
  await addNote(db, { pageUrl: A, selectors: sel('toxic deleted'), kind: 'note' }, day('2024-03-06'), () => 'gone');
  await bulkDelete(db, ['gone']);
});

const f = (patch: Partial<LibraryFilter>): LibraryFilter => ({ ...EMPTY_FILTER, ...patch });

describe('library queries', () => {
  it.each([
    ['everything, newest first', f({}), ['n5', 'n4', 'n3', 'n2', 'n1']],
    ['a word of a quote', f({ text: 'toxic' }), ['n1']],
    ['a word of a note, unfinished', f({ text: 'promi' }), ['n3']],
    ['two words, accents and case folded', f({ text: 'SMOG kílled' }), ['n2']],
    ['a tag', f({ tag: 'Health' }), ['n2', 'n1']],
    ['a site by its name', f({ site: 'BBC News' }), ['n3', 'n2', 'n1']],
    ['a site by its host name', f({ site: 'guardian.example' }), ['n5', 'n4']],
    ['a verdict', f({ verdict: 'false' }), ['n2']],
    ['a speaker', f({ speaker: 'Anna Nowak' }), ['n4', 'n1']],
    ['a day range (both days included, local midnight)', f({ from: '2024-03-02', to: '2024-03-04' }), ['n4', 'n3', 'n2']],
    ['from a day on', f({ from: '2024-03-05' }), ['n5']],
    ['filters together', f({ speaker: 'Anna Nowak', site: 'BBC News' }), ['n1']],
    ['nothing matches', f({ text: 'zebra' }), []],
  ])('%s', async (_name, filter, expected) => {
    const { sites } = await filterChoices(db);
    expect(await matchingIds(db, filter, 'newest', sites)).toEqual(expected);
  });

  it.each([
    ['oldest', ['n1', 'n2', 'n3', 'n4', 'n5']],
    ['newest', ['n5', 'n4', 'n3', 'n2', 'n1']],
  ] as const)('sorts %s', async (sort, expected) => {
    expect(await matchingIds(db, EMPTY_FILTER, sort, new Map())).toEqual(expected);
  });

  it('offers the tags in use, the sites and the speakers', async () => {
    const c = await filterChoices(db);
    expect(c.tags).toEqual(['Climate', 'Figures', 'Health', 'Transport']);
    expect([...c.sites.keys()]).toEqual(['BBC News', 'guardian.example']);
    expect(c.speakers).toEqual(['Anna Nowak', 'John Smith']);
  });

  it('reads the rows on screen, and says when one is gone', async () => {
    const rows = await readRows(db, ['n1', 'missing']);
    expect(rows.get('n1')).toMatchObject({ ok: true, note: { text: 'The air is toxic' } });
    expect(rows.get('missing')).toMatchObject({ ok: false });
  });

  it('reads the pages of the first rows, each once, leaving out unknown ones', async () => {
    const pages = await pagesOf(db, [A, C, A, 'https://nowhere.example/x']);
    expect([...pages.keys()]).toEqual([A, C]);
    expect(pages.get(C)?.title).toBe('Smog again');
  });

  it('tags in bulk and undoes it', async () => {
    const r = await bulkAddTag(db, ['n3', 'n4', 'n5'], 'climate');
    expect(r.changed).toBe(2); // n5 has the tag already (as "Climate")
    expect(await matchingIds(db, f({ tag: 'Climate' }), 'newest', new Map())).toEqual(['n5', 'n4', 'n3']);
    await r.undo();
    expect(await matchingIds(db, f({ tag: 'Climate' }), 'newest', new Map())).toEqual(['n5']);
  });

  it('deletes in bulk and undoes it', async () => {
    const r = await bulkDelete(db, ['n1', 'n2']);
    expect(await matchingIds(db, EMPTY_FILTER, 'oldest', new Map())).toEqual(['n3', 'n4', 'n5']);
    await r.undo();
    expect(await matchingIds(db, EMPTY_FILTER, 'oldest', new Map())).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
  });
});

describe('filter helpers', () => {
  it.each([
    [f({}), false],
    [f({ text: '  ,, ' }), false],
    [f({ text: 'x' }), true],
    [f({ to: '2024-01-01' }), true],
  ])('isFiltered(%o) = %s', (filter, expected) => {
    expect(isFiltered(filter)).toBe(expected);
  });

  it.each([
    [{ from: null, to: null }, null],
    [{ from: 'junk', to: null }, null],
    [{ from: '2024-03-01', to: null }, { lower: new Date(2024, 2, 1).getTime(), upper: Number.MAX_SAFE_INTEGER }],
    [{ from: null, to: '2024-03-31' }, { lower: 0, upper: new Date(2024, 3, 1).getTime() }],
  ])('timeRange(%o)', (range, expected) => {
    expect(timeRange(range)).toEqual(expected);
  });

  it('intersects in sort order, without deleted ids, and stops at an empty set', () => {
    expect(intersectOrdered(['a', 'b', 'c', 'd'], [new Set(['d', 'b', 'c']), new Set(['b', 'd'])], new Set(['d']))).toEqual(['b']);
    expect(intersectOrdered(['a'], [new Set()], new Set())).toEqual([]);
  });

  it('groups pages by site name, falling back to the host without www', () => {
    const pages = [
      { url: 'https://www.example.org/a', site: null },
      { url: 'https://other.example/b', site: ' Other News ' },
      { url: 'https://example.org/c', site: null },
    ].map((p) => ({ ...p, title: '', byline: null, publishedTime: null, firstVisit: 0, lastVisit: 0 }));
    expect([...pagesBySite(pages)]).toEqual([
      ['example.org', ['https://www.example.org/a', 'https://example.org/c']],
      ['Other News', ['https://other.example/b']],
    ]);
  });
});

describe('loadNotesForExport', () => {
  it('exports the given notes oldest first, with their pages and the tags they use', async () => {
    const data = await loadNotesForExport(db, ['n3', 'n1']);
    expect(data.annotations.map((a) => a.id)).toEqual(['n1', 'n3']);
    expect(data.pages.map((p) => p.url).sort()).toEqual([A, B].sort());
    expect(data.tags.map((t) => t.name)).toEqual(['Health', 'Transport']);
  });
});
