import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, sendToTab, settledState, tabIdOf } from './harness';
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

describe('popup layout', () => {
  it('puts Findings, Notes and Export on tabs that fit a popup 240 px wide', async () => {
    const { page, tabId } = await session.openArticle(`${session.origin}/__e2e/spa.html`);
    const popup = await session.openPopup(tabId, { width: 240, height: 600 });
    await popup.getByRole('tab', { name: 'Findings' }).waitFor();
    await popup.getByText('Quotes by speaker').waitFor();
    // Nothing wider than the popup: no sideways scrolling.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(240);
    for (const name of ['Findings', 'Notes', 'Export']) {
      const box = await popup.getByRole('tab', { name }).boundingBox();
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(240);
    }
    const visiblePanels = () => popup.evaluate(() => [...document.querySelectorAll('[role="tabpanel"]')].filter((p) => p.getBoundingClientRect().height > 0).map((p) => p.id));
    expect(await visiblePanels()).toEqual(['panel-findings']);

    // Keyboard: arrows move between the tabs.
    await popup.getByRole('tab', { name: 'Findings' }).focus();
    await popup.keyboard.press('ArrowRight');
    await expect.poll(visiblePanels).toEqual(['panel-notes']);
    await expect.poll(() => focused(popup)).toBe('button:Notes');
    await popup.keyboard.press('ArrowRight');
    await expect.poll(visiblePanels).toEqual(['panel-export']);

    // The export block: its label above the format menu, the menu and button inside the popup.
    const label = (await popup.getByText('Format', { exact: true }).boundingBox())!;
    const select = (await popup.getByLabel('Format').boundingBox())!;
    const button = (await popup.getByRole('button', { name: 'Export', exact: true }).boundingBox())!;
    expect(label.y + label.height).toBeLessThanOrEqual(select.y + 1);
    for (const b of [select, button]) expect(b.x + b.width).toBeLessThanOrEqual(240);
    await popup.screenshot({ path: join(ROOT, 'docs/screenshots/popup-narrow.png') });
    await popup.close();
    await page.close();
  });
});

describe('always analyze this site', () => {
  it('remembers the choice for the site: the page is analyzed at once and again after a reload', async () => {
    const url = `${session.origin}/__e2e/not-article.html`;
    const { page, tabId, state } = await session.openArticle(url);
    expect(state).toMatchObject({ status: 'not-article', analysis: null });
    const popup = await session.openPopup(tabId);
    await popup.getByLabel('Always analyze pages on 127.0.0.1').check();
    // The page analyzes itself (here the analysis finds no article text, and says so).
    await popup.getByText('No article found on this page').waitFor();
    expect((await settledState(session.control, tabId)).analysis).not.toBeNull();
    await popup.close();

    await page.reload({ waitUntil: 'domcontentloaded' });
    const again = await settledState(session.control, await tabIdOf(session.control, url));
    expect(again.analysis).not.toBeNull();

    // Off again: the next visit leaves the page alone.
    const off = await session.openPopup(tabId);
    await off.getByLabel('Always analyze pages on 127.0.0.1').uncheck();
    await expect.poll(() => session.control.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('sitePrefs'))).toEqual({ sitePrefs: {} });
    await off.close();
    await page.reload({ waitUntil: 'domcontentloaded' });
    expect((await settledState(session.control, await tabIdOf(session.control, url))).analysis).toBeNull();
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
