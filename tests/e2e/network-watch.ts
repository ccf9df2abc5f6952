import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { Browsers } from './harness';

/**
 * Every network request of the extension's own targets (its service worker, offscreen document,
 * popup and library pages), seen through the DevTools protocol's Network domain, so a test can
 * assert that none leaves the machine. Playwright only gives CDP sessions on pages, so this
 * speaks CDP to the browser itself (Chromium is started with a debugging port: see `launch`),
 * auto-attaching to every target, now and as they start (a stopped worker starts again as a new
 * target), and enabling Network on those of the extension.
 */
export interface NetworkWatch {
  /** Requests to anywhere but this machine (or the extension's own, data: and blob: addresses). */
  offsite(): string[];
  /** Every request seen, `type url` (for a failure message). */
  all(): string[];
  /** The kinds of extension target watched (service_worker, page, other …). */
  targets(): string[];
  stop(): Promise<void>;
}

/** Which addresses stay on the machine. */
export function staysLocal(url: string): boolean {
  if (/^(chrome-extension|data|blob|about):/i.test(url)) return true;
  try {
    const u = new URL(url);
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  } catch {
    return false;
  }
}

export async function watchExtensionNetwork(browsers: Browsers, timeoutMs = 30_000): Promise<NetworkWatch> {
  const file = join(browsers.profile, 'DevToolsActivePort');
  for (const until = Date.now() + timeoutMs; !existsSync(file); ) {
    if (Date.now() > until) throw new Error(`no ${file}: was Chromium started with --remote-debugging-port=0?`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const [port, path] = readFileSync(file, 'utf8').trim().split('\n');
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const origin = `chrome-extension://${browsers.extensionId}/`;
  let id = 0;
  const send = (method: string, params: object = {}, sessionId?: string) => ws.send(JSON.stringify({ id: ++id, method, params, ...(sessionId ? { sessionId } : {}) }));
  /** Every attached target's kind, and whether it started as one of ours. */
  const sessions = new Map<string, { type: string; ours: boolean }>();
  const requests: Array<{ type: string; url: string }> = [];
  const keys = new Set<string>();
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { method?: string; params?: Record<string, any>; sessionId?: string };
    if (m.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo } = m.params!;
      // A page opens as about:blank before it goes to one of ours: watch every target, and count
      // a request as ours by its target or by the document it is for.
      const ours = String(targetInfo.url).startsWith(origin);
      sessions.set(sessionId, { type: targetInfo.type, ours });
      send('Network.enable', {}, sessionId);
      // Frames and workers of our pages too.
      if (ours) send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId);
      // A new target waits until every client that attached lets it run: Network is on by now.
      send('Runtime.runIfWaitingForDebugger', {}, sessionId);
    } else if (m.method === 'Network.requestWillBeSent' && m.sessionId && sessions.has(m.sessionId)) {
      const s = sessions.get(m.sessionId)!;
      const url = String(m.params!.request.url);
      // A worker can be attached twice (under the browser and under one of our pages): once each.
      const key = `${m.params!.requestId} ${url}`;
      if ((s.ours || String(m.params!.documentURL ?? '').startsWith(origin) || url.startsWith(origin)) && !keys.has(key)) {
        keys.add(key);
        requests.push({ type: s.type, url });
        seen.add(s.type);
      }
    }
  });
  const seen = new Set<string>();
  send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  // Let the targets that exist now attach before the test goes on.
  await new Promise((r) => setTimeout(r, 500));
  return {
    offsite: () => requests.filter((r) => !staysLocal(r.url)).map((r) => `${r.type} ${r.url}`),
    all: () => requests.map((r) => `${r.type} ${r.url}`),
    targets: () => [...new Set([...sessions.values()].filter((s) => s.ours).map((s) => s.type).concat([...seen]))].sort(),
    stop: async () => {
      ws.close();
    },
  };
}
