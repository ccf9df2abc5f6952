import { beforeAll, describe, expect, it } from 'vitest';
import type { NotesDb } from '../../lib/storage/db';
import { searchNotes } from '../../lib/storage/notes';
import { intersectSorted, rarestStream, searchIds, unionSorted, walkStream, wordFilters } from '../../lib/storage/search';
import { freshDb, storedNote } from './fresh-db';

describe('sorted id lists', () => {
  it.each([
    [[['a', 'c', 'e'], ['b', 'c', 'd', 'e']], ['c', 'e']],
    [[['a', 'b'], []], []],
    [[['x']], ['x']],
    [[['a', 'b', 'c', 'd'], ['b', 'd'], ['d', 'e']], ['d']],
    [[['c'], ['a', 'b']], []],
  ])('intersect %j', (lists, out) => {
    expect(intersectSorted(lists)).toEqual(out);
  });

  it.each([
    [[['a', 'c'], ['b', 'c']], ['a', 'b', 'c']],
    [[['b', 'a', 'b']], ['a', 'b']],
    [[[], ['a', 'b']], ['a', 'b']],
    [[[], []], []],
    [[['a', 'd', 'f'], ['b', 'd'], ['c', 'f', 'g']], ['a', 'b', 'c', 'd', 'f', 'g']],
    [[['a', 'd'], ['e', 'b'], ['d']], ['a', 'b', 'd', 'e']],
  ])('union %j', (lists, out) => {
    expect(unionSorted(lists)).toEqual(out);
  });
});

/**
 * 300 notes: "common" in most, "rare" in a few, "pair" in every third; word forms "vaccine",
 * "vaccines", "vaccination" for the prefix. Ids sort by creation, like real note ids.
 */
const N = 300;
const id = (i: number) => `n${String(i).padStart(4, '0')}`;
function wordsOf(i: number): string[] {
  const w: string[] = [];
  if (i % 10 !== 0) w.push('common');
  if (i % 37 === 5) w.push('rare');
  if (i % 3 === 0) w.push('pair');
  if (i % 4 === 1) w.push('vaccine');
  if (i % 4 === 1 && i % 8 === 1) w.push('vaccines');
  if (i % 7 === 2) w.push('vaccination');
  return w.length ? w : ['none'];
}
const expected = (test: (w: string[]) => boolean) =>
  Array.from({ length: N }, (_, i) => i)
    .filter((i) => i !== 123 && test(wordsOf(i)))
    .map(id);

let db: NotesDb;
beforeAll(async () => {
  db = freshDb('storage-search');
  await db.annotations.bulkPut(
    Array.from({ length: N }, (_, i) =>
      storedNote({
        id: id(i),
        text: wordsOf(i).join(' '),
        createdAt: i,
        updatedAt: N - i,
        // Note 123 is deleted.
        deletedAt: i === 123 ? 1 : null,
        words: wordsOf(i),
      }),
    ),
  );
});

const QUERIES: Array<[string, (w: string[]) => boolean]> = [
  ['common', (w) => w.includes('common')],
  ['rare', (w) => w.includes('rare')],
  ['common pair', (w) => w.includes('common') && w.includes('pair')],
  ['pair rare', (w) => w.includes('pair') && w.includes('rare')],
  ['vacc', (w) => w.some((x) => x.startsWith('vacc'))],
  ['common vaccine', (w) => w.includes('common') && w.some((x) => x.startsWith('vaccine'))],
  ['pair common vaccinat', (w) => w.includes('pair') && w.includes('common') && w.includes('vaccination')],
  ['absent', () => false],
];

describe('word search', () => {
  it.each(QUERIES)('"%s": the newest matches first, in any limit, deleted notes left out', async (q, test) => {
    const all = expected(test).reverse();
    for (const limit of [1, 7, 50, 1000]) expect((await searchNotes(db, q, { limit })).records.map((r) => r.id)).toEqual(all.slice(0, limit));
  });

  it.each(QUERIES)('"%s": every match without a limit, most recently changed first', async (q, test) => {
    // updatedAt falls as ids rise, so "most recently changed first" is ascending id order here.
    expect((await searchNotes(db, q)).records.map((r) => r.id)).toEqual(expected(test));
  });

  it.each(QUERIES)('"%s": every matching id, key-only (the count path)', async (q, test) => {
    expect(await searchIds(db, q, new Set([id(123)]))).toEqual(expected(test));
  });

  it('walks the key-only intersection of two common terms, and the rarest term when one is rare', async () => {
    const common = await wordFilters(db, 'common pair');
    const driver = await rarestStream(common, 'prev');
    expect(driver!.small).toBe(false);
    const walk = walkStream(driver!, common, 'prev');
    expect(walk.exact).toBe(true);
    // The deleted note 123 is in the index walk; the reads leave it out.
    const want = [...expected((w) => w.includes('common') && w.includes('pair')), ...(wordsOf(123).includes('common') && wordsOf(123).includes('pair') ? [id(123)] : [])].sort().reverse();
    expect((await walk.stream.next(5)).ids).toEqual(want.slice(0, 5));
    const rare = await wordFilters(db, 'common rare');
    const r = await rarestStream(rare, 'prev');
    expect(r!.small).toBe(true);
    expect(walkStream(r!, rare, 'prev')).toEqual({ stream: r!.stream, exact: false });
  });

  it('walks the rarest term', async () => {
    const filters = await wordFilters(db, 'common rare');
    const r = await rarestStream(filters, 'prev');
    expect(r?.filter).toBe(filters[1]);
    const first = await r!.stream.next(3);
    expect(first.ids).toEqual(expected((w) => w.includes('rare')).reverse().slice(0, 3));
  });
});
