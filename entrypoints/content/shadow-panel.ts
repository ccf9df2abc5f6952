import { placePanel } from '../../lib/highlight/placement';

/**
 * A floating panel of ours (the card, the selection toolbar): a fixed host at the top of the page
 * with an open shadow root, so page styles cannot reach it, holding its stylesheet and a mount
 * point for Preact.
 */
export function createShadowPanel(tag: string, css: string): { host: HTMLElement; root: ShadowRoot; mount: HTMLElement } {
  const host = document.createElement(tag);
  host.style.cssText = 'position:fixed;z-index:2147483647;top:0;left:0;display:block;';
  const root = host.attachShadow({ mode: 'open' });
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
