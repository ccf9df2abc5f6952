import { describe, expect, it } from 'vitest';
import { memoWord, memoWordPer } from '../../lib/text/memo';

describe('memoWord', () => {
  it('computes each word once while it stays in the store', () => {
    const calls: string[] = [];
    const f = memoWord((w) => (calls.push(w), w.length), 10);
    expect([f('a'), f('bb'), f('a'), f('bb')]).toEqual([1, 2, 1, 2]);
    expect(calls).toEqual(['a', 'bb']);
  });

  it('keeps answers that are undefined or null', () => {
    let n = 0;
    const f = memoWord((w) => (n++, w === 'x' ? undefined : null), 10);
    f('x');
    f('x');
    f('y');
    f('y');
    expect(n).toBe(2);
  });

  it('keeps the words still asked for when the store is full, and forgets the others', () => {
    const calls: string[] = [];
    const f = memoWord((w) => (calls.push(w), w.toUpperCase()), 2);
    f('hot');
    f('a'); // young: hot, a (full)
    f('b'); // young becomes old; young: b
    f('hot'); // from the old generation: carried over, not computed
    f('c'); // young full (b, hot): it becomes old; young: c
    f('a'); // two generations back: gone, computed again
    f('hot'); // still in the old generation
    expect(calls).toEqual(['hot', 'a', 'b', 'c', 'a']);
  });

  it('answers as the function does, whatever the limit', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i % 37}`);
    const f = memoWord((w) => w.split('').reverse().join(''), 5);
    expect(words.map(f)).toEqual(words.map((w) => w.split('').reverse().join('')));
  });
});

describe('memoWordPer', () => {
  it('keeps one store per table', () => {
    const calls: string[] = [];
    const f = memoWordPer((w: string, t: { tag: string }) => (calls.push(`${t.tag}:${w}`), `${t.tag}${w}`));
    const a = { tag: 'a' };
    const b = { tag: 'b' };
    expect([f('x', a), f('x', b), f('x', a), f('x', b)]).toEqual(['ax', 'bx', 'ax', 'bx']);
    expect(calls).toEqual(['a:x', 'b:x']);
  });
});
