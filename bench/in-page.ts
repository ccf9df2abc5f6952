/**
 * In-page benchmark (Chromium): the built extension on every dev page, twice in one run —
 * "in-page" (a build with WXT_ANALYSIS=in-page: Readability and the analysis on the page's main
 * thread, as before) and "off-page" (the shipped build: the page's HTML analyzed in the offscreen
 * document). Per page: time from the content script's start to highlights shown, split into
 * analysis, anchoring and highlighting; the longest main-thread task in that window (PerformanceObserver
 * 'longtask', installed before the page's own scripts); JS heap added to the page (CDP
 * Performance.getMetrics after a forced GC, against the same page in a Chromium without the extension).
 *
 *   npx tsx bench/in-page.ts [--quick]      writes bench/results/in-page.json
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PAGES_DIR, ROOT, launch, pageNames, serve, settledState, tabIdOf } from '../tests/e2e/harness';
import type { PageState } from '../lib/messages';
import { buildExtensionInto } from './build';

const quick = process.argv.includes('--quick');
const LONG_TASK_MS = 50;

export interface InPageRow {
  page: string;
  variant: 'in-page' | 'off-page';
  path: string | null;
  fallbackReason: string | null;
  status: string;
  quotes: number;
  /** From the content script's start to highlights shown (waits for idle time and yields included). */
  totalMs: number | null;
  analysisMs: number | null;
  serializeMs: number | null;
  anchoringMs: number | null;
  highlightingMs: number | null;
  /** Our longest stretch between two yields, as the content script measured it. */
  longestSliceMs: number | null;
  /**
   * The longest main-thread task overlapping our own work (the `sourcelight:*` measures a bench build
   * puts on the page's timeline: serialisation or in-page analysis, index, anchoring slices, painting).
   */
  longestTaskMs: number;
  longTasks: number;
  /** The longest of the page's own tasks in the same window (loading, layout, its scripts), not ours. */
  pageLongestTaskMs: number;
  /** JS heap after GC, with the extension minus without it (MB). */
  heapAddedMb: number | null;
}

const PROBE = `
  window.__slTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__slTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m: { name: string }) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

async function plainHeap(plain: Browser, url: string): Promise<number> {
  const page = await plain.newPage();
  await page.route((u) => u.hostname !== '127.0.0.1' && u.protocol.startsWith('http'), (r) => r.abort());
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const mb = await heapMb(page);
  await page.close();
  return mb;
}

async function runVariant(variant: InPageRow['variant'], extensionDir: string, pages: string[], origin: string, baseHeaps: Map<string, number>): Promise<InPageRow[]> {
  const browsers = await launch(extensionDir);
  const rows: InPageRow[] = [];
  try {
    const control = await browsers.withExtension.newPage();
    await control.goto(`chrome-extension://${browsers.extensionId}/popup.html`);
    // One page first, unmeasured: the offscreen document and the browser's caches warm up, as they
    // are for any page but the first a reader opens.
    for (const [i, name] of [pages[0], ...pages].entries()) {
      const warm = i === 0;
      const url = `${origin}/${name}${warm ? '?warm' : ''}`;
      const page = await browsers.withExtension.newPage();
      await page.addInitScript(PROBE);
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await tabIdOf(control, url);
      const state: PageState = await settledState(control, tabId);
      if (warm) {
        await page.close();
        continue;
      }
      const t = state.timings;
      const { tasks, marks } = await page.evaluate(() => ({
        tasks: (window as unknown as { __slTasks: [number, number][] }).__slTasks,
        marks: performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sourcelight:')).map((m) => [m.startTime, m.duration] as [number, number]),
      }));
      if (!marks.length) throw new Error(`${name}: no sourcelight measures on the page's timeline (not a bench build?)`);
      // Tasks in our window (from the run's start to highlights shown): ours when they overlap our work.
      const from = t?.startedAt ?? 0;
      const to = from + (t?.sinceStart ?? Infinity);
      const overlaps = ([s, d]: [number, number], [ms, md]: [number, number]) => s < ms + md && ms < s + d;
      const inWindow = tasks.filter(([s, d]) => s + d > from && s < to);
      const ours = inWindow.filter((task) => marks.some((m) => overlaps(task, m))).map(([, d]) => d);
      const theirs = inWindow.filter((task) => !marks.some((m) => overlaps(task, m))).map(([, d]) => d);
      if (!baseHeaps.has(name)) baseHeaps.set(name, await plainHeap(browsers.plain, `${origin}/${name}`));
      const heap = await heapMb(page);
      rows.push({
        page: name.replace('.html', ''), variant, path: state.analysisPath ?? null, fallbackReason: state.fallbackReason ?? null,
        status: state.status, quotes: state.analysis?.quotes.length ?? 0,
        totalMs: t?.sinceStart ?? null, analysisMs: t?.analysis ?? null, serializeMs: t?.serialize ?? null,
        anchoringMs: t?.anchoring ?? null, highlightingMs: t?.highlighting ?? null, longestSliceMs: t?.longestSlice ?? null,
        longestTaskMs: Math.round(Math.max(0, ...ours)), longTasks: ours.length, pageLongestTaskMs: Math.round(Math.max(0, ...theirs)),
        heapAddedMb: +(heap - baseHeaps.get(name)!).toFixed(2),
      });
      await page.close();
    }
  } finally {
    await browsers.close();
  }
  return rows;
}

export function printInPage(rows: InPageRow[]): void {
  const pad = (s: unknown, n: number) => String(s ?? '-').padStart(n);
  console.log('\nIn the page (Chromium): content script start → highlights shown (ms); longtask: the longest main-thread task overlapping our work, page\'s: the page\'s own longest in that window; JS heap added (MB)');
  console.log(`${'page'.padEnd(18)}${'variant'.padEnd(10)}${pad('path', 10)}${pad('total', 8)}${pad('analysis', 9)}${pad('serial.', 8)}${pad('anchor', 8)}${pad('paint', 7)}${pad('slice', 7)}${pad('longtask', 9)}${pad('page\'s', 7)}${pad('heap MB', 9)}`);
  for (const r of rows) {
    console.log(`${r.page.padEnd(18)}${r.variant.padEnd(10)}${pad(r.path, 10)}${pad(r.totalMs, 8)}${pad(r.analysisMs, 9)}${pad(r.serializeMs, 8)}${pad(r.anchoringMs, 8)}${pad(r.highlightingMs, 7)}${pad(r.longestSliceMs, 7)}${pad(r.longestTaskMs, 9)}${pad(r.pageLongestTaskMs, 7)}${pad(r.heapAddedMb, 9)}`);
  }
}

export function summarizeInPage(rows: InPageRow[]) {
  const of = (v: InPageRow['variant']) => rows.filter((r) => r.variant === v);
  const worst = (rs: InPageRow[]) => Math.max(0, ...rs.map((r) => r.longestTaskMs));
  const over = (rs: InPageRow[]) => rs.filter((r) => r.longestTaskMs > LONG_TASK_MS).length;
  const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);
  return {
    offPage: { pages: of('off-page').length, worstLongTaskMs: worst(of('off-page')), pagesOverBudget: over(of('off-page')), medianHeapAddedMb: median(of('off-page').map((r) => r.heapAddedMb ?? 0)), fellBack: of('off-page').filter((r) => r.path === 'in-page').length },
    inPage: { pages: of('in-page').length, worstLongTaskMs: worst(of('in-page')), pagesOverBudget: over(of('in-page')), medianHeapAddedMb: median(of('in-page').map((r) => r.heapAddedMb ?? 0)) },
  };
}

export async function benchInPage(opts: { quick: boolean }) {
  const dir = mkdtempSync(join(tmpdir(), 'sl-bench-ext-'));
  const { server, origin } = await serve(PAGES_DIR);
  try {
    buildExtensionInto(join(dir, 'off'), { WXT_BENCH_MARKS: '1' });
    if (!opts.quick) buildExtensionInto(join(dir, 'in'), { WXT_BENCH_MARKS: '1', WXT_ANALYSIS: 'in-page' });
    // Quick mode: every third page (seed and real sites alike).
    const pages = opts.quick ? pageNames().filter((_, i) => i % 3 === 0) : pageNames();
    const baseHeaps = new Map<string, number>();
    // Quick mode: only the shipped (off-page) build.
    const rows = [...(opts.quick ? [] : await runVariant('in-page', join(dir, 'in', 'chrome-mv3'), pages, origin, baseHeaps)), ...(await runVariant('off-page', join(dir, 'off', 'chrome-mv3'), pages, origin, baseHeaps))];
    rows.sort((a, b) => a.page.localeCompare(b.page) || a.variant.localeCompare(b.variant));
    return { rows, summary: summarizeInPage(rows) };
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchInPage({ quick });
  printInPage(result.rows);
  console.log(JSON.stringify(result.summary));
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/in-page.json'), JSON.stringify({ date: new Date().toISOString(), quick, ...result }, null, 2) + '\n');
}
