import { describe, expect, it } from 'vitest';
import { encodeTerm, textDirective, textFragmentUrl } from '../../lib/export/text-fragment';

describe('encodeTerm', () => {
  it.each([
    ['a-b', 'a%2Db'],
    ['a,b', 'a%2Cb'],
    ['a&b', 'a%26b'],
    ['x y', 'x%20y'],
    ['(1)!', '%281%29%21'],
    ['«ё»', '%C2%AB%D1%91%C2%BB'],
    ['#:~', '%23%3A%7E'],
  ])('%j → %j', (input, out) => expect(encodeTerm(input)).toBe(out));
});

describe('textDirective', () => {
  it.each([
    ['a short passage, whole-word context', { exact: 'nearly 18,000', prefix: ' we collected ', suffix: ' signatures in ' }, 'text=we%20collected-,nearly%2018%2C000,-signatures%20in'],
    ['cut words dropped from the context', { exact: 'said so', prefix: 'xperts have ', suffix: ' on Mond' }, 'text=have-,said%20so,-on'],
    ['context in another paragraph is left out', { exact: 'First words', prefix: 'end of last.\n\n', suffix: '\n\nNext' }, 'text=First%20words'],
    ['a multi-paragraph passage by its first and last words', { exact: 'One two three four five six.\n\nSeven eight nine ten eleven twelve.', prefix: '', suffix: '' }, 'text=One%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve.'],
    ['white space collapsed', { exact: 'a\t b\u00a0 c', prefix: '', suffix: '' }, 'text=a%20b%20c'],
  ])('%s', (_label, q, out) => expect(textDirective(q)).toBe(out));

  it('a long passage is linked by its first and last five words', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    expect(textDirective({ exact: words.join(' '), prefix: '', suffix: '' })).toBe('text=word0%20word1%20word2%20word3%20word4,word75%20word76%20word77%20word78%20word79');
  });
});

describe('textFragmentUrl', () => {
  it('replaces the page fragment', () => {
    expect(textFragmentUrl('https://n.example/a?b=1#top', { exact: 'x-y', prefix: '', suffix: '' })).toBe('https://n.example/a?b=1#:~:text=x%2Dy');
  });
});
