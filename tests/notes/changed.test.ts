import { describe, expect, it } from 'vitest';
import { changedPassage, wordDiff } from '../../lib/notes/changed';

describe('changedPassage', () => {
  it.each([
    ['the same words', 'more than 30 staff', 'more than 30 staff'],
    ['only white space differs', 'more than\n30  staff', 'more than 30 staff'],
  ])('is null for %s', (_l, was, now) => expect(changedPassage(was, now)).toBeNull());

  it('is null when the note was not found (no current words)', () => {
    expect(changedPassage('more than 30 staff', undefined)).toBeNull();
  });

  it('shows a changed figure as the old and the new word', () => {
    expect(changedPassage('more than 30 staff were moved', 'more than 3 staff were moved')).toEqual({
      was: 'more than 30 staff were moved',
      now: 'more than 3 staff were moved',
      diff: [
        { op: 'same', text: 'more than ' },
        { op: 'removed', text: '30' },
        { op: 'added', text: '3' },
        { op: 'same', text: ' staff were moved' },
      ],
    });
  });
});

describe('wordDiff', () => {
  it.each([
    ['a word added', 'the plan was cut', 'the plan was quietly cut', [['same', 'the plan was '], ['added', 'quietly ']]],
    ['a word removed', 'the plan was quietly cut', 'the plan was cut', [['same', 'the plan was '], ['removed', 'quietly ']]],
  ])('%s', (_l, was, now, firstParts) => {
    const d = wordDiff(was, now);
    expect(d.slice(0, 2).map((p) => [p.op, p.text])).toEqual(firstParts);
    // Either side reads back from its parts.
    expect(d.filter((p) => p.op !== 'added').map((p) => p.text).join('')).toBe(was);
    expect(d.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe(now);
  });
});
