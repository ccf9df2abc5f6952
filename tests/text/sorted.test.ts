import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from '../../lib/text/sorted';

const values = [2, 4, 4, 4, 9];
const at = (i: number) => values[i];

describe('binary searches over ascending values', () => {
  it.each([
    [0, 0, 0],
    [2, 0, 1],
    [3, 1, 1],
    [4, 1, 4],
    [5, 4, 4],
    [9, 4, 5],
    [10, 5, 5],
  ])('x = %i: lowerBound %i, upperBound %i', (x, lower, upper) => {
    expect(lowerBound(values.length, at, x)).toBe(lower);
    expect(upperBound(values.length, at, x)).toBe(upper);
  });

  it('agrees with a scan on every value of a longer list', () => {
    const long = Array.from({ length: 200 }, (_, i) => Math.floor(i / 3) * 2);
    for (let x = -1; x <= 140; x++) {
      expect(lowerBound(long.length, (i) => long[i], x)).toBe(long.findIndex((v) => v >= x) === -1 ? long.length : long.findIndex((v) => v >= x));
      expect(upperBound(long.length, (i) => long[i], x)).toBe(long.findIndex((v) => v > x) === -1 ? long.length : long.findIndex((v) => v > x));
    }
  });

  it('an empty list gives 0', () => {
    expect(lowerBound(0, at, 5)).toBe(0);
    expect(upperBound(0, at, 5)).toBe(0);
  });
});
