import { describe as group, expect, it } from 'vitest';
import { describe, fromAnchor, SelectorsSchema, toW3C } from '../../lib/anchoring/selectors';

const text = 'Morozov said that nearly 18,000 people have so far signed this petition.';

group('describe', () => {
  it.each([
    ['middle', 18, 24, 'nearly', 'Morozov said that ', ' 18,000 people have so far signed'],
    ['start of text', 0, 7, 'Morozov', '', ' said that nearly 18,000 people ha'],
    ['end of text', 63, 72, 'petition.', ' people have so far signed this ', ''],
  ])('%s', (_label, start, end, exact, prefix, suffix) => {
    const s = describe(text, start, end);
    expect(s.quote.exact).toBe(exact);
    expect(s.quote.prefix).toBe(prefix.slice(-32));
    expect(s.quote.suffix).toBe(suffix.slice(0, 32));
    expect(s.position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(SelectorsSchema.parse(s)).toEqual(s);
  });

  it.each([
    [-1, 3],
    [5, 5],
    [5, 4],
    [0, 999],
  ])('rejects the range %i..%i', (start, end) => {
    expect(() => describe(text, start, end)).toThrow(RangeError);
  });
});

group('SelectorsSchema', () => {
  it.each([
    ['an empty quote', { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } }],
    ['a reversed position', { quote: { type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 5, end: 2 } }],
    ['a missing type', { quote: { exact: 'a', prefix: '', suffix: '' } }],
  ])('refuses %s', (_label, value) => {
    expect(SelectorsSchema.safeParse(value).success).toBe(false);
  });
});

group('conversions', () => {
  it('turns an analysis anchor into selectors and W3C form', () => {
    const s = fromAnchor({ exact: 'nearly', prefix: 'that ', suffix: ' 18', start: 18, end: 24 });
    expect(toW3C(s)).toEqual([
      { type: 'TextQuoteSelector', exact: 'nearly', prefix: 'that ', suffix: ' 18' },
      { type: 'TextPositionSelector', start: 18, end: 24 },
    ]);
  });
});
