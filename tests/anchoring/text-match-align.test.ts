import { describe, expect, it } from 'vitest';
import { alignHead } from '../../lib/anchoring/match-align';

/** [label, head (the passage), tail (its context), text read from the passage's start, the passage found]. */
const CASES: Array<[string, string, string, string, string]> = [
  ['unchanged', 'saving her.', ' she burned', 'saving her. she burned and crashed', 'saving her.'],
  ['one letter changed', 'saving her.', ' she burned', 'savinq her. she burned and crashed', 'savinq her.'],
  ['a phrase inserted before the last word', 'a chance of saving her.', ' she burned', 'a chance of saving (who declined to be named) her. she burned', 'a chance of saving (who declined to be named) her.'],
  ['a phrase added after the passage', 'a chance of saving her.', ' she burned', 'a chance of saving her. doctors said nothing more. she burned', 'a chance of saving her.'],
  ['the context rewritten', 'a chance of saving her.', ' she burned', 'a chance of saving her. later that day', 'a chance of saving her.'],
];

describe('alignHead', () => {
  it.each(CASES)('%s', (_label, head, tail, text, found) => {
    const r = alignHead(head, tail, text)!;
    expect(text.slice(0, r.column)).toBe(found);
  });

  it('counts the passage’s own edits', () => {
    expect(alignHead('abcdef', 'xyz', 'abXdef xyz')).toEqual({ column: 6, errors: 1 });
  });

  it('keeps a passage that ended the text at the end', () => {
    const text = 'sans (who declined to be named) abri.';
    expect(alignHead('sans abri.', '', text, true)).toEqual({ column: text.length, errors: 27 });
  });
});
