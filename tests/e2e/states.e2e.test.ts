import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendToTab } from './harness';
import { focused, highlightTexts, startSession, type Session } from './session';

/** The popup's other states and single-page navigation, on small pages of our own (tests/e2e/pages). */

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

const quoteRanges = (page: Page) => highlightTexts(page, 'sourcelight-quote');

describe('popup states', () => {
  it('leaves a page that is not an article alone until asked, then says there is no article', async () => {
    const { page, tabId, state } = await session.openArticle(`${session.origin}/__e2e/not-article.html`);
    expect(state.status).toBe('not-article');
    expect(await quoteRanges(page)).toEqual([]);

    const popup = await session.openPopup(tabId);
    // The button takes focus (autofocus is applied after it renders): usable without a mouse.
    await expect.poll(() => focused(popup)).toBe('button:Analyze this page');
    await popup.keyboard.press('Enter');
    await popup.getByText('No article found on this page').waitFor();
    await popup.close();
    await page.close();
  });

  it('says so when the extension cannot run on the page', async () => {
    const page = await session.browsers.withExtension.newPage();
    await page.goto('about:blank');
    const tabId = await session.control.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
      // Without the "tabs" permission addresses are hidden: the newest tab is the one just opened.
      return Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1));
    });
    expect(tabId).not.toBeNull();
    const popup = await session.openPopup(tabId!);
    await popup.getByText('Sourcelight cannot run on this page').waitFor();
    await popup.close();
    await page.close();
  });
});

describe('single-page sites', () => {
  it('analyzes again and moves the highlights when the address and the article change', async () => {
    const { page, tabId, state: first } = await session.openArticle(`${session.origin}/__e2e/spa.html`);
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
    const quotesNow = async () => (await sendToTab(session.control, tabId, { type: 'get-state' })).analysis?.quotes.map((q) => q.text) ?? [];
    // The address change is noticed by polling, then settles, waits for an idle moment and analyzes off the page.
    await expect.poll(async () => (await quotesNow()).join('|'), { timeout: 45_000 }).toMatch(/^The second story is about the river bridge/);
    const second = await quotesNow();
    expect(second).toHaveLength(1);
    await expect.poll(() => quoteRanges(page)).toEqual(second);
    await page.close();
  });
});
