import { beforeEach, describe, expect, it } from 'vitest';
import type { NotesDb } from '../../lib/storage/db';
import { VERSIONS } from '../../lib/storage/db';
import { addNote } from '../../lib/storage/notes';
import { postingLists } from '../../lib/storage/postings-search';
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
});

const QUERIES = ['climate', 'policy', 'climate tax', 'clim', 'policy clim', 'tax'];
const expected = async () => withoutPostings(db, () => Promise.all(QUERIES.map((q) => searchIds(db, q))));

describe('postings read by a search', () => {
  it('give the ids of a word and of a prefix', async () => {
    expect(await postingLists(db, { only: 'climate' })).toEqual([['n1', 'n2']]);
    expect(await postingLists(db, { prefix: 'clim' })).toEqual([['n1', 'n2'], ['n3']]);
    expect(await postingLists(db, { only: 'absent' })).toEqual([]);
    expect(await Promise.all(QUERIES.map((q) => searchIds(db, q)))).toEqual([['n1', 'n2'], ['n1', 'n3'], ['n2'], ['n1', 'n2', 'n3'], ['n1', 'n3'], ['n2', 'n4']]);
  });

  it.each<[string, (db: NotesDb) => Promise<unknown>, { only: string } | { prefix: string }]>([
    ['a word with no postings but index entries', (d) => d.postings.where(':id').between(['tax', ''], ['tax', '\uffff']).delete(), { only: 'tax' }],
    ['a block out of order', (d) => d.postings.put({ word: 'climate', from: 'n1', ids: ['n2', 'n1'] }), { only: 'climate' }],
    ['a block of another shape', (d) => d.postings.put({ word: 'policy', from: 'n1', ids: 'n1,n3' } as never), { prefix: 'pol' }],
    ['a newest note written around the postings', (d) => d.postings.put({ word: 'tax', from: 'n2', ids: ['n2'] }), { only: 'tax' }],
    ['a prefix whose last word is missing', (d) => d.postings.where(':id').between(['climatic', ''], ['climatic', '\uffff']).delete(), { prefix: 'clim' }],
  ])('are not trusted with %s: the index is read', async (_, damage, range) => {
    const want = await expected();
    await damage(db);
    expect(await postingLists(db, range)).toBeNull();
    expect(await Promise.all(QUERIES.map((q) => searchIds(db, q)))).toEqual(want);
  });

  it('are repaired from the index when a write meets a damaged block', async () => {
    await db.postings.put({ word: 'climate', from: 'n1', ids: ['n2', 'n1'] });
    const r = await addNote(db, { pageUrl: PAGE, selectors: sel('Climate now'), kind: 'note' }, 1, () => 'n5');
    expect(r.ok).toBe(true);
    await expectPostingsMatchIndex(db);
    expect(await postingLists(db, { only: 'climate' })).toEqual([['n1', 'n2', 'n5']]);
  });

  it('are not read in a database before v5', async () => {
    const old = freshDb('postings-v4', VERSIONS.slice(0, 4));
    await old.annotations.bulkAdd(NOTES);
    expect(await postingLists(old, { only: 'climate' })).toBeNull();
    expect(await searchIds(old, 'climate tax')).toEqual(['n2']);
    old.close();
  });
});
