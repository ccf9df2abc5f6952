import { describe, expect, it } from 'vitest';
import { foldText, foldedOffset, rawRange } from '../../lib/anchoring/match-normalize';

describe('foldText', () => {
  it.each([
    ['collapses white space runs', 'a \n\t b', 'a b'],
    ['keeps one leading and trailing space', '  a  ', ' a '],
    ['drops soft hyphens and zero-width marks', 'co\u00adop\u200beration', 'cooperation'],
    ['folds typographic quotes', '“It’s” «x»', '"it\'s" "x"'],
    ['folds dashes', 'a – b — c', 'a - b - c'],
    ['lower-cases', 'ÉTÉ Moscow', 'été moscow'],
    ['folds no-break spaces', '18\u00a0000', '18 000'],
  ])('%s', (_label, raw, folded) => {
    expect(foldText(raw).text).toBe(folded);
  });

  it('maps folded offsets back to the raw text', () => {
    const raw = 'One.\n\n  Two\u00ad words';
    const f = foldText(raw);
    const s = f.text.indexOf('two words');
    const r = rawRange(f, s, s + 'two words'.length);
    expect(raw.slice(r.start, r.end)).toBe('Two\u00ad words');
    expect(foldedOffset(f, r.start)).toBe(s);
  });
});
