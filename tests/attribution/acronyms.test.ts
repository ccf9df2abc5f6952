import { describe, expect, it } from 'vitest';
import { blocksFromParagraphs } from '../../lib/article/blocks';
import { definedAcronyms } from '../../lib/attribution/acronyms';
import { speakersOf } from './helpers';

describe('definedAcronyms', () => {
  it.each([
    ['la denuncia a la Dirección Nacional de Servicios Agrícolas (DGSA) del Ministerio', { DGSA: 'Dirección Nacional de Servicios Agrícolas' }],
    ['approved by the Food and Drug Administration (FDA) on Monday', { FDA: 'Food and Drug Administration' }],
    ['selon la Commission des infractions fiscales (CIF) de Bercy', { CIF: 'Commission des infractions fiscales' }],
    // not an acronym of the name before it: a news agency's credit, a country after a person
    ['SANTIAGO (AFP) — The president said', {}],
    ['Joe Biden (USA) won', {}],
    // one letter or two is no acronym here
    ['Maria Lopez (D) voted no', {}],
  ])('%s', (text, expected) => {
    expect(Object.fromEntries(definedAcronyms(blocksFromParagraphs([text])))).toEqual(expected);
  });

  it('leaves out an acronym defined with two different names', () => {
    const article = blocksFromParagraphs(['The Centre for Policy Studies (CPS) said so.', 'The Chicago Public Schools (CPS) disagreed.']);
    expect(definedAcronyms(article).size).toBe(0);
  });
});

describe('a speaker given by a defined acronym', () => {
  it('is named as the article names it in full', () => {
    expect(speakersOf({
      name: 'acronym',
      lang: 'es',
      paragraphs: ['El productor fue denunciado ante la Dirección Nacional de Servicios Agrícolas (DGSA).', 'Según informó la DGSA, “no había niños”.'],
      speakers: ['Dirección Nacional de Servicios Agrícolas'],
    })).toEqual(['Dirección Nacional de Servicios Agrícolas']);
  });
});
