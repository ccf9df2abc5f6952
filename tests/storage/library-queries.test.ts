import { describe, expect, it } from 'vitest';
import { countNotesInSteps } from '../../lib/storage/library-queries';
import { freshDb } from './fresh-db';

const note = (i: number) => {
  const at = Date.UTC(2024, 0, 1) + i * 60_000;
  return {
    id: `${at.toString(36).padStart(9, '0')}-${i}`, pageUrl: 'https://news.example/a',
    selectors: { quote: { type: 'TextQuoteSelector' as const, exact: `passage ${i}`, prefix: '', suffix: '' } },
    text: `passage ${i}`, note: '', tags: [], colour: null, kind: 'note' as const, verdict: null, evidence: [], speaker: null,
    createdAt: at, updatedAt: at, deletedAt: i % 5 ? null : at + 1, words: ['passage'],
  };
};

describe('countNotesInSteps', () => {
  // Sizes around the step: none, fewer, exactly one or several steps, a remainder.
  it.each([
    [0, 3],
    [1, 3],
    [2, 3],
    [3, 3],
    [4, 3],
    [9, 3],
    [10, 3],
    [23, 1],
    [23, 7],
    [23, 5000],
  ])('%i notes counted %i at a time', async (n, step) => {
    const db = freshDb(`count-steps-${n}-${step}`);
    await db.annotations.bulkPut(Array.from({ length: n }, (_, i) => note(i)));
    expect(await countNotesInSteps(db, step)).toBe(n);
    db.close();
  });
});
