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

/**
 * Click, as the reader does, an element of the editor. The reader is looking at that tab: a frame
 * of another process takes the keys only in the tab in front (another tab of the test, a popup or
 * the library, may have come in front of it).
 */
export async function clickEditor(page: Page, selector: string, text?: string | RegExp): Promise<void> {
  const el = await waitEditor(page, selector, text);
  await page.bringToFront();
  await el.click();
}

/** Click a field of the editor and type into it with the keyboard. */
export async function typeEditor(page: Page, selector: string, text: string): Promise<void> {
  // Focus moves into the frame (another process) after the click is handled, and a tab brought to
  // the front may take it back for its top frame once: keys sent before the field has it would go
  // to the page's document. Click until the field has it (as a reader would), then type.
  const frame = await editorFrame(page);
  const field = frame.locator(selector).first();
  const hasFocus = () =>
    Promise.race([
      field.evaluate((el) => document.hasFocus() && document.activeElement === el).catch(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(false), 5_000)),
    ]);
  const before = await field.inputValue();
  // The editor focuses its first field itself once its frame is ready: let that settle first, so a
  // click does not race the content script's own focusing.
  await page.bringToFront();
  for (const until = Date.now() + 3_000; Date.now() < until && !(await hasFocus()); ) await new Promise((r) => setTimeout(r, 100));
  for (let attempt = 0; !(await hasFocus()); attempt++) {
    if (attempt === 6) throw new Error(`${selector} in the editor frame did not get the focus after ${attempt} clicks`);
    await clickEditor(page, selector);
    const until = Date.now() + 2_000;
    while (!(await hasFocus()) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  }
  await page.keyboard.type(text);
  const after = await field.inputValue();
  if (after !== before + text) throw new Error(`typed "${text}" into ${selector} of the editor, which now holds "${after}"`);
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

/**
 * Press a key that closes the editor (Escape) while its frame has the focus. The frame is removed
 * as the key is handled, and the browser's acknowledgement of the key event it was sent to may
 * never come back to the test driver: the press is bounded; what it did is checked by the caller.
 */
export async function pressClosingKey(page: Page, key: string): Promise<void> {
  await page.bringToFront();
  await Promise.race([page.keyboard.press(key), new Promise((r) => setTimeout(r, 5_000))]);
}
