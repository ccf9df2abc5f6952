import { HIGHLIGHT_CSS, HIGHLIGHT_NAMES, MARK_CSS, MARK_TAG, installStyles } from './styles';
import { unwrap, wrapSpans, type TextSpan, type Wrapping } from './wrap';

export type FindingKind = 'quote' | 'specialist';

/** One thing to highlight: a quote or one mention of a specialist, keyed by the caller. */
export interface HighlightItem {
  key: string;
  kind: FindingKind;
  span: TextSpan;
}

export type HighlightMode = 'highlight-api' | 'elements';

/** Whether the page's engine has the CSS Custom Highlight API. */
export function hasHighlightApi(doc: Document): boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  return !!view && typeof view.Highlight === 'function' && !!view.CSS && 'highlights' in view.CSS;
}

function toRange(doc: Document, span: TextSpan): Range {
  const r = doc.createRange();
  r.setStart(span.startContainer, span.startOffset);
  r.setEnd(span.endContainer, span.endOffset);
  return r;
}

const FLASH_MS = 1600;

/**
 * Our highlights in one page. With the Custom Highlight API the page's DOM is never touched: ranges
 * go into `CSS.highlights` and the colours into an adopted stylesheet. Without it, text is wrapped
 * in `<sourcelight-mark>` elements that `clear()` removes again, joining split text nodes back.
 */
export class HighlightLayer {
  mode: HighlightMode;
  private items: HighlightItem[] = [];
  private ranges = new Map<string, Range>();
  private wrapping: Wrapping | null = null;
  private removeStyles: (() => void) | null = null;
  private flashTimer: number | undefined;

  constructor(private readonly doc: Document, options: { mode?: HighlightMode } = {}) {
    this.mode = options.mode ?? (hasHighlightApi(doc) ? 'highlight-api' : 'elements');
  }

  get shown(): boolean {
    return this.removeStyles !== null;
  }

  /** Keep `items` (for `rangeOf` and `flash`) without showing them. */
  hold(items: HighlightItem[]): void {
    this.clear();
    this.items = items;
  }

  /** Show `items`, replacing whatever was shown. */
  render(items: HighlightItem[]): void {
    this.clear();
    this.items = items;
    this.removeStyles = installStyles(this.doc, this.mode === 'highlight-api' ? HIGHLIGHT_CSS : MARK_CSS);
    if (this.mode === 'highlight-api') {
      try {
        this.registerHighlights(items);
        return;
      } catch {
        // The API exists but refuses our ranges (e.g. across an extension's isolated world): wrap instead.
        this.clear();
        this.items = items;
        this.mode = 'elements';
        this.removeStyles = installStyles(this.doc, MARK_CSS);
      }
    }
    this.wrapping = wrapSpans(items);
  }

  private registerHighlights(items: HighlightItem[]): void {
    const view = this.doc.defaultView as Window & typeof globalThis;
    const groups: Record<FindingKind, Range[]> = { quote: [], specialist: [] };
    for (const item of items) {
      const range = toRange(this.doc, item.span);
      this.ranges.set(item.key, range);
      groups[item.kind].push(range);
    }
    for (const kind of ['quote', 'specialist'] as const) {
      const h = new view.Highlight(...groups[kind]);
      h.priority = kind === 'specialist' ? 1 : 0; // a name inside a quote shows as a name
      view.CSS.highlights.set(HIGHLIGHT_NAMES[kind], h);
    }
  }

  /** Remove everything of ours from the page: highlights, wrappers, styles. */
  clear(): void {
    this.stopFlash();
    if (this.mode === 'highlight-api') {
      const view = this.doc.defaultView;
      for (const name of Object.values(HIGHLIGHT_NAMES)) view?.CSS?.highlights?.delete(name);
    }
    if (this.wrapping) unwrap(this.wrapping);
    this.wrapping = null;
    this.ranges.clear();
    this.removeStyles?.();
    this.removeStyles = null;
  }

  /** The page range of a highlighted item (live only while shown), for scrolling and the card. */
  rangeOf(key: string): Range | null {
    const item = this.items.find((i) => i.key === key);
    if (this.mode === 'highlight-api') return this.ranges.get(key) ?? (item ? toRange(this.doc, item.span) : null);
    const marks = this.wrapping?.marks.get(key);
    if (marks?.length) {
      const r = this.doc.createRange();
      r.setStartBefore(marks[0]);
      r.setEndAfter(marks[marks.length - 1]);
      return r;
    }
    return item && !this.wrapping ? toRange(this.doc, item.span) : null;
  }

  /** The keys of the items under a point, innermost (shortest) first. */
  keysAt(x: number, y: number): string[] {
    if (this.mode === 'elements') {
      const mark = this.doc.elementFromPoint(x, y)?.closest(MARK_TAG);
      return mark?.getAttribute('data-keys')?.split(' ').reverse() ?? [];
    }
    const caret = caretAt(this.doc, x, y);
    if (!caret) return [];
    const hits: { key: string; length: number }[] = [];
    for (const [key, range] of this.ranges) {
      try {
        if (!range.isPointInRange(caret.node, caret.offset)) continue;
      } catch {
        continue; // a range in another root
      }
      // The caret snaps to the nearest text even beside a line: require the point on the text.
      if (![...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) continue;
      hits.push({ key, length: range.toString().length });
    }
    return hits.sort((a, b) => a.length - b.length).map((h) => h.key);
  }

  /** Briefly emphasise an item (after scrolling to it from the popup), shown or not. */
  flash(key: string): boolean {
    this.stopFlash();
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view) return false;
    if (this.mode === 'highlight-api') {
      const item = this.items.find((i) => i.key === key);
      if (!item) return false;
      const stop = this.removeStyles ? null : installStyles(this.doc, HIGHLIGHT_CSS);
      view.CSS.highlights.set(HIGHLIGHT_NAMES.flash, new view.Highlight(toRange(this.doc, item.span)));
      this.flashCleanup = () => {
        view.CSS.highlights.delete(HIGHLIGHT_NAMES.flash);
        stop?.();
      };
    } else {
      const marks = this.wrapping?.marks.get(key);
      if (!marks?.length) return false;
      for (const m of marks) m.setAttribute('data-flash', '');
      this.flashCleanup = () => marks.forEach((m) => m.removeAttribute('data-flash'));
    }
    this.flashTimer = view.setTimeout(() => this.stopFlash(), FLASH_MS);
    return true;
  }

  private flashCleanup: (() => void) | null = null;

  private stopFlash(): void {
    if (this.flashTimer !== undefined) this.doc.defaultView?.clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    this.flashCleanup?.();
    this.flashCleanup = null;
  }
}

/** The text position under a point (standard `caretPositionFromPoint`, or WebKit's older call). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
