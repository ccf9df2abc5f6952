import { describe, expect, it } from 'vitest';
import { describe as describeSel } from '../../lib/anchoring/selectors';
import { codePointLength, codePointPosition, utf16Position } from '../../lib/export/code-points';

describe('codePointLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['🎉', 1],
    ['a🎉b', 3],
    ['𠮷野家', 3],
    ['\ud800x', 2],
    ['e\u0301', 2],
  ])('%j has %i code points', (s, n) => expect(codePointLength(s)).toBe(n));
});

describe('the Web Annotation TextPositionSelector counts code points', () => {
  it.each([
    ['no astral characters', 'Hello world, we won today', 13, 19, [13, 19]],
    ['an emoji before the passage', '🚀 Hello, we won today', 10, 16, [9, 15]],
    ['an emoji inside the passage', 'Hi, we 🎉 won', 4, 13, [4, 12]],
    ['a CJK extension character before it', '𠮷野家 said: yes', 11, 14, [10, 13]],
  ])('%s', (_name, text, start, end, [cs, ce]) => {
    const sel = describeSel(text, start, end);
    expect(codePointPosition(sel)).toEqual({ type: 'TextPositionSelector', start: cs, end: ce });
    // And back: the UTF-16 offsets again.
    expect(utf16Position({ type: 'TextPositionSelector', start: cs, end: ce }, sel.quote.exact, sel.quote.prefix)).toEqual(sel.position);
  });

  it('is not given when the text before the passage is longer than its stored context', () => {
    const text = `${'🎉 '.repeat(40)}the passage`;
    expect(codePointPosition(describeSel(text, text.length - 11, text.length))).toBeNull();
  });

  it('is not given when the stored words are not the positioned ones', () => {
    const sel = describeSel('abc def', 4, 7);
    expect(codePointPosition({ ...sel, quote: { ...sel.quote, exact: 'de' } })).toBeNull();
  });

  it('another tool’s offsets stay a hint when the context cannot convert them', () => {
    const p = { type: 'TextPositionSelector' as const, start: 500, end: 503 };
    expect(utf16Position(p, 'def', 'abc ')).toEqual(p);
  });
});
