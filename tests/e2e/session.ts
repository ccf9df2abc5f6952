import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import type { PageState } from '../../lib/messages';
import { PAGES_DIR, launch, serve, settledState, tabIdOf, type Browsers } from './harness';

/**
 * What every e2e file starts with: the page server, Chromium with the extension, and a "control"
 * extension page from which tabs are messaged as the popup does. The extension is built once per
 * run (tests/e2e/global-setup.ts).
 */
export interface Session {
  browsers: Browsers;
  origin: string;
  control: Page;
  /** Open `url` in a new tab of the extension's browser and find its tab id (its content script answers). */
  openTab(url: string, before?: (page: Page) => Promise<void>): Promise<{ page: Page; tabId: number }>;
  /** `openTab`, then wait until the content script has finished with the page (analysis, highlights). */
  openArticle(url: string, before?: (page: Page) => Promise<void>): Promise<{ page: Page; tabId: number; state: PageState }>;
  /** The popup for `tabId`, in a tab of its own (`?tab=`). */
  openPopup(tabId: number, viewport?: { width: number; height: number }): Promise<Page>;
  /** The notes library page. */
  openLibrary(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startSession(dir = PAGES_DIR): Promise<Session> {
  const { server, origin } = await serve(dir);
  let browsers: Browsers;
  try {
    browsers = await launch();
  } catch (e) {
    server.close();
    throw e;
  }
  const extensionPage = async (path: string, viewport?: { width: number; height: number }) => {
    const page = await browsers.withExtension.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${browsers.extensionId}/${path}`);
    return page;
  };
  const control = await extensionPage('popup.html');
  const session: Session = {
    browsers, origin, control,
    async openTab(url, before) {
      const page = await browsers.withExtension.newPage();
      await before?.(page);
      // Not 'load': that is the page's business (offsite files are refused, but a page's own
      // scripts can keep it loading); the content script's own answer is what we wait for.
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return { page, tabId: await tabIdOf(control, url) };
    },
    async openArticle(url, before) {
      const { page, tabId } = await session.openTab(url, before);
      return { page, tabId, state: await settledState(control, tabId) };
    },
    openPopup: (tabId, viewport) => extensionPage(`popup.html?tab=${tabId}`, viewport),
    openLibrary: (viewport = { width: 1100, height: 760 }) => extensionPage('library.html', viewport),
    async close() {
      await browsers.close();
      await closeServer(server);
    },
  };
  return session;
}

const closeServer = (server: Server) =>
  new Promise<void>((r) => {
    server.close(() => r());
    server.closeAllConnections();
  });

/** The text of every range of one of our highlights (`sourcelight-quote`, `sourcelight-note`, …) in `page`. */
export const highlightTexts = (page: Page, name: string): Promise<string[]> =>
  page.evaluate((n) => [...((CSS.highlights.get(n) as unknown as Set<Range>) ?? [])].map((r) => r.toString()), name);

/** What has keyboard focus in `page`: the element's name and its text. */
export const focused = (page: Page): Promise<string | null> =>
  page.evaluate(() => (document.activeElement ? `${document.activeElement.localName}:${document.activeElement.textContent?.trim() ?? ''}` : null));
