/**
 * Notes database at 100,000 notes, in Chromium's real IndexedDB (the default) or in Node with
 * fake-indexeddb (`--fake`, much slower: an in-memory JavaScript implementation).
 *
 *   npx tsx bench/storage-db.ts [--fake] [--notes N] [--reuse]
 *
 * `--reuse` keeps the filled database in a browser profile under the temp directory (same page
 * origin every run), so repeated runs skip the two-minute fill.
 *
 * The Chromium run bundles bench/storage-db-run.ts with esbuild into a page served on 127.0.0.1
 * and drives it with playwright-core (Debian's /usr/bin/chromium). Saves bench/results/storage-db.json.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { DbBenchResult } from './storage-db-run';

const args = process.argv.slice(2);
const fake = args.includes('--fake');
const notes = Number(args[args.indexOf('--notes') + 1]) || 100_000;
const reuse = args.includes('--reuse');
/** A fixed port in reuse mode: IndexedDB belongs to the page's origin. */
const REUSE_PORT = 47_311;

async function inNode() {
  const auto = 'fake-indexeddb/auto';
  await import(auto);
  const { runDbBench } = await import('./storage-db-run');
  return { engine: 'fake-indexeddb (Node)', ...(await runDbBench(notes)) };
}

async function inChromium() {
  const dir = mkdtempSync(join(tmpdir(), 'sl-bench-'));
  await build({
    stdin: { contents: `import { runDbBench } from './bench/storage-db-run'; (window as any).runDbBench = runDbBench;`, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    outfile: join(dir, 'bench.js'),
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="bench.js"></script>');
  const { readFileSync } = await import('node:fs');
  const server = createServer((req, res) => {
    const file = req.url === '/bench.js' ? 'bench.js' : 'index.html';
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
    res.end(readFileSync(join(dir, file)));
  });
  await new Promise<void>((r) => server.listen(reuse ? REUSE_PORT : 0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const options = {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  };
  const profile = join(tmpdir(), `sl-bench-storage-db-${notes}`);
  const launched = reuse ? null : await chromium.launch(options);
  const context = launched ? await launched.newContext() : await chromium.launchPersistentContext(profile, options);
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const version = (await page.evaluate(() => /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1])) ?? '';
    const result = await page.evaluate(([n, r]) => (window as unknown as { runDbBench: (n: number, name: string, reuse: boolean) => Promise<unknown> }).runDbBench(n, 'sourcelight-bench', r), [notes, reuse] as const);
    return { engine: `Chromium ${version} IndexedDB (headless)`, ...(result as DbBenchResult) };
  } finally {
    await context.close();
    await launched?.close();
    server.close();
  }
}

const result = fake ? await inNode() : await inChromium();
console.log(`\nStorage: ${result.engine}, ${result.notes} notes over ${result.pages} pages, ${result.fillMs ? `bulk insert ${result.fillMs} ms` : 'database kept from the last --reuse run'}, open ${result.openMs} ms${result.postingsMs ? `, postings built ${result.postingsMs} ms` : ''}`);
console.log(`${'query'.padEnd(40)}${'median ms'.padStart(11)}${'max ms'.padStart(9)}${'results'.padStart(9)}`);
for (const [k, v] of Object.entries(result.timings)) console.log(`${k.padEnd(40)}${String(v.medianMs).padStart(11)}${String(v.maxMs).padStart(9)}${String(v.results).padStart(9)}`);
console.log('export of everything, ms per step:', JSON.stringify(result.exportSteps), 'longest tasks:', JSON.stringify(result.exportLongTasks));
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/storage-db${fake ? '-fake' : ''}.json`, JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2) + '\n');
