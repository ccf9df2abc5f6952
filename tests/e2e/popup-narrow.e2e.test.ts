import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotesPageState } from '../../lib/messages';
import { sendToTab } from './harness';
import { focused, startSession, type Session } from './session';

/**
 * The popup page 240 px wide (the narrowest the layout is made for: a side panel, Firefox's
 * overflow menu) on a real news page with many findings, and with notes whose words do not
 * break (a long address in a note, a long tag, a labelled evidence link, a note whose passage is
 * not on the page): nothing may stick out sideways, on any tab, and the tabs work by mouse and
 * by keyboard.
 */

const WIDTH = 240;
const ARTICLE = 'bbc-1.html';

let session: Session;
let page: Page;
let tabId: number;

beforeAll(async () => {
  session = await startSession();
  ({ page, tabId } = await session.openArticle(`${session.origin}/${ARTICLE}`));
  const add = (draft: object) =>
    session.control.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage(m), { type: 'notes:add', page: { url: page.url() }, draft });
  const quote = (exact: string) => ({ quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } });
  const results = await Promise.all([
    add({ selectors: quote('biggest frustration'), kind: 'claim', verdict: 'mostly-false', note: 'See https://www.example.org/a/very/long/address/that/does/not/break/anywhere/at/all?with=query&and=more', tags: ['gun-control-legislation-in-the-united-states-senate'], evidence: ['https://reliefweb.int/report/united-states-of-america/a-report-with-a-very-long-address-indeed'], evidenceLabels: ['UN OCHA report on firearms'] }),
    add({ selectors: quote('Pneumonoultramicroscopicsilicovolcanoconiosis never appears here'), kind: 'note', note: 'Antidisestablishmentarianism-and-more-unbreakable-words', tags: ['x'] }),
  ]);
  expect(results.map((r) => r.ok)).toEqual([true, true]);
  // The content script finds the new notes when asked to look again.
  await sendToTab(session.control, tabId, { type: 'notes:refresh' });
});

afterAll(async () => {
  await session?.close();
});

/** Every place where something is wider than the space it has: body, page, panels, elements. */
function overflows(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    const de = document.documentElement;
    if (de.scrollWidth > de.clientWidth) out.push(`page ${de.scrollWidth} > ${de.clientWidth}`);
    if (document.body.scrollWidth > document.body.clientWidth) out.push(`body ${document.body.scrollWidth} > ${document.body.clientWidth}`);
    for (const panel of document.querySelectorAll<HTMLElement>('[role="tabpanel"]')) {
      if (panel.hidden) continue;
      if (panel.scrollWidth > panel.clientWidth) out.push(`#${panel.id} ${panel.scrollWidth} > ${panel.clientWidth}`);
    }
    // Any element whose box reaches past the right edge of the window.
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > de.clientWidth + 0.5) out.push(`${el.localName}.${el.className} right ${Math.round(r.right)} > ${de.clientWidth}`);
    }
    return out;
  });
}

const visiblePanels = (p: Page) => p.evaluate(() => [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((x) => !x.hidden && x.getBoundingClientRect().height > 0).map((x) => x.id));
const selectedTabs = (p: Page) => p.evaluate(() => [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].map((t) => t.textContent));

describe(`the popup ${WIDTH} px wide`, () => {
  it('nothing overflows sideways on any tab, and each tab shows its panel when clicked', async () => {
    const notes = await sendToTab<NotesPageState>(session.control, tabId, { type: 'notes:state' });
    expect(notes.notes).toHaveLength(2);
    const popup = await session.openPopup(tabId, { width: WIDTH, height: 600 });
    expect(await popup.evaluate(() => window.innerWidth)).toBe(WIDTH);
    await popup.getByText('Quotes by speaker').waitFor();
    expect(await overflows(popup)).toEqual([]);

    const panels: Array<[string, string, () => Promise<void>]> = [
      ['Notes', 'panel-notes', async () => {
        await popup.getByText('Antidisestablishmentarianism-and-more-unbreakable-words').waitFor();
        await popup.getByText('UN OCHA report on firearms').waitFor();
        // The legend and the tag manager open inside the panel: they must fit too.
        await popup.getByText('Verdict colours in the page').click();
        await popup.getByRole('button', { name: 'Manage tags' }).click();
        await popup.getByText('gun-control-legislation-in-the-united-states-senate').first().waitFor();
      }],
      ['Export', 'panel-export', async () => {
        await popup.getByLabel('Format').waitFor();
        await popup.getByRole('button', { name: 'Export', exact: true }).waitFor();
      }],
      ['Findings', 'panel-findings', async () => {
        await popup.getByText('Quotes by speaker').waitFor();
        await popup.getByText('Specialists', { exact: false }).first().waitFor();
      }],
    ];
    for (const [tab, panel, content] of panels) {
      await popup.getByRole('tab', { name: tab }).click();
      await expect.poll(() => visiblePanels(popup), { message: `the ${tab} tab's panel, alone` }).toEqual([panel]);
      expect(await selectedTabs(popup)).toEqual([tab]);
      await content();
      expect(await overflows(popup), `${tab} tab`).toEqual([]);
    }
    await popup.close();
  });

  it('the tabs follow the arrow keys, Home and End, and keep the focus', async () => {
    const popup = await session.openPopup(tabId, { width: WIDTH, height: 600 });
    await popup.getByRole('tab', { name: 'Findings' }).focus();
    const steps: Array<[string, string, string]> = [
      ['ArrowRight', 'Notes', 'panel-notes'],
      ['ArrowRight', 'Export', 'panel-export'],
      ['ArrowRight', 'Findings', 'panel-findings'],
      ['ArrowLeft', 'Export', 'panel-export'],
      ['Home', 'Findings', 'panel-findings'],
      ['End', 'Export', 'panel-export'],
    ];
    for (const [key, tab, panel] of steps) {
      await popup.keyboard.press(key);
      await expect.poll(() => visiblePanels(popup), { message: `${key} to the ${tab} tab` }).toEqual([panel]);
      expect(await focused(popup)).toBe(`button:${tab}`);
      expect(await overflows(popup), `${tab} tab after ${key}`).toEqual([]);
    }
    // Tab from the tab list goes into the panel, not along the other tabs.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.closest('[role="tabpanel"]')?.id)).toBe('panel-export');
    await popup.close();
  });
});
