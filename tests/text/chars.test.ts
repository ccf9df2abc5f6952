import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/attribution/tokens';
import { wordsAndStops } from '../../lib/attribution/discourse';
import { LETTER_OR_NUMBER, MARK, nextOf, wordEnd } from '../../lib/text/chars';

// The scanners stand for these expressions: they must find the same words at the same offsets.
const NAME_WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
const CUE_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const WORD_OR_STOP = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[,.;:!?()]/gu;
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-]*[\p{L}\p{N}])?\.?|[,;:()–—\-!?.…"“”«»„]/gu;

const byRegex = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
const byScanner = (mask: number, text: string) => {
  const out: [number, string][] = [];
  for (let s = nextOf(text, 0, mask), e = 0; s < text.length; s = nextOf(text, e, mask)) {
    e = wordEnd(text, s, mask);
    out.push([s, text.slice(s, e)]);
  }
  return out;
};

const TEXTS = [
  'Dr. Jean-Pierre O’Neill said: “It’s the U.S.. economy,” (again) – and left…',
  "s'exclame-t-il, a-t-elle déclaré à l’AFP. Ça va? «Oui!»",
  'Cafe\u0301 na\u0308ive co-op -lead trail- \'quoted\' it\'s 3.5% 1,000',
  'Math 𝐀𝐁𝐂 digits 𝟎𝟏 and emoji 😀 next, lone \ud800 and \udc00 surrogates',
  'Москва, 10 мая — «Заявление» Минздрава; 中文“引号”。한국어 العربية ٣٤',
  '', ' ', '...', "'-’", 'a', "a'", "a'b", 'a--b', 'a.-b.', 'e\u0301\u0301-\u0301',
];

describe('word scanners', () => {
  it.each(TEXTS)('find what the expressions find in %j', (text) => {
    expect(byScanner(LETTER_OR_NUMBER | MARK, text)).toEqual(byRegex(NAME_WORD, text));
    expect(byScanner(LETTER_OR_NUMBER, text)).toEqual(byRegex(CUE_WORD, text));
    expect(wordsAndStops(text, 7).map((w) => [w.start - 7, w.w])).toEqual(byRegex(WORD_OR_STOP, text));
    expect(tokenize(text, 3).map((t) => [t.start - 3, t.text])).toEqual(byRegex(TOKEN, text));
  });

  it('find what the expressions find in random strings of tricky characters', () => {
    const alphabet = ['a', 'é', 'e\u0301', '\u0301', 'İ', '1', ' ', "'", '’', '-', '.', ',', '(', ')', '…', '«', '»', '"', '“', '„', '–', '—', '!', '?', ';', ':', '𝐀', '😀', '\ud800', '\udc00', 'и', '中', '\n'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let i = Math.floor(next() * 30); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(byScanner(LETTER_OR_NUMBER | MARK, text)).toEqual(byRegex(NAME_WORD, text));
      expect(byScanner(LETTER_OR_NUMBER, text)).toEqual(byRegex(CUE_WORD, text));
      expect(wordsAndStops(text, 0).map((w) => [w.start, w.w])).toEqual(byRegex(WORD_OR_STOP, text));
      expect(tokenize(text).map((t) => [t.start, t.text])).toEqual(byRegex(TOKEN, text));
    }
  });
});
