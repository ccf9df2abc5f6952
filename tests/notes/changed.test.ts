import { describe, expect, it } from 'vitest';
import { changedPassage, noteChange, wordDiff } from '../../lib/notes/changed';

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

describe('noteChange', () => {
  const WAS = 'more than 30 staff were moved';
  const NOW = 'more than 3 staff were moved';
  const kept = (now: string) => ({ decision: 'kept' as const, was: WAS, now, at: 1 });
  it.each([
    ['unreviewed, changed', { text: WAS }, NOW, { changed: true, kept: false, confirmedFrom: null }],
    ['unreviewed, the same words', { text: WAS }, WAS, { changed: false, kept: false, confirmedFrom: null }],
    ['kept on these very words', { text: WAS, review: kept(NOW) }, NOW, { changed: true, kept: true, confirmedFrom: null }],
    ['kept, white space aside', { text: WAS, review: kept('more than 3\n staff were moved') }, NOW, { changed: true, kept: true, confirmedFrom: null }],
    ['kept, then the page changed again', { text: WAS, review: kept(NOW) }, 'more than 300 staff were moved', { changed: true, kept: false, confirmedFrom: null }],
    ['kept, then the page went back to the words it was written on', { text: WAS, review: kept(NOW) }, WAS, { changed: false, kept: false, confirmedFrom: null }],
    ['confirmed on the new words', { text: NOW, review: { decision: 'confirmed' as const, was: WAS, now: NOW, at: 1 } }, NOW, { changed: false, kept: false, confirmedFrom: WAS }],
    ['confirmed, then the page changed again', { text: NOW, review: { decision: 'confirmed' as const, was: WAS, now: NOW, at: 1 } }, 'about 3 staff were moved', { changed: true, kept: false, confirmedFrom: null }],
    ['not found on the page', { text: WAS, review: kept(NOW) }, undefined, { changed: false, kept: false, confirmedFrom: null }],
  ])('%s', (_l, note, current, expected) => {
    const c = noteChange(note, current);
    expect({ changed: c.changed !== null, kept: c.kept, confirmedFrom: c.confirmedFrom }).toEqual(expected);
  });
});
