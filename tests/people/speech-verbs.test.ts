import { describe, expect, it } from 'vitest';
import { blocksFromParagraphs } from '../../lib/article/blocks';
import { findPeople } from '../../lib/people/find';

const names = (text: string, lang: string) => findPeople(blocksFromParagraphs([text]), lang).map((p) => p.name);

/**
 * The people finder reads the same speech verbs as the attribution (one list per language): a
 * name that only a less common verb stands next to is still a person's.
 */
describe('findPeople: the language pack\'s speech verbs are evidence of a person', () => {
  it.each([
    ['es', 'Andrés Merlo recuerda que la reunión fue tensa.', ['Andrés Merlo']],
    ['es', 'Yanira Solano menciona que el control se agravó.', ['Yanira Solano']],
    ['pt', 'Joana Prates lamentou que o plano tenha falhado.', ['Joana Prates']],
    // Not a verb: the same shape with a noun after the name names no one.
    ['es', 'Puerto Cortés recibe barcos cada semana.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(names(text, lang)).toEqual(expected);
  });
});
