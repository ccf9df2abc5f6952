/**
 * All benchmarks (GitHub issue 6), one after the other, each in its own process: analysis
 * (Readability vs the whole analysis, scaling; in Node with happy-dom, then in headless Chromium on
 * DOMParser documents, where it runs), in the page (Chromium, in-page vs off-page),
 * anchoring, storage (Chromium IndexedDB), size. Each part prints its table and saves its
 * bench/results/<part>.json; this script then prints one summary line and saves the whole run as
 * bench/results/latest.json (committed) and bench/results/history/<date>.json (not committed).
 *
 *   npm run bench                 everything (several minutes)
 *   npm run bench -- --quick      fewer pages, notes and repetitions (under two minutes on a quiet machine)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { requireDevPages } from './shared/eval-set';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench/results');
const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');

const PARTS: Array<{ name: string; script: string; args: string[]; result: string; devPages?: true }> = [
  { name: 'analysis', script: 'bench/analysis.ts', args: quick ? ['--quick'] : [], result: 'analysis.json', devPages: true },
  { name: 'analysis-chromium', script: 'bench/analysis-chromium.ts', args: quick ? ['--quick'] : [], result: 'analysis-chromium.json', devPages: true },
  { name: 'in-page', script: 'bench/in-page.ts', args: quick ? ['--quick'] : [], result: 'in-page.json', devPages: true },
  { name: 'anchoring', script: 'bench/anchoring.ts', args: quick ? ['--quick'] : [], result: 'anchoring.json', devPages: true },
  { name: 'storage', script: 'bench/storage-db.ts', args: quick ? ['--notes', '10000'] : [], result: 'storage-db.json' },
  { name: 'size', script: 'bench/size.ts', args: [], result: 'size.json' },
];

// Before any part runs: the parts measured on the dev pages cannot run without them.
if (PARTS.some((p) => p.devPages && (!only || only.includes(p.name)))) requireDevPages('npm run bench');

const run: Record<string, unknown> = { date: new Date().toISOString(), quick, node: process.version };
const failed: string[] = [];
for (const part of PARTS.filter((p) => !only || only.includes(p.name))) {
  console.log(`\n=== ${part.name} ===`);
  const t0 = Date.now();
  try {
    execFileSync('npx', ['tsx', part.script, ...part.args], { cwd: ROOT, stdio: 'inherit' });
    run[part.name] = JSON.parse(readFileSync(join(RESULTS, part.result), 'utf8'));
  } catch (e) {
    failed.push(part.name);
    run[part.name] = { error: String(e) };
  }
  console.log(`(${part.name}: ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

/** One line: each target with its figure. */
function summary(): string {
  const out: string[] = [];
  const a = run.analysis as { pages?: Array<{ readabilityMs: number; analysisMs: number }>; growth?: Array<{ words: number; analysis: number }> } | undefined;
  if (a?.pages) {
    const r = a.pages.reduce((t, p) => t + p.readabilityMs, 0);
    const x = a.pages.reduce((t, p) => t + p.analysisMs, 0);
    const g = a.growth?.at(-1);
    out.push(`analysis/readability ${(x / r).toFixed(2)} (≤ 1.3)${g ? `, ${g.words.toFixed(0)}× words → ${g.analysis.toFixed(1)}× time` : ''}`);
  }
  const c = run['analysis-chromium'] as { summary?: string } | undefined;
  if (c?.summary) out.push(c.summary.replace(/^SUMMARY /, ''));
  const p = run['in-page'] as { summary?: { offPage: { worstLongTaskMs: number; pagesOverBudget: number; pages: number; medianHeapAddedMb: number; fellBack: number }; inPage: { worstLongTaskMs: number; pages: number } } } | undefined;
  if (p?.summary) {
    const s = p.summary;
    out.push(`longest task of ours ${s.offPage.worstLongTaskMs} ms off-page${s.inPage.pages ? ` vs ${s.inPage.worstLongTaskMs} ms in-page` : ''} (≤ 50; ${s.offPage.pagesOverBudget}/${s.offPage.pages} pages over), heap +${s.offPage.medianHeapAddedMb} MB`);
  }
  const n = run.anchoring as { rows?: Array<{ notes: number; exact: { ms: number } }> } | undefined;
  const k = n?.rows?.find((r) => r.notes === 1000);
  if (k) out.push(`1,000 notes re-anchored ${k.exact.ms} ms (< 300)`);
  const st = run.storage as { notes?: number; timings?: Record<string, { medianMs: number }> } | undefined;
  if (st?.timings) {
    const page = st.timings['notes of a page (20 notes)']?.medianMs;
    const search = Math.max(...Object.entries(st.timings).filter(([k]) => k.startsWith('word search')).map(([, v]) => v.medianMs));
    out.push(`${st.notes} notes: page ${page} ms (< 10), search ≤ ${search} ms (< 50)`);
  }
  const sz = run.size as { rows?: Array<{ part: string; gzip: number }> } | undefined;
  const cs = sz?.rows?.find((r) => r.part.startsWith('content-scripts/'));
  if (cs) out.push(`content script ${(cs.gzip / 1024).toFixed(1)} kB gzip (< 60)`);
  if (failed.length) out.push(`FAILED: ${failed.join(', ')}`);
  return `SUMMARY ${out.join('; ')}`;
}

mkdirSync(join(RESULTS, 'history'), { recursive: true });
const line = summary();
run.summary = line;
writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(run, null, 2) + '\n');
writeFileSync(join(RESULTS, 'history', `${String(run.date).replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.json`), JSON.stringify(run, null, 2) + '\n');
console.log(`\n${line}`);
if (failed.length) process.exitCode = 1;

