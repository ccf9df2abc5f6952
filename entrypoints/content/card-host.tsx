import { render, type VNode } from 'preact';
import { createShadowPanel, placeHost, trusted } from './shadow-panel';
import { FINDING_CARD_CSS, FindingCard, type CardAction, type CardFinding } from '../../components/FindingCard';
import { NOTE_CARD_CSS } from '../../components/notes/NoteCard';

const HOST_TAG = 'sourcelight-card';

/**
 * The hover card: one custom element with a closed shadow root (page styles and scripts cannot
 * reach into it),
 * attached to <html> only while a card is open and removed when it closes. Page text only ever
 * reaches it through Preact text nodes.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  key: string | null = null;
  pinned = false;

  constructor(
    private readonly onPointerInside: (inside: boolean) => void,
    /** "Annotate" / "Tag as claim" on the card (the buttons stay disabled without it). */
    private readonly onAction?: (key: string, finding: CardFinding, action: CardAction) => void,
  ) {}

  get element(): Element | null {
    return this.host;
  }

  open(key: string, finding: CardFinding, anchor: DOMRect, pinned: boolean): void {
    const onAction = this.onAction && ((action: CardAction) => this.onAction!(key, finding, action));
    this.show(key, <FindingCard finding={finding} onClose={() => this.close()} onAction={onAction} />, anchor, pinned);
  }

  /** Open (or, for the same key, re-render) a card with any content: a finding's, or one of the reader's notes. */
  show(key: string, content: VNode, anchor: DOMRect, pinned: boolean): void {
    if (!this.host) {
      ({ host: this.host, root: this.root } = createShadowPanel(HOST_TAG, FINDING_CARD_CSS + NOTE_CARD_CSS));
      this.host.addEventListener('pointerenter', trusted(() => this.onPointerInside(true)));
      this.host.addEventListener('pointerleave', trusted(() => this.onPointerInside(false)));
      // On the root: key events stop there (they would tell the page what is typed).
      this.root.addEventListener('keydown', trusted<KeyboardEvent>((e) => {
        if (e.key === 'Escape') this.close();
      }));
    }
    this.key = key;
    this.pinned = pinned;
    render(content, this.root!.lastElementChild!);
    this.place(anchor);
  }

  /** Re-render the open card's content in place (after an action on it). */
  update(key: string, content: VNode): void {
    if (this.key === key && this.root) render(content, this.root.lastElementChild!);
  }

  /** Focus the card's first control after the close button (opened from the keyboard). */
  focus(): void {
    const controls = [...(this.root?.querySelectorAll<HTMLElement>('button, a[href], summary') ?? [])];
    (controls.find((c) => !c.classList.contains('close')) ?? controls[0])?.focus();
  }

  /** Below the highlight when there is room, else above; always inside the viewport. */
  private place(anchor: DOMRect): void {
    placeHost(this.host!, anchor, 'start');
  }

  close(): void {
    if (this.root) render(null, this.root.lastElementChild!);
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.key = null;
    this.pinned = false;
  }
}
