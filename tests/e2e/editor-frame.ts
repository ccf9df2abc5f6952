import type { Frame, Locator, Page } from 'playwright-core';

/**
 * The note editor runs in a frame of the extension's origin (entrypoints/note-editor) that the
 * content script puts inside our closed toolbar root. Page scripts cannot read it; Playwright
 * drives it as a frame of its own, and types into it with real (trusted) key presses.
 */

/** The editor page in a frame of `page`, once it is there. */
export async function editorFrame(page: Page, timeoutMs = 30_000): Promise<Frame> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().filter((f) => !f.isDetached() && /^(chrome|moz)-extension:\/\/[^/]+\/note-editor\.html/.test(f.url())).at(-1);
    if (frame) return frame;
    if (Date.now() > until) throw new Error(`no note editor frame after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const exact = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** The visible element matching `selector` (and `text`: a string is the whole text) in the editor. */
export async function waitEditor(page: Page, selector: string, text?: string | RegExp, timeoutMs = 30_000): Promise<Locator> {
  const frame = await editorFrame(page, timeoutMs);
  let loc = frame.locator(selector);
  if (text !== undefined) loc = loc.filter({ hasText: typeof text === 'string' ? exact(text) : text });
  await loc.first().waitFor({ state: 'visible', timeout: timeoutMs });
  return loc.first();
}

/** Click, as the reader does, an element of the editor. */
export async function clickEditor(page: Page, selector: string, text?: string | RegExp): Promise<void> {
  await (await waitEditor(page, selector, text)).click();
}

/** Click a field of the editor and type into it with the keyboard. */
export async function typeEditor(page: Page, selector: string, text: string): Promise<void> {
  await clickEditor(page, selector);
  await page.keyboard.type(text);
}

/** The values of the editor's elements matching `selector` (none when there is no editor). */
export async function editorValues(page: Page, selector: string): Promise<string[]> {
  const frame = await editorFrame(page, 5_000).catch(() => null);
  if (!frame) return [];
  return frame.locator(selector).evaluateAll((els) => els.map((e) => ('value' in e ? String((e as HTMLInputElement).value) : (e.textContent ?? ''))));
}

/** The element that has the focus in the editor's frame ('' when the frame does not have it), bounded in time. */
export async function editorFocus(page: Page): Promise<string> {
  const frame = await editorFrame(page, 5_000);
  const read = frame.evaluate(() => (document.hasFocus() ? (document.activeElement?.localName ?? '') : ''));
  const late = new Promise<string>((r) => setTimeout(() => r('(no answer in 5 s)'), 5_000));
  return Promise.race([read, late]);
}
