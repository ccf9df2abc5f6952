import { placePanel } from '../../lib/highlight/placement';

/**
 * Events a page script could fake at our controls (its synthetic events have `isTrusted` false):
 * inside our panels they are dropped before any handler of ours sees them.
 */
const GUARDED = ['click', 'auxclick', 'dblclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'submit', 'change', 'input', 'beforeinput', 'paste', 'drop'];
/**
 * Events that would carry what the reader types out of our panel to the page's listeners (key
 * events and input events are composed: they bubble out of a shadow root, retargeted to the host).
 * They stop at our root. (A page's capture listener on window still sees key events first: so the
 * note editor, where the reader types, is a frame of the extension's origin: entrypoints/note-editor.)
 */
const CONTAINED = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut'];

/** Drop untrusted events in `root` (capture: before our handlers), keep typed text inside it. */
export function guardRoot(root: ShadowRoot | HTMLElement): void {
  for (const type of GUARDED) {
    root.addEventListener(type, (e) => {
      if (e.isTrusted) return;
      e.stopImmediatePropagation();
      e.preventDefault();
    }, { capture: true });
  }
  for (const type of CONTAINED) root.addEventListener(type, (e) => e.stopPropagation());
}

/**
 * A floating panel of ours (the card, the selection toolbar): a fixed host at the top of the page
 * with a *closed* shadow root, so page styles cannot reach it and page scripts cannot see into it
 * (`host.shadowRoot` is null for them; the root is only in our closure), holding its stylesheet
 * and a mount point for Preact.
 */
export function createShadowPanel(tag: string, css: string): { host: HTMLElement; root: ShadowRoot; mount: HTMLElement } {
  const host = document.createElement(tag);
  host.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;display:block;';
  const root = host.attachShadow({ mode: 'closed' });
  guardRoot(root);
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  root.append(style, mount);
  document.documentElement.appendChild(host);
  return { host, root, mount };
}

/** Move a panel next to its anchor, inside the viewport (`placePanel`). */
export function placeHost(host: HTMLElement, anchor: DOMRect, align: 'start' | 'center'): void {
  const { left, top } = placePanel(anchor, host.getBoundingClientRect(), { width: innerWidth, height: innerHeight }, align);
  host.style.transform = `translate(${left}px, ${top}px)`;
}

/** An event handler that ignores events a page script made (`isTrusted` false). */
export function trusted<E extends Event>(handler: (e: E) => void): (e: Event) => void {
  return (e) => {
    if (e.isTrusted) handler(e as E);
  };
}
