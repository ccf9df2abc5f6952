import { describe, expect, it } from 'vitest';
import { moveFocus, rowWindow, scrollToShow } from '../../components/library/windowing';

describe('rowWindow', () => {
  it.each([
    // count, scrollTop, viewport → start, end, offset, total  (rows of 50 px, overscan 2)
    [0, 0, 500, 0, 0, 0, 0],
    [3, 0, 500, 0, 3, 0, 150],
    [100_000, 0, 500, 0, 12, 0, 5_000_000],
    [100_000, 1_000, 500, 18, 32, 900, 5_000_000],
    [100_000, 1_025, 500, 18, 33, 900, 5_000_000],
    // Scrolled past the end (the list got shorter): the last screenful.
    [20, 99_999, 500, 8, 20, 400, 1000],
    [100_000, -40, 500, 0, 12, 0, 5_000_000],
  ])('%i rows scrolled to %i in %i px', (count, scrollTop, viewportHeight, start, end, offset, total) => {
    expect(rowWindow({ count, rowHeight: 50, scrollTop, viewportHeight, overscan: 2 })).toEqual({ start, end, offset, total });
  });

  it('renders at least one row in a viewport of no height', () => {
    expect(rowWindow({ count: 10, rowHeight: 50, scrollTop: 0, viewportHeight: 0, overscan: 0 })).toMatchObject({ start: 0, end: 1 });
  });
});

describe('scrollToShow', () => {
  it.each([
    [5, 0, 0], // already visible
    [0, 200, 0], // above: align to the top
    [20, 0, 550], // below: align to the bottom
    [9, 0, 0], // last fully visible row
    [10, 0, 50],
  ])('row %i from scrollTop %i → %i', (index, scrollTop, expected) => {
    expect(scrollToShow(index, 50, scrollTop, 500)).toBe(expected);
  });
});

describe('moveFocus', () => {
  it.each([
    ['ArrowDown', 0, 1],
    ['ArrowDown', 99, 99],
    ['ArrowUp', 0, 0],
    ['PageDown', 5, 15],
    ['PageUp', 5, 0],
    ['Home', 50, 0],
    ['End', 3, 99],
    ['a', 3, null],
  ] as const)('%s from %i → %s', (key, index, expected) => {
    expect(moveFocus(key, index, 100, 10)).toBe(expected);
  });
});
