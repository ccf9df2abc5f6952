/**
 * Binary searches over ascending offsets (quote starts, mention starts, entity positions): the
 * attribution looks these up once per quote, and a scan would make it quadratic in article length.
 * `valueAt(i)` reads the i-th value, so callers search arrays of records without copying keys out.
 */

/** The first index in [0, length) whose value is ≥ x; `length` when there is none. */
export function lowerBound(length: number, valueAt: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in [0, length) whose value is > x; `length` when there is none. */
export function upperBound(length: number, valueAt: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
