import { render } from 'preact';
import { createShadowPanel, placeHost } from './shadow-panel';
import { NOTE_TOOLBAR_CSS, NoteToolbar, type NoteToolbarProps } from '../../components/notes/NoteToolbar';

export const TOOLBAR_TAG = 'sourcelight-toolbar';

/**
 * The selection toolbar's host: a custom element with a closed shadow root (page styles and
 * scripts cannot reach in; the root is kept here only),
 * fixed over the page, placed beside the passage it is about (below it when there is room, else
 * above, else on the side with more room) so it never covers the marked words.
 */
export class ToolbarHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private anchor: (() => DOMRect | null) | null = null;
  private props: NoteToolbarProps | null = null;
  /** Places the panel again when its size changes (an error shown, a field grown). */
  private resize: ResizeObserver | null = null;

  get element(): Element | null {
    return this.host;
  }

  get open(): boolean {
    return this.host !== null;
  }

  get editing(): boolean {
    return this.props?.view.kind === 'editor';
  }

  show(props: NoteToolbarProps, anchor: () => DOMRect | null): void {
    if (!this.host) {
      ({ host: this.host, root: this.root } = createShadowPanel(TOOLBAR_TAG, NOTE_TOOLBAR_CSS));
      // Pressing a toolbar button must not clear the reader's selection in the page. (On the root:
      // the root is closed, so a listener on the host would not see which element was pressed.)
      this.root.addEventListener('mousedown', (e) => {
        if ((e.composedPath()[0] as Element)?.localName === 'button') e.preventDefault();
      });
      this.resize = new ResizeObserver(() => this.place());
      this.resize.observe(this.host);
    }
    this.anchor = anchor;
    this.update(props);
  }

  update(props: NoteToolbarProps): void {
    if (!this.root) return;
    this.props = props;
    render(<NoteToolbar {...props} />, this.root.lastElementChild!);
    this.place();
  }

  /** Focus the first control (opened from the keyboard). */
  focus(): void {
    (this.root?.querySelector('button, textarea, input') as HTMLElement | null)?.focus();
  }

  place(): void {
    const host = this.host;
    const rect = this.anchor?.();
    if (!host || !rect) return;
    placeHost(host, rect, 'center');
  }

  close(): void {
    if (this.root) render(null, this.root.lastElementChild!);
    this.resize?.disconnect();
    this.resize = null;
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.anchor = null;
    this.props = null;
  }
}
