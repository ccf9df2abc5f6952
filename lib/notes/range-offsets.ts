import type { TextIndex } from '../anchoring/text-index';

/** A range's boundaries (a Range, a StaticRange, or a plain object). */
export type Bounds = Pick<AbstractRange, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

/**
 * The offsets in `index.text` of the characters a DOM Range covers (a reader's selection), trimmed
 * of white space at its edges; null when it covers no indexed character. Characters are in
 * document order, so two binary searches find the edges, whatever
 * kind of node the range's boundaries sit in (a triple-click ends at the next paragraph's start).
 * The boundaries are compared with `comparePoints` (the DOM's own algorithm), not with
 * `Range.comparePoint`, which some DOM implementations get wrong.
 */
export function offsetsOfRange(index: TextIndex, range: Bounds): { start: number; end: number } | null {
  // The characters that come from a Text node (inserted block breaks have none).
  const real: number[] = [];
  for (let i = 0; i < index.text.length; i++) if (index.nodeOf[i] >= 0) real.push(i);
  if (!real.length) return null;
  // Compare a character's edge with the range's start (after = 0) or end (after = 1).
  const cmp = (i: number, after: 0 | 1) => {
    const node = index.nodes[index.nodeOf[i]];
    const offset = Math.min(index.offsetOf[i] + after, node.length);
    return after ? comparePoints(node, offset, range.endContainer, range.endOffset) : comparePoints(node, offset, range.startContainer, range.startOffset);
  };
  // First character whose start is not before the range.
  let lo = 0;
  let hi = real.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(real[mid], 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // Last character whose end is not after the range.
  lo = first - 1;
  hi = real.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cmp(real[mid], 1) <= 0) lo = mid;
    else hi = mid - 1;
  }
  const last = lo;
  if (first >= real.length || last < first) return null;
  let start = real[first];
  let end = real[last] + 1;
  while (start < end && index.text[start] === ' ') start++;
  while (end > start && index.text[end - 1] === ' ') end--;
  return end > start ? { start, end } : null;
}

function childIndex(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/**
 * Where boundary point (a, aOffset) lies relative to (b, bOffset): -1 before, 0 equal, 1 after
 * (https://dom.spec.whatwg.org/#concept-range-bp-position). Points in different trees count as before.
 */
export function comparePoints(a: Node, aOffset: number, b: Node, bOffset: number): -1 | 0 | 1 {
  if (a === b) return aOffset === bOffset ? 0 : aOffset < bOffset ? -1 : 1;
  const rel = a.compareDocumentPosition(b);
  if (rel & 1 /* DISCONNECTED */) return -1;
  if (rel & 2 /* b is before a */) return -comparePoints(b, bOffset, a, aOffset) as -1 | 0 | 1;
  if (rel & 16 /* b is inside a */) {
    let child: Node = b;
    while (child.parentNode && child.parentNode !== a) child = child.parentNode;
    if (childIndex(child) < aOffset) return 1;
  }
  return -1;
}
