import { describe, expect, it } from 'vitest';
import { kindOf } from '../../lib/anchoring/text-index';

// The definitions the index follows (and lib/text/normalize.ts applies to the article text).
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

describe('kindOf', () => {
  it('classifies every character of the Basic Multilingual Plane as the regular expressions do', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const want = INVISIBLE.test(ch) ? 2 : SPACE.test(ch) ? 1 : 0;
      if (kindOf(c) !== want) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
