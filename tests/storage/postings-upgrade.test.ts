import { describe, expect, it } from 'vitest';
import { createDb, VERSIONS } from '../../lib/storage/db';
import { addNote } from '../../lib/storage/notes';
import { BLOCK, TRACK_MIN } from '../../lib/storage/postings';
import { wordRangeIds } from '../../lib/storage/postings-search';
import { trackedWords } from './postings-check';
import { searchIds } from '../../lib/storage/search';
import { wordsOf } from '../../lib/storage/words';
import { freshIndexedDb, PAGE, sel, storedNote } from './fresh-db';
import { expectPostingsMatchIndex, withoutPostings } from './postings-check';

/** Notes as v4 stored them: live, deleted, and damaged in the ways a database can hold. */
const MANY = Array.from({ length: TRACK_MIN + 40 }, (_, i) => storedNote({ id: `m${String(i).padStart(4, '0')}`, text: 'climate report', words: wordsOf('climate report', i % 2 ? 'tax' : '') }));
const V4_NOTES: unknown[] = [
  ...MANY,
  storedNote({ id: 'live', text: 'Climate tax', words: wordsOf('Climate tax') }),
  storedNote({ id: 'gone', text: 'Climate deleted', deletedAt: 5, words: wordsOf('Climate deleted') }),
  // Damaged: no words at all, words as one string, words with repeats and things that are no words,
  // no fields but an id, a number as id.
  { id: 'no-words', pageUrl: PAGE, text: 'climate' },
  { ...storedNote({ id: 'lone-word' }), words: 'climate' },
  { ...storedNote({ id: 'mixed-words' }), words: ['tax', 'tax', 7, null, { w: 'climate' }, 'policy'] },
  { id: 'bare' },
  { ...storedNote({ id: 'x' }), id: 42, words: ['numeric', 'policy'] },
];
const QUERIES = ['climate', 'tax', 'climate tax', 'policy', 'numeric', 'clim', 'report cl', 'deleted'];

async function v4Database(name: string) {
  freshIndexedDb();
  const old = createDb(name, VERSIONS.slice(0, 4));
  await old.open();
  expect(old.verno).toBe(4);
  await old.table('annotations').bulkAdd(V4_NOTES);
  const stored = await old.table('annotations').toArray();
  old.close();
  const db = createDb(name);
  await db.open();
  expect(db.verno).toBe(5);
  return { db, stored };
}

describe('schema v5 (postings)', () => {
  it('builds the postings from a v4 database as its words index holds them; no note changes', async () => {
    const { db, stored } = await v4Database('upgrade-v5');
    expect(await db.annotations.toArray()).toEqual(stored);
    await expectPostingsMatchIndex(db);
    // A common word's ids in several blocks.
    // The words of TRACK_MIN notes or more are tracked, the others read from the index.
    expect(await trackedWords(db)).toEqual(['climate', 'report']);
    expect(await db.postings.where(':id').between(['climate', ''], ['climate', '\uffff']).count()).toBe(Math.ceil((TRACK_MIN + 43) / BLOCK));
    expect((await wordRangeIds(db, { only: 'climate' }))?.[0]).toEqual(['gone', 'live', 'lone-word', ...MANY.map((n) => n.id)]);
    expect((await wordRangeIds(db, { only: 'tax' }))?.[0]).toEqual(['live', ...MANY.filter((_, i) => i % 2).map((n) => n.id), 'mixed-words']);
    // Searches give exactly what the index gives (the numbered note's words: read from the index).
    const viaPostings = await Promise.all(QUERIES.map((q) => searchIds(db, q)));
    expect(viaPostings).toEqual(await withoutPostings(db, () => Promise.all(QUERIES.map((q) => searchIds(db, q)))));
    expect(await wordRangeIds(db, { only: 'numeric' })).toBeNull();
    expect(await searchIds(db, 'numeric')).toEqual([42]);
    db.close();
  });

  it('keeps the postings in step after the upgrade', async () => {
    const { db } = await v4Database('upgrade-v5-write');
    const r = await addNote(db, { pageUrl: PAGE, selectors: sel('A climate policy'), kind: 'note' }, 10, () => 'zz-new');
    expect(r.ok).toBe(true);
    await db.annotations.delete('live');
    await expectPostingsMatchIndex(db);
    expect((await wordRangeIds(db, { only: 'climate' }))?.[0].slice(0, 3)).toEqual(['gone', 'lone-word', 'm0000']);
    expect((await searchIds(db, 'climate')).slice(-2)).toEqual(['m1063', 'zz-new']);
    db.close();
  });
});
