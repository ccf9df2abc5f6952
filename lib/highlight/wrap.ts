import { MARK_TAG } from './styles';

/** A stretch of text by its Text nodes and offsets (like a StaticRange: it does not follow DOM edits). */
export interface TextSpan {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

export interface WrapItem {
  key: string;
  kind: string;
  span: TextSpan;
}

/** What `wrapSpans` did, so that `unwrap` can put every node back exactly as it was. */
export interface Wrapping {
  /** Wrapper elements per item key, in document order. */
  marks: Map<string, Element[]>;
  /** Text nodes we split: each original node and the pieces split off it, in order. */
  splits: { node: Text; pieces: Text[] }[];
  all: Element[];
}

/** The Text nodes between two text boundaries, in document order. */
function textNodesBetween(span: TextSpan): Text[] {
  const doc = span.startContainer.ownerDocument;
  const range = doc.createRange();
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const out: Text[] = [];
  let inside = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === span.startContainer) inside = true;
    if (inside) out.push(n as Text);
    if (n === span.endContainer) break;
  }
  return out;
}

/**
 * The fallback for engines without the CSS Custom Highlight API: wrap each item's text in inline
 * `<sourcelight-mark>` elements. All boundaries are collected first and every text node is split
 * once, so overlapping items (a name inside a quote) share wrappers instead of breaking each other.
 */
export function wrapSpans(items: WrapItem[]): Wrapping {
  // For every text node: the cut points and which items cover [from, to) of it.
  const perNode = new Map<Text, { cuts: Set<number>; covers: { from: number; to: number; item: WrapItem }[] }>();
  for (const item of items) {
    for (const node of textNodesBetween(item.span)) {
      const from = node === item.span.startContainer ? item.span.startOffset : 0;
      const to = node === item.span.endContainer ? item.span.endOffset : node.length;
      if (to <= from || !node.parentNode) continue;
      let entry = perNode.get(node);
      if (!entry) perNode.set(node, (entry = { cuts: new Set(), covers: [] }));
      entry.cuts.add(from).add(to);
      entry.covers.push({ from, to, item });
    }
  }

  const wrapping: Wrapping = { marks: new Map(), splits: [], all: [] };
  const pending: { key: string; mark: Element; order: number }[] = [];
  let order = 0;
  for (const [node, { cuts, covers }] of perNode) {
    const points = [...cuts, 0, node.length].filter((p, i, a) => a.indexOf(p) === i).sort((a, b) => a - b);
    // Split from the end so the offsets before each cut stay valid.
    const pieces: { text: Text; from: number; to: number }[] = [];
    const splitOff: Text[] = [];
    for (let i = points.length - 2; i >= 0; i--) {
      const from = points[i];
      const to = points[i + 1];
      const text = from === 0 ? node : node.splitText(from);
      if (from !== 0) splitOff.unshift(text);
      pieces.unshift({ text, from, to });
    }
    if (splitOff.length) wrapping.splits.push({ node, pieces: splitOff });
    for (const piece of pieces) {
      const over = covers.filter((c) => c.from <= piece.from && c.to >= piece.to);
      if (!over.length || !piece.text.length) continue;
      const mark = node.ownerDocument.createElement(MARK_TAG);
      mark.setAttribute('data-kind', [...new Set(over.map((c) => c.item.kind))].join(' '));
      mark.setAttribute('data-keys', over.map((c) => c.item.key).join(' '));
      piece.text.parentNode!.insertBefore(mark, piece.text);
      mark.appendChild(piece.text);
      wrapping.all.push(mark);
      for (const c of over) pending.push({ key: c.item.key, mark, order: order++ });
    }
  }
  for (const { key, mark } of pending) {
    const list = wrapping.marks.get(key) ?? [];
    list.push(mark);
    wrapping.marks.set(key, list);
  }
  for (const list of wrapping.marks.values()) {
    list.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  }
  return wrapping;
}

/** Remove every wrapper and join the text nodes we split, leaving the DOM as it was. */
export function unwrap(wrapping: Wrapping): void {
  for (const mark of wrapping.all) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  for (const { node, pieces } of wrapping.splits) {
    for (const piece of pieces) {
      if (node.nextSibling !== piece) break; // the page moved things meanwhile: leave them be
      node.appendData(piece.data);
      piece.remove();
    }
  }
  wrapping.all = [];
  wrapping.splits = [];
  wrapping.marks.clear();
}
