import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { decodeHtml } from '../../lib/text/decode-html';
import { parseHtml } from '../../lib/text/parse-html';
import { launchFirefox, type FirefoxSession } from './firefox-bidi';
import { PAGES_DIR, ROOT, pageNames, serve } from './harness';

/**
 * The Firefox build (MV2: the analysis runs in the background page instead of Chrome's offscreen
 * document) in Debian's Firefox ESR, driven over WebDriver BiDi: on every dev page where the
 * analyzer finds quotes, the quotes are lit in the live page through the Custom Highlight API.
 * The quotes expected are the analyzer's own, run here in Node on the same saved page.
 */

const OUT_DIR = join(ROOT, '.output-firefox-e2e');
const EXTENSION_DIR = join(OUT_DIR, 'firefox-mv2');
const SEED_PAGES = ['seed-000.html', 'seed-004.html'];
const BAR = 0.98;

let firefox: FirefoxSession;
let server: Server;
let origin: string;
const totals = { quotes: 0, lit: 0 };

function buildFirefox(): void {
  if (process.env.E2E_SKIP_BUILD) return;
  const quiet = '{ ...console, info() {}, success() {}, log() {}, start() {}, box() {}, debug() {}, warn() {} }';
  execFileSync('npx', ['tsx', '-e', `import('wxt').then(({ build }) => build({ browser: 'firefox', outDir: ${JSON.stringify(OUT_DIR)}, logger: ${quiet} }))`], { cwd: ROOT, stdio: 'pipe' });
}

/** What the analyzer finds in the saved page, as the CLI would say. */
function expectedQuotes(name: string, url: string): string[] {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  const parser = new window.DOMParser() as unknown as DOMParser;
  const doc = parseHtml(parser, decodeHtml(readFileSync(join(PAGES_DIR, name))), url);
  const quotes = analyze(doc, { url }).quotes.map((q) => q.text);
  void window.happyDOM.close();
  return quotes;
}

/** For each quote, whether a `sourcelight-quote` range in the page covers it (white space aside). */
const COVERED = (quotes: string[]) => `(() => {
  const sq = (s) => s.replace(/[\\s\\u00a0\\u00ad\\u200b-\\u200d\\u2060\\ufeff]/g, '');
  const h = CSS.highlights.get('sourcelight-quote');
  const ranges = h ? [...h].map((r) => sq(r.toString())) : [];
  return ${JSON.stringify(quotes)}.map((q) => ranges.some((r) => r.includes(sq(q))));
})()`;

interface BiDiContext {
  context: string;
  url: string;
  children?: BiDiContext[] | null;
}
const flatten = (cs: BiDiContext[]): BiDiContext[] => cs.flatMap((c) => [c, ...flatten(c.children ?? [])]);

/** Poll `read` until `ok`, or fail after 90 s saying what was awaited. */
async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + 90_000;
  for (;;) {
    const v = await read().catch(() => undefined as T);
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > until) throw new Error(`waited 90 s for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Trusted key presses (WebDriver BiDi input), to whatever has the focus. */
const keys = (context: string, values: string[]) =>
  firefox.command('input.performActions', { context, actions: [{ type: 'key', id: 'kb', actions: values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }] });

/** A page with quotes whose script logs every key and input event it can hear (capture on window). */
const KEYLOGGER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour terminal to open in 2027</title>
<script>
window.__seen = { keys: [], inputs: [] };
for (const type of ['keydown', 'keyup', 'keypress']) {
  window.addEventListener(type, (e) => window.__seen.keys.push(type + ':' + e.key), true);
  document.addEventListener(type, (e) => window.__seen.keys.push(type + ':' + e.key), false);
}
for (const type of ['input', 'beforeinput']) window.addEventListener(type, (e) => window.__seen.inputs.push(type), true);
</script></head>
<body><article><h1>Harbour terminal to open in 2027</h1>
<p>The harbour authority confirmed on Tuesday that the new ferry terminal would open two years later than planned, after months of delays.</p>
<p>“We will open the terminal in the spring of 2027 and not a day later,” said Maria Lopez, the harbour director, at a meeting with residents on Monday evening.</p>
<p>Officials blamed the delay on rising steel prices and a shortage of qualified welders across the region, which pushed every contractor behind schedule.</p>
<p>“The budget has doubled since the first estimate and nobody has explained why,” said Tomas Berg, a councillor who has followed the project from the start.</p>
</article></body></html>`;

beforeAll(async () => {
  buildFirefox();
  ({ server, origin } = await serve(PAGES_DIR));
  firefox = await launchFirefox(EXTENSION_DIR);
});

afterAll(async () => {
  console.log(`Firefox e2e: ${totals.lit}/${totals.quotes} analyzer quotes highlighted`);
  await firefox?.close();
  server?.close();
});

describe('Firefox build in Firefox ESR', () => {
  it('installs as an add-on with the id of its manifest', () => {
    expect(firefox.extensionId).toBe('sourcelight@example.org');
  });

  it.each(pageNames())('%s: every quote the analyzer finds is highlighted', async (name) => {
    const url = `${origin}/${name}`;
    const quotes = expectedQuotes(name, url);
    const tab = await firefox.newTab();
    await firefox.navigate(tab, url);
    // The content script starts at document_idle and the analysis runs in the background page:
    // wait until every quote is covered, or 90 s are up (then the assertions tell what is missing).
    let covered: boolean[] = quotes.map(() => false);
    const until = Date.now() + 90_000;
    while (Date.now() < until) {
      covered = await firefox.evaluate<boolean[]>(tab, COVERED(quotes));
      if (covered.every(Boolean)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const lit = covered.filter(Boolean).length;
    totals.quotes += quotes.length;
    totals.lit += lit;
    await firefox.closeTab(tab);
    const missed = quotes.filter((_, i) => !covered[i]);
    if (SEED_PAGES.includes(name)) expect(missed).toEqual([]);
    else expect(lit).toBeGreaterThanOrEqual(Math.floor(quotes.length * BAR));
  }, 180_000);

  it('takes the note the reader types in its editor frame, which the page cannot hear or reach', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-ff-keys-'));
    writeFileSync(join(dir, 'keys.html'), KEYLOGGER_PAGE);
    const own = await serve(dir);
    const tab = await firefox.newTab();
    try {
      await firefox.navigate(tab, `${own.origin}/keys.html`);
      await waitFor(() => firefox.evaluate<number>(tab, `CSS.highlights.get('sourcelight-quote')?.size ?? 0`), (n) => n > 0, 'quotes lit');
      // The reader selects words and presses Shift (a trusted key): the toolbar opens.
      await firefox.evaluate(tab, `(() => { const t = [...document.querySelectorAll('p')][2].firstChild; const r = document.createRange(); r.setStart(t, 0); r.setEnd(t, 20); getSelection().removeAllRanges(); getSelection().addRange(r); return true; })()`);
      await keys(tab, ['\uE008']);
      const bar = await waitFor(
        () => firefox.evaluate<{ x: number; y: number; w: number; h: number } | null>(tab, `(() => { const h = document.querySelector('sourcelight-toolbar'); if (!h) return null; const r = h.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; })()`),
        (b) => !!b && b.w > 0, 'the toolbar');
      // Its middle button, "Note".
      await firefox.command('input.performActions', { context: tab, actions: [{ type: 'pointer', id: 'mouse', actions: [
        { type: 'pointerMove', x: Math.round(bar!.x + bar!.w / 2), y: Math.round(bar!.y + bar!.h / 2) }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 },
      ] }] });
      const frame = await waitFor(async () => {
        const { contexts } = await firefox.command<{ contexts: BiDiContext[] }>('browsingContext.getTree', { root: tab });
        return flatten(contexts).find((c) => /^moz-extension:\/\/[^/]+\/note-editor\.html#/.test(c.url)) ?? null;
      }, (c) => !!c, 'the editor frame');
      await waitFor(() => firefox.evaluate<string>(frame!.context, `document.hasFocus() && document.activeElement?.localName`), (v) => v === 'textarea', 'focus in the note field');
      await firefox.evaluate(tab, `(window.__seen.keys = [], window.__seen.inputs = [], true)`);
      await keys(tab, [...'secret words']);
      expect(await firefox.evaluate<string>(frame!.context, `document.querySelector('textarea').value`)).toBe('secret words');
      // The page heard nothing and cannot name the frame.
      expect(await firefox.evaluate(tab, `({ keys: window.__seen.keys, inputs: window.__seen.inputs, frames: window.frames.length, iframes: document.querySelectorAll('iframe').length })`)).toEqual({ keys: [], inputs: [], frames: 0, iframes: 0 });
      // Ctrl+Enter saves; the toolbar closes only when the note is stored.
      await firefox.command('input.performActions', { context: tab, actions: [{ type: 'key', id: 'kb', actions: [
        { type: 'keyDown', value: '\uE009' }, { type: 'keyDown', value: '\uE007' }, { type: 'keyUp', value: '\uE007' }, { type: 'keyUp', value: '\uE009' },
      ] }] });
      await waitFor(() => firefox.evaluate<boolean>(tab, `!document.querySelector('sourcelight-toolbar')`), (gone) => gone, 'the editor to close after saving');
      // The page's listeners work: a key in the page itself is heard.
      await keys(tab, ['q']);
      expect(await firefox.evaluate<string[]>(tab, `window.__seen.keys`)).toContain('keydown:q');
    } finally {
      await firefox.closeTab(tab);
      own.server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it(`lights at least ${BAR * 100}% of the analyzer's quotes over all pages`, () => {
    expect(totals.quotes).toBeGreaterThan(0);
    expect(totals.lit / totals.quotes).toBeGreaterThanOrEqual(BAR);
  });
});
