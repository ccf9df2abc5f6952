import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { PageState } from '../../lib/messages';
import { OFFSITE_PREFIX, offlineHtml } from './offline-html';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PAGES_DIR = resolve(ROOT, process.env.E2E_PAGES ?? '../shared/eval/dev/pages');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/** Debian's Chromium: the binary, or the launcher script. */
export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return found;
}

export function buildExtension(): void {
  if (process.env.E2E_SKIP_BUILD) return;
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe' });
}

/**
 * Chromium refuses to load an extension whose scripts are not valid UTF-8 or hold a Unicode
 * noncharacter (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF: "It isn't UTF-8 encoded"), and then no service
 * worker ever starts. Say which file and where, instead of timing out.
 */
export function checkBuild(dir: string): void {
  const problems: string[] = [];
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.js') ? [join(d, e.name)] : []));
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no build in ${dir} (npx wxt build)`);
  for (const file of walk(dir)) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
    } catch {
      problems.push(`${file}: not valid UTF-8`);
      continue;
    }
    for (const m of text.matchAll(/[^\x00-\x7f]/gu)) {
      const cp = m[0].codePointAt(0)!;
      if ((cp < 0xfdd0 || cp > 0xfdef) && (cp & 0xfffe) !== 0xfffe) continue;
      const around = JSON.stringify(text.slice(Math.max(0, m.index - 60), m.index + 20));
      problems.push(`${file}: Unicode noncharacter U+${cp.toString(16).toUpperCase()} at ${m.index}: …${around}…`);
      break;
    }
  }
  if (problems.length) throw new Error(`Chromium would refuse to load the extension:\n${problems.join('\n')}\n(write such characters escaped, e.g. the bundler's ASCII output in wxt.config.ts)`);
}

export function pageNames(): string[] {
  return readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort();
}

/**
 * Serve the pages directory on 127.0.0.1 (port chosen by the system), every address in a page
 * that would fetch from elsewhere rewritten to one this server refuses (tests/e2e/offline-html.ts).
 */
export async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    let name = decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/+/, '');
    let base = dir;
    if (name.startsWith('__e2e/')) {
      base = OWN_PAGES_DIR;
      name = name.slice('__e2e/'.length);
    }
    const file = join(base, name);
    // Addresses off this machine, rewritten by offlineHtml: refused at once.
    if (!name || name.includes('..') || `/${name}`.startsWith(OFFSITE_PREFIX) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const html = name.endsWith('.html');
    res.writeHead(200, { 'content-type': html ? 'text/html; charset=utf-8' : 'application/octet-stream' });
    // latin1 both ways keeps every byte of the saved page (whatever its encoding) but the addresses.
    res.end(html ? Buffer.from(offlineHtml(readFileSync(file).toString('latin1')), 'latin1') : readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no server address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Browsers {
  withExtension: BrowserContext;
  plain: Browser;
  extensionId: string;
  profile: string;
  close(): Promise<void>;
}

/** One Chromium with the extension (persistent context, as MV3 needs) and one without. */
export async function launch(extensionDir = EXTENSION_DIR): Promise<Browsers> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-'));
  const executablePath = chromiumPath();
  const withExtension = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath,
    viewport: { width: 1280, height: 900 },
    // A debugging port (chosen by Chromium, written to the profile's DevToolsActivePort) for
    // tests that watch the extension's own targets over CDP (tests/e2e/network-watch.ts).
    args: [...ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--remote-debugging-port=0'],
  });
  // No worker means Chromium did not load the extension at all (checkBuild names the usual cause).
  const worker = withExtension.serviceWorkers()[0] ?? (await withExtension.waitForEvent('serviceworker', { timeout: 60_000 }).catch(async (e) => {
    await withExtension.close();
    rmSync(profile, { recursive: true, force: true });
    checkBuild(extensionDir);
    throw new Error(`the extension's service worker did not start (${extensionDir}): ${e instanceof Error ? e.message : e}`);
  }));
  const extensionId = new URL(worker.url()).host;
  // Playwright's own waits (navigation, locator.waitFor, clicks) name what they waited for; a
  // loaded 2-core machine needs more than their default 30 s.
  withExtension.setDefaultNavigationTimeout(90_000);
  withExtension.setDefaultTimeout(60_000);
  const plain = await chromium.launch({ headless: true, executablePath, args: ARGS });
  // The pages are saved copies: everything not on our server would only time out offline.
  const local = (url: URL) => url.hostname !== '127.0.0.1' && url.protocol.startsWith('http');
  await withExtension.route(local, (r) => r.abort());
  return {
    withExtension, plain, extensionId, profile,
    async close() {
      await withExtension.close();
      await plain.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The tab id of `page`, asked through an extension page (`control`) that can message tabs. */
export async function tabIdOf(control: Page, url: string, timeoutMs = 90_000): Promise<number> {
  // The content script starts at document_idle (after DOMContentLoaded, at the latest just after
  // load): on a busy machine, seconds later. Polled, so a quick answer is seen quickly.
  for (const until = Date.now() + timeoutMs; Date.now() < until; ) {
    const id = await control.evaluate(async (target) => {
      const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const tabs = await chrome.tabs.query({});
      for (const t of tabs) {
        if (t.id === undefined) continue;
        const state = await chrome.tabs.sendMessage(t.id, { type: 'get-state' }).catch(() => null);
        if (state?.url === target) return t.id;
      }
      return null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`waited ${timeoutMs / 1000} s for the content script of ${url} to answer get-state (it never did: not injected, or crashed)`);
}

export async function sendToTab<T = PageState>(control: Page, tabId: number, message: unknown): Promise<T> {
  return control.evaluate(
    ([id, m]) => (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.sendMessage(id as number, m),
    [tabId, message] as const,
  ) as Promise<T>;
}

/** Wait until the content script has finished with the page. */
export async function settledState(control: Page, tabId: number, timeoutMs = 120_000): Promise<PageState> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const state = await sendToTab(control, tabId, { type: 'get-state' });
    if (state.status !== 'waiting' && state.status !== 'analyzing') return state;
    if (Date.now() > until) throw new Error(`waited ${timeoutMs / 1000} s for the analysis of ${state.url} (tab ${tabId}) to finish: still ${state.status}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Longest tasks seen by the page (PerformanceObserver 'longtask'), installed before the page's scripts. */
export const LONG_TASK_PROBE = `
  window.__sourcelightLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__sourcelightLongTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/** The extension API, as seen inside page.evaluate on an extension page. */
interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, message: unknown): Promise<any>;
  };
}

/** Small pages of our own (single-page-app, not an article), served under /__e2e/. */
export const OWN_PAGES_DIR = join(ROOT, 'tests/e2e/pages');
