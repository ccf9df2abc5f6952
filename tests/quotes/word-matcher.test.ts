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

  const gaps = new WordMatcher(['known … as', 'nicknamed …', 'известн* … как']);
  it.each([
    ['the singer, known to fans as ', true],
    ['known in the village as ', true],
    ['nicknamed by the press ', true],
    ['известный среди болельщиков как ', true],
    ['known to all the fans in town as ', false], // a gap of more than three words
    ['he is known as ', false], // no gap: the plain phrase is a separate entry
    ['fans as ', false],
  ])('endsWithEntry with gaps (%j) is %s', (text, want) => {
    expect(endsWithEntry(gaps, text)).toBe(want);
  });

  const unspaced = new WordMatcher(['いわゆる', 'と述べ', '所谓']);
  it.each([
    ['都は開放するいわゆる', true, true],
    ['首相は「…」と述べた。', false, true],
    ['这就是所谓', true, true],
    ['いわゆる物語の', false, true],
    ['東京都の知事は', false, false],
  ])('unspaced entries in %j: ends with one %s, holds one %s', (text, ends, holds) => {
    expect(endsWithEntry(unspaced, text)).toBe(ends);
    expect(unspaced.test(text)).toBe(holds);
  });
});
