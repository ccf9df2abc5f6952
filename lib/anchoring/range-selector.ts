import type { RangeSelector } from './selectors';

/**
 * A RangeSelector as the Hypothesis client writes it, resolved in a live DOM: its containers are
 * element paths from the root (document.body) of the form `/main[1]/article[1]/p[2]` (tag names
 * in any case, 1-based positions among the element children of that name; a step without a
 * position is the first), and its offsets count the characters of the container's text content.
 *
 * Only these simple paths are read; a full XPath (predicates, axes, `text()`) gives null, as does
 * a path or offset the page no longer has. What the range selects is not checked here: a page
 * whose structure changed can put other words under the same path (lib/notes/anchor-notes.ts
 * compares them with the note's words).
 */
export function resolveRangeSelector(root: Element, sel: RangeSelector): TextBounds | null {
  const startEl = elementAtPath(root, sel.startContainer);
  const endEl = elementAtPath(root, sel.endContainer);
  if (!startEl || !endEl) return null;
  const start = pointAtTextOffset(startEl, sel.startOffset);
  const end = pointAtTextOffset(endEl, sel.endOffset);
  if (!start || !end) return null;
  return { startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset };
}

/** A range's boundaries in text nodes (what `offsetsOfRange` reads). */
export interface TextBounds {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

const STEP = /^([A-Za-z][A-Za-z0-9-]*)(?:\[([1-9][0-9]*)\])?$/;

/** The element a simple path names, from `root` (the empty path and `/` are the root itself). */
export function elementAtPath(root: Element, path: string): Element | null {
  const steps = path.split('/');
  if (steps.shift() !== '') return null; // relative paths are not what Hypothesis writes
  if (steps.length === 1 && steps[0] === '') return root;
  let el: Element = root;
  for (const step of steps) {
    const m = STEP.exec(step);
    if (!m) return null;
    const name = m[1].toLowerCase();
    let nth = m[2] ? Number(m[2]) : 1;
    let next: Element | null = null;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName.toLowerCase() === name && --nth === 0) {
        next = c;
        break;
      }
    }
    if (!next) return null;
    el = next;
  }
  return el;
}

/**
 * The text node and offset of the `offset`-th character of `el`'s text content (every text node
 * under it, in document order). The end of the text is the end of its last text node.
 */
export function pointAtTextOffset(el: Element, offset: number): { node: Text; offset: number } | null {
  let left = offset;
  let last: Text | null = null;
  const walk = (parent: Node): { node: Text; offset: number } | null => {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = c as Text;
        if (left < t.length) return { node: t, offset: left };
        left -= t.length;
        last = t;
      } else if (c.nodeType === 1) {
        const hit = walk(c);
        if (hit) return hit;
      }
    }
    return null;
  };
  const hit = walk(el);
  if (hit) return hit;
  const end = last as Text | null;
  return left === 0 && end ? { node: end, offset: end.length } : null;
}
