import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

/**
 * A minimal WebDriver BiDi client for Debian's Firefox ESR. playwright-core only drives its own
 * patched Firefox (and its BiDi mode asks stock Firefox for commands ESR lacks), so the Firefox
 * e2e test speaks the standard protocol itself: start Firefox with a remote-debugging port,
 * install the built extension as a temporary add-on, open pages, evaluate expressions in them.
 */

/** Debian's Firefox: the binary, or the launcher script. */
export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Firefox not found: apt-get install -y firefox-esr (or set FIREFOX_PATH)');
  return found;
}

const PREFS: Record<string, string | number | boolean> = {
  // Offline machine: everything but our 127.0.0.1 server goes to a closed port and fails at once.
  // (Without this, requests to the saved pages' ad and font hosts hang, and Firefox's
  // `document_idle` — after the load event — would never come.)
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'app.update.enabled': false,
};

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export interface FirefoxSession {
  /** The id Firefox gave the installed add-on. */
  extensionId: string;
  /** A new tab's browsing context id. */
  newTab(): Promise<string>;
  closeTab(context: string): Promise<void>;
  navigate(context: string, url: string): Promise<void>;
  /** Evaluate a JavaScript expression in the page (its own world) and return its JSON value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** Any WebDriver BiDi command (e.g. input.performActions: trusted keys and clicks). */
  command<T>(method: string, params: object): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefox(extensionDir: string): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-ff-'));
  writeFileSync(join(profile, 'user.js'), Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  const child: ChildProcess = spawn(firefoxPath(), ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Firefox did not open its WebDriver BiDi port in 60 s')), 60_000);
    const scan = (chunk: Buffer) => {
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(String(chunk));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', scan);
    child.stderr?.on('data', scan);
    child.once('exit', (code) => reject(new Error(`Firefox exited early (code ${code})`)));
  });

  const ws = new WebSocket(`${url}/session`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map<number, Pending>();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data)) as { id?: number; type?: string; result?: unknown; error?: string; message?: string };
    if (msg.id === undefined) return; // events: none subscribed
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.type === 'error') p.reject(new Error(`${msg.error}: ${msg.message}`));
    else p.resolve(msg.result);
  });
  const send = <T>(method: string, params: object = {}): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: {} });
  const { extension } = await send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: extensionDir } });

  return {
    extensionId: extension,
    async newTab() {
      const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
      return context;
    },
    async closeTab(context) {
      await send('browsingContext.close', { context });
    },
    async navigate(context, target) {
      // Not `wait: 'complete'` nor 'interactive': Firefox then reports "Address rejected" when a
      // saved page's own scripts start a navigation to a host the proxy above refuses. Start the
      // navigation, then wait until our page is parsed (the content script's own state is what
      // the tests then wait for; offsite files are refused by the page server and the proxy).
      await send('browsingContext.navigate', { context, url: target, wait: 'none' });
      const until = Date.now() + 60_000;
      while (Date.now() < until) {
        const r = await send<{ result?: { value?: unknown } }>('script.evaluate', {
          expression: `location.href === ${JSON.stringify(target)} && document.readyState`, target: { context }, awaitPromise: false,
        }).catch(() => null); // the old document may be going away
        if (r?.result?.value === 'interactive' || r?.result?.value === 'complete') return;
        await new Promise((res) => setTimeout(res, 100));
      }
      throw new Error(`waited 60 s for Firefox to parse ${target} (document.readyState interactive)`);
    },
    async evaluate<T>(context: string, expression: string) {
      const r = await send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', {
        expression: `JSON.stringify(${expression})`, target: { context }, awaitPromise: true,
      });
      if (r.type === 'exception') throw new Error(`evaluation failed: ${r.exceptionDetails?.text}`);
      return JSON.parse(String(r.result?.value)) as T;
    },
    command: send,
    async close() {
      await send('session.end').catch(() => undefined);
      ws.close();
      child.kill();
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
