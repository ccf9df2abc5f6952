import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotesPageState } from '../../lib/messages';
import { clickClosed, closedQuery, typeClosed, waitClosed, waitGone } from './closed-ui';
import { clickEditor, editorValues, typeEditor, waitEditor } from './editor-frame';
import { sendToTab } from './harness';
import { startSession, type Session } from './session';

/**
 * Integrity of notes in Chromium: "Tag as claim" on a quote's card makes one note, which keeps the
 * speaker (extending the quote note the reader kept over the same words); restoring a backup keeps
 * the newer version of each note.
 */

const TOOLBAR = 'sourcelight-toolbar';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour terminal to open in 2027</title></head>
<body><article><h1>Harbour terminal to open in 2027</h1>
<p>The harbour authority confirmed on Tuesday that the new ferry terminal would open two years later than planned, after months of delays.</p>
<p>“We will open the terminal in the spring of 2027 and not a day later,” said Maria Lopez, the harbour director, at a meeting with residents on Monday evening.</p>
<p>Officials blamed the delay on rising steel prices and a shortage of qualified welders across the region, which pushed every contractor behind schedule.</p>
<p>“The budget has doubled since the first estimate and nobody has explained why,” said Tomas Berg, a councillor who has followed the project from the start.</p>
<p>The authority expects the final bill to exceed the original estimate by a wide margin, according to documents seen by this newspaper last week.</p>
</article></body></html>`;

let session: Session;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-integrity-'));
  writeFileSync(join(dir, 'terminal.html'), PAGE);
  session = await startSession(dir);
});

afterAll(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function notesReady(tabId: number, timeoutMs = 30_000): Promise<NotesPageState> {
  for (const until = Date.now() + timeoutMs; Date.now() < until; ) {
    const s = await sendToTab<NotesPageState>(session.control, tabId, { type: 'notes:state' }).catch(() => null);
    if (s && s.status !== 'loading') return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`notes not loaded after ${timeoutMs} ms`);
}

/** Click the quote's highlight (as the reader does) and wait for its card. */
async function openCard(page: Page, start: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('sourcelight-quote')?.size ?? 0)).toBeGreaterThan(0);
  const box = await page.evaluate((text) => {
    const h = CSS.highlights.get('sourcelight-quote') as unknown as Set<Range>;
    const range = [...h].find((r) => r.toString().includes(text));
    const rect = range?.getClientRects()[0];
    return rect ? { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 } : null;
  }, start);
  expect(box, `a quote highlight starting "${start}"`).not.toBeNull();
  await page.mouse.click(box!.x, box!.y);
  // Words the reader annotated open the note's own card first; it links to the quote's card.
  if ((await waitClosed(page, 'sourcelight-card', '.card')).className.includes('own')) {
    await clickClosed(page, 'sourcelight-card', 'button', 'Show the quote’s card');
    await waitClosed(page, 'sourcelight-card', 'button', 'Tag as claim');
  }
}

describe('Tag as claim on a quote card', () => {
  it('makes one note: the quote note the reader kept becomes the claim, with its speaker, role and note', async () => {
    const { page, tabId } = await session.openArticle(`${session.origin}/terminal.html`);
    await notesReady(tabId);

    // Annotate first: a quote note with the speaker and the reader's remark.
    await openCard(page, 'We will open the terminal');
    await clickClosed(page, 'sourcelight-card', 'button', 'Annotate');
    await waitEditor(page, '.speaker', /^Said by Maria Lopez/);
    await typeEditor(page, 'textarea', 'said at the residents meeting');
    await clickEditor(page, 'button.save', 'Save note');
    await waitGone(page, TOOLBAR);
    const quote = (await notesReady(tabId)).notes;
    expect(quote.map((n) => [n.kind, n.speaker, n.speakerRole, n.note])).toEqual([['quote', 'Maria Lopez', 'harbour director', 'said at the residents meeting']]);

    // Then Tag as claim on the same quote: the editor opens with that note, and saving extends it.
    await openCard(page, 'We will open the terminal');
    await clickClosed(page, 'sourcelight-card', 'button', 'Tag as claim');
    await waitEditor(page, 'button.save', 'Save claim');
    expect((await editorValues(page, 'textarea'))[0]).toBe('said at the residents meeting');
    await clickEditor(page, 'button.save', 'Save claim');
    await waitGone(page, TOOLBAR);
    const after = await notesReady(tabId);
    expect(after.notes.map((n) => [n.id, n.kind, n.verdict, n.speaker, n.speakerRole, n.note])).toEqual([
      [quote[0].id, 'claim', 'unchecked', 'Maria Lopez', 'harbour director', 'said at the residents meeting'],
    ]);

    // A quote never kept: Tag as claim makes one claim that carries its speaker.
    await openCard(page, 'The budget has doubled');
    await clickClosed(page, 'sourcelight-card', 'button', 'Tag as claim');
    await clickEditor(page, 'button.save', 'Save claim');
    await waitGone(page, TOOLBAR);
    const last = await notesReady(tabId);
    expect(last.notes.map((n) => [n.kind, n.speaker])).toEqual([['claim', 'Maria Lopez'], ['claim', 'Tomas Berg']]);

    // The popup lists both claims with who made them.
    const popup = await session.openPopup(tabId);
    await popup.getByRole('tab', { name: 'Notes' }).click();
    await expect.poll(() => popup.locator('.note-item.claim .who').allTextContents()).toEqual(['Maria Lopez, harbour director', 'Tomas Berg, councillor']);
    await popup.close();
    await page.close();
  });
});

describe('restoring a backup in the library', () => {
  it('shows an edited version of a saved note as updated and replaces it; an older one is already present', async () => {
    type Reply = { ok: boolean; value: { id: string; updatedAt: number; [k: string]: unknown } };
    const stored = await session.control.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), {
      type: 'notes:add',
      page: { url: 'https://news.example/terminal' },
      draft: { selectors: { quote: { type: 'TextQuoteSelector', exact: 'the terminal', prefix: '', suffix: '' } }, kind: 'note', note: 'as saved here' },
    }) as Reply;
    expect(stored.ok).toBe(true);
    const { words: _words, ...record } = stored.value;
    const file = (annotations: unknown[]) =>
      Buffer.from(JSON.stringify({ format: 'sourcelight', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', pages: [], annotations, tags: [] }, null, 1));

    const lib = await session.openLibrary();
    await lib.getByRole('tab', { name: 'Import' }).click();
    // An older version (a backup made before the last edit): already present, nothing to import.
    await lib.getByLabel('Choose a file to import').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: file([{ ...record, note: 'before the edit', updatedAt: record.updatedAt - 1000 }]) });
    await expect.poll(() => lib.locator('.preview .counts').textContent()).toMatch(/0 new notes.*1 already present/s);
    expect(await lib.locator('.preview .counts .updated').count()).toBe(0);
    await lib.getByRole('button', { name: 'Cancel' }).click();

    // A newer version (edited on another machine): updated, and it replaces the stored one.
    await lib.getByLabel('Choose a file to import').setInputFiles({ name: 'new.json', mimeType: 'application/json', buffer: file([{ ...record, note: 'edited on the laptop', updatedAt: record.updatedAt + 1000 }]) });
    await expect.poll(() => lib.locator('.preview .counts .updated').textContent()).toMatch(/^1 updated/);
    await lib.getByRole('button', { name: 'Import 1 note' }).click();
    await lib.getByText(/Imported 0 notes from new.json, 1 updated to a newer version/).waitFor();
    await lib.getByRole('tab', { name: 'Notes' }).click();
    await lib.getByText('edited on the laptop').first().waitFor();
    expect(await lib.getByText('as saved here').count()).toBe(0);
    await lib.close();
  });
});
