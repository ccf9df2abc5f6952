import { describe, expect, it } from 'vitest';
import { collect, paced, sortInSlices } from '../../lib/export/chunks';

describe('sortInSlices', () => {
  const cmp = (a: { k: number }, b: { k: number }) => a.k - b.k;

  it('sorts like Array.prototype.sort, keeping equal items in their order', async () => {
    const items = Array.from({ length: 5003 }, (_, i) => ({ k: (i * 7919) % 97, i }));
    let turns = 0;
    const sorted = await sortInSlices(items, cmp, async () => void turns++, 0);
    expect(sorted).toEqual([...items].sort(cmp));
    expect(sorted.length).toBe(items.length);
    // A zero-millisecond slice gives the page a turn after every run and every 1,024 merged items.
    expect(turns).toBeGreaterThan(5);
  });

  it('returns a list already in order as it is, without a turn', async () => {
    const items = Array.from({ length: 3000 }, (_, k) => ({ k }));
    let turns = 0;
    expect(await sortInSlices(items, cmp, async () => void turns++, 0)).toBe(items);
    expect(turns).toBe(0);
    expect(await sortInSlices([], cmp)).toEqual([]);
  });
});

describe('paced', () => {
  it('ends a chunk once a slice of work is spent, whatever `every` says', async () => {
    const parts = Array.from({ length: 50 }, (_, i) => `${i},`);
    const chunks = await collect(paced(parts, { every: 1000, yieldControl: async () => {}, sliceMs: 0 }));
    expect(chunks).toEqual(parts);
    expect((await collect(paced(parts, { every: 1000, yieldControl: async () => {}, sliceMs: 1e9 })))).toEqual([parts.join('')]);
  });
});
