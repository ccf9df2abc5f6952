import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clipToViewport, NOTE_OVERLAY_TAG, NoteLayer, type NoteHighlight } from '../../lib/notes/note-layer';

const HTML = '<p>One two <b>three</b> four five.</p><p>Six seven.</p>';

/**
 * happy-dom lays nothing out: each text range gets one box, 10 px per character from its start
 * offset, on a line per paragraph (so the tests can check what is drawn where).
 */
function fakeLayout() {
  return vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    if (this.startContainer.nodeType !== 3 || this.startContainer !== this.endContainer) return [{ left: 0, top: 0, width: 500, height: 200 }] as unknown as DOMRectList;
    const line = [...document.querySelectorAll('p')].indexOf(this.startContainer.parentElement!.closest('p')!);
    return [{ left: this.startOffset * 10, top: 100 + line * 20, width: (this.endOffset - this.startOffset) * 10, height: 16 }] as unknown as DOMRectList;
  });
}

const span = (node: Node, start: number, end: number, endNode: Node = node) => ({ startContainer: node as Text, startOffset: start, endContainer: endNode as Text, endOffset: end });

let layer: NoteLayer;
let registry: Map<string, unknown>;
beforeEach(() => {
  document.body.innerHTML = HTML;
  // A Highlight API registry, as Chromium has: a page script can list it and read every range.
  registry = new Map();
  (window as unknown as { CSS: unknown }).CSS = { highlights: registry };
  (window as unknown as { Highlight: unknown }).Highlight = class {
    constructor(...ranges: Range[]) {
      Object.assign(this, { ranges });
    }
  };
  layer = new NoteLayer(document);
});
afterEach(() => {
  layer.destroy();
  vi.restoreAllMocks();
});

function notes(): NoteHighlight[] {
  const [p1, p2] = [...document.querySelectorAll('p')];
  return [
    { id: 'a', span: span(p1.firstChild!, 4, 7) },
    // From "three" in <b> across " four" to the end of the first paragraph's text.
    { id: 'b', span: span(p1.querySelector('b')!.firstChild!, 0, 6, p1.lastChild!) },
    { id: 'c', span: span(p2.firstChild!, 0, 3) },
  ];
}

describe('NoteLayer', () => {
  it('puts nothing in CSS.highlights and leaves the page DOM as it was', () => {
    fakeLayout();
    const before = document.body.innerHTML;
    layer.render(notes());
    layer.flash('a');
    layer.pending(layer.rangeOf('c'));
    expect([...registry.keys()]).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
    expect(document.adoptedStyleSheets.length).toBe(0);
  });

  it('draws in a closed shadow root: the page sees one empty host', () => {
    fakeLayout();
    layer.render(notes());
    const hosts = document.querySelectorAll(NOTE_OVERLAY_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0].shadowRoot).toBeNull();
    expect(hosts[0].childNodes).toHaveLength(0);
    expect((hosts[0] as HTMLElement).style.pointerEvents).toBe('none');
  });

  it("draws one box per text node of each passage, not the boxes of elements inside", () => {
    fakeLayout();
    layer.render(notes());
    const drawn = layer.drawn();
    expect(drawn.filter((d) => d.id === 'a').map((d) => d.box)).toEqual([{ left: 40, top: 100, width: 30, height: 16 }]);
    // "three" and " four " (two text nodes), never the 500×200 box of a whole element.
    expect(drawn.filter((d) => d.id === 'b').map((d) => d.box.width)).toEqual([50, 60]);
    expect(drawn.every((d) => d.box.width < 500)).toBe(true);
    expect(drawn.map((d) => d.kind)).toEqual(['note', 'note', 'note', 'note']);
  });

  it('marks the flashed note and the pending passage by kind, on the next frame', async () => {
    fakeLayout();
    layer.render(notes());
    expect(layer.flash('c')).toBe(true);
    layer.pending(layer.rangeOf('a'));
    await new Promise((r) => requestAnimationFrame(r));
    const kinds = layer.drawn().map((d) => `${d.kind}:${d.id ?? '-'}`);
    expect(kinds).toEqual(['note:a', 'note:b', 'note:b', 'flash:c', 'pending:-']);
    expect(layer.flash('nope')).toBe(false);
  });

  it('draws a note found on changed words as changed', () => {
    fakeLayout();
    layer.render(notes().map((n) => ({ ...n, changed: n.id === 'c' })));
    expect(layer.drawn().map((d) => `${d.kind}:${d.id}`)).toEqual(['note:a', 'note:b', 'note:b', 'changed:c']);
  });

  it('tells which page edits touch a marked passage', () => {
    fakeLayout();
    layer.render(notes());
    const [p1, p2] = [...document.querySelectorAll('p')];
    expect(layer.touches(p1.firstChild!)).toBe(true); // the text of note a
    expect(layer.touches(p2.firstChild!)).toBe(true); // note c
    expect(layer.touches(p1)).toBe(true); // holds note a's text
    expect(layer.touches(document.body)).toBe(false); // e.g. an ad inserted elsewhere
    layer.render(notes().filter((n) => n.id === 'c'));
    expect(layer.touches(p1.firstChild!)).toBe(false);
  });

  it('draws nothing for a passage that left the page, and says so', () => {
    fakeLayout();
    const items = notes();
    layer.render(items);
    document.querySelectorAll('p')[1].remove();
    expect(layer.intact).toBe(false);
    layer.render(items);
    expect(layer.drawn().some((d) => d.id === 'c')).toBe(false);
  });

  it('clear removes the marks but keeps the (empty) host; destroy removes the host', () => {
    fakeLayout();
    layer.render(notes());
    layer.clear();
    expect(layer.drawn()).toEqual([]);
    expect(document.querySelectorAll(NOTE_OVERLAY_TAG)).toHaveLength(1);
    layer.destroy();
    expect(document.querySelectorAll(NOTE_OVERLAY_TAG)).toHaveLength(0);
  });

  it('is there, empty, on a page without notes', () => {
    layer.render([]);
    expect(document.querySelectorAll(NOTE_OVERLAY_TAG)).toHaveLength(1);
    expect(layer.drawn()).toEqual([]);
  });
});

describe('clipToViewport', () => {
  it.each([
    ['inside', { left: 10, top: 10, width: 20, height: 10 }, { left: 10, top: 10, width: 20, height: 10 }],
    ['across the top', { left: 10, top: -5, width: 20, height: 10 }, { left: 10, top: 0, width: 20, height: 5 }],
    ['across the right edge', { left: 90, top: 10, width: 20, height: 10 }, { left: 90, top: 10, width: 10, height: 10 }],
    ['below', { left: 10, top: 120, width: 20, height: 10 }, null],
    ['left of it', { left: -30, top: 10, width: 20, height: 10 }, null],
  ])('%s', (_l, box, expected) => expect(clipToViewport(box, 100, 100)).toEqual(expected));

  it('draws a claim in its verdict’s class with a glyph at the passage’s end', () => {
    fakeLayout();
    const [a, b, c] = notes();
    layer.render([{ ...a, verdict: 'false' }, b, { ...c, verdict: 'mixed', changed: true }]);
    expect(layer.drawn().map((d) => `${d.kind}:${d.id}`)).toEqual(['claim:a', 'note:b', 'note:b', 'changed:c']);
    const glyphs = (layer as unknown as { root: ShadowRoot }).root.querySelectorAll<HTMLElement>('.glyph');
    expect([...glyphs].map((g) => `${g.dataset.id}:${g.textContent}:${g.className}`)).toEqual(['a:✗:glyph v-false', 'c:±:glyph v-mixed']);
  });

  it.each([
    // Fake layout: 'a' spans x 40–70 and 'b' x 0–60 on the first line, 'c' x 0–30 on the second.
    [45, 105, ['a', 'b']],
    [25, 105, ['b']],
    [5, 125, ['c']],
    [65, 105, ['a']],
    [75, 105, []],
    [45, 130, []],
  ])('finds the notes at a point (%i, %i)', (x, y, ids) => {
    fakeLayout();
    layer.render(notes());
    expect(layer.idsAt(x, y)).toEqual(ids);
  });

  it('lists the notes in page order', () => {
    fakeLayout();
    const [a, b, c] = notes();
    layer.render([c, a, b]);
    expect(layer.idsInOrder()).toEqual(['a', 'b', 'c']);
  });
});
