/**
 * Analysis benchmark: Readability alone vs the whole analysis (Readability included), per dev page,
 * and how the analysis grows with article length (synthetic articles of 1k, 10k and 100k words).
 *
 *   npm run bench                 full run, writes bench/results/analysis.json
 *   npm run bench -- --quick      fewer repetitions, no 100k-word article
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { analyze } from '../lib/analyze';
import { DEV_PAGES_DIR, requireDevPages } from './shared/eval-set';

const quick = process.argv.includes('--quick');
requireDevPages('npm run bench (analysis)');
const pagesDir = DEV_PAGES_DIR;
const window = new Window({ url: 'http://localhost/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
const parser = new window.DOMParser() as unknown as DOMParser;
const parse = (html: string) => parser.parseFromString(html, 'text/html');

interface Row { page: string; words: number; readabilityMs: number; analysisMs: number; ratio: number; quotes: number }

/**
 * Readability alone and the whole analysis, run in alternation (one of each per round) so that a
 * burst of load on this shared machine hits both alike; medians of the rounds.
 */
function measure(page: string, html: string, runs: number): Row {
  const doc = parse(html);
  const readability = () => new Readability(doc.cloneNode(true) as Document).parse();
  let result = analyze(doc);
  readability();
  const r: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    readability();
    r.push(performance.now() - t0);
    t0 = performance.now();
    result = analyze(doc);
    a.push(performance.now() - t0);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const readabilityMs = median(r);
  const analysisMs = median(a);
  const words = Math.round(result.textLength / 6);
  return { page, words, readabilityMs, analysisMs, ratio: analysisMs / readabilityMs, quotes: result.quotes.length };
}

const fmt = (n: number, d = 1) => n.toFixed(d).padStart(8);
function print(title: string, rows: Row[]) {
  console.log(`\n${title}`);
  console.log(`${'page'.padEnd(22)}${'words'.padStart(8)}${'readab.ms'.padStart(11)}${'analysis.ms'.padStart(13)}${'ratio'.padStart(8)}${'quotes'.padStart(8)}`);
  for (const r of rows) console.log(`${r.page.padEnd(22)}${String(r.words).padStart(8)}${fmt(r.readabilityMs, 2).padStart(11)}${fmt(r.analysisMs, 2).padStart(13)}${fmt(r.ratio, 2)}${String(r.quotes).padStart(8)}`);
}

// 1. Dev pages.
const files = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
const runs = quick ? 3 : 9;
const pages = files.map((f) => measure(f.replace('.html', ''), readFileSync(join(pagesDir, f), 'utf8'), runs));
const total = pages.reduce((t, r) => ({ r: t.r + r.readabilityMs, a: t.a + r.analysisMs }), { r: 0, a: 0 });
print('Dev pages (median of runs)', pages);
console.log(`${'TOTAL'.padEnd(30)}${fmt(total.r, 2).padStart(11)}${fmt(total.a, 2).padStart(13)}${fmt(total.a / total.r, 2)}`);

// 2. Scaling: synthetic articles from the dev pages' paragraphs.
const paragraphs: string[] = [];
for (const f of files) {
  for (const p of parse(readFileSync(join(pagesDir, f), 'utf8')).querySelectorAll('article p, main p, .article p, p')) {
    const html = p.innerHTML.trim();
    if (p.textContent && p.textContent.split(/\s+/).length > 12) paragraphs.push(html);
  }
}
function synthetic(words: number): string {
  const body: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    body.push(`<p>${p}</p>`);
    n += p.replace(/<[^>]+>/g, '').split(/\s+/).length;
  }
  return `<!doctype html><html lang="en"><head><title>Synthetic ${words}</title></head><body><article><h1>Synthetic article</h1>${body.join('\n')}</article></body></html>`;
}
const sizes = quick ? [1000, 10000] : [1000, 10000, 100000];
// Three rounds at every size: a single 100k round is at the mercy of one garbage collection.
const scaling = sizes.map((w) => measure(`synthetic-${w / 1000}k`, synthetic(w), 3));
print('Scaling (synthetic articles)', scaling);
const growth = scaling.slice(1).map((r, i) => ({ from: scaling[i].page, to: r.page, words: r.words / scaling[i].words, analysis: r.analysisMs / scaling[i].analysisMs, ours: (r.analysisMs - r.readabilityMs) / Math.max(0.01, scaling[i].analysisMs - scaling[i].readabilityMs) }));
for (const g of growth) console.log(`${g.from} → ${g.to}: ${g.words.toFixed(1)}× words, ${g.analysis.toFixed(1)}× analysis time, ${g.ours.toFixed(1)}× our own time`);

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/analysis.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, quick, pages, scaling, growth }, null, 2) + '\n');
console.log(`\nSUMMARY analysis/readability ratio on dev pages: ${(total.a / total.r).toFixed(2)} (target ≤ 1.3); ${growth.map((g) => `${g.words.toFixed(0)}× words → ${g.analysis.toFixed(1)}× time`).join(', ')}`);
void window.happyDOM.close();
