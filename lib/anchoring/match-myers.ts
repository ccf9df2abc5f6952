/**
 * Approximate string search: where in `text` does `pattern` occur with at most `maxErrors`
 * edits (insertions, deletions, substitutions)? Myers' bit-parallel algorithm (1999) in Hyyrö's
 * block form, so patterns of any length run in O(n · ⌈m/32⌉) — the algorithm behind the
 * approx-string-match package the Hypothesis client anchors with. Written here to keep
 * dependencies few and to control how candidate matches are reported.
 *
 * Measured against approx-string-match 2.0 (issue 14; `npx tsx bench/approx-match.ts`, 40
 * passages of the dev pages' 101,000-word text, k = 40 % of the passage as re-anchoring uses,
 * medians of three alternating rounds on a shared 2-core machine):
 * - results: the same best match (start, end, errors) in 396 of 400 searches; the 4 others
 *   (words inserted) are misplaced by both alike (38/40 right each);
 * - speed near the old position (±2,000 characters, the first step): both 0.2-2 ms a search.
 *   Over the whole text (a passage not near its old place), three runs: all searches took
 *   ours 12.6 / 16.3 / 21.7 s, theirs 7.9 / 9.2 / 14.5 s (1.5-1.8x). When nothing matches the
 *   two are within the machine's noise (ours 68-95 ms a search, theirs 52-92 ms); when the
 *   passage is there theirs is 1.4-2x faster, because it lowers its error bound to the best
 *   match found so far and returns only the lowest-error matches. That is also why it does not
 *   fit: re-anchoring ranks every run of ends within k by their context (60 candidates against
 *   its 46 with words inserted), so a repeated passage in the right context is not dropped for a
 *   closer one elsewhere; and the whole-text search runs only after the near one failed;
 * - size: 885 B gzip against 851 B for this file's search; the content script keeps
 *   anchoredDistance either way, so taking it would grow the content script.
 * Ukkonen's cut-off (computing only the band of blocks that can be within k) was tried here and
 * gained nothing at k = 40 % (the band is the whole column). Kept: ours.
 */

export interface ApproxMatch {
  /** Start offset in the text (inclusive). */
  start: number;
  /** End offset in the text (exclusive). */
  end: number;
  /** Edit distance between the pattern and text.slice(start, end). */
  errors: number;
}

/** A char-code → compact-alphabet index table, reused between searches (reset after each). */
const charIndex = new Uint16Array(65536);

/**
 * End offsets where the best alignment of the whole pattern has ≤ maxErrors edits, one per run
 * of neighbouring ends (the lowest-error end of each run), as [end (exclusive), errors] pairs.
 */
export function findMatchEnds(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): Array<[number, number]> {
  const m = pattern.length;
  if (m === 0) return [];
  const blocks = Math.ceil(m / 32);
  // Compact alphabet of the pattern: index 0 means "not in the pattern" (its Eq mask is zero).
  let alphabet = 0;
  const codes: number[] = [];
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (charIndex[c] === 0) {
      charIndex[c] = ++alphabet;
      codes.push(c);
    }
  }
  const peq = new Int32Array((alphabet + 1) * blocks);
  for (let i = 0; i < m; i++) {
    const a = charIndex[pattern.charCodeAt(i)];
    peq[a * blocks + (i >> 5)] |= 1 << (i & 31);
  }
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  // Score of the last row at the current column: the edit distance of the best match ending here.
  let score = m;
  const lastBit = 1 << ((m - 1) & 31);
  const ends: Array<[number, number]> = [];
  let runBest = -1;
  let runErr = Infinity;

  for (let j = from; j < to; j++) {
    const a = charIndex[text.charCodeAt(j)];
    const base = a * blocks;
    // Horizontal delta entering the top block is 0: a match may start anywhere (semi-global).
    let hin = 0;
    for (let b = 0; b < blocks; b++) {
      let eq = a ? peq[base + b] : 0;
      const pv = P[b];
      const mv = M[b];
      const xv = eq | mv;
      const hinNeg = hin < 0 ? 1 : 0;
      eq |= hinNeg;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const high = b === blocks - 1 ? lastBit : 0x80000000 | 0;
      let hout = 0;
      if (ph & high) hout = 1;
      else if (mh & high) hout = -1;
      ph = (ph << 1) | (hin > 0 ? 1 : 0);
      mh = (mh << 1) | hinNeg;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    if (score <= maxErrors) {
      if (score < runErr) {
        runErr = score;
        runBest = j + 1;
      }
    } else if (runBest >= 0) {
      ends.push([runBest, runErr]);
      runBest = -1;
      runErr = Infinity;
    }
  }
  if (runBest >= 0) ends.push([runBest, runErr]);
  for (const c of codes) charIndex[c] = 0;
  return ends;
}

/**
 * Align all of `a` against a prefix of `b` (any length), both read from their first character:
 * returns the least edit distance and the length of `b` used. Used backwards (on reversed
 * strings) to find where a match starts, and to compare a selector's prefix/suffix with the page.
 */
export function anchoredDistance(a: string, b: string): { distance: number; used: number } {
  const n = a.length;
  const w = b.length;
  if (n === 0) return { distance: 0, used: 0 };
  let prev = new Int32Array(w + 1);
  let cur = new Int32Array(w + 1);
  for (let j = 0; j <= w; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= w; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  // Least distance; on ties, the length closest to a's own length.
  let best = 0;
  for (let j = 1; j <= w; j++) {
    if (prev[j] < prev[best] || (prev[j] === prev[best] && Math.abs(j - n) < Math.abs(best - n))) best = j;
  }
  return { distance: prev[best], used: best };
}

function reverse(s: string): string {
  let r = '';
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}

/** Approximate matches of `pattern` in `text[from, to)` with ≤ maxErrors edits, with their starts. */
export function searchApprox(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): ApproxMatch[] {
  const out: ApproxMatch[] = [];
  const rp = reverse(pattern);
  for (const [end, errors] of findMatchEnds(text, pattern, maxErrors, from, to)) {
    const lo = Math.max(from, end - pattern.length - errors);
    const { distance, used } = anchoredDistance(rp, reverse(text.slice(lo, end)));
    out.push({ start: end - used, end, errors: distance });
  }
  return out;
}

export { reverse };
