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
import { clickEditor, editorValues, typeEditor, waitEditor } from './editor-frame';
import { watchExtensionNetwork, type NetworkWatch } from './network-watch';

/**
 * Hostile pages: a page script that tries to drive our UI with synthetic events and to read into
 * our shadow roots, to read the reader's notes from CSS.highlights, to switch the extension off
 * with WXT's "content script started" event, and to claim another server's notes with a
 * canonical link (another port, another scheme); a page that edits its text under a claim; markup payloads in quotes, notes and
 * tags; a strict Content-Security-Policy; `javascript:` and `data:` addresses in an import. Each
 * attack must fail, the page's text must stay as it was, and no request of the extension's own
 * pages and worker may leave the machine (watched over the DevTools protocol's Network domain).
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
// Every listener a key logger would use: capture on window (first to see any event of the
// document), capture and bubble on document. The note editor is a frame of the extension's
// origin, so none of them may see what the reader types in it.
for (const type of ['keydown', 'keyup', 'keypress', 'compositionstart', 'compositionend']) {
  for (const [target, capture] of [[window, true], [document, true], [document, false]]) {
    target.addEventListener(type, (e) => window.__seen.keys.push(type + ':' + e.key), capture);
  }
}
for (const type of ['input', 'beforeinput', 'change', 'paste']) {
  for (const [target, capture] of [[window, true], [document, false]]) {
    target.addEventListener(type, (e) => window.__seen.inputs.push(type + ':' + String(e.data ?? (e.target && e.target.value))), capture);
  }
}
`;

function pageHtml(paras: string[], head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry terminal delayed</title>${head}
<script>${HOSTILE_SCRIPT}</script></head>
<body><article><h1>Ferry terminal delayed</h1>${paras.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

// No double quote in it: the page's quote marks are the analyzer's business, not the payload's.
const PAYLOAD = '<img src=x onerror=window.__pwned=1>';
const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An article with two attributed quotes (no page script), `head` added to its head. */
function quotesHtml(head = '', first = 'We will open the terminal in the spring of 2027 and not a day later'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<title>Harbour terminal to open in 2027</title></head>
<body><article><h1>Harbour terminal to open in 2027</h1>
<p>The harbour authority confirmed on Tuesday that the new ferry terminal would open two years later than planned, after months of delays.</p>
<p>“${escapeHtml(first)},” said Maria Lopez, the harbour director, at a meeting with residents on Monday evening.</p>
<p>Officials blamed the delay on rising steel prices and a shortage of qualified welders across the region, which pushed every contractor behind schedule.</p>
<p>“The budget has doubled since the first estimate and nobody has explained why,” said Tomas Berg, a councillor who has followed the project from the start.</p>
<p>The authority expects the final bill to exceed the original estimate by a wide margin, according to documents seen by this newspaper last week.</p>
</article></body></html>`;
}

let session: Session;
let dir: string;
let other: Server;
let otherOrigin: string;
let network: NetworkWatch;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-hostile-'));
  writeFileSync(join(dir, 'ferry.html'), pageHtml(PARAS));
  session = await startSession(dir);
  network = await watchExtensionNetwork(session.browsers);
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
  await network?.stop();
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
    await waitEditor(page, 'form');
    expect(await editorValues(page, '.offers')).toEqual([]);
    await page.evaluate(() => ((window as unknown as { __seen: { keys: string[] } }).__seen.keys = []));
    // The page cannot reach into the editor: a frame inside a closed shadow root is not one of the
    // page's window.frames (nor window[0]), and it is of another origin (the extension's) anyway.
    const reach = await page.evaluate(() => {
      const out: string[] = [];
      for (let i = 0; i < window.frames.length; i++) {
        const f = window.frames[i];
        for (const read of [() => f.document.body.innerHTML, () => f.location.href, () => (f as unknown as { __x: unknown }).__x]) {
          try {
            const v = read();
            out.push(v === undefined ? 'undefined' : 'read');
          } catch (e) {
            out.push((e as Error).name);
          }
        }
      }
      return { frames: window.frames.length, first: typeof (window as unknown as Record<number, unknown>)[0], out, inDom: document.querySelectorAll('iframe').length };
    });
    expect(reach).toEqual({ frames: 0, first: 'undefined', out: [], inDom: 0 });
    await typeEditor(page, 'textarea', TYPED);
    await typeEditor(page, 'input.tag-field', 'inf');
    await waitEditor(page, '.offer', /^informant-k/);
    await page.keyboard.press('Enter');
    await clickEditor(page, 'button.save');
    await waitGone(page, 'sourcelight-toolbar');

    const seen = await page.evaluate(() => (window as unknown as { __seen: { keys: string[]; inputs: string[] } }).__seen);
    expect(seen.keys).toEqual([]);
    expect(seen.inputs).toEqual([]);
    // The page's listeners do work: a key pressed in the page itself is logged.
    await page.keyboard.press('KeyQ');
    expect(await page.evaluate(() => (window as unknown as { __seen: { keys: string[] } }).__seen.keys)).toContain('keydown:q');
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
    await clickEditor(page, 'button.save', 'Save claim');
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

    // The reader keeps it as it was: still shown as changed, the verdict still on the earlier words.
    await popup.getByRole('button', { name: 'Keep as it was' }).click();
    await popup.locator('.note-item.is-changed .changed.kept').waitFor();
    expect(await popup.locator('.note-item.is-changed .verdict').textContent()).toBe('Not yet checked (earlier words)');
    expect(await popup.getByRole('button', { name: 'Keep as it was' }).count()).toBe(0);
    expect((await notesReady(tabId)).notes[0]).toMatchObject({ text: passage, review: { decision: 'kept', now: 'more than 3 staff had already been moved' } });
    await expect.poll(async () => (await noteBoxes(page)).filter((b) => b.dataId === saved.id).map((b) => b.className)).toEqual(['box changed']);

    // Then confirms it on the new words: the note moves onto them, no longer changed anywhere.
    await popup.getByRole('button', { name: 'Confirm on the new words' }).click();
    await popup.locator('.note-item .confirmed').waitFor();
    expect(await popup.locator('.note-item.is-changed').count()).toBe(0);
    expect(await popup.locator('.note-item .verdict').textContent()).toBe('Not yet checked');
    await expect.poll(async () => (await noteBoxes(page)).filter((b) => b.dataId === saved.id).map((b) => b.className)).toEqual(['box claim v-unchecked']);
    expect((await notesReady(tabId)).notes[0]).toMatchObject({ text: 'more than 3 staff had already been moved', review: { decision: 'confirmed', was: passage } });
    await popup.close();
    await page.close();
  });
});

describe('a canonical link on another scheme', () => {
  it("does not give an http page the https page's notes on the same host and port", async () => {
    const victim = `${session.origin.replace(/^http:/, 'https:')}/ferry.html`;
    const seeded = await session.control.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage(m), {
      type: 'notes:add',
      page: { url: victim },
      draft: { selectors: { quote: { type: 'TextQuoteSelector', exact: 'rising steel prices', prefix: '', suffix: '' } }, kind: 'note', note: 'private to the https page' },
    });
    expect(seeded.ok).toBe(true);
    writeFileSync(join(dir, 'claim-scheme.html'), pageHtml(PARAS, `<link rel="canonical" href="${victim}">`));
    const { page, tabId } = await session.openTab(`${session.origin}/claim-scheme.html`);
    const s = await notesReady(tabId);
    expect(s.pageUrl).toBe(`${session.origin}/claim-scheme.html`);
    expect(s.notes).toEqual([]);
    expect(await noteBoxes(page)).toEqual([]);
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

/** Click the highlight of the quote that contains `text` (as the reader does) and wait for its card. */
async function openCard(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('sourcelight-quote')?.size ?? 0)).toBeGreaterThan(0);
  const box = await page.evaluate((t) => {
    const h = CSS.highlights.get('sourcelight-quote') as unknown as Set<Range>;
    const range = [...h].find((r) => r.toString().includes(t));
    const rect = range?.getClientRects()[0];
    return rect ? { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 } : null;
  }, text);
  expect(box, `a quote highlight with "${text}"`).not.toBeNull();
  await page.mouse.click(box!.x, box!.y);
  await waitClosed(page, 'sourcelight-card', '.card');
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

describe('markup in quotes, notes and tags', () => {
  it('is shown as text in the card, the editor, the popup and the library, and never runs', async () => {
    const quote = `${PAYLOAD} is what they typed into the form`;
    writeFileSync(join(dir, 'payload.html'), quotesHtml('', quote));
    const { page, tabId, state } = await session.openArticle(`${session.origin}/payload.html`);
    expect(state.analysis?.quotes.some((q) => q.text.startsWith(quote))).toBe(true);
    const textBefore = await page.evaluate(() => document.body.innerText);

    await openCard(page, 'is what they typed');
    expect(await closedQuery(page, 'sourcelight-card', 'img')).toEqual([]);
    await clickClosed(page, 'sourcelight-card', 'button', 'Annotate');
    await waitEditor(page, '.passage', new RegExp(`^${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await typeEditor(page, 'textarea', `<b>bold</b> ${PAYLOAD}`);
    await typeEditor(page, 'input.tag-field', '<i>tag</i>');
    await page.keyboard.press('Enter');
    await clickEditor(page, 'button.save', 'Save note');
    await waitGone(page, 'sourcelight-toolbar');
    const saved = (await notesReady(tabId)).notes;
    expect(saved.map((n) => [n.text.startsWith(quote), n.note, n.tags])).toEqual([[true, `<b>bold</b> ${PAYLOAD}`, ['<i>tag</i>']]]);
    expect(await closedQuery(page, 'sourcelight-toolbar', 'img, b, i')).toEqual([]);

    const popup = await session.openPopup(tabId);
    await popup.getByRole('tab', { name: 'Notes' }).click();
    await popup.locator('.note-item .note-text').getByText(`<b>bold</b> ${PAYLOAD}`, { exact: true }).waitFor();
    await popup.locator('.note-item .passage').getByText(saved[0].text, { exact: true }).waitFor();
    await popup.locator('.note-tags').getByText('<i>tag</i>', { exact: true }).waitFor();
    expect(await popup.locator('.note-item img, .note-item b, .note-item i').count()).toBe(0);
    expect(await pwned(popup)).toBeNull();
    await popup.close();

    const lib = await session.openLibrary();
    await lib.getByText(`<b>bold</b> ${PAYLOAD}`, { exact: true }).first().waitFor();
    expect(await lib.locator('main img, main b, main i, [role=list] img').count()).toBe(0);
    expect(await pwned(lib)).toBeNull();
    await lib.close();

    expect(await pwned(page)).toBeNull();
    expect(await page.evaluate(() => document.body.innerText)).toBe(textBefore);
    await page.close();
  });
});

describe('a page with a strict Content-Security-Policy', () => {
  it('still gets its quotes lit, the card and the note toolbar, and we cause no violation', async () => {
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; connect-src 'none'; font-src 'none'">`;
    writeFileSync(join(dir, 'csp.html'), quotesHtml(csp));
    const violations: string[] = [];
    const { page, tabId } = await session.openTab(`${session.origin}/csp.html`, async (p) => {
      p.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
      });
    });
    await notesReady(tabId);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('sourcelight-quote')?.size ?? 0), { timeout: 120_000 }).toBe(2);
    const textBefore = await page.evaluate(() => document.body.innerText);
    await openCard(page, 'We will open the terminal');
    await page.keyboard.press('Escape');
    await waitGone(page, 'sourcelight-card');
    // The pointer off the quote, so no hover card opens over the toolbar as it moves to it.
    await page.mouse.move(1, 1);
    await selectAsReader(page, 'rising steel prices');
    await clickClosed(page, 'sourcelight-toolbar', 'button', 'Highlight');
    await waitGone(page, 'sourcelight-toolbar');
    await expect.poll(async () => (await notesReady(tabId)).notes.map((n) => n.text)).toEqual(['rising steel prices']);
    const s = await notesReady(tabId);
    await expect.poll(async () => marksCover(page, (await noteBoxes(page)).filter((b) => b.dataId === s.notes[0].id), 'rising steel prices')).toBe(true);
    // The note editor's frame (the extension's origin) loads under the page's frame-src 'none'.
    await selectAsReader(page, 'final bill');
    await clickClosed(page, 'sourcelight-toolbar', 'button', 'Note');
    await typeEditor(page, 'textarea', 'under a strict policy');
    await clickEditor(page, 'button.save', 'Save note');
    await waitGone(page, 'sourcelight-toolbar');
    await expect.poll(async () => (await notesReady(tabId)).notes.map((n) => n.note).sort()).toEqual(['', 'under a strict policy']);
    expect(violations).toEqual([]);
    expect(await page.evaluate(() => document.body.innerText)).toBe(textBefore);
    await page.close();
  });
});

describe('an import with javascript: and data: addresses', () => {
  it('refuses those records with the reason, imports the rest, and links nothing but the web', async () => {
    const note = (id: string, over: Record<string, unknown>) => ({
      id, pageUrl: 'https://news.example/story', selectors: { quote: { type: 'TextQuoteSelector', exact: 'the words', prefix: '', suffix: '' } },
      text: 'the words', note: '', tags: [], colour: null, kind: 'note', verdict: null, evidence: [], speaker: null,
      createdAt: 1, updatedAt: 1, deletedAt: null, ...over,
    });
    const file = {
      format: 'sourcelight', version: 1, exportedAt: '2026-01-01T00:00:00.000Z',
      pages: [{ url: 'javascript:alert(1)', title: 'x', site: null, byline: null, publishedTime: null, firstVisit: 1, lastVisit: 1 }],
      annotations: [
        note('ok', { note: 'a safe note' }),
        note('js-page', { pageUrl: 'javascript:alert(document.domain)' }),
        note('data-page', { pageUrl: 'data:text/html,<script>alert(1)</script>' }),
        note('js-evidence', { kind: 'claim', verdict: 'false', evidence: ['javascript:alert(2)'] }),
      ],
      tags: [],
    };
    const webAnnotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'urn:x:1',
      body: [{ type: 'TextualBody', value: 'hi', purpose: 'commenting' }],
      target: { source: 'javascript:alert(3)', selector: { type: 'TextQuoteSelector', exact: 'words' } },
    };
    const lib = await session.openLibrary();
    await lib.getByRole('tab', { name: 'Import' }).click();
    await lib.getByLabel('Choose a file to import').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file, null, 1)) });
    await expect.poll(() => lib.locator('.preview .counts').textContent()).toMatch(/1 new note.*4 invalid records/s);
    const reasons = await lib.locator('.preview .issues li').allTextContents();
    expect(reasons.filter((r) => /pageUrl|url|evidence/.test(r))).toHaveLength(4);
    await lib.getByRole('button', { name: 'Import 1 note' }).click();
    await lib.getByText(/Imported 1 note from hostile.json/).waitFor();

    await lib.getByLabel('Choose a file to import').setInputFiles({ name: 'hostile.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(webAnnotation)) });
    await expect.poll(async () => (await lib.locator('.preview .counts').textContent().catch(() => null)) ?? (await lib.getByRole('alert').textContent().catch(() => ''))).toMatch(/0 new notes|cannot be imported/);

    await lib.getByRole('tab', { name: 'Notes' }).click();
    await lib.getByText('a safe note').first().waitFor();
    const hrefs = await lib.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => !/^(https?:|#|library\.html|popup\.html|\/|chrome-extension:|blob:)/i.test(h))).toEqual([]);
    expect(hrefs.some((h) => /^(javascript|data):/i.test(h.trim()))).toBe(false);
    await lib.close();
  });
});

describe('the network', () => {
  it('sees no request from the extension leave the machine', async () => {
    // Every request of the extension's worker, offscreen document and pages since the start (the
    // library once more, so the watch has seen an extension page load even when run alone).
    await (await session.openLibrary()).close();
    expect(network.targets()).toEqual(expect.arrayContaining(['page', 'service_worker']));
    // The watch is live: it saw the extension pages load their own files.
    expect(network.all().filter((r) => r.includes('chrome-extension://')).length).toBeGreaterThan(0);
    console.log(`network watch: ${network.all().length} requests of the extension's targets (${network.targets().join(', ')}), ${network.offsite().length} offsite`);
    expect(network.offsite()).toEqual([]);
  });

  it('would see one: a request made from an extension page and from the worker is reported as offsite', async () => {
    // 192.0.2.0/24 is reserved for documentation: refused by the test's route, never reached.
    await session.control.evaluate(() => fetch('http://192.0.2.1/from-page').catch(() => null));
    await session.browsers.withExtension.serviceWorkers()[0].evaluate(() => fetch('http://192.0.2.1/from-worker').catch(() => null));
    await expect.poll(() => network.offsite().sort()).toEqual(['page http://192.0.2.1/from-page', 'service_worker http://192.0.2.1/from-worker']);
  });
});
