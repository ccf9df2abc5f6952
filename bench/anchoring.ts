/**
 * Re-anchoring notes on a ~100,000-word page: 10, 100 and 1,000 notes, exact (page unchanged),
 * after a paragraph was inserted at the top (every stored position is off), and with one word
 * changed inside each noted passage (the fuzzy path). Target: 1,000 exact notes under 300 ms.
 * The table of page edits (success per kind of edit) stays in bench/storage-anchoring.ts.
 *
 *   npx tsx bench/anchoring.ts [--quick]      writes bench/results/anchoring.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, type Selectors } from '../lib/anchoring/selectors';
import { createMatcher } from '../lib/anchoring/text-match';
import { rng } from './shared/rng';
import { articleTexts, bigText } from './shared/texts';


/** Non-overlapping sentence-long passages, as readers select them. */
function passages(text: string, count: number, rand: () => number): Array<{ start: number; end: number }> {
  const all: Array<{ start: number; end: number }> = [];
  const re = /[^.!?\n]{40,300}[.!?]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    all.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  const picked = new Set<number>();
  while (picked.size < Math.min(count, all.length)) picked.add(Math.floor(rand() * all.length));
  return [...picked].sort((a, b) => a - b).map((i) => all[i]);
}

/** One inner word of each passage replaced, from the end so earlier offsets stay valid. */
function editWords(text: string, ps: Array<{ start: number; end: number }>): { text: string; at: Array<[number, number]> } {
  let out = text;
  const grow: number[] = [];
  for (let i = ps.length - 1; i >= 0; i--) {
    const { start, end } = ps[i];
    const words = [...text.slice(start, end).matchAll(/\p{L}{3,}/gu)].slice(1, -1);
    const w = words[Math.floor(words.length / 2)];
    if (!w) {
      grow[i] = 0;
      continue;
    }
    const s = start + w.index!;
    out = out.slice(0, s) + 'replacement' + out.slice(s + w[0].length);
    grow[i] = 'replacement'.length - w[0].length;
  }
  let shift = 0;
  const at = ps.map((p, i) => {
    const r: [number, number] = [p.start + shift, p.end + shift + grow[i]];
    shift += grow[i];
    return r;
  });
  return { text: out, at };
}

function run(text: string, notes: Selectors[], want: Array<[number, number]>) {
  const t0 = performance.now();
  const matcher = createMatcher(text);
  const found = notes.map((n) => matcher.locate(n));
  const ms = performance.now() - t0;
  const right = found.filter((f, i) => f && want[i] && f.start === want[i][0] && f.end === want[i][1]).length;
  return { ms: Math.round(ms * 10) / 10, right };
}

export function benchAnchoring(opts: { quick: boolean }) {
  const text = bigText(articleTexts());
  const words = text.split(/\s+/).length;
  const rows = [];
  // Warm-up: the first matcher pays for compiling the code paths.
  run(text, passages(text, 10, rng(1)).map((p) => describe(text, p.start, p.end)), []);
  for (const count of [10, 100, 1000]) {
    const ps = passages(text, count, rng(count));
    const notes = ps.map((p) => describe(text, p.start, p.end));
    const exact = run(text, notes, ps.map((p) => [p.start, p.end]));
    const top = 'Update: a paragraph added at the top of the page moves every passage.\n\n';
    const shifted = run(top + text, notes, ps.map((p) => [p.start + top.length, p.end + top.length]));
    // The fuzzy path costs milliseconds per note over 100k words: quick mode stops at 100.
    const edited = opts.quick && count > 100 ? null : editWords(text, ps);
    const fuzzy = edited ? run(edited.text, notes, edited.at) : null;
    rows.push({ notes: count, exact, afterInsertAtTop: shifted, oneWordChanged: fuzzy });
  }
  return { textWords: words, textChars: text.length, rows };
}

export function printAnchoring(r: ReturnType<typeof benchAnchoring>): void {
  const cell = (x: { ms: number; right: number } | null, n: number) => (x ? `${x.ms} ms (${x.right}/${n} right)` : '-').padStart(28);
  console.log(`\nAnchoring: re-anchoring notes on a ${r.textWords}-word page (matcher preparation included)`);
  console.log(`${'notes'.padEnd(8)}${'exact'.padStart(28)}${'paragraph added on top'.padStart(28)}${'one word changed'.padStart(28)}`);
  for (const row of r.rows) console.log(`${String(row.notes).padEnd(8)}${cell(row.exact, row.notes)}${cell(row.afterInsertAtTop, row.notes)}${cell(row.oneWordChanged, row.notes)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const r = benchAnchoring({ quick });
  printAnchoring(r);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/anchoring.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, quick, ...r }, null, 2) + '\n');
}
