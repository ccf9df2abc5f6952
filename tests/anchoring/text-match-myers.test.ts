import { describe, expect, it } from 'vitest';
import { anchoredDistance, findMatchEnds, searchApprox } from '../../lib/anchoring/match-myers';

/** Plain dynamic programming: the least edit distance of the pattern to a substring ending at each offset. */
function bruteEnds(text: string, pattern: string): number[] {
  const m = pattern.length;
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  const out: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const cur = [0];
    for (let i = 1; i <= m; i++) {
      cur[i] = Math.min(prev[i - 1] + (pattern[i - 1] === text[j] ? 0 : 1), prev[i] + 1, cur[i - 1] + 1);
    }
    out.push(cur[m]);
    prev = cur;
  }
  return out;
}

/** A small deterministic random generator, so a failure can be replayed. */
function rng(seed: number) {
  // mulberry32: 32-bit integer arithmetic only (an LCG in doubles loses its low bits).
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('findMatchEnds (Myers bit-parallel) agrees with plain dynamic programming', () => {
  // Pattern lengths around the 32-bit block edges are where a block version goes wrong; long
  // patterns with few errors allowed are where the cut-off leaves most blocks out.
  it.each([
    [1, 3],
    [5, 3],
    [31, 3],
    [32, 3],
    [33, 3],
    [63, 3],
    [64, 3],
    [65, 3],
    [100, 3],
    [150, 10],
    [300, 10],
    [300, 2.5],
    [97, 1],
    [40, 0.5],
  ])('pattern of %i characters, k = m / %d', (m, div) => {
    const r = rng(m * 7 + div);
    const alpha = 'abcd ';
    const text = Array.from({ length: 900 }, () => alpha[Math.floor(r() * alpha.length)]).join('');
    const pattern = text.slice(150, 150 + m).split('').map((c) => (r() < 0.15 ? 'x' : c)).join('');
    const k = Math.floor(m / div);
    const brute = bruteEnds(text, pattern);
    // Every reported end is a local best of a run of ends within k errors, with its true distance.
    const ends = findMatchEnds(text, pattern, k);
    for (const [end, errors] of ends) expect(errors).toBe(brute[end - 1]);
    const within = brute.map((d, j) => (d <= k ? j + 1 : -1)).filter((j) => j >= 0);
    const runs = within.filter((j, i) => i === 0 || within[i - 1] !== j - 1).length;
    expect(ends.length).toBe(runs);
  });

  it('reports nothing when the pattern is far from the text', () => {
    expect(findMatchEnds('aaaaaaaaaa', 'bbbb', 1)).toEqual([]);
  });
});

describe('searchApprox', () => {
  it.each([
    ['exact', 'the quick brown fox jumps', 'brown fox', 'brown fox', 0],
    ['one substitution', 'the quick brown fax jumps', 'brown fox', 'brown fax', 1],
    ['one insertion', 'the quick brown foxy jumps', 'brown fox jumps', 'brown foxy jumps', 1],
    ['one deletion', 'the quick brwn fox jumps', 'quick brown fox', 'quick brwn fox', 1],
  ])('%s', (_label, text, pattern, found, errors) => {
    const [m] = searchApprox(text, pattern, 2);
    expect(text.slice(m.start, m.end)).toBe(found);
    expect(m.errors).toBe(errors);
  });
});

describe('anchoredDistance', () => {
  it.each([
    ['abc', 'abcdef', 0, 3],
    ['abc', 'abxdef', 1, 3],
    ['abc', 'ac', 1, 2],
    ['', 'abc', 0, 0],
    ['abc', '', 3, 0],
  ])('%s against a prefix of %s', (a, b, distance, used) => {
    expect(anchoredDistance(a, b)).toEqual({ distance, used });
  });
});
