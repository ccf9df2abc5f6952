import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotesPageState, PageState } from '../../lib/messages';
import { join } from 'node:path';
import { ROOT, sendToTab } from './harness';
import { clickClosed, closedQuery, noteBoxes, selectAsReader, typeClosed, waitClosed, waitGone, type ClosedElement } from './closed-ui';
import { focused, startSession, type Session } from './session';
import { clickEditor, editorFrame, pressClosingKey, typeEditor, waitEditor } from './editor-frame';

/**
 * The in-page UI a reader clicks and types in, in Chromium: the claim editor placed whole in the
 * viewport with a passage half-way down, evidence links checked line by line, the card of the
 * reader's own note (verdict, edit, delete, undo), the keyboard command that steps through
 * findings and notes, and Tab from a keyboard selection to the toolbar.
 */

const VIEWPORT = { width: 1280, height: 560 };
const CLAIM = 'dredging costs had fallen by half since 2019';
const TOOLBAR = 'sourcelight-toolbar';
const CARD = 'sourcelight-card';

let session: Session;
let page: Page;
let tabId: number;
let analysis: PageState;

beforeAll(async () => {
  session = await startSession();
  ({ page, tabId, state: analysis } = await session.openArticle(`${session.origin}/__e2e/long-article.html`, (p) => p.setViewportSize(VIEWPORT)));
});

afterAll(async () => {
  await session?.close();
});

async function notesReady(timeoutMs = 90_000): Promise<NotesPageState> {
  for (const until = Date.now() + timeoutMs; Date.now() < until; ) {
    const s = await sendToTab<NotesPageState>(session.control, tabId, { type: 'notes:state' }).catch(() => null);
    if (s && s.status !== 'loading') return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`waited ${timeoutMs / 1000} s for the notes of tab ${tabId} to load`);
}

/** Scroll so that `text` sits at the middle of the viewport (no room above or below for the editor). */
const centre = (text: string) =>
  page.evaluate((t) => {
    const p = [...document.querySelectorAll('p')].find((x) => x.textContent!.includes(t))!;
    p.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, text);

/** An element of the editor's frame, by its box in the page's viewport. */
const boxInViewport = async (loc: import('playwright-core').Locator) => {
  const b = await loc.boundingBox();
  return !!b && b.y >= 0 && b.x >= 0 && b.y + b.height <= VIEWPORT.height && b.x + b.width <= VIEWPORT.width;
};
const inViewport = (e: ClosedElement) => e.rect.y >= 0 && e.rect.x >= 0 && e.rect.y + e.rect.height <= VIEWPORT.height && e.rect.x + e.rect.width <= VIEWPORT.width;

/** The centre of the on-screen text of `text` in the page. */
const textPoint = (text: string) =>
  page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      const b = r.getClientRects()[0];
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }
    throw new Error(`no text ${t}`);
  }, text);

describe('the claim editor in the page', () => {
  it('opens whole inside the viewport for a passage half-way down, and names the field and line of a bad link', async () => {
    expect(analysis.status).toBe('ready');
    await notesReady();
    await centre(CLAIM);
    await selectAsReader(page, CLAIM);
    await clickClosed(page, TOOLBAR, 'button', 'Claim');
    // The editor is a frame of the extension's origin inside our toolbar (keys never reach the page).
    await waitEditor(page, 'form.claim');
    const frame = await editorFrame(page);
    const cancel = frame.locator('button').filter({ hasText: /^\s*Cancel\s*$/ }).first();
    for (const loc of [frame.locator('form.claim'), frame.locator('button.save'), cancel]) expect(await boxInViewport(loc), String(await loc.boundingBox().then((b) => JSON.stringify(b)))).toBe(true);

    await frame.locator('select').first().selectOption('false');
    await typeEditor(page, 'textarea[placeholder^="UN OCHA"]', 'UN OCHA report');
    await clickEditor(page, 'button.save', 'Save claim');
    const alert = await waitEditor(page, '.foot [role=alert]');
    expect(await alert.textContent()).toContain('Evidence links, line 1: no link in “UN OCHA report”');
    expect(await boxInViewport(alert)).toBe(true);
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/claim-editor.png') });
    expect(await boxInViewport(frame.locator('button.save'))).toBe(true);

    await frame.locator('textarea[placeholder^="UN OCHA"]').fill('UN OCHA report reliefweb.int/report/harbour');
    await clickEditor(page, 'button.save', 'Save claim');
    await waitGone(page, TOOLBAR);
    const s = await notesReady();
    expect(s.notes.map((n) => [n.kind, n.text, n.verdict, n.evidence, n.evidenceLabels])).toEqual([['claim', CLAIM, 'false', ['https://reliefweb.int/report/harbour'], ['UN OCHA report']]]);
  });
});

describe('your own note in the page', () => {
  it('draws a claim in its verdict’s colour with its glyph, and hovering it shows its card', async () => {
    const id = (await notesReady()).notes[0].id;
    await expect.poll(async () => (await noteBoxes(page)).filter((b) => b.dataId === id).map((b) => b.className)).toContain('box claim v-false');
    expect((await closedQuery(page, 'sourcelight-notes', '.glyph')).map((g) => g.text)).toEqual(['✗']);

    const at = await textPoint('had fallen by half');
    await page.mouse.move(at.x, at.y);
    const badge = await waitClosed(page, CARD, '.verdict-badge');
    expect(badge.text).toBe('✗ False');
    expect((await waitClosed(page, CARD, '.label')).text).toMatch(/^your claim$/i);
    expect((await closedQuery(page, CARD, '.legend li')).length).toBe(7);
    // The evidence link under the label the reader wrote before it.
    expect((await closedQuery(page, CARD, '.evidence a')).map((a) => a.text)).toEqual(['UN OCHA report']);
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/note-card.png'), clip: { x: 0, y: Math.max(0, at.y - 200), width: 900, height: 400 } });
  });

  it('edits the note from its card', async () => {
    const at = await textPoint('had fallen by half');
    await page.mouse.click(at.x, at.y);
    await clickClosed(page, CARD, 'button', 'Edit');
    await waitGone(page, CARD);
    await waitEditor(page, 'form.claim');
    await typeEditor(page, 'label.field textarea:not([placeholder])', 'The 2019 audit says a third.');
    await clickEditor(page, 'button.save', 'Save changes');
    await waitGone(page, TOOLBAR);
    await expect.poll(async () => (await notesReady()).notes.map((n) => [n.note, n.verdict, n.evidence])).toEqual([['The 2019 audit says a third.', 'false', ['https://reliefweb.int/report/harbour']]]);
  });

  it('deletes the note from its card, and Undo brings it back', async () => {
    const at = await textPoint('had fallen by half');
    await page.mouse.click(at.x, at.y);
    expect((await waitClosed(page, CARD, '.note-text')).text).toBe('The 2019 audit says a third.');
    await clickClosed(page, CARD, 'button', 'Delete');
    await waitClosed(page, CARD, '.deleted', 'Deleted.');
    await expect.poll(async () => (await notesReady()).notes.length).toBe(0);
    await clickClosed(page, CARD, 'button', 'Undo');
    await expect.poll(async () => (await notesReady()).anchored.length).toBe(1);
    await page.keyboard.press('Escape');
    await waitGone(page, CARD);
  });
});

describe('keyboard', () => {
  it('the step command goes through quotes, specialists and notes in page order and opens each card, focused', async () => {
    expect((await notesReady()).anchored).toHaveLength(1);
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      const { key } = await sendToTab<{ key: string | null }>(session.control, tabId, { type: 'step-finding' });
      expect(key).not.toBeNull();
      seen.push(key!.split(':')[0]);
      await waitClosed(page, CARD, '.card');
      // The focus is in the card (a closed root: the page sees its host focused).
      await expect.poll(async () => (await focused(page))?.split(':')[0]).toBe(CARD);
    }
    // Jensen's quote and her name, the claim note, Berg's quote and his name; then round again.
    expect(seen).toEqual(['quote', 'specialist', 'note', 'quote', 'specialist', 'quote', 'specialist', 'note']);
    // Back from the note: Jensen's name again.
    const back = await sendToTab<{ key: string }>(session.control, tabId, { type: 'step-finding', back: true });
    expect(back.key.split(':')[0]).toBe('specialist');
    await waitClosed(page, CARD, '.card.specialist');
    await page.keyboard.press('Escape');
    await waitGone(page, CARD);
  });

  it('after a keyboard selection, Tab reaches the toolbar, and its Note button opens the editor', async () => {
    await centre('civil engineer who advises');
    await selectAsReader(page, 'civil engineer who advises');
    await waitClosed(page, TOOLBAR, '[role=toolbar]');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await focused(page))?.split(':')[0]).toBe(TOOLBAR);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await waitEditor(page, 'form.note');
    await pressClosingKey(page, 'Escape');
    await waitGone(page, TOOLBAR);
  });
});
