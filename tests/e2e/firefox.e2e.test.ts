import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

  it(`lights at least ${BAR * 100}% of the analyzer's quotes over all pages`, () => {
    expect(totals.quotes).toBeGreaterThan(0);
    expect(totals.lit / totals.quotes).toBeGreaterThanOrEqual(BAR);
  });
});
