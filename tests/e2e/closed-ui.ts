import type { CDPSession, Page } from 'playwright-core';

/**
 * Our in-page UI (toolbar, card, note overlay) lives in closed shadow roots: page scripts, and so
 * Playwright's locators (which run as a page script), cannot see into them. The tests look in
 * through the DevTools protocol, as DevTools does (DOM.getDocument with `pierce`), and act as the
 * reader does: real (trusted) mouse clicks at the element's place and real key presses.
 */

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/** What the tests read of an element inside a closed root. */
export interface ClosedElement {
  text: string;
  value: string | null;
  disabled: boolean;
  rect: { x: number; y: number; width: number; height: number };
  className: string;
  dataId: string | null;
}

function findHost(node: DomNode, tag: string): DomNode | null {
  if (node.localName === tag) return node;
  for (const c of node.children ?? []) {
    const f = findHost(c, tag);
    if (f) return f;
  }
  return null;
}

/** The elements matching `selector` in the shadow root of our `host` element (none when it is absent). */
export async function closedQuery(page: Page, host: string, selector: string): Promise<ClosedElement[]> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const h = findHost(root, host);
  const shadow = h?.shadowRoots?.[0];
  if (!shadow) return [];
  const { nodeIds } = (await s.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector })) as { nodeIds: number[] };
  const out: ClosedElement[] = [];
  for (const nodeId of nodeIds) {
    const { object } = await s.send('DOM.resolveNode', { nodeId });
    const { result } = await s.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      returnByValue: true,
      functionDeclaration: `function () {
        const r = this.getBoundingClientRect();
        return { text: (this.innerText ?? this.textContent ?? '').trim(), value: 'value' in this ? String(this.value) : null, disabled: !!this.disabled,
          rect: { x: r.x, y: r.y, width: r.width, height: r.height }, className: String(this.className), dataId: this.dataset ? (this.dataset.id ?? null) : null };
      }`,
    });
    out.push(result.value as ClosedElement);
  }
  return out;
}

/** Whether the shadow root of our `host` is closed (a page script gets null for `host.shadowRoot`). */
export async function shadowRootType(page: Page, host: string): Promise<string | null> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return findHost(root, host)?.shadowRoots?.[0]?.shadowRootType ?? null;
}

/** Wait until an element matching `selector` (and `text`, when given) is in our `host`'s root. */
export async function waitClosed(page: Page, host: string, selector: string, text?: string | RegExp, timeoutMs = 30_000): Promise<ClosedElement> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = (await closedQuery(page, host, selector)).find((e) => matches(e, text));
    if (found && found.rect.width > 0) return found;
    if (Date.now() > until) throw new Error(`no ${selector}${text ? ` "${text}"` : ''} in ${host} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Wait until our `host` element is gone from the page. */
export async function waitGone(page: Page, host: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (await page.evaluate((h) => !!document.querySelector(h), host)) {
    if (Date.now() > until) throw new Error(`${host} still there after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const matches = (e: ClosedElement, text?: string | RegExp) => (text === undefined ? true : typeof text === 'string' ? e.text === text : text.test(e.text));

/** Click, as the reader does, the element of our `host` matching `selector` and `text`. */
export async function clickClosed(page: Page, host: string, selector: string, text?: string | RegExp, timeoutMs = 30_000): Promise<void> {
  // On a loaded machine our UI may still be placing itself (a card re-rendered at its pinned place
  // after a hover card, a toolbar moved to fit): click only once the element has kept its place for
  // two reads and our host is what the page has at that point, as a reader clicks what they see.
  const until = Date.now() + timeoutMs;
  let el = await waitClosed(page, host, selector, text, timeoutMs);
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    const again = await waitClosed(page, host, selector, text, Math.max(0, until - Date.now()));
    const x = again.rect.x + again.rect.width / 2;
    const y = again.rect.y + again.rect.height / 2;
    const same = JSON.stringify(again.rect) === JSON.stringify(el.rect);
    if (same && (await page.evaluate(([h, px, py]) => document.elementFromPoint(px, py)?.localName === h, [host, x, y] as const))) {
      await page.mouse.click(x, y);
      return;
    }
    if (Date.now() > until) throw new Error(`${selector}${text ? ` "${text}"` : ''} in ${host} did not settle where it can be clicked after ${timeoutMs} ms`);
    el = again;
  }
}

/** Click a field of our `host` and type into it with the keyboard (replacing nothing). */
export async function typeClosed(page: Page, host: string, selector: string, text: string): Promise<void> {
  await clickClosed(page, host, selector);
  await page.keyboard.type(text);
}

/**
 * Select `text` in the page and let the reader's own key press (Shift, which does not move the
 * selection) tell the extension: a trusted event, as a mouse-up after dragging would be.
 */
export async function selectAsReader(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(r);
      return;
    }
    throw new Error(`no text ${t}`);
  }, text);
  await page.keyboard.press('Shift');
}

/** The note marks drawn now: the boxes of the overlay's closed root, by note id. */
export async function noteBoxes(page: Page): Promise<ClosedElement[]> {
  return closedQuery(page, 'sourcelight-notes', '.box');
}

/** Whether the boxes of note `id` cover the on-screen text of `passage` (every line of it). */
export async function marksCover(page: Page, boxes: ClosedElement[], passage: string): Promise<boolean> {
  const lines = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      return [...r.getClientRects()].map((b) => ({ x: b.x, y: b.y, width: b.width, height: b.height }));
    }
    return [];
  }, passage);
  if (!lines.length) return false;
  const near = (a: number, b: number) => Math.abs(a - b) < 2;
  return lines.every((l) => boxes.some((b) => near(b.rect.x, l.x) && near(b.rect.y, l.y) && near(b.rect.width, l.width) && near(b.rect.height, l.height)));
}
