/**
 * Export/import benchmark at 10,000 notes: for each format, the time to build the whole file
 * and, when built in chunks through `paced` (as the popup does), the longest stretch the thread
 * is held between two yields (what decides whether the UI freezes). Then the import of the native
 * file: parse + validate, preview against the database, and the one-transaction write
 * (fake-indexeddb in Node, so the write figure is only indicative).
 *
 *   npx tsx bench/export.ts            writes bench/results/export.json
 */
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { paced } from '../lib/export/chunks';
import type { TextFormat as ExportFormat } from '../lib/export/index';
import { applyImport, parseImport, previewParsed } from '../lib/export/import';
import { exportParts } from '../lib/export/index';
import { createDb } from '../lib/storage/db';
import type { AnnotationRecord } from '../lib/storage/schemas';
import { CLAIM, NOTE_RU, QUOTE, SAMPLE } from '../tests/export/sample';

const N = 10_000;
const EVERY = 200;
const base = [QUOTE, CLAIM, NOTE_RU];
const annotations: AnnotationRecord[] = Array.from({ length: N }, (_, i) => ({ ...base[i % 3], id: `bench-${i}`, note: `${base[i % 3].note} ${i}` }));
const data = { ...SAMPLE, annotations };
const opts = { exportedAt: new Date(), roleOf: () => null };

const ms = (x: number) => Math.round(x * 10) / 10;

async function bench(format: ExportFormat) {
  let t0 = performance.now();
  const whole = [...exportParts(format, data, opts)].join('');
  const sync = performance.now() - t0;
  let longest = 0;
  let chunks = 0;
  let bytes = 0;
  t0 = performance.now();
  let sliceStart = performance.now();
  const yieldControl = async () => {
    longest = Math.max(longest, performance.now() - sliceStart);
    await new Promise((r) => setTimeout(r, 0));
    sliceStart = performance.now();
  };
  for await (const c of paced(exportParts(format, data, opts), { every: EVERY, yieldControl })) {
    chunks++;
    bytes += c.length;
  }
  longest = Math.max(longest, performance.now() - sliceStart);
  const total = performance.now() - t0;
  if (bytes !== whole.length) throw new Error(`${format}: chunked output differs`);
  return { format, chars: whole.length, wholeMs: ms(sync), chunkedMs: ms(total), chunks, longestSliceMs: ms(longest) };
}

const results = [];
for (const f of ['markdown', 'json', 'csv', 'web-annotation', 'claim-review'] as ExportFormat[]) {
  const r = await bench(f);
  results.push(r);
  console.log(`${f.padEnd(15)} ${String(r.chars).padStart(9)} chars  whole ${r.wholeMs} ms  chunked ${r.chunkedMs} ms in ${r.chunks} chunks, longest slice ${r.longestSliceMs} ms`);
}

const text = [...exportParts('json', data, opts)].join('');
const db = createDb('bench-import');
let t = performance.now();
const parsed = parseImport(text);
const parseMs = performance.now() - t;
if (!parsed.ok) throw new Error(parsed.error.message);
t = performance.now();
const preview = await previewParsed(db, parsed.parsed);
const previewMs = performance.now() - t;
t = performance.now();
const applied = await applyImport(db, preview);
const applyMs = performance.now() - t;
if (!applied.ok) throw new Error(applied.error.detail);
const importResult = { notes: N, parseMs: ms(parseMs), previewMs: ms(previewMs), applyMs: ms(applyMs), added: applied.value.added };
console.log(`import native  parse+validate ${importResult.parseMs} ms  preview ${importResult.previewMs} ms  write ${importResult.applyMs} ms (fake-indexeddb)`);

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/export.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, notes: N, every: EVERY, export: results, import: importResult }, null, 2) + '\n');
