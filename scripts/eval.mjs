#!/usr/bin/env node
// Analyze the development pages and score them against the gold annotations (../shared/eval).
//   npm run eval                 totals, fails below the floors in FLOORS
//   npm run eval -- --verbose    every miss
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

// The quality bar of the analysis engine (issue 2): a change that drops below it fails CI.
const FLOORS = 'quoteF1=0.95,attribution=0.90,specialistF1=0.90';

const evalDir = resolve(process.env.SOURCELIGHT_EVAL ?? '../shared/eval');
const pagesDir = join(evalDir, 'dev/pages');
const out = mkdtempSync(join(tmpdir(), 'sourcelight-eval-'));
const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).map((f) => join(pagesDir, f));
execFileSync('npx', ['tsx', 'scripts/analyze.ts', '--out', out, ...pages], { stdio: 'inherit' });
const extra = process.argv.slice(2);
const r = spawnSync('node', [join(evalDir, 'score.mjs'), join(evalDir, 'dev/gold'), out, '--min', FLOORS, ...extra], { stdio: 'inherit' });
process.exit(r.status ?? 1);
