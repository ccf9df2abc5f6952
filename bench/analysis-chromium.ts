/**
 * Analysis benchmark in headless Chromium, where the analysis really runs (the offscreen document
 * parses the page's HTML with DOMParser and analyzes it there). happy-dom's DOM walk is slow and
 * hides our own cost behind Readability's, so this is the figure that counts (issue 11).
 *
 * Per page: Readability alone and the whole analysis (Readability included), each on a DOMParser
 * document of its own (the offscreen document analyzes the document it parsed, with no clone), and
 * Readability on a clone, the baseline of runs before the analysis stopped cloning; turning which
 * runs first, medians of the rounds; the ratio per page and in total. On a small page each
 * measurement is summed over several runs (at least 8 ms), as the page's clock is coarse.
 * Pages: ../shared/eval/dev and dev2, synthetic 1k/10k/100k-word articles, and 1 MB / 5 MB ones.
 *
 *   npx tsx bench/analysis-chromium.ts [--quick] [--profile=<page>]   writes bench/results/analysis-chromium.json
 *
 * `--profile=<page>` also records a CPU profile of the analysis on that page and prints the
 * functions with the most self time (the bundle is not minified, so the names are ours).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { decodeHtml } from '../lib/text/decode-html';
import { chromiumPath } from '../tests/e2e/harness';
import { syntheticArticle } from './shared/synthetic-article';
import type { Round } from './chromium/analysis-entry';

const ROOT = resolve(import.meta.dirname, '..');
const EVAL = resolve(ROOT, process.env.SOURCELIGHT_EVAL ?? '../shared/eval');
const quick = process.argv.includes('--quick');
const profileName = process.argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
const ROUNDS = quick ? 3 : 7;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

if (!existsSync(join(EVAL, 'dev/pages'))) {
  console.error(`bench/analysis-chromium: needs the eval pages in ${EVAL}/dev/pages (put the shared folder beside the checkout, or set SOURCELIGHT_EVAL)`);
  process.exit(2);
}

interface Row { set: string; page: string; kB: number; readabilityMs: number; readabilityCloneMs: number; analysisMs: number; ratio: number; quotes: number }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function pagesOf(set: string): Array<{ set: string; page: string; html: string }> {
  const dir = join(EVAL, set, 'pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort()
    .map((f) => ({ set, page: f.replace(/\.html$/, ''), html: decodeHtml(readFileSync(join(dir, f))) }));
}

type Bench = { __slBench: { round(h: string, turn: number, repeat?: number): Round } };

/** Each measurement of a round lasts at least this long (a small page is run several times over). */
const MIN_MS = 8;

async function measure(page: Page, set: string, name: string, html: string, rounds: number): Promise<Row> {
  const round = (turn: number, repeat: number) => page.evaluate(([h, t, n]) => (globalThis as unknown as Bench).__slBench.round(h, t, n), [html, turn, repeat] as const);
  // A first round, not counted, warms up and tells how many documents make a measurable step.
  const first = await round(0, 1);
  const repeat = Math.min(20, Math.max(1, Math.ceil(MIN_MS / Math.max(0.1, first.readabilityMs))));
  const r: number[] = [];
  const c: number[] = [];
  const a: number[] = [];
  let quotes = 0;
  for (let i = 0; i < rounds; i++) {
    const out = await round(i, repeat);
    r.push(out.readabilityMs);
    c.push(out.readabilityCloneMs);
    a.push(out.analysisMs);
    quotes = out.quotes;
  }
  const readabilityMs = median(r);
  const analysisMs = median(a);
  return { set, page: name, kB: Math.round(html.length / 1024), readabilityMs, readabilityCloneMs: median(c), analysisMs, ratio: analysisMs / readabilityMs, quotes };
}

async function profile(page: Page, html: string): Promise<void> {
  // Warm up first: a cold run profiles the JIT compiling Readability, not the steady state.
  for (let i = 0; i < 5; i++) await page.evaluate((h) => (globalThis as unknown as Bench).__slBench.round(h, 0), html);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 10; i++) await page.evaluate((h) => (globalThis as unknown as Bench).__slBench.round(h, 0), html);
  const { profile: p } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const dt = new Map<number, number>();
  p.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas?.[i] ?? 0)));
  for (const node of p.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} :${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
  }
  const total = [...self.values()].reduce((s, v) => s + v, 0);
  console.log(`\nCPU profile (10 rounds after 5 to warm up, self time; bundle line numbers):`);
  for (const [k, v] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 30)) console.log(`${(v / 1000).toFixed(1).padStart(9)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

const bundle = await build({
  entryPoints: [join(ROOT, 'bench/chromium/analysis-entry.ts')],
  bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', minify: false, charset: 'ascii',
  // esbuild rewrites every regex literal with `\p{…}` into a `new RegExp(…)` call for this target,
  // built again each time the expression runs (inside a function: on every call). The extension's
  // build (Vite) keeps the literals, so the bench must too, or it times regex construction that the
  // extension never does.
  supported: { 'regexp-unicode-property-escapes': true },
});
const browser = await chromium.launch({ headless: true, executablePath: chromiumPath(), args: ARGS });
const page = await browser.newPage();
await page.setContent('<!doctype html><title>bench</title>');
await page.addScriptTag({ content: bundle.outputFiles[0].text });

const real = [...pagesOf('dev'), ...pagesOf('dev2')];
if (profileName) {
  const words = /^synthetic-(\d+)k$/.exec(profileName);
  const html = words ? syntheticArticle(real.map((p) => p.html), { words: Number(words[1]) * 1000 }) : real.find((p) => p.page === profileName)?.html;
  if (!html) throw new Error(`no page ${profileName} in dev or dev2 (or synthetic-<N>k)`);
  await profile(page, html);
  await browser.close();
  process.exit(0);
}

const rows: Row[] = [];
for (const p of real) rows.push(await measure(page, p.set, p.page, p.html, ROUNDS));
const sizes: Array<[string, number]> = [['synthetic-1k', 1_000], ['synthetic-10k', 10_000], ['synthetic-100k', 100_000]];
const big: Array<[string, number]> = quick ? [] : [['synthetic-1MB', 1_000_000], ['synthetic-5MB', 5_000_000]];
const synthetic: Row[] = [];
for (const [name, words] of sizes) synthetic.push(await measure(page, 'synthetic', name, syntheticArticle(real.map((p) => p.html), { words }), 3));
for (const [name, bytes] of big) synthetic.push(await measure(page, 'synthetic', name, syntheticArticle(real.map((p) => p.html), { bytes }), 1));
await browser.close();

const fmt = (n: number, d = 1) => n.toFixed(d);
console.log(`${'set'.padEnd(10)}${'page'.padEnd(30)}${'kB'.padStart(7)}${'readab.ms'.padStart(11)}${'+clone.ms'.padStart(11)}${'analysis.ms'.padStart(13)}${'ratio'.padStart(8)}${'quotes'.padStart(8)}`);
for (const r of [...rows, ...synthetic]) console.log(`${r.set.padEnd(10)}${r.page.slice(0, 29).padEnd(30)}${String(r.kB).padStart(7)}${fmt(r.readabilityMs, 1).padStart(11)}${fmt(r.readabilityCloneMs, 1).padStart(11)}${fmt(r.analysisMs, 1).padStart(13)}${fmt(r.ratio, 2).padStart(8)}${String(r.quotes).padStart(8)}`);
const totals = (xs: Row[]) => {
  const rd = xs.reduce((s, r) => s + r.readabilityMs, 0);
  const cl = xs.reduce((s, r) => s + r.readabilityCloneMs, 0);
  const an = xs.reduce((s, r) => s + r.analysisMs, 0);
  // `ratioToClone`: against Readability on a clone, the baseline of earlier runs (when the analysis cloned too).
  return { readabilityMs: rd, readabilityCloneMs: cl, analysisMs: an, ratio: an / rd, ratioToClone: an / cl };
};
const bySet = Object.fromEntries(['dev', 'dev2'].map((s) => [s, totals(rows.filter((r) => r.set === s))]));
const all = totals(rows);
const worst = [...rows].sort((a, b) => b.ratio - a.ratio).slice(0, 5);
const growth = synthetic.slice(1, 3).map((r, i) => ({ from: synthetic[i].page, to: r.page, size: r.kB / synthetic[i].kB, analysis: r.analysisMs / synthetic[i].analysisMs, ours: (r.analysisMs - r.readabilityMs) / Math.max(0.01, synthetic[i].analysisMs - synthetic[i].readabilityMs) }));
for (const g of growth) console.log(`${g.from} → ${g.to}: ${g.size.toFixed(1)}× size, ${g.analysis.toFixed(1)}× analysis time, ${g.ours.toFixed(1)}× our own time`);
const line = `SUMMARY chromium analysis/readability ${all.ratio.toFixed(2)} (≤ 1.3; dev ${bySet.dev.ratio.toFixed(2)}, dev2 ${bySet.dev2.ratio.toFixed(2)}; ${all.ratioToClone.toFixed(2)} against Readability on a clone, the earlier baseline; analysis ${fmt(all.analysisMs, 0)} ms over ${rows.length} pages), worst ${worst.map((w) => `${w.page} ${w.ratio.toFixed(2)}`).join(', ')} (≤ 2.5)`;
console.log(`\n${line}`);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/analysis-chromium.json'), JSON.stringify({ date: new Date().toISOString(), quick, rounds: ROUNDS, bySet, all, worst, rows, synthetic, growth, summary: line }, null, 2) + '\n');
