/**
 * Notes database at 100,000 notes, in Chromium's real IndexedDB (the default) or in Node with
 * fake-indexeddb (`--fake`, much slower: an in-memory JavaScript implementation).
 *
 *   npx tsx bench/storage-db.ts [--fake] [--notes N]
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
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const version = browser.version();
    const result = await page.evaluate((n) => (window as unknown as { runDbBench: (n: number) => Promise<unknown> }).runDbBench(n), notes);
    return { engine: `Chromium ${version} IndexedDB (headless)`, ...(result as DbBenchResult) };
  } finally {
    await browser.close();
    server.close();
  }
}

const result = fake ? await inNode() : await inChromium();
console.log(`\nStorage: ${result.engine}, ${result.notes} notes over ${result.pages} pages, bulk insert ${result.fillMs} ms`);
console.log(`${'query'.padEnd(40)}${'median ms'.padStart(11)}${'max ms'.padStart(9)}${'results'.padStart(9)}`);
for (const [k, v] of Object.entries(result.timings)) console.log(`${k.padEnd(40)}${String(v.medianMs).padStart(11)}${String(v.maxMs).padStart(9)}${String(v.results).padStart(9)}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/storage-db${fake ? '-fake' : ''}.json`, JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2) + '\n');
