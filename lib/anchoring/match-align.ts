/**
 * Where exactly does a passage begin and end? An approximate search finds *a* cheap alignment,
 * but when words were inserted near an edge it prefers to drop the edge of the passage and match
 * part of the inserted words instead. Aligning the passage together with its stored context
 * (prefix + passage backwards from the end, passage + suffix forwards from the start) puts each
 * edge where the context says it is.
 */

/** Characters on each side of a "clean" junction: the passage's last ones and the context's first. */
const JUNCTION = 4;

/** Cells above which the full matrix is not kept (very long passages keep the search's edges). */
const MAX_CELLS = 4_000_000;

/**
 * Align `head + tail` against a prefix of `b` (any length), both read from their first character,
 * (`bEndsText`: b runs to the end of the text, so an empty tail means "the end")
 * and return the column where the alignment finishes `head` (the leftmost, so text inserted
 * between head and tail is not counted as head) and the edit distance of head to b[0, column).
 */
export function alignHead(head: string, tail: string, b: string, bEndsText = false): { column: number; errors: number } | null {
  const a = head + tail;
  const n = a.length;
  const w = b.length;
  const W = w + 1;
  if ((n + 1) * W > MAX_CELLS) return null;
  const D = new Int32Array((n + 1) * W);
  for (let j = 0; j <= w; j++) D[j] = j;
  for (let i = 1; i <= n; i++) {
    const row = i * W;
    const up = row - W;
    D[row] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= w; j++) {
      const sub = D[up + j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = D[up + j] + 1;
      const ins = D[row + j - 1] + 1;
      D[row + j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
  }
  // Best end in b, preferring the one nearest a's own length on ties.
  const last = n * W;
  let j = 0;
  for (let k = 1; k <= w; k++) {
    if (D[last + k] < D[last + j] || (D[last + k] === D[last + j] && Math.abs(k - n) < Math.abs(j - n))) j = k;
  }
  const m = head.length;
  // Unit-cost edits would rather garble the context than insert a phrase into the passage, so a
  // place where the passage's last characters and the context's first ones both stand intact
  // wins, the one with the fewest passage errors.
  const L = Math.min(JUNCTION, m, tail.length);
  if (L > 0) {
    const headEnd = head.slice(m - L);
    const tailStart = tail.slice(0, L);
    let clean = -1;
    for (let c = L; c + L <= w; c++) {
      if (b.startsWith(headEnd, c - L) && b.startsWith(tailStart, c)) {
        if (clean < 0 || D[m * W + c] < D[m * W + clean]) clean = c;
      }
    }
    // Even when costly: a passage that changed that much is then judged by its errors, not garbled.
    if (clean >= 0) return { column: clean, errors: D[m * W + clean] };
  } else if (!tail && bEndsText && m > 0 && b.endsWith(head.slice(-Math.min(JUNCTION, m)))) {
    // The passage ended the text (no suffix) and still does.
    return { column: w, errors: D[m * W + w] };
  }
  let i = n;
  // Walk back through the tail, preferring matches, then dropped tail characters: extra text is
  // thereby left to the head's last row, where it is stepped over below.
  while (i > m) {
    const here = D[i * W + j];
    if (j > 0 && here === D[(i - 1) * W + j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1)) {
      i--;
      j--;
    } else if (here === D[(i - 1) * W + j] + 1) i--;
    else j--;
  }
  // In the head's last row, an optimal path may step over text lying between head and tail.
  // Is that text inside the passage or after it? Let the passage end on a character that matches
  // (words inserted inside a passage leave its last word intact; words added after it leave the
  // passage intact), the earliest such column first.
  const right = j;
  while (j > 0 && D[m * W + j] === D[m * W + j - 1] + 1) j--;
  let column = j;
  if (m > 0) {
    for (let c = j; c <= right; c++) {
      if (c > 0 && a.charCodeAt(m - 1) === b.charCodeAt(c - 1) && D[m * W + c] === D[(m - 1) * W + c - 1]) {
        column = c;
        break;
      }
    }
  }
  return { column, errors: D[m * W + column] };
}
