import { hasHighlightApi, type HighlightMode } from '../highlight/layer';
import { MARK_TAG, installStyles } from '../highlight/styles';
import { unwrap, wrapSpans, type TextSpan, type Wrapping } from '../highlight/wrap';

/** Our entries in `CSS.highlights` for the reader's notes. */
export const NOTE_HIGHLIGHT = 'sourcelight-note';
export const NOTE_FLASH = 'sourcelight-note-flash';
/** The passage a note is being written for (the page's selection is lost once the editor has focus). */
export const NOTE_PENDING = 'sourcelight-note-pending';

const NOTE_BG = 'rgba(90, 216, 166, 0.35)';
const NOTE_LINE = 'rgba(22, 135, 90, 0.95)';
const FLASH_BG = 'rgba(255, 120, 0, 0.55)';
const PENDING_BG = 'rgba(37, 99, 235, 0.22)';
const FLASH_MS = 1600;

// Dotted underline: a note stays distinguishable from a detected quote it overlaps (solid line).
const NOTE_CSS = `
::highlight(${NOTE_HIGHLIGHT}) { background-color: ${NOTE_BG}; text-decoration: underline dotted 2px ${NOTE_LINE}; text-underline-offset: 4px; }
::highlight(${NOTE_FLASH}) { background-color: ${FLASH_BG}; }
::highlight(${NOTE_PENDING}) { background-color: ${PENDING_BG}; }
`;
const NOTE_MARK_CSS = `
${MARK_TAG} { display: inline; font: inherit; color: inherit; }
${MARK_TAG}[data-kind~="note"] { background-color: ${NOTE_BG}; text-decoration: underline dotted 2px ${NOTE_LINE}; text-underline-offset: 4px; }
${MARK_TAG}[data-kind~="note"][data-flash] { background-color: ${FLASH_BG}; }
`;

export interface NoteHighlight {
  id: string;
  span: TextSpan;
}

/**
 * The reader's notes in the page: the Custom Highlight API entry `sourcelight-note` (the page's DOM
 * is never touched), or `<sourcelight-mark data-kind="note">` wrappers where the API is missing,
 * the same fallback as the quote highlights.
 */
export class NoteLayer {
  mode: HighlightMode;
  private items: NoteHighlight[] = [];
  private wrapping: Wrapping | null = null;
  private removeStyles: (() => void) | null = null;
  private flashTimer: number | undefined;
  private flashCleanup: (() => void) | null = null;

  constructor(private readonly doc: Document, options: { mode?: HighlightMode } = {}) {
    this.mode = options.mode ?? (hasHighlightApi(doc) ? 'highlight-api' : 'elements');
  }

  get count(): number {
    return this.items.length;
  }

  /** Whether every highlighted passage is still in the page (a single-page site may replace it). */
  get intact(): boolean {
    return this.items.every((i) => i.span.startContainer.isConnected && i.span.endContainer.isConnected);
  }

  render(items: NoteHighlight[]): void {
    this.clear();
    this.items = items;
    if (!items.length) return;
    if (this.mode === 'highlight-api') {
      try {
        const view = this.doc.defaultView as Window & typeof globalThis;
        const h = new view.Highlight(...items.map((i) => this.range(i.span)));
        h.priority = 2; // above quotes and names: the reader's own marks come first
        view.CSS.highlights.set(NOTE_HIGHLIGHT, h);
        this.removeStyles = installStyles(this.doc, NOTE_CSS);
        return;
      } catch {
        this.mode = 'elements';
      }
    }
    this.removeStyles = installStyles(this.doc, NOTE_MARK_CSS);
    this.wrapping = wrapSpans(items.map((i) => ({ key: i.id, kind: 'note', span: i.span })));
  }

  clear(): void {
    this.stopFlash();
    this.doc.defaultView?.CSS?.highlights?.delete(NOTE_HIGHLIGHT);
    if (this.wrapping) unwrap(this.wrapping);
    this.wrapping = null;
    this.removeStyles?.();
    this.removeStyles = null;
    this.items = [];
  }

  /** The page range of a note's passage. */
  rangeOf(id: string): Range | null {
    const marks = this.wrapping?.marks.get(id);
    if (marks?.length) {
      const r = this.doc.createRange();
      r.setStartBefore(marks[0]);
      r.setEndAfter(marks[marks.length - 1]);
      return r;
    }
    const item = this.items.find((i) => i.id === id);
    return item && !this.wrapping ? this.range(item.span) : null;
  }

  /** Briefly emphasise a note's passage. */
  flash(id: string): boolean {
    this.stopFlash();
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view) return false;
    if (this.mode === 'highlight-api') {
      const item = this.items.find((i) => i.id === id);
      if (!item) return false;
      view.CSS.highlights.set(NOTE_FLASH, new view.Highlight(this.range(item.span)));
      this.flashCleanup = () => view.CSS.highlights.delete(NOTE_FLASH);
    } else {
      const marks = this.wrapping?.marks.get(id);
      if (!marks?.length) return false;
      for (const m of marks) m.setAttribute('data-flash', '');
      this.flashCleanup = () => marks.forEach((m) => m.removeAttribute('data-flash'));
    }
    this.flashTimer = view.setTimeout(() => this.stopFlash(), FLASH_MS);
    return true;
  }

  private stopFlash(): void {
    if (this.flashTimer !== undefined) this.doc.defaultView?.clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    this.flashCleanup?.();
    this.flashCleanup = null;
  }

  /**
   * Show (or with null, stop showing) the passage a note is being written for. Highlight API only:
   * wrapping the passage would change the very text the note is about to describe.
   */
  pending(range: Range | null): void {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view || !hasHighlightApi(this.doc)) return;
    if (!range) {
      view.CSS.highlights.delete(NOTE_PENDING);
      this.removePendingStyles?.();
      this.removePendingStyles = null;
      return;
    }
    this.removePendingStyles ??= installStyles(this.doc, NOTE_CSS);
    view.CSS.highlights.set(NOTE_PENDING, new view.Highlight(range));
  }

  private removePendingStyles: (() => void) | null = null;

  private range(span: TextSpan): Range {
    const r = this.doc.createRange();
    r.setStart(span.startContainer, span.startOffset);
    r.setEnd(span.endContainer, span.endOffset);
    return r;
  }
}
