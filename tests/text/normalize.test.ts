import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../lib/text/normalize';

describe('normalizeText', () => {
  it.each([
    ['a lone space stays', 'a b', 'a b'],
    ['a run of spaces becomes one', 'a   b', 'a b'],
    ['a lone no-break space becomes a space', 'a\u00a0b', 'a b'],
    ['a lone tab, newline or thin space becomes a space', 'a\tb\nc\u2009d\u202fe', 'a b c d e'],
    ['a mixed run becomes one space', 'a \u00a0\n\u3000b', 'a b'],
    ['white space at the ends is kept as one space', '  a\n', ' a '],
    ['invisible characters go, and the spaces around one join', 'co\u00adop a \u200b b', 'coop a b'],
    ['nothing to do', 'abc', 'abc'],
  ])('%s', (_name, input, want) => {
    expect(normalizeText(input)).toBe(want);
  });
});
