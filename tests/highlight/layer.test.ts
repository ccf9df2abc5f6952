import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTextIndex, findAnchor, rangeFromOffsets } from '../../lib/anchoring/text-index';
import { HighlightLayer, type HighlightItem } from '../../lib/highlight/layer';
import { HIGHLIGHT_NAMES } from '../../lib/highlight/styles';

/** A minimal stand-in for the CSS Custom Highlight API (happy-dom has none). */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

function items(): HighlightItem[] {
  const index = buildTextIndex(document.body);
  return [['q1', 'quote', 'prices will rise'], ['s1', 'specialist', 'Ana Lima']].map(([key, kind, exact]) => {
    const hit = findAnchor(index, { exact })!;
    const r = rangeFromOffsets(index, hit.start, hit.end)!;
    return {
      key, kind: kind as HighlightItem['kind'],
      span: { startContainer: r.startContainer as Text, startOffset: r.startOffset, endContainer: r.endContainer as Text, endOffset: r.endOffset },
    };
  });
}

const PAGE = '<p>The economist Ana Lima said “prices <b>will</b> rise” on Monday.</p>';

describe('HighlightLayer', () => {
  const w = window as unknown as { Highlight?: unknown; CSS: { highlights?: Map<string, FakeHighlight> } };
  // happy-dom's window.CSS is a getter that makes a new object each time: pin one.
  const cssDescriptor = Object.getOwnPropertyDescriptor(window, 'CSS');
  beforeEach(() => {
    document.body.innerHTML = PAGE;
    w.Highlight = FakeHighlight;
    Object.defineProperty(window, 'CSS', { value: { highlights: new Map() }, configurable: true, writable: true });
  });
  afterEach(() => {
    delete w.Highlight;
    if (cssDescriptor) Object.defineProperty(window, 'CSS', cssDescriptor);
  });

  it('registers quote and specialist ranges without touching the DOM, and removes them all', () => {
    const layer = new HighlightLayer(document);
    expect(layer.mode).toBe('highlight-api');
    const sheetsBefore = document.adoptedStyleSheets?.length ?? 0;
    layer.render(items());
    expect(document.body.innerHTML).toBe(PAGE);
    expect([...w.CSS.highlights!.get(HIGHLIGHT_NAMES.quote)!].map((r) => r.toString())).toEqual(['prices will rise']);
    expect([...w.CSS.highlights!.get(HIGHLIGHT_NAMES.specialist)!].map((r) => r.toString())).toEqual(['Ana Lima']);
    expect(layer.rangeOf('q1')!.toString()).toBe('prices will rise');

    layer.clear();
    expect(w.CSS.highlights!.size).toBe(0);
    expect(document.adoptedStyleSheets?.length ?? 0).toBe(sheetsBefore);
    expect(document.querySelector('style[data-sourcelight]')).toBeNull();
    expect(document.body.innerHTML).toBe(PAGE);
  });

  it('falls back to wrapper elements when the API is missing, and cleans them up', () => {
    delete w.Highlight;
    const layer = new HighlightLayer(document);
    expect(layer.mode).toBe('elements');
    layer.render(items());
    expect([...document.querySelectorAll('sourcelight-mark')].map((m) => m.textContent)).toEqual(['Ana Lima', 'prices ', 'will', ' rise']);
    expect(layer.rangeOf('q1')!.toString()).toBe('prices will rise');
    expect(layer.flash('q1')).toBe(true);
    expect(document.querySelectorAll('sourcelight-mark[data-flash]').length).toBe(3);
    layer.clear();
    expect(document.body.innerHTML).toBe(PAGE);
    expect(document.querySelector('[data-sourcelight]')).toBeNull();
  });

  it('switches to wrapper elements when the API refuses the ranges', () => {
    w.Highlight = class {
      constructor() {
        throw new TypeError('not allowed');
      }
    };
    const layer = new HighlightLayer(document);
    layer.render(items());
    expect(layer.mode).toBe('elements');
    expect(document.querySelectorAll('sourcelight-mark').length).toBe(4);
    layer.clear();
    expect(document.body.innerHTML).toBe(PAGE);
  });

  it('flashes an item even while highlights are hidden, then removes the flash', () => {
    const layer = new HighlightLayer(document);
    layer.render(items());
    layer.clear();
    expect(layer.flash('s1')).toBe(true);
    expect([...w.CSS.highlights!.get(HIGHLIGHT_NAMES.flash)!].map((r) => r.toString())).toEqual(['Ana Lima']);
    expect(w.CSS.highlights!.has(HIGHLIGHT_NAMES.quote)).toBe(false);
    layer.clear();
    expect(w.CSS.highlights!.size).toBe(0);
    expect(document.body.innerHTML).toBe(PAGE);
  });
});
