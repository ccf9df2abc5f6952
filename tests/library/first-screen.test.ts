import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, countLabel, firstRows } from '../../components/library/first-screen';

describe('firstRows', () => {
  it.each([
    ['nothing rendered yet: the top screenful', [0, 0], [0, FIRST_ROWS]],
    ['a window smaller than a screenful grows to one', [40, 45], [40, 40 + FIRST_ROWS]],
    ['a larger window in view is kept', [100, 140], [100, 140]],
  ] as const)('%s', (_label, range, expected) => {
    expect(firstRows(range)).toEqual(expected);
  });
});

describe('countLabel', () => {
  it.each([
    ['no list yet', null, false, 'Loading notes…'],
    ['still counting, all notes', { total: null, shown: 60 }, false, 'Counting… 60+ notes'],
    ['still counting, a search', { total: null, shown: 1200 }, true, `Counting… ${(1200).toLocaleString()}+ notes match`],
    ['counted', { total: 100_000, shown: 60 }, false, `${(100_000).toLocaleString()} notes`],
    ['one match', { total: 1, shown: 1 }, true, '1 note match'],
    ['no match', { total: 0, shown: 0 }, true, '0 notes match'],
  ] as const)('%s', (_label, list, filtered, expected) => {
    expect(countLabel(list, filtered)).toBe(expected);
  });
});
