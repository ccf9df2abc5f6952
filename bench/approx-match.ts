/**
 * Our Myers matcher (lib/anchoring/match-myers.ts) against the approx-string-match package (the
 * one the Hypothesis client anchors with), side by side on the anchoring bench's inputs: passages
 * of the dev pages' ~100,000-word text, searched with the error bound re-anchoring uses (40 % of
 * the passage), unchanged and after edits, over the whole text (the fuzzy path's worst case) and
 * in the window around the old position (its first step).
 *
 * Run: `npx tsx bench/approx-match.ts` (needs ../shared/eval; approx-string-match is installed
 * for this comparison only). Results in bench/results/approx-match.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import search from 'approx-string-match';
import { searchApprox } from '../lib/anchoring/match-myers';
import { rng } from './shared/rng';
import { articleTexts, bigText } from './shared/texts';

const rand = rng(7);
const NOTES = Number(process.env.NOTES ?? 100);
const WINDOW = 2000;
const ROUNDS = 3;

interface Case {
  name: string;
  /** The text after the edit, the pattern, and where the passage is now (null: gone). */
  make(text: string, s: number, e: number): { text: string; at: [number, number] | null };
}

const splice = (t: string, s: number, e: number, ins: string) => t.slice(0, s) + ins + t.slice(e);
const middleWord = (t: string, s: number, e: number): [number, number] | null => {
  const ws = [...t.slice(s, e).matchAll(/\p{L}{3,}/gu)].map((m) => [s + m.index!, s + m.index! + m[0].length] as [number, number]);
  return ws.length > 2 ? ws[Math.floor(ws.length / 2)] : null;
};

const CASES: Case[] = [
  { name: 'unchanged', make: (t, s, e) => ({ text: t, at: [s, e] }) },
  {
    name: 'one word replaced',
    make: (t, s, e) => {
      const w = middleWord(t, s, e);
      if (!w) return { text: t, at: [s, e] };
      return { text: splice(t, w[0], w[1], 'replacement'), at: [s, e + 'replacement'.length - (w[1] - w[0])] };
    },
  },
  {
    name: 'two typos',
    make: (t, s, e) => {
      const a = s + Math.floor((e - s) / 3);
      const b = s + Math.floor((2 * (e - s)) / 3);
      return { text: splice(splice(t, b, b + 1, 'x'), a, a + 1, 'q'), at: [s, e] };
    },
  },
  {
    name: 'words inserted',
    make: (t, s, e) => {
      const w = middleWord(t, s, e);
      if (!w) return { text: t, at: [s, e] };
      return { text: splice(t, w[1], w[1], ' and, officials said,'), at: [s, e + ' and, officials said,'.length] };
    },
  },
  { name: 'passage removed', make: (t, s, e) => ({ text: splice(t, s, e, ''), at: null }) },
];

function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/[^.!?\n]{40,240}[.!?]/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push([m.index! + lead, m.index! + m[0].length]);
  }
  return out;
}

interface Found {
  start: number;
  end: number;
  errors: number;
}
type Impl = (text: string, pattern: string, k: number, from: number, to: number) => Found[];
const IMPLS: Record<string, Impl> = {
  ours: (text, pattern, k, from, to) => searchApprox(text, pattern, k, from, to),
  'approx-string-match': (text, pattern, k, from, to) => search(text.slice(from, to), pattern, k).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors })),
};

const texts = articleTexts();
const text = bigText(texts);
const all = sentences(text);
const picks = Array.from({ length: NOTES }, () => all[Math.floor(rand() * all.length)]);

type Row = { impl: string; scope: string; case: string; searches: number; ms: number; msPerSearch: number; right: number; exactBounds: number; wrong: number; candidates: number };
const rows: Row[] = [];
const agree: Record<string, { same: number; differ: number }> = {};

for (const c of CASES) {
  const inputs = picks.map(([s, e]) => ({ pattern: text.slice(s, e), s, ...c.make(text, s, e) }));
  const results: Record<string, Found[][]> = {};
  for (const scope of ['whole text', `±${WINDOW} around the old place`]) {
    // Three rounds, the two alternating in order; the median round counts (a shared machine).
    const times: Record<string, number[]> = {};
    const founds: Record<string, Found[][]> = {};
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? Object.keys(IMPLS).reverse() : Object.keys(IMPLS);
      for (const name of order) {
        const found: Found[][] = [];
        const t0 = performance.now();
        for (const x of inputs) {
          const k = Math.floor(x.pattern.length * 0.4);
          const [from, to] = scope === 'whole text' ? [0, x.text.length] : [Math.max(0, x.s - WINDOW), Math.min(x.text.length, x.s + x.pattern.length + WINDOW)];
          found.push(IMPLS[name](x.text, x.pattern, k, from, to));
        }
        (times[name] ??= []).push(performance.now() - t0);
        founds[name] = found;
      }
    }
    for (const name of Object.keys(IMPLS)) {
      const row: Row = { impl: name, scope, case: c.name, searches: inputs.length, ms: 0, msPerSearch: 0, right: 0, exactBounds: 0, wrong: 0, candidates: 0 };
      const found = founds[name];
      row.ms = Math.round(times[name].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]);
      row.msPerSearch = Math.round((10 * row.ms) / inputs.length) / 10;
      inputs.forEach((x, i) => {
        const ms = found[i];
        row.candidates += ms.length;
        const best = ms.length ? ms.reduce((a, b) => (b.errors < a.errors ? b : a)) : null;
        if (!x.at) {
          // Gone: any match within 40 % errors is another passage; re-anchoring then checks the
          // context, so this counts candidates, not mistakes.
          if (!best) row.right++;
          return;
        }
        const [s, e] = x.at;
        if (best && Math.min(e, best.end) - Math.max(s, best.start) >= 0.8 * (e - s)) {
          row.right++;
          if (best.start === s && best.end === e) row.exactBounds++;
        } else row.wrong++;
      });
      rows.push(row);
      results[`${name}|${scope}`] = found;
    }
    // Do both give the same best match (start, end, errors) for each search?
    const key = `${c.name} · ${scope}`;
    agree[key] = { same: 0, differ: 0 };
    inputs.forEach((_, i) => {
      const bestOf = (ms: Found[]) => {
        const min = Math.min(...ms.map((m) => m.errors));
        return ms.filter((m) => m.errors === min).map((m) => `${m.start}-${m.end}:${m.errors}`).sort().join(',');
      };
      const a = bestOf(results[`ours|${scope}`][i]);
      const b = bestOf(results[`approx-string-match|${scope}`][i]);
      if (a === b) agree[key].same++;
      else agree[key].differ++;
    });
  }
}

console.log(`${NOTES} passages of a ${text.length.toLocaleString()}-character text (${text.split(/\s+/).length.toLocaleString()} words), k = 40 % of the passage`);
console.log('| scope | edit | impl | ms | ms/search | found right | exact bounds | wrong | candidates |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.scope} | ${r.case} | ${r.impl} | ${r.ms} | ${r.msPerSearch} | ${r.right}/${r.searches} | ${r.exactBounds} | ${r.wrong} | ${r.candidates} |`);
console.log('\nSame best match (start, end, errors):');
for (const [k, v] of Object.entries(agree)) console.log(`- ${k}: ${v.same} same, ${v.differ} differ`);
const total = (impl: string) => rows.filter((r) => r.impl === impl).reduce((a, r) => a + r.ms, 0);
console.log(`\nTotal: ours ${total('ours')} ms, approx-string-match ${total('approx-string-match')} ms`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/approx-match.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, notes: NOTES, textChars: text.length, rows, agree }, null, 2) + '\n');
