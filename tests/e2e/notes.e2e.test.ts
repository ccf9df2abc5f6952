import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotesPageState } from '../../lib/messages';
import { PAGES_DIR, ROOT, sendToTab, settledState, tabIdOf } from './harness';
import { focused, startSession, type Session } from './session';
import { clickClosed, marksCover, noteBoxes, selectAsReader, typeClosed, waitClosed, waitGone } from './closed-ui';
import { clickEditor, editorFocus, pressClosingKey, typeEditor, waitEditor } from './editor-frame';

/**
 * Notes in Chromium: made with the selection toolbar, stored by the background, found again on
 * every visit (also after the page changed), listed as not found when their passage is gone.
 * The page is served from a temporary folder and rewritten between visits (same address).
 */

const PARAS = [
  'The regional council met on Monday evening to discuss the future of the old river crossing.',
  'Engineers have warned for years that the structure is ageing faster than expected.',
  'Critics said the budget of 40 million euros was far too small for a project of this size.',
  'The mayor promised a public consultation before any final decision is taken next spring.',
];
const PASSAGE = 'the budget of 40 million euros was far too small';

function pageHtml(paras: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge plan delayed</title></head>
<body><article><h1>Bridge plan delayed</h1>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

let session: Session;
let dir: string;
let page: Page;
let tabId: number;
const url = () => `${session.origin}/bridge.html`;
const SHOTS = join(ROOT, 'docs/screenshots');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-notes-'));
  writeFileSync(join(dir, 'bridge.html'), pageHtml(PARAS));
  session = await startSession(dir);
  ({ page, tabId } = await session.openTab(url()));
});

afterAll(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The notes state once the content script has loaded and located the page's notes. */
async function notesReady(timeoutMs = 90_000): Promise<NotesPageState> {
  for (const until = Date.now() + timeoutMs; Date.now() < until; ) {
    const s = await sendToTab<NotesPageState>(session.control, tabId, { type: 'notes:state' }).catch(() => null);
    if (s && s.status !== 'loading') return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`waited ${timeoutMs / 1000} s for the content script of tab ${tabId} to load and locate its notes (notes:state still loading or unanswered)`);
}

/**
 * The words each note of the page is marked on now (the notes are drawn in a closed overlay no page
 * script can list; the content script reports what it marked).
 */
const noteRanges = async (_p: Page) => {
  const s = await notesReady();
  return s.anchored.map((id) => s.current?.[id]);
};

const TOOLBAR = 'sourcelight-toolbar';

/** Select `text` in the page as a reader would (a trusted key press after selecting). */
const select = (p: Page, text: string) => selectAsReader(p, text);

async function reload(paras: string[]) {
  writeFileSync(join(dir, 'bridge.html'), pageHtml(paras));
  await page.reload({ waitUntil: 'domcontentloaded' });
  tabId = await tabIdOf(session.control, url());
  return notesReady();
}

/** The popup for the page, on its Notes tab. */
async function popup() {
  const p = await session.openPopup(tabId);
  await p.getByRole('tab', { name: 'Notes' }).click();
  return p;
}

describe('notes in the page', () => {
  it('selects text, adds a note with tags from the toolbar, and highlights it', async () => {
    expect((await notesReady()).notes).toEqual([]);
    await select(page, PASSAGE);
    await clickClosed(page, TOOLBAR, 'button', 'Note');
    await typeEditor(page, 'textarea', 'Check the budget figure');
    for (const tag of ['budget', 'Infrastructure']) {
      await typeEditor(page, 'input.tag-field', tag);
      await page.keyboard.press('Enter');
    }
    await page.screenshot({ path: join(SHOTS, 'notes-toolbar.png'), clip: { x: 0, y: 0, width: 900, height: 520 } });
    await clickEditor(page, 'button.save', 'Save note');
    await waitGone(page, TOOLBAR);
    expect(await noteRanges(page)).toEqual([PASSAGE]);
    await expect.poll(async () => marksCover(page, await noteBoxes(page), PASSAGE)).toBe(true);
    const s = await notesReady();
    expect(s.notes.map((n) => [n.kind, n.text, n.note, n.tags])).toEqual([['note', PASSAGE, 'Check the budget figure', ['budget', 'Infrastructure']]]);
  });

  it('offers existing tags as the reader types', async () => {
    await select(page, 'public consultation');
    await clickClosed(page, TOOLBAR, 'button', 'Claim');
    await typeEditor(page, 'input.tag-field', 'bud');
    await waitEditor(page, '.offer', /^budget/);
    await clickEditor(page, 'button', 'Cancel');
    await waitGone(page, TOOLBAR);
  });

  it('opens the editor for the selection from the context menu or shortcut, focused, the passage marked', async () => {
    await select(page, 'old river crossing');
    await waitClosed(page, TOOLBAR, '[role=toolbar]');
    // What the background sends for "Sourcelight: annotate selection" and Alt+Shift+N.
    expect(await sendToTab(session.control, tabId, { type: 'notes:annotate-selection' })).toEqual({ ok: true });
    await waitEditor(page, 'form');
    await expect.poll(async () => (await focused(page))?.split(':')[0]).toBe('sourcelight-toolbar');
    // Inside our closed root, the focus is in the editor's frame, in its note field.
    await expect.poll(() => editorFocus(page)).toBe('textarea');
    const pending = async () => (await noteBoxes(page)).filter((b) => b.className.includes('pending'));
    await expect.poll(async () => marksCover(page, await pending(), 'old river crossing')).toBe(true);
    await pressClosingKey(page, 'Escape');
    await waitGone(page, TOOLBAR);
    // Back in the page (not lost with the frame).
    expect(await page.evaluate(() => document.hasFocus())).toBe(true);
    await expect.poll(async () => (await pending()).length).toBe(0);
    expect(await noteRanges(page)).toEqual([PASSAGE]);
  });

  it('highlights the note again after a reload', async () => {
    const s = await reload(PARAS);
    expect(s.anchored).toHaveLength(1);
    expect(Object.values(s.methods)).toEqual(['exact']);
    expect(await noteRanges(page)).toEqual([PASSAGE]);
  });

  it('still anchors when a paragraph is inserted before it and a word changed inside it', async () => {
    const edited = ['Update: the council has published the full minutes of the meeting.', ...PARAS];
    edited[3] = edited[3].replace('far too small', 'much too small');
    const s = await reload(edited);
    expect(s.anchored).toHaveLength(1);
    expect(Object.values(s.methods)).toEqual(['fuzzy']);
    expect(await noteRanges(page)).toEqual(['the budget of 40 million euros was much too small']);
  });

  it('lists the note as not found when its passage is gone, and keeps it', async () => {
    const s = await reload(PARAS.filter((p) => !p.includes('budget')));
    expect(s.notes).toHaveLength(1);
    expect(s.anchored).toEqual([]);
    expect(await noteRanges(page)).toEqual([]);
    const p = await popup();
    await p.getByText('Not found on this page').waitFor();
    await p.locator('.missing').getByText(PASSAGE).waitFor();
    await p.screenshot({ path: join(SHOTS, 'notes-popup.png'), clip: { x: 0, y: 0, width: 380, height: 420 } });
    await p.close();
  });

  it('renames a tag everywhere from the popup', async () => {
    await reload(PARAS);
    const p = await popup();
    await p.getByRole('button', { name: /Manage tags/ }).click();
    const field = p.getByRole('textbox', { name: 'Rename budget' });
    await field.fill('Public money');
    await p.getByRole('button', { name: 'Rename', exact: true }).first().click();
    // The page's note shows the new name in the popup list and in the stored note.
    await p.locator('.note-tags').getByText('Public money').waitFor();
    await expect.poll(async () => (await notesReady()).notes.map((n) => n.tags)).toEqual([['Public money', 'Infrastructure']]);
    // And in the toolbar's autocomplete on the page (the reader is back on it: the editor's frame
    // takes the keys only in the tab in front).
    await page.bringToFront();
    await select(page, 'river crossing');
    await clickClosed(page, TOOLBAR, 'button', 'Note');
    await typeEditor(page, 'input.tag-field', 'pub');
    await waitEditor(page, '.offer', /^Public money/);
    await clickEditor(page, 'button', 'Cancel');
    await p.close();
  });

  it('edits a note in the popup', async () => {
    const p = await popup();
    await p.locator('.note-item').getByRole('button', { name: 'Edit' }).click();
    await p.getByRole('textbox', { name: 'Note' }).fill('Budget confirmed by the council minutes');
    await p.getByRole('button', { name: 'Save', exact: true }).click();
    await p.locator('.note-text').getByText('Budget confirmed by the council minutes').waitFor();
    await expect.poll(async () => (await notesReady()).notes.map((n) => n.note)).toEqual(['Budget confirmed by the council minutes']);
    await p.close();
  });

  it('deletes from the popup with undo', async () => {
    const p = await popup();
    await p.locator('.note-item').getByRole('button', { name: 'Delete' }).click();
    await p.getByText('Note deleted.').waitFor();
    // The popup says so before the page has loaded its notes again (the popup asks it to, then waits).
    await expect.poll(() => noteRanges(page)).toEqual([]);
    await p.getByRole('button', { name: 'Undo' }).click();
    await p.locator('.note-item').first().waitFor();
    await expect.poll(() => noteRanges(page)).toEqual([PASSAGE]);
    await p.close();
  });
});

describe('a real page with many notes', () => {
  it('finds 50 notes again on a long article and reports the time it took', async () => {
    const name = 'guardian-1.html';
    copyFileSync(join(PAGES_DIR, name), join(dir, name));
    const realUrl = `${session.origin}/${name}`;
    const p = await session.browsers.withExtension.newPage();
    await p.goto(realUrl, { waitUntil: 'domcontentloaded' });
    // 50 passages of the article's paragraphs, as notes made earlier would have kept them.
    const { passages, canonical } = await p.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll('article p, main p, p')) {
        const words = (el.textContent ?? '').replace(/\s+/g, ' ').trim().split(' ');
        if (words.length < 14) continue;
        out.push(words.slice(2, 10).join(' '));
        if (out.length === 50) break;
      }
      return { passages: [...new Set(out)], canonical: document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href ?? null };
    });
    expect(passages.length).toBeGreaterThan(20);
    for (const exact of passages) {
      const r = await session.control.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage(m), {
        type: 'notes:add',
        page: { url: realUrl, canonical },
        draft: { selectors: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } }, kind: 'note', tags: ['bench'] },
      });
      expect(r.ok).toBe(true);
    }
    await p.reload({ waitUntil: 'domcontentloaded' });
    tabId = await tabIdOf(session.control, realUrl);
    const s = await notesReady();
    expect(s.notes).toHaveLength(passages.length);
    expect(s.anchored).toHaveLength(passages.length);
    await expect.poll(async () => (await noteRanges(p)).length).toBe(passages.length);
    // Marks are drawn for what is in view: bring the first note there (as the popup's list does).
    expect(await sendToTab(session.control, tabId, { type: 'notes:reveal', id: s.anchored[0] })).toEqual({ found: true });
    await expect.poll(async () => (await noteBoxes(p)).filter((b) => b.dataId === s.anchored[0]).length).toBeGreaterThan(0);
    console.log(`notes timings on ${name} (${passages.length} notes): ${JSON.stringify(s.timings)}`);

    // The quote card's "Annotate" makes a quote note that keeps the speaker (and role).
    const state = await settledState(session.control, tabId);
    const quote = state.analysis?.quotes.find((q) => q.speaker && q.text.length > 30);
    expect(quote).toBeDefined();
    await expect.poll(() => p.evaluate(() => CSS.highlights.get('sourcelight-quote')?.size ?? 0)).toBeGreaterThan(0);
    // Where the quote's first line is now, after scrolling it (instantly: the page may ask for smooth
    // scrolling) to the middle of the window; its paragraph may be taller than the window.
    const quoteBox = (scroll: boolean) =>
      p.evaluate(([text, scroll]) => {
        const h = CSS.highlights.get('sourcelight-quote') as unknown as Set<Range>;
        const range = [...h].find((r) => r.toString().replace(/\s+/g, ' ').includes(text.slice(0, 20)));
        const first = range?.getClientRects()[0];
        if (first && scroll) window.scrollTo({ top: window.scrollY + first.top - window.innerHeight / 2, behavior: 'instant' });
        const rect = range?.getClientRects()[0];
        return rect ? { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 } : null;
      }, [quote!.text, scroll] as const);
    await quoteBox(true);
    let card = null;
    for (let attempt = 0; !card && attempt < 3; attempt++) {
      const box = await quoteBox(false);
      expect(box, 'the quote on screen').not.toBeNull();
      await p.mouse.click(box!.x, box!.y);
      card = await waitClosed(p, 'sourcelight-card', '.card', undefined, 10_000).catch(() => null);
    }
    expect(card, 'a card after clicking the quote').not.toBeNull();
    // Where one of the reader's notes covers the quote, the note's card opens first and leads to the quote's.
    if (card!.className.includes('own')) await clickClosed(p, 'sourcelight-card', 'button', 'Show the quote’s card');
    await clickClosed(p, 'sourcelight-card', 'button', 'Annotate');
    await waitEditor(p, '.speaker', new RegExp(`^Said by ${quote!.speaker!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await clickEditor(p, 'button.save', 'Save note');
    await waitGone(p, TOOLBAR);
    const after = await notesReady();
    const kept = after.notes.find((n) => n.kind === 'quote');
    expect(kept?.speaker).toBe(quote!.speaker);
    expect(after.anchored).toContain(kept!.id);
    await p.close();
  });
});
