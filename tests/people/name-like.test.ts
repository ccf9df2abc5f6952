import { describe, expect, it } from 'vitest';
import { GLUED_PARTICLE } from '../../lib/people/lexicon/common';
import { nameLike } from '../../lib/people/words';
import { fixture } from '../helpers';

// The rule nameLike reads with character classes, as expressions.
function reference(text: string): boolean {
  const w = text.replace(/\.$/, '');
  if (GLUED_PARTICLE.test(w)) return true;
  if (!/^\p{Lu}/u.test(w) || /\p{N}/u.test(w)) return false;
  const letters = w.replace(/[^\p{L}]/gu, '');
  return letters.length === 1 || letters !== letters.toUpperCase();
}

describe('nameLike', () => {
  it.each([
    'Morozov', 'Jean-Pierre', 'al-Bashir', 'd’Estaing', "d'Estaing", 'BBC', 'J.', 'A', 'Dr.', 'COVID-19', 'G7', 'McDonald’s',
    'iPhone', 'über', 'Über', 'ÜBER', 'Ørsted', 'Ǆemal', 'ǅemal', 'Ἀθῆναι', 'Е.', 'ЕС', 'Москва', 'Jose\u0301', 'X-Men', 'x-Men',
    'de-Gaulle', 'De-Gaulle', 'van-Dam', 'o’Neill', 'O’Neill', '𝐀bc', 'A\u0301', 'Ⅻ', 'Ⅻx', 'Jean-Paul2', 'al-', 'd’',
    // The joiner of a glued particle at index 1, 2, 3 and beyond; letters a-z only, and others.
    'd-Amato', 'ash-Sham', 'ash’Sham', 'von-Trier', 'vonn-Trier', 'abcd-Ef', 'ab-cd', 'Ab', 'AB', 'ABc', 'Ab.', 'AB.', 'Straße', 'STRASSE', 'İstanbul', 'ÉCOLE',
  ])('answers as the expressions for %j', (word) => {
    expect(nameLike(word)).toBe(reference(word));
  });

  it('answers as the expressions for every word of a saved page', () => {
    const html = fixture('guardian-1.html');
    for (const m of html.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*\.?/gu)) expect(nameLike(m[0])).toBe(reference(m[0]));
  });
});
