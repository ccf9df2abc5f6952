import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_DIR, buildExtension, launch, sendToTab, serve, settledState, tabIdOf, type Browsers } from './harness';

/** The popup's other states and single-page navigation, on small pages of our own (tests/e2e/pages). */

let browsers: Browsers;
let server: Server;
let origin: string;
let control: Page;

beforeAll(async () => {
  buildExtension();
  ({ server, origin } = await serve(PAGES_DIR));
  browsers = await launch();
  control = await browsers.withExtension.newPage();
  await control.goto(`chrome-extension://${browsers.extensionId}/popup.html`);
});

afterAll(async () => {
  await browsers?.close();
  server?.close();
});

async function popupFor(tabId: number): Promise<Page> {
  const popup = await browsers.withExtension.newPage();
  await popup.goto(`chrome-extension://${browsers.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

const quoteRanges = (page: Page) =>
  page.evaluate(() => [...((CSS.highlights.get('sourcelight-quote') as unknown as Set<Range>) ?? [])].map((r) => r.toString()));

describe('popup states', () => {
  it('leaves a page that is not an article alone until asked, then says there is no article', async () => {
    const url = `${origin}/__e2e/not-article.html`;
    const page = await browsers.withExtension.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(control, url);
    expect((await settledState(control, tabId)).status).toBe('not-article');
    expect(await quoteRanges(page)).toEqual([]);

    const popup = await popupFor(tabId);
    const button = popup.getByRole('button', { name: 'Analyze this page' });
    await button.waitFor();
    await popup.keyboard.press('Enter'); // the button has focus: usable without a mouse
    await popup.getByText('No article found on this page').waitFor();
    await popup.close();
    await page.close();
  });

  it('says so when the extension cannot run on the page', async () => {
    const page = await browsers.withExtension.newPage();
    await page.goto('about:blank');
    const tabId = await control.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
      // Without the "tabs" permission addresses are hidden: the newest tab is the one just opened.
      return Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1));
    });
    expect(tabId).not.toBeNull();
    const popup = await popupFor(tabId!);
    await popup.getByText('Sourcelight cannot run on this page').waitFor();
    await popup.close();
    await page.close();
  });
});

describe('single-page sites', () => {
  it('analyzes again and moves the highlights when the address and the article change', async () => {
    const url = `${origin}/__e2e/spa.html`;
    const page = await browsers.withExtension.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(control, url);
    const first = await settledState(control, tabId);
    const firstQuotes = first.analysis?.quotes.map((q) => q.text) ?? [];
    expect(firstQuotes).toHaveLength(1);
    expect(firstQuotes[0]).toMatch(/^We finally have a plan/);
    expect(await quoteRanges(page)).toEqual(firstQuotes);

    // The site swaps the article in place and pushes a new address, as single-page apps do.
    await page.evaluate(() => {
      const p = document.querySelectorAll('article p')[1];
      p.textContent = '\u201cThe second story is about the river bridge and its long delays,\u201d said Tom Berg, a civil engineer at the port authority, on Friday.';
      document.querySelector('article h1')!.textContent = 'Bridge delayed again';
      history.pushState({}, '', '/__e2e/spa.html?story=2');
    });
    const quotesNow = async () => (await sendToTab(control, tabId, { type: 'get-state' })).analysis?.quotes.map((q) => q.text) ?? [];
    await expect.poll(async () => (await quotesNow()).join('|'), { timeout: 15_000 }).toMatch(/^The second story is about the river bridge/);
    const second = await quotesNow();
    expect(second).toHaveLength(1);
    await expect.poll(() => quoteRanges(page)).toEqual(second);
    await page.close();
  });
});
