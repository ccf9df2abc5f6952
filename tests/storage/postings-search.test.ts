import { beforeEach, describe, expect, it } from 'vitest';
import type { NotesDb } from '../../lib/storage/db';
import { VERSIONS } from '../../lib/storage/db';
import { addNote } from '../../lib/storage/notes';
import { trackingSettled, trackWords, wordRangeIds } from '../../lib/storage/postings-search';
import { TRACK_MIN } from '../../lib/storage/postings';
import { trackedWords } from './postings-check';
import { searchIds } from '../../lib/storage/search';
import { freshDb, PAGE, sel, storedNote } from './fresh-db';
import { expectPostingsMatchIndex, withoutPostings } from './postings-check';

/**
 * The postings are trusted only when they agree with the index at both ends of each term: else
 * the search reads the index, and its results stay exactly the index path's.
 */
const NOTES = [
  storedNote({ id: 'n1', words: ['climate', 'policy'] }),
  storedNote({ id: 'n2', words: ['climate', 'tax'] }),
  storedNote({ id: 'n3', words: ['climatic', 'policy'] }),
  storedNote({ id: 'n4', words: ['tax'] }),
];

let db: NotesDb;
beforeEach(async () => {
  db = freshDb('postings-search');
  await db.annotations.bulkAdd(NOTES);
  // Tracked from one note up here (TRACK_MIN in use); "policy" stays untracked.
  expect(await trackWords(db, ['climate', 'climatic', 'tax'], 1)).toEqual(['climate', 'climatic', 'tax']);
});

const QUERIES = ['climate', 'policy', 'climate tax', 'clim', 'policy clim', 'tax'];
const expected = async () => withoutPostings(db, () => Promise.all(QUERIES.map((q) => searchIds(db, q))));

describe('postings read by a search', () => {
  it('give the ids of a word and of a prefix', async () => {
    expect(await wordRangeIds(db, { only: 'climate' })).toEqual([['n1', 'n2']]);
    expect(await wordRangeIds(db, { prefix: 'clim' })).toEqual([['n1', 'n2'], ['n3']]);
    // An untracked word from the index; a prefix of tracked and untracked words from both.
    expect(await wordRangeIds(db, { only: 'policy' })).toEqual([['n1', 'n3']]);
    expect(await wordRangeIds(db, { prefix: 'pol' })).toEqual([['n1', 'n3']]);
    expect(await wordRangeIds(db, { prefix: 't' })).toEqual([['n2', 'n4']]);
    expect(await wordRangeIds(db, { only: 'absent' })).toEqual([]);
    expect(await Promise.all(QUERIES.map((q) => searchIds(db, q)))).toEqual([['n1', 'n2'], ['n1', 'n3'], ['n2'], ['n1', 'n2', 'n3'], ['n1', 'n3'], ['n2', 'n4']]);
  });

  it.each<[string, (db: NotesDb) => Promise<unknown>, { only: string } | { prefix: string }, string[][] | null]>([
    // No blocks: the word reads as untracked, from the index (right, if slower).
    ['a word with no postings but index entries', (d) => d.postings.where(':id').between(['tax', ''], ['tax', '\uffff']).delete(), { only: 'tax' }, [['n2', 'n4']]],
    ['a prefix with one word\'s postings missing', (d) => d.postings.where(':id').between(['climatic', ''], ['climatic', '\uffff']).delete(), { prefix: 'clim' }, [['n1', 'n2'], ['n3']]],
    // Blocks that disagree with the index: the whole range from the index.
    ['a block out of order', (d) => d.postings.put({ word: 'climate', from: 'n1', ids: ['n2', 'n1'] }), { only: 'climate' }, null],
    ['a block of another shape', (d) => d.postings.put({ word: 'climatic', from: 'n3', ids: 'n3' } as never), { prefix: 'clim' }, null],
    ['a newest note written around the postings', (d) => d.postings.put({ word: 'tax', from: 'n2', ids: ['n2'] }), { only: 'tax' }, null],
    ['an oldest note written around the postings', (d) => d.postings.put({ word: 'climate', from: 'n1', ids: ['n2'] }), { prefix: 'clim' }, null],
    ['a note with a number for id', (d) => d.annotations.put({ ...storedNote({ id: 'x' }), id: 7, words: ['policy'] } as never), { only: 'policy' }, null],
  ])('with %s, give what the index gives', async (_, damage, range, lists) => {
    await damage(db);
    expect(await wordRangeIds(db, range)).toEqual(lists);
    const want = await withoutPostings(db, () => Promise.all(QUERIES.map((q) => searchIds(db, q))));
    expect(await Promise.all(QUERIES.map((q) => searchIds(db, q)))).toEqual(want);
  });

  it('are repaired from the index when a write meets a damaged block', async () => {
    await db.postings.put({ word: 'climate', from: 'n1', ids: ['n2', 'n1'] });
    const r = await addNote(db, { pageUrl: PAGE, selectors: sel('Climate now'), kind: 'note' }, 1, () => 'n5');
    expect(r.ok).toBe(true);
    await expectPostingsMatchIndex(db);
    expect(await wordRangeIds(db, { only: 'climate' })).toEqual([['n1', 'n2', 'n5']]);
  });

  it('are made for a word a search finds held by TRACK_MIN notes or more', async () => {
    await db.annotations.bulkAdd(Array.from({ length: TRACK_MIN }, (_, i) => storedNote({ id: `p${String(i).padStart(5, '0')}`, words: ['policy', 'polar'] })));
    expect(await trackedWords(db)).toEqual(['climate', 'climatic', 'tax']);
    const first = await Promise.all(QUERIES.map((q) => searchIds(db, q)));
    await trackingSettled(db);
    expect(await trackedWords(db)).toEqual(['climate', 'climatic', 'policy', 'tax']);
    // "polar" was never searched past its prefix "pol…": a search for the prefix tracks it too.
    await searchIds(db, 'pola');
    await trackingSettled(db);
    expect(await trackedWords(db)).toEqual(['climate', 'climatic', 'polar', 'policy', 'tax']);
    await expectPostingsMatchIndex(db);
    const now = await Promise.all(QUERIES.map((q) => searchIds(db, q)));
    expect(now).toEqual(first);
    expect(now).toEqual(await withoutPostings(db, () => Promise.all(QUERIES.map((q) => searchIds(db, q)))));
  });

  it('are not read in a database before v5', async () => {
    const old = freshDb('postings-v4', VERSIONS.slice(0, 4));
    await old.annotations.bulkAdd(NOTES);
    expect(await wordRangeIds(old, { only: 'climate' })).toBeNull();
    expect(await searchIds(old, 'climate tax')).toEqual(['n2']);
    old.close();
  });
});

describe('a postings write that fails', () => {
  it('fails the note write with it, in a transaction and alone', async () => {
    const d = freshDb('postings-fail');
    let fail = false;
    // Below the postings middleware: block writes fail on demand (a full disk, say).
    d.use({
      stack: 'dbcore',
      level: 5,
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          if (name !== 'postings') return t;
          return { ...t, mutate: (req) => (fail && req.type === 'put' ? Promise.resolve({ numFailures: 1, failures: { 0: new Error('disk full') }, lastResult: undefined, results: [] }) : t.mutate(req)) };
        },
      }),
    });
    await d.annotations.bulkAdd(NOTES);
    await trackWords(d, ['climate', 'tax'], 1);
    const before = await d.postings.toArray();
    fail = true;
    const r = await addNote(d, { pageUrl: PAGE, selectors: sel('Climate tax'), kind: 'note' }, 1, () => 'n9');
    expect(r.ok).toBe(false);
    await expect(d.annotations.add(storedNote({ id: 'n8', words: ['tax'] }))).rejects.toThrow();
    fail = false;
    expect(await d.annotations.bulkGet(['n8', 'n9'])).toEqual([undefined, undefined]);
    expect(await d.postings.toArray()).toEqual(before);
    // A note of no tracked word writes no block: it is stored.
    await d.annotations.add(storedNote({ id: 'n7', words: ['other'] }));
    await expectPostingsMatchIndex(d);
    d.close();
  });
});
