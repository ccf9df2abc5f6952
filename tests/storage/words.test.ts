import { describe, expect, it } from 'vitest';
import { queryTerms, wordsOf } from '../../lib/storage/words';

describe('wordsOf', () => {
  it.each([
    ['folds case and accents', ['Résumé ÉTÉ'], ['resume', 'ete']],
    ['splits on punctuation, keeps numbers', ['18,000 people (G7)'], ['18', '000', 'people', 'g7']],
    ['drops single letters but not digits', ['a 5 b cd'], ['5', 'cd']],
    ['dedupes across texts', ['Morozov said', 'said Morozov'], ['morozov', 'said']],
    ['reads Cyrillic', ['Сергей Морозов'], ['сергеи', 'морозов']],
    ['ignores missing texts', [null, undefined, ''], []],
  ])('%s', (_l, texts, words) => {
    expect(wordsOf(...texts)).toEqual(words);
  });
});

describe('queryTerms', () => {
  it.each([
    ['  Résumé, Petition ', ['resume', 'petition']],
    ['', []],
  ])('"%s"', (q, terms) => {
    expect(queryTerms(q)).toEqual(terms);
  });
});
