import { describe, expect, it } from 'vitest';
import { endsWithEntry, WordMatcher } from '../../lib/quotes/word-matcher';

const m = new WordMatcher(['said', 'declar*', 'according to', 'so-called', 'the film']);

describe('WordMatcher', () => {
  it.each([
    ['he said it', true],
    ['SAID', true],
    ['it was declared', true],
    ['according to the ministry', true],
    ['dit-il said', true],
    ['a so-called expert', true],
    ['unsaid words', false],
    ['according the ministry', false],
    ['the filmmaker', false],
  ])('test(%j) is %s', (text, want) => {
    expect(m.test(text)).toBe(want);
  });

  it('matches the parts of joined words ("dit-il")', () => {
    expect(new WordMatcher(['dit']).test('« Oui », dit-il.')).toBe(true);
  });

  it.each([
    ['a scene from the film ', true],
    ['his so-called, ', true],
    ['the film (', false],
    ['the films ', false],
    ['', false],
  ])('endsWithEntry(%j) is %s', (text, want) => {
    expect(endsWithEntry(m, text)).toBe(want);
  });
});
