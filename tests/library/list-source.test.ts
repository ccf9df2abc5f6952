import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ListSource, openListSource } from '../../components/library/list-source';
import { EMPTY_FILTER, filterChoices, matchingIds, type LibraryFilter, type LibrarySort } from '../../components/library/query';
import type { NotesDb } from '../../lib/storage/db';
import { wordsOf } from '../../lib/storage/words';
import { freshDb } from '../storage/fresh-db';

/**
 * The lazy list source must list exactly what the full query lists, in the same order, whatever
 * the filters and sort, while reading only a page at a time (300 notes: several pages).
 */
const VOCAB = ['vaccine', 'vaccines', 'vaccination', 'nurses', 'budget', 'flood', 'court', 'rail'];
const TAGS = ['Health', 'Climate', 'Economy'];
const SPEAKERS = ['Anna Nowak', 'John Smith', null];
const VERDICTS = ['false', 'mixed', 'unchecked'] as const;
const N = 300;
const base = new Date(2024, 0, 1).getTime();
const HOUR = 3_600_000;

let db: NotesDb;
let sites: Map<string, string[]>;
beforeAll(async () => {
  db = freshDb('library-list-source');
  let seed = 11;
  const r = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
  await db.pages.bulkPut(Array.from({ length: 6 }, (_, i) => ({ url: `https://site${i % 3}.example/story/${i}`, title: `Story ${i}`, site: `Site ${i % 3}`, byline: null, publishedTime: null, firstVisit: 1, lastVisit: 1 })));
  const notes = Array.from({ length: N }, (_, i) => {
    const at = base + i * HOUR;
    const text = Array.from({ length: 2 + Math.floor(r() * 4) }, () => VOCAB[Math.floor(r() * VOCAB.length)]).join(' ');
    const kind = (['quote', 'claim', 'note'] as const)[i % 3];
    return {
      id: `${at.toString(36).padStart(9, '0')}-${i}`,
      pageUrl: `https://site${i % 3}.example/story/${i % 6}`,
      selectors: { quote: { type: 'TextQuoteSelector' as const, exact: text, prefix: '', suffix: '' } },
      text,
      note: '',
      tags: [TAGS[i % 3]],
      colour: null,
      kind,
      verdict: kind === 'claim' ? VERDICTS[i % VERDICTS.length] : null,
      evidence: [],
      speaker: kind === 'quote' ? SPEAKERS[i % 2] : null,
      createdAt: at,
      // Some notes changed later, so "recently changed" differs from "newest".
      updatedAt: i % 7 === 0 ? base + (N + i) * HOUR : at,
      deletedAt: i % 11 === 0 ? at + 1 : null,
      words: wordsOf(text),
    };
  });
  await db.annotations.bulkPut(notes);
  ({ sites } = await filterChoices(db));
});

const f = (patch: Partial<LibraryFilter>): LibraryFilter => ({ ...EMPTY_FILTER, ...patch });
const day = (i: number) => {
  const d = new Date(base + i * HOUR);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const FILTERS: Array<[string, LibraryFilter]> = [
  ['everything', f({})],
  ['one word', f({ text: 'nurses' })],
  ['a prefix of several words', f({ text: 'vacc' })],
  ['a prefix of one word', f({ text: 'vaccinat' })],
  ['two words', f({ text: 'vaccine flood' })],
  ['a word that is nowhere', f({ text: 'zebra' })],
  ['a tag', f({ tag: 'Health' })],
  ['a verdict', f({ verdict: 'false' })],
  ['a speaker', f({ speaker: 'Anna Nowak' })],
  ['a site of two pages', f({ site: 'Site 1' })],
  ['a day range', f({ from: day(30), to: day(100) })],
  ['a word and a tag', f({ text: 'budget', tag: 'Economy' })],
  ['a prefix, a speaker and a site', f({ text: 'vacc', speaker: 'John Smith', site: 'Site 0' })],
];
const SORTS: LibrarySort[] = ['newest', 'oldest', 'changed'];
const CASES = FILTERS.flatMap(([name, filter]) => SORTS.map((sort) => [name, sort, filter] as const));

describe('ListSource', () => {
  it.each(CASES)('%s, %s: the same ids in the same order as the full query', async (_name, sort, filter) => {
    const expected = await matchingIds(db, filter, sort, sites);
    const src = await openListSource(db, filter, sort, sites);
    // Small steps, as a scrolling list asks: pages of 60 ids resumed one after another.
    while (!src.done) await src.ensure(src.ids.length + 7);
    expect(src.ids).toEqual(expected);
    expect(src.total).toBe(expected.length);
    expect(src.done).toBe(true);
    // The background count (key-only reads of every match) lists the same.
    const counted = await openListSource(db, filter, sort, sites);
    await counted.ensure(10);
    await counted.all();
    expect(counted.ids).toEqual(expected);
    expect(counted.total).toBe(expected.length);
  });

  it('reads everything at once for select all and export', async () => {
    const src = await openListSource(db, f({ text: 'vacc', tag: 'Health' }), 'oldest', sites);
    expect(await src.all()).toEqual(await matchingIds(db, f({ text: 'vacc', tag: 'Health' }), 'oldest', sites));
  });

  it('shows the first screen from one page; the count arrives apart', async () => {
    const src = await openListSource(db, EMPTY_FILTER, 'newest', sites);
    await src.ensure(20);
    expect(src.ids.length).toBeGreaterThanOrEqual(20);
    expect(src.ids.length).toBeLessThan(N / 2);
    expect(src.done).toBe(false);
    // Counted only when asked, after the first rows.
    expect(src.total).toBeNull();
    await src.complete();
    expect(src.total).toBe(N - Math.ceil(N / 11));
  });

  it('stops reading once stopped (a newer query replaced it)', async () => {
    const src = await openListSource(db, f({ text: 'vaccine flood' }), 'newest', sites);
    src.stop();
    await src.complete();
    expect(src.done).toBe(false);
    expect(src.ids).toEqual([]);
  });

  it('a replaced query reads no full list and no count', async () => {
    const full = vi.fn(async () => ['a', 'b']);
    const count = vi.fn(async () => 2);
    const stream = { next: async () => ({ ids: ['a'], done: false }) };
    const searched = new ListSource(stream, undefined, full);
    const listed = new ListSource(stream, undefined, undefined, count);
    searched.stop();
    listed.stop();
    await searched.complete();
    await listed.complete();
    expect(full).not.toHaveBeenCalled();
    expect(count).not.toHaveBeenCalled();
    expect(searched.total).toBeNull();
  });
});

describe('ListSource with imported notes (ids not in creation order)', () => {
  // An import keeps the file's ids: creation-time order and id order differ.
  const IMPORTED: Array<[string, string, number]> = [
    ['zz-old', 'rail strike', 1],
    ['aa-mid', 'rail delays', 2],
    ['mm-new', 'rail fares', 3],
    ['bb-newest', 'bus fares', 4],
  ];
  let idb: NotesDb;
  beforeAll(async () => {
    idb = freshDb('library-list-source-imported');
    await idb.annotations.bulkPut(
      IMPORTED.map(([id, text, d]) => ({
        id, pageUrl: 'https://news.example/x', selectors: { quote: { type: 'TextQuoteSelector' as const, exact: text, prefix: '', suffix: '' } },
        text, note: '', tags: [], colour: null, kind: 'note' as const, verdict: null, evidence: [], speaker: null,
        createdAt: base + d * 86_400_000, updatedAt: base + d * 86_400_000, deletedAt: null, words: wordsOf(text),
      })),
    );
  });

  it.each([
    ['a day range', f({ from: day(24), to: day(72) })],
    ['a word and a day range', f({ text: 'rail', from: day(24), to: day(72) })],
    ['a prefix and a day range', f({ text: 'fa', from: day(48), to: day(200) })],
  ])('%s: every match is counted, each once', async (_name, filter) => {
    const src = await openListSource(idb, filter, 'newest', new Map());
    const expected = await matchingIds(idb, filter, 'newest', new Map());
    expect([...(await src.all())].sort()).toEqual([...expected].sort());
    expect(src.total).toBe(expected.length);
  });
});
