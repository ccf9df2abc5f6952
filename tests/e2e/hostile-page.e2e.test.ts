import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotesPageState } from '../../lib/messages';
import { sendToTab, tabIdOf } from './harness';
import { startSession, type Session } from './session';
import { clickClosed, closedQuery, marksCover, noteBoxes, selectAsReader, shadowRootType, typeClosed, waitClosed, waitGone } from './closed-ui';

/**
 * Hostile pages: a page script that tries to drive our UI with synthetic events and to read into
 * our shadow roots, to read the reader's notes from CSS.highlights, to switch the extension off
 * with WXT's "content script started" event, and to claim another server's notes with a
 * canonical link. Each attack must fail, and the page's text must stay as it was.
 */

const PARAS = [
  'The harbour authority said on Tuesday that the new ferry terminal would open two years late.',
  'Officials blamed the delay on rising steel prices and a shortage of qualified welders.',
  'A spokesperson for the port workers union said more than 30 staff had already been moved.',
  'The authority expects the final bill to exceed the original estimate by a wide margin.',
];
const SECRET = 'rising steel prices and a shortage of qualified welders';
const TYPED = 'my private remark';

/** What the hostile page script records of us (read back by the test). */
const HOSTILE_SCRIPT = `
window.__seen = { messages: [], keys: [], inputs: [] };
window.addEventListener('message', (e) => window.__seen.messages.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)));
// Bubble-phase listeners of the page (a capture listener on window is the remaining gap: see the report).
document.addEventListener('keydown', (e) => window.__seen.keys.push(e.key));
document.addEventListener('input', (e) => window.__seen.inputs.push(String(e.target && e.target.value)));
`;

function pageHtml(paras: string[], head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry terminal delayed</title>${head}
<script>${HOSTILE_SCRIPT}</script></head>
<body><article><h1>Ferry terminal delayed</h1>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

let session: Session;
let dir: string;
let other: Server;
let otherOrigin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-hostile-'));
  writeFileSync(join(dir, 'ferry.html'), pageHtml(PARAS));
  session = await startSession(dir);
  // A second server on another port of the same host: another site as far as notes go.
  other = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0].replace(/^\/+/, '');
    try {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(dir, name)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  const a = other.address();
  otherOrigin = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});

afterAll(async () => {
  await session?.close();
  await new Promise<void>((r) => (other ? other.close(() => r()) : r()));
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

/** Select `text` from the page script and dispatch what a mouse or keyboard would (synthetic). */
const scriptSelect = (page: Page, text: string) =>
  page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      const b = r.getBoundingClientRect();
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true, clientX: b.right, clientY: b.bottom }));
      document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true, key: 'Shift', shiftKey: true }));
      return;
    }
    throw new Error(`no text ${t}`);
  }, text);

const toolbarThere = (page: Page) => page.evaluate(() => !!document.querySelector('sourcelight-toolbar'));

describe('a page script against our UI', () => {
  let page: Page;
  let tabId: number;
  let textBefore: string;

  beforeAll(async () => {
    ({ page, tabId } = await session.openTab(`${session.origin}/ferry.html`));
    await notesReady(tabId);
    textBefore = await page.evaluate(() => document.body.innerText);
  });

  it('cannot open the toolbar with a synthetic mouseup or keyup', async () => {
    await scriptSelect(page, SECRET);
    // The toolbar would open 10 ms after the event (a timer of the content script): a page timer
    // set after it with a longer delay runs after it.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    expect(await toolbarThere(page)).toBe(false);
    await selectAsReader(page, 'new ferry terminal');
    await waitClosed(page, 'sourcelight-toolbar', 'button', 'Note');
    await page.keyboard.press('Escape');
    await waitGone(page, 'sourcelight-toolbar');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('new ferry terminal');
    await page.evaluate(() => getSelection()?.removeAllRanges());
  });

  it('cannot see into the toolbar, nor click its buttons, nor read the tags or what the reader types', async () => {
    // A tag in the library, from an earlier note elsewhere (the page must never see it).
    const added = await session.control.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage(m), {
      type: 'notes:add',
      page: { url: 'https://elsewhere.example/story' },
      draft: { selectors: { quote: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' } }, kind: 'note', tags: ['informant-k'] },
    });
    expect(added.ok).toBe(true);

    await selectAsReader(page, SECRET);
    const note = await waitClosed(page, 'sourcelight-toolbar', 'button', 'Note');
    expect(await shadowRootType(page, 'sourcelight-toolbar')).toBe('closed');
    // Everything a page script can try on the host and at the buttons' place.
    const attack = await page.evaluate(({ x, y }) => {
      const host = document.querySelector('sourcelight-toolbar') as HTMLElement;
      const out = { shadowRoot: host.shadowRoot === null ? 'null' : 'open', attach: 'ok', hit: '' };
      try {
        host.attachShadow({ mode: 'open' });
      } catch (e) {
        out.attach = (e as Error).name;
      }
      const hit = document.elementFromPoint(x, y) as HTMLElement;
      out.hit = hit?.localName ?? '';
      for (const target of [hit, host]) {
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
        }
        target.click();
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      return out;
    }, { x: note.rect.x + note.rect.width / 2, y: note.rect.y + note.rect.height / 2 });
    expect(attack).toEqual({ shadowRoot: 'null', attach: 'NotSupportedError', hit: 'sourcelight-toolbar' });
    // Still the bar: no synthetic click opened the editor.
    await waitClosed(page, 'sourcelight-toolbar', 'button', 'Note');
    expect(await closedQuery(page, 'sourcelight-toolbar', 'form')).toEqual([]);

    // The reader clicks Note: no tag is offered before they type.
    await clickClosed(page, 'sourcelight-toolbar', 'button', 'Note');
    await waitClosed(page, 'sourcelight-toolbar', 'form');
    expect(await closedQuery(page, 'sourcelight-toolbar', '.offers')).toEqual([]);
    await page.evaluate(() => ((window as unknown as { __seen: { keys: string[] } }).__seen.keys = []));
    await typeClosed(page, 'sourcelight-toolbar', 'textarea', TYPED);
    await typeClosed(page, 'sourcelight-toolbar', 'input.tag-field', 'inf');
    await waitClosed(page, 'sourcelight-toolbar', '.offer', /^informant-k/);
    await page.keyboard.press('Enter');
    await clickClosed(page, 'sourcelight-toolbar', 'button.save');
    await waitGone(page, 'sourcelight-toolbar');

    const seen = await page.evaluate(() => (window as unknown as { __seen: { keys: string[]; inputs: string[] } }).__seen);
    expect(seen.keys).toEqual([]);
    expect(seen.inputs).toEqual([]);
    const s = await notesReady(tabId);
    expect(s.notes.map((n) => [n.text, n.note, n.tags])).toEqual([[SECRET, TYPED, ['inf']]]);
  });

  it('cannot list the notes in CSS.highlights; the marks are drawn over the passage in a closed overlay', async () => {
    const s = await notesReady(tabId);
    expect(s.current).toEqual({ [s.notes[0].id]: SECRET });
    const listed = await page.evaluate(() => {
      const names = [...(CSS.highlights as unknown as Map<string, Set<Range>>).keys()];
      const texts = [...(CSS.highlights as unknown as Map<string, Set<Range>>).values()].flatMap((h) => [...h].map((r) => r.toString()));
      return { names, texts };
    });
    expect(listed.names.filter((n) => n.includes('note'))).toEqual([]);
    expect(listed.texts.some((t) => t.includes('steel prices'))).toBe(false);
    expect(await shadowRootType(page, 'sourcelight-notes')).toBe('closed');
    expect(await page.evaluate(() => (document.querySelector('sourcelight-notes') as HTMLElement).shadowRoot)).toBeNull();
    await expect.poll(async () => marksCover(page, (await noteBoxes(page)).filter((b) => b.dataId === s.notes[0].id), SECRET)).toBe(true);
    // Scrolled, the marks follow the text.
    await page.setViewportSize({ width: 700, height: 300 });
    await page.evaluate(() => scrollTo(0, 60));
    await expect.poll(async () => marksCover(page, (await noteBoxes(page)).filter((b) => b.dataId === s.notes[0].id), SECRET)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("survives the page re-dispatching WXT's content-script-started event, which it was never told", async () => {
    const seen = await page.evaluate(() => (window as unknown as { __seen: { messages: string[] } }).__seen.messages);
    expect(seen.filter((m) => m.includes('content-script-started'))).toEqual([]);
    const type = `${session.browsers.extensionId}:content:wxt:content-script-started`;
    await page.evaluate((t) => {
      const detail = { contentScriptName: 'content', messageId: 'hostile' };
      document.dispatchEvent(new CustomEvent(t, { detail }));
      window.postMessage({ type: t, ...detail }, '*');
    }, type);
    // Still running: the toolbar opens for the reader and the note is still marked.
    await selectAsReader(page, 'final bill');
    await waitClosed(page, 'sourcelight-toolbar', 'button', 'Highlight');
    await page.keyboard.press('Escape');
    await waitGone(page, 'sourcelight-toolbar');
    const s = await notesReady(tabId);
    expect(s.anchored).toHaveLength(1);
    await expect.poll(async () => (await noteBoxes(page)).length).toBeGreaterThan(0);
  });

  it("leaves the page's text as it was", async () => {
    expect(await page.evaluate(() => document.body.innerText)).toBe(textBefore);
  });
});

describe('a page that edits its text under a claim', () => {
  it('shows the claim as changed, with the old and the new words, in the page and in the popup', async () => {
    const { page, tabId } = await session.openTab(`${session.origin}/ferry.html?edited`);
    await notesReady(tabId);
    const passage = 'more than 30 staff had already been moved';
    await selectAsReader(page, passage);
    await clickClosed(page, 'sourcelight-toolbar', 'button', 'Claim');
    await clickClosed(page, 'sourcelight-toolbar', 'button.save', 'Save claim');
    await waitGone(page, 'sourcelight-toolbar');
    const saved = (await notesReady(tabId)).notes.find((n) => n.text === passage)!;
    expect(saved.kind).toBe('claim');
    // The site quietly edits the figure.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((x) => x.textContent!.includes('more than 30'))!;
      (p.firstChild as Text).data = (p.firstChild as Text).data.replace('more than 30', 'more than 3');
    });
    await expect.poll(async () => (await notesReady(tabId)).current?.[saved.id]).toBe('more than 3 staff had already been moved');
    await expect.poll(async () => (await noteBoxes(page)).filter((b) => b.dataId === saved.id).map((b) => b.className)).toEqual(['box changed']);
    const popup = await session.openPopup(tabId);
    await popup.getByRole('tab', { name: 'Notes' }).click();
    await popup.locator('.note-item.is-changed .diff del').getByText('30').waitFor();
    await popup.locator('.note-item.is-changed .diff ins').getByText('3').waitFor();
    expect(await popup.locator('.note-item.is-changed .verdict').textContent()).toBe('Not yet checked (earlier words)');
    await popup.close();
    await page.close();
  });
});

describe('a canonical link on another port', () => {
  it("does not give the page another server's notes, nor file its notes there", async () => {
    const victim = `${session.origin}/ferry.html`;
    writeFileSync(join(dir, 'claim.html'), pageHtml(PARAS, `<link rel="canonical" href="${victim}">`));
    const url = `${otherOrigin}/claim.html`;
    const page = await session.browsers.withExtension.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(session.control, url);
    const s = await notesReady(tabId);
    expect(s.pageUrl).toBe(url);
    expect(s.notes).toEqual([]);
    expect(await noteBoxes(page)).toEqual([]);
    await page.close();
  });
});
