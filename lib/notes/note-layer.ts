import type { TextSpan } from '../highlight/wrap';
import type { Verdict } from '../storage/schemas';
import { VERDICT_STYLES, verdictClass, verdictMarkCss } from './verdict-style';

/** The element our note marks are drawn in (its shadow root is closed: the page cannot look in). */
export const NOTE_OVERLAY_TAG = 'sourcelight-notes';

const NOTE_BG = 'rgba(90, 216, 166, 0.35)';
const NOTE_LINE = 'rgba(22, 135, 90, 0.95)';
const FLASH_BG = 'rgba(255, 120, 0, 0.45)';
const PENDING_BG = 'rgba(37, 99, 235, 0.22)';
/** A note found on words other than its own (the page was edited): not the usual green. */
const CHANGED_BG = 'rgba(255, 170, 60, 0.30)';
const CHANGED_LINE = 'rgba(180, 35, 24, 0.95)';
const FLASH_MS = 1600;

// Fixed over the viewport, never hit by the pointer, clipped to the viewport and laid out on its
// own (contain: strict), so neither the page's layout nor its hit testing shows anything of it.
const HOST_CSS = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;padding:0;border:0;pointer-events:none;z-index:2147483646;overflow:hidden;contain:strict;display:block;background:none;';
const OVERLAY_CSS = `
:host { all: initial; }
.box { position: absolute; pointer-events: none; box-sizing: border-box; }
.note { background-color: ${NOTE_BG}; border-bottom: 2px dotted ${NOTE_LINE}; }
.flash { background-color: ${FLASH_BG}; }
.pending { background-color: ${PENDING_BG}; }
.changed { background-color: ${CHANGED_BG}; border-bottom: 2px dashed ${CHANGED_LINE}; }
${verdictMarkCss()}
.glyph { position: absolute; pointer-events: none; box-sizing: border-box; min-width: 14px; height: 14px; padding: 0 3px; border-radius: 7px;
  font: 700 10px/14px system-ui, sans-serif; color: #fff; text-align: center; }
`;

export interface NoteHighlight {
  id: string;
  span: TextSpan;
  /** Found on words other than the note's own (drawn differently; the popup says what changed). */
  changed?: boolean;
  /** A claim's verdict: its marks take the verdict's colour, line and glyph (lib/notes/verdict-style). */
  verdict?: Verdict | null;
}

/** A rectangle in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The rectangles of a range's text (one per line box of each text node), without the boxes of
 * whole elements the range happens to contain (`Range.getClientRects` also gives those).
 */
export function textRects(range: Range): Box[] {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return [];
  const out: Box[] = [];
  const add = (r: Range) => {
    for (const b of r.getClientRects()) if (b.width > 0 && b.height > 0) out.push({ left: b.left, top: b.top, width: b.width, height: b.height });
  };
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    add(range);
    return out;
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!range.intersectsNode(n)) continue;
    const text = n as Text;
    const r = doc.createRange();
    r.setStart(text, n === range.startContainer ? range.startOffset : 0);
    r.setEnd(text, n === range.endContainer ? range.endOffset : text.length);
    if (!r.collapsed) add(r);
  }
  return out;
}

/** The part of `box` inside a `width` × `height` viewport, or null when none is. */
export function clipToViewport(box: Box, width: number, height: number): Box | null {
  const left = Math.max(0, box.left);
  const top = Math.max(0, box.top);
  const right = Math.min(width, box.left + box.width);
  const bottom = Math.min(height, box.top + box.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

/**
 * The reader's notes in the page, drawn where page scripts cannot enumerate them: boxes in a
 * closed shadow root over the passages' text, for the part of them in the viewport, redrawn as the
 * page scrolls or reflows. Nothing goes into `CSS.highlights` (any page script can list that
 * registry and read each range's text) and the page's DOM is never touched. The one element of
 * ours, the overlay's host, is there on every page we run on, notes or not.
 */
export class NoteLayer {
  private items: NoteHighlight[] = [];
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private flashId: string | null = null;
  private flashTimer: number | undefined;
  private pendingRange: Range | null = null;
  private frame: number | undefined;
  private stopListening: (() => void) | null = null;
  /** The note boxes drawn last (viewport coordinates), for `idsAt`. */
  private boxes: Array<{ id: string; box: Box }> = [];
  /** Each drawn note's passage length (the shortest of overlapping notes is on top). */
  private lengths = new Map<string, number>();

  constructor(private readonly doc: Document) {}

  get count(): number {
    return this.items.length;
  }

  /** Whether every highlighted passage is still in the page (a single-page site may replace it). */
  get intact(): boolean {
    return this.items.every((i) => i.span.startContainer.isConnected && i.span.endContainer.isConnected);
  }

  render(items: NoteHighlight[]): void {
    this.stopFlash();
    this.items = items;
    this.ensureHost();
    this.draw();
  }

  /** Remove the marks (the empty overlay stays while we run: its presence says nothing of notes). */
  clear(): void {
    this.stopFlash();
    this.items = [];
    this.pendingRange = null;
    this.draw();
  }

  /** Take everything of ours out of the page (the content script is stopping). */
  destroy(): void {
    this.clear();
    this.stopListening?.();
    this.stopListening = null;
    if (this.frame !== undefined) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.host?.remove();
    this.host = null;
    this.root = null;
  }

  /**
   * Whether a change to `node` (a mutation's target) may have changed a marked passage's words: a
   * text node inside a passage, or the element holding a passage's first or last text.
   */
  touches(node: Node): boolean {
    return this.items.some((i) => {
      if (node.nodeType === 3) return this.range(i.span).intersectsNode(node);
      return node === i.span.startContainer.parentNode || node === i.span.endContainer.parentNode;
    });
  }

  /** The page range of a note's passage. */
  rangeOf(id: string): Range | null {
    const item = this.items.find((i) => i.id === id);
    return item ? this.range(item.span) : null;
  }

  /**
   * The notes whose passage's text is at a viewport point (the overlay takes no pointer events:
   * the page under it keeps its clicks, and we look the point up ourselves), shortest passage first.
   */
  idsAt(x: number, y: number): string[] {
    // The boxes of the last drawing (redrawn on every scroll, resize and change): no layout here,
    // as this runs on pointer moves.
    const hits = new Set<string>();
    for (const { id, box: b } of this.boxes) if (x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height) hits.add(id);
    return [...hits].sort((a, b) => (this.lengths.get(a) ?? 0) - (this.lengths.get(b) ?? 0));
  }

  /** The note ids in the order of their passages in the page. */
  idsInOrder(): string[] {
    return this.items
      .filter((i) => i.span.startContainer.isConnected)
      .sort((a, b) => this.range(a.span).compareBoundaryPoints(Range.START_TO_START, this.range(b.span)))
      .map((i) => i.id);
  }

  /** Briefly emphasise a note's passage. */
  flash(id: string): boolean {
    this.stopFlash();
    const view = this.doc.defaultView;
    if (!view || !this.items.some((i) => i.id === id)) return false;
    this.flashId = id;
    this.flashTimer = view.setTimeout(() => this.stopFlash(), FLASH_MS);
    this.redraw();
    return true;
  }

  /** Show (or with null, stop showing) the passage a note is being written for. */
  pending(range: Range | null): void {
    this.pendingRange = range;
    if (range) this.ensureHost();
    this.redraw();
  }

  /** Draw again on the next frame (the page scrolled, resized or changed). */
  redraw(): void {
    const view = this.doc.defaultView;
    if (!view || this.frame !== undefined || !this.host) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = undefined;
      this.draw();
    });
  }

  /** The boxes drawn now, per kind (for tests; the page has no way to this). */
  drawn(): { kind: string; id: string | null; box: Box }[] {
    if (!this.root) return [];
    return [...this.root.querySelectorAll<HTMLElement>('.box')].map((el) => ({
      kind: el.classList[1] ?? '',
      id: el.dataset.id ?? null,
      box: { left: parseFloat(el.style.left), top: parseFloat(el.style.top), width: parseFloat(el.style.width), height: parseFloat(el.style.height) },
    }));
  }

  private stopFlash(): void {
    if (this.flashTimer !== undefined) this.doc.defaultView?.clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    if (this.flashId !== null) {
      this.flashId = null;
      this.redraw();
    }
  }

  private ensureHost(): void {
    if (this.host) {
      // A page that rewrites its document may have dropped our overlay: put it back.
      if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
      return;
    }
    const host = this.doc.createElement(NOTE_OVERLAY_TAG);
    host.setAttribute('style', HOST_CSS);
    host.setAttribute('aria-hidden', 'true');
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    root.append(style, this.doc.createElement('div'));
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.root = root;
    this.listen();
  }

  private listen(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const onChange = () => this.redraw();
    const opts = { capture: true, passive: true };
    view.addEventListener('scroll', onChange, opts);
    view.addEventListener('resize', onChange, opts);
    const ro = typeof view.ResizeObserver === 'function' ? new view.ResizeObserver(onChange) : null;
    if (ro && this.doc.body) ro.observe(this.doc.body);
    this.stopListening = () => {
      view.removeEventListener('scroll', onChange, opts);
      view.removeEventListener('resize', onChange, opts);
      ro?.disconnect();
    };
  }

  private draw(): void {
    const root = this.root;
    if (!root) return;
    if (this.host && !this.host.isConnected) this.doc.documentElement.appendChild(this.host);
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 0;
    const height = view?.innerHeight ?? 0;
    const layer = this.doc.createElement('div');
    this.boxes = [];
    this.lengths.clear();
    const put = (kind: string, id: string | null, range: Range, glyph?: { text: string; className: string }) => {
      if (id) this.lengths.set(id, range.toString().length);
      let last: Box | null = null;
      for (const b of textRects(range)) {
        const c = clipToViewport(b, width, height);
        if (!c) continue;
        const el = this.doc.createElement('div');
        el.className = `box ${kind}`;
        if (id) el.dataset.id = id;
        el.style.left = `${c.left}px`;
        el.style.top = `${c.top}px`;
        el.style.width = `${c.width}px`;
        el.style.height = `${c.height}px`;
        layer.appendChild(el);
        if (id) this.boxes.push({ id, box: c });
        last = c;
      }
      // A claim's glyph at the end of its passage: its verdict without relying on colour.
      if (glyph && last) {
        const g = this.doc.createElement('div');
        g.className = `glyph ${glyph.className}`;
        if (id) g.dataset.id = id;
        g.textContent = glyph.text;
        g.style.left = `${Math.min(last.left + last.width - 4, width - 16)}px`;
        g.style.top = `${Math.max(0, last.top - 10)}px`;
        layer.appendChild(g);
      }
    };
    for (const i of this.items) {
      if (!i.span.startContainer.isConnected || !i.span.endContainer.isConnected) continue;
      const claim = i.verdict && !i.changed && i.id !== this.flashId;
      const kind = i.id === this.flashId ? 'flash' : i.changed ? 'changed' : claim ? `claim ${verdictClass(i.verdict!)}` : 'note';
      put(kind, i.id, this.range(i.span), i.verdict ? { text: VERDICT_STYLES[i.verdict].glyph, className: verdictClass(i.verdict) } : undefined);
    }
    if (this.pendingRange) put('pending', null, this.pendingRange);
    root.lastElementChild!.replaceWith(layer);
  }

  private range(span: TextSpan): Range {
    const r = this.doc.createRange();
    r.setStart(span.startContainer, span.startOffset);
    r.setEnd(span.endContainer, span.endOffset);
    return r;
  }
}
