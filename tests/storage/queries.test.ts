import { beforeAll, describe, expect, it } from 'vitest';
import type { NotesDb } from '../../lib/storage/db';
import { countRange, distinctKeys, indexStream, intersectStreams, mergeStreams, withoutIds, type IdStream } from '../../lib/storage/queries';
import { freshDb, storedNote } from './fresh-db';

/** Paged index walks must give what one full read of the index gives, page boundaries anywhere. */
let db: NotesDb;
beforeAll(async () => {
  db = freshDb('storage-queries');
  // 40 notes, creation times in groups of 8 (ties: a page often ends inside a group).
  await db.annotations.bulkPut(
    Array.from({ length: 40 }, (_, i) =>
      storedNote({
        id: `id-${String((i * 17) % 40).padStart(2, '0')}`,
        createdAt: Math.floor(i / 8),
        updatedAt: i,
        words: i % 3 ? ['vaccine', 'vaccines'] : i % 2 ? ['vaccination'] : ['rail'],
      }),
    ),
  );
});

async function drain(s: IdStream, page: number): Promise<string[]> {
  const out: string[] = [];
  for (;;) {
    const p = await s.next(page);
    expect(p.ids.length).toBeLessThanOrEqual(page);
    out.push(...p.ids);
    if (p.done) return out;
  }
}

describe('indexStream', () => {
  it.each([1, 3, 8, 100])('walks createdAt (with ties) forwards and backwards in pages of %i', async (page) => {
    const forward = (await db.annotations.orderBy('createdAt').primaryKeys()) as string[];
    expect(await drain(indexStream(db, 'createdAt', null, 'next'), page)).toEqual(forward);
    expect(await drain(indexStream(db, 'createdAt', null, 'prev'), page)).toEqual([...forward].reverse());
  });

  it.each([1, 4, 50])('walks one word in id order in pages of %i', async (page) => {
    const ids = ((await db.annotations.where('words').equals('vaccine').primaryKeys()) as string[]).sort();
    expect(await drain(indexStream(db, 'words', { only: 'vaccine' }, 'prev'), page)).toEqual([...ids].reverse());
  });

  it.each([0, 5, 12])('switches from re-reads to a cursor after %i ids without losing or repeating one', async (limit) => {
    const ids = ((await db.annotations.where('words').equals('vaccine').primaryKeys()) as string[]).sort();
    expect(await drain(indexStream(db, 'words', { only: 'vaccine' }, 'prev', limit), 4)).toEqual([...ids].reverse());
    expect(await drain(indexStream(db, 'words', { only: 'vaccine' }, 'next', limit), 3)).toEqual(ids);
  });

  it('walks a bounded range (upper bound open)', async () => {
    const ids = (await db.annotations.where('createdAt').between(1, 3, true, false).primaryKeys()) as string[];
    expect(await drain(indexStream(db, 'createdAt', { lower: 1, upper: 3, upperOpen: true }, 'next'), 5)).toEqual(ids);
  });
});

describe('merging and counting', () => {
  it('merges the words of a prefix in id order, each note once', async () => {
    const words = (await distinctKeys(db, 'words', { prefix: 'vacc' }, 10)) as string[];
    expect(words).toEqual(['vaccination', 'vaccine', 'vaccines']);
    const merged = await drain(mergeStreams(words.map((w) => indexStream(db, 'words', { only: w }, 'next')), 'next'), 3);
    const expected = [...new Set((await db.annotations.where('words').startsWith('vacc').primaryKeys()) as string[])].sort();
    expect(merged).toEqual(expected);
  });

  it('stops listing distinct keys past the limit', async () => {
    expect(await distinctKeys(db, 'words', { prefix: 'vacc' }, 1)).toHaveLength(2);
  });

  it('counts index entries (a note with two matching words twice)', async () => {
    expect(await countRange(db, 'words', { prefix: 'vacc' })).toBe(await db.annotations.where('words').startsWith('vacc').count());
    expect(await countRange(db, ':id', null)).toBe(40);
  });

  it('drops given ids', async () => {
    const all = await drain(withoutIds(indexStream(db, ':id', null, 'next'), new Set(['id-00', 'id-39'])), 7);
    expect(all).toHaveLength(38);
    expect(all).not.toContain('id-00');
  });
});

/** A stream over a fixed list of ids, in pages. */
function listStream(ids: string[]): IdStream {
  let at = 0;
  return {
    async next(max) {
      const page = ids.slice(at, at + max);
      at += page.length;
      return { ids: page, done: at >= ids.length };
    },
  };
}

describe('intersectStreams', () => {
  const ids = (n: number, every: number) => Array.from({ length: n }, (_, i) => `id-${String(i * every).padStart(4, '0')}`);
  it.each([
    [1, 1],
    [2, 5],
    [7, 3],
    [500, 50],
  ])('gives the ids in every stream, in order, with inner pages of %i and outer pages of %i', async (inner, outer) => {
    const [a, b, c] = [ids(300, 2), ids(200, 3), ids(100, 5)];
    const want = a.filter((x) => b.includes(x) && c.includes(x));
    expect(want.length).toBeGreaterThan(10);
    expect(await drain(intersectStreams([listStream(a), listStream(b), listStream(c)], 'next', inner), outer)).toEqual(want);
    const rev = (l: string[]) => [...l].reverse();
    expect(await drain(intersectStreams([listStream(rev(a)), listStream(rev(b)), listStream(rev(c))], 'prev', inner), outer)).toEqual(rev(want));
  });

  it('ends when one stream ends, and with nothing in common gives nothing', async () => {
    expect(await drain(intersectStreams([listStream([]), listStream(ids(10, 1))], 'next'), 5)).toEqual([]);
    expect(await drain(intersectStreams([listStream(ids(10, 2)), listStream(ids(10, 2).map((x) => `${x}x`))], 'next', 3), 5)).toEqual([]);
  });

  it('intersects index walks: notes holding two words', async () => {
    const all = (await db.annotations.toArray()).filter((a) => a.words.includes('vaccine') && a.words.includes('vaccines')).map((a) => a.id).sort();
    const walk = (dir: 'next' | 'prev') => intersectStreams(['vaccine', 'vaccines'].map((w) => indexStream(db, 'words', { only: w }, dir)), dir, 4);
    expect(await drain(walk('next'), 3)).toEqual(all);
    expect(await drain(walk('prev'), 3)).toEqual([...all].reverse());
  });
});
