/**
 * Built sizes (raw and gzip) of each part of the Chrome build: the content script, the background,
 * and every page (popup, offscreen, library…) with the scripts, chunks and style sheets it loads.
 * Target: the content script under 60 kB gzip.
 *
 *   npx tsx bench/size.ts [--dir .output/chrome-mv3]     writes bench/results/size.json
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildExtensionInto } from './build';

export const CONTENT_SCRIPT_GZIP_BUDGET = 60 * 1024;

export interface SizeRow { part: string; files: number; raw: number; gzip: number }

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}

/** The file and everything it loads: <script src>, <link href>, static imports of chunks. */
function closure(root: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const refs = file.endsWith('.html')
    ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1])
    : [...text.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]);
  for (const ref of refs) {
    const path = ref.startsWith('/') ? join(root, ref) : resolve(dirname(file), ref);
    try {
      statSync(path);
      closure(root, path, seen);
    } catch {
      // not ours (or not built): ignore
    }
  }
  return seen;
}

export function measureSizes(dir: string): SizeRow[] {
  const files = walk(dir).filter((f) => /\.(js|html|css)$/.test(f));
  const entries = files.filter((f) => f.endsWith('.html') || /^(background|content-scripts\/[^/]+)\.js$/.test(relative(dir, f)));
  return entries.map((entry) => {
    const parts = [...closure(dir, entry)];
    const raw = parts.reduce((n, f) => n + statSync(f).size, 0);
    const gzip = parts.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    return { part: relative(dir, entry), files: parts.length, raw, gzip };
  }).sort((a, b) => a.part.localeCompare(b.part));
}

export function printSizes(rows: SizeRow[]): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`.padStart(10);
  console.log('\nSize of the Chrome build (each part with the chunks and style sheets it loads)');
  console.log(`${'part'.padEnd(32)}${'files'.padStart(6)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
  for (const r of rows) console.log(`${r.part.padEnd(32)}${String(r.files).padStart(6)}${kb(r.raw)}${kb(r.gzip)}`);
}

export function benchSize(dir?: string): SizeRow[] {
  if (dir) return measureSizes(dir);
  const out = mkdtempSync(join(tmpdir(), 'sl-size-'));
  try {
    buildExtensionInto(out);
    return measureSizes(join(out, 'chrome-mv3'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--dir');
  const rows = benchSize(i > 0 ? process.argv[i + 1] : undefined);
  printSizes(rows);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/size.json', JSON.stringify({ date: new Date().toISOString(), budgetGzip: CONTENT_SCRIPT_GZIP_BUDGET, rows }, null, 2) + '\n');
}
