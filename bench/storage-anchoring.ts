/**
 * Re-anchoring benchmark and table of page edits (run: `npx tsx bench/storage-anchoring.ts`).
 *
 * 1. Success on a table of page edits: for sentences of the real dev pages, apply one edit to the
 *    page, re-locate the passage and count found-at-the-right-place / not found / WRONG place.
 * 2. Speed: `locate` of 1,000 notes on a ~100,000-word text, unchanged (exact path) and after
 *    edits (position and fuzzy paths).
 * Results are printed and saved to bench/results/storage-anchoring.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe } from '../lib/anchoring/selectors';
import { createMatcher } from '../lib/anchoring/text-match';
import { rng } from './shared/rng';
import { articleTexts, bigText } from './shared/texts';

const rand = rng(42);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];


/** Sentences (with their offsets) long enough to be a note. */
function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^.!?\n]{30,300}[.!?]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  return out;
}

interface Edit {
  /** The edited page, and where the passage is on it (null: it is gone). */
  apply(text: string, s: number, e: number, all: string[]): { text: string; at: [number, number] | null } | null;
}

const splice = (t: string, s: number, e: number, ins: string) => t.slice(0, s) + ins + t.slice(e);
const wordsIn = (t: string, s: number, e: number) => {
  const out: Array<[number, number]> = [];
  const re = /\p{L}{3,}/gu;
  const seg = t.slice(s, e);
  for (let m = re.exec(seg); m; m = re.exec(seg)) out.push([s + m.index, s + m.index + m[0].length]);
  return out;
};

const EDITS: Record<string, Edit> = {
  'paragraph inserted before': {
    apply: (t, s, e) => {
      const p = t.lastIndexOf('\n\n', s);
      const at = p < 0 ? 0 : p + 2;
      const ins = 'Update: this story has been changed since it was first published, with new details.\n\n';
      return { text: splice(t, at, at, ins), at: [s + ins.length, e + ins.length] };
    },
  },
  'paragraph before deleted': {
    apply: (t, s, e) => {
      const p = t.lastIndexOf('\n\n', s);
      if (p < 0) return null;
      const q = t.lastIndexOf('\n\n', p - 1);
      const from = q < 0 ? 0 : q + 2;
      const cut = p + 2 - from;
      return { text: splice(t, from, p + 2, ''), at: [s - cut, e - cut] };
    },
  },
  'white space changed': {
    apply: (t, s, e) => {
      const seg = t.slice(s, e).replace(/ /g, (m) => (rand() < 0.3 ? '  ' : rand() < 0.1 ? '\n' : m));
      return { text: splice(t, s, e, seg), at: [s, s + seg.length] };
    },
  },
  'typographic quotes/dashes changed': {
    apply: (t, s, e) => {
      const seg = t.slice(s, e).replace(/'/g, '’').replace(/"/g, '”').replace(/ - /g, ' – ').replace(/’/g, (m) => (rand() < 0.5 ? "'" : m));
      const seg2 = seg === t.slice(s, e) ? seg.replace(/ /, '\u00a0') : seg;
      return { text: splice(t, s, e, seg2), at: [s, s + seg2.length] };
    },
  },
  'word changed inside': {
    apply: (t, s, e) => {
      const ws = wordsIn(t, s, e).slice(1, -1);
      if (!ws.length) return null;
      const [ws0, we0] = pick(ws);
      const rep = 'replacement';
      return { text: splice(t, ws0, we0, rep), at: [s, e + rep.length - (we0 - ws0)] };
    },
  },
  'words inserted inside': {
    apply: (t, s, e) => {
      const ws = wordsIn(t, s, e).slice(1, -1);
      if (!ws.length) return null;
      const [, we0] = pick(ws);
      const ins = ' (who declined to be named)';
      return { text: splice(t, we0, we0, ins), at: [s, e + ins.length] };
    },
  },
  'word deleted inside': {
    apply: (t, s, e) => {
      const ws = wordsIn(t, s, e).slice(1, -1);
      if (!ws.length) return null;
      const [ws0, we0] = pick(ws);
      const cut = t[we0] === ' ' ? we0 + 1 : we0;
      return { text: splice(t, ws0, cut, ''), at: [s, e - (cut - ws0)] };
    },
  },
  'text around edited': {
    apply: (t, s, e) => {
      const before = 'Meanwhile, ';
      const after = ' Officials did not comment.';
      return { text: splice(splice(t, e, e, after), s, s, before), at: [s + before.length, e + before.length] };
    },
  },
  'passage removed': {
    apply: (t, s, e) => ({ text: splice(t, s, e, ''), at: null }),
  },
  'passage rewritten': {
    apply: (t, s, e, all) => {
      // Another real sentence from another page takes its place.
      const other = pick(all.filter((x) => x !== t));
      const ss = sentences(other);
      if (!ss.length) return null;
      const o = pick(ss);
      return { text: splice(t, s, e, other.slice(o.start, o.end)), at: null };
    },
  },
};

function editTable(texts: string[], perPage = 25) {
  const rows: Record<string, { cases: number; right: number; notFound: number; wrong: number; boundaryOff: number }> = {};
  for (const [name, edit] of Object.entries(EDITS)) {
    const row = (rows[name] = { cases: 0, right: 0, notFound: 0, wrong: 0, boundaryOff: 0 });
    for (const text of texts) {
      const ss = sentences(text);
      for (let k = 0; k < Math.min(perPage, ss.length); k++) {
        const { start, end } = ss[Math.floor((k * ss.length) / Math.min(perPage, ss.length))];
        const sel = describe(text, start, end);
        const edited = edit.apply(text, start, end, texts);
        if (!edited) continue;
        row.cases++;
        const found = createMatcher(edited.text).locate(sel);
        if (!edited.at) {
          if (found) row.wrong++;
          else row.right++;
          continue;
        }
        if (!found) {
          row.notFound++;
          continue;
        }
        const [es, ee] = edited.at;
        const overlap = Math.max(0, Math.min(ee, found.end) - Math.max(es, found.start));
        if (overlap / Math.max(ee - es, found.end - found.start) < 0.8) row.wrong++;
        else {
          row.right++;
          if (found.start !== es || found.end !== ee) row.boundaryOff++;
        }
      }
    }
  }
  return rows;
}


function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

function speed(texts: string[]) {
  const text = bigText(texts);
  const wordCount = text.split(/\s+/).length;
  const ss = sentences(text);
  const notes = Array.from({ length: 1000 }, () => {
    const s = pick(ss);
    // Part of a sentence or the whole, as readers mark.
    const len = Math.max(20, Math.floor((s.end - s.start) * (0.4 + 0.6 * rand())));
    let end = Math.min(s.end, s.start + len);
    // Readers' selections end on a word.
    while (end > s.start + 10 && !/[\p{L}\p{N}.!?]/u.test(text[end - 1])) end--;
    return describe(text, s.start, end);
  });

  const [matcher, prepareMs] = time(() => createMatcher(text));
  const [found, exactMs] = time(() => notes.map((n) => matcher.locate(n)));
  const exactRight = found.filter((f, i) => f && f.start === notes[i].position!.start && f.end === notes[i].position!.end).length;

  // The same notes after a paragraph was inserted at the top: the old positions are all off.
  const shifted = 'Update: a paragraph added at the top of the page moves every passage.\n\n' + text;
  const [m2, prep2] = time(() => createMatcher(shifted));
  const [found2, shiftedMs] = time(() => notes.map((n) => m2.locate(n)));
  const shiftedRight = found2.filter((f, i) => f && f.start === notes[i].position!.start + 71 && f.end === notes[i].position!.end + 71).length;

  // 100 notes whose passage had one word changed: the fuzzy path, over the whole 100k words.
  let edited = text;
  // 100 passages that do not overlap, edited from the end so earlier offsets stay valid.
  const fuzzyNotes = notes
    .filter((n, i) => notes.findIndex((o) => o.position!.start < n.position!.end && n.position!.start < o.position!.end) === i)
    .slice(0, 100)
    .sort((a, b) => b.position!.start - a.position!.start);
  for (const n of fuzzyNotes) {
    const p = n.position!;
    const w = wordsIn(edited, p.start, p.end).slice(1, -1)[0];
    if (w) edited = splice(edited, w[0], w[1], 'replacement');
  }
  // Where each passage is now: shifted by the edits before it.
  const expected = fuzzyNotes.map((n) => {
    const p = n.position!;
    const w = wordsIn(text, p.start, p.end).slice(1, -1)[0];
    const grow = w ? 'replacement'.length - (w[1] - w[0]) : 0;
    let shift = 0;
    for (const o of fuzzyNotes) {
      const q = o.position!;
      const ow = wordsIn(text, q.start, q.end).slice(1, -1)[0];
      if (ow && q.start < p.start && !(o === n)) shift += 'replacement'.length - (ow[1] - ow[0]);
    }
    return [p.start + shift, p.end + shift + grow];
  });
  const m3 = createMatcher(edited);
  const [found3, fuzzyMs] = time(() => fuzzyNotes.map((n) => m3.locate(n)));
  const fuzzyRight = found3.filter((f, i) => f && f.start === expected[i][0] && f.end === expected[i][1]).length;
  if (process.env.DEBUG) {
    found3.forEach((f, i) => {
      if (!f || f.start !== expected[i][0] || f.end !== expected[i][1]) {
        console.log(JSON.stringify({ want: edited.slice(expected[i][0], expected[i][1]), got: f && edited.slice(f.start, f.end), f }));
      }
    });
  }
  const methods: Record<string, number> = {};
  for (const f of found3) methods[f ? f.method : 'not found'] = (methods[f ? f.method : 'not found'] ?? 0) + 1;

  // 100 notes whose passage is gone: the whole text is searched before saying "not found".
  let removed = text;
  for (const n of fuzzyNotes) removed = splice(removed, n.position!.start, n.position!.end, '');
  const m4 = createMatcher(removed);
  const [found4, goneMs] = time(() => fuzzyNotes.map((n) => m4.locate(n)));

  return {
    textChars: text.length,
    textWords: wordCount,
    prepareMs: Math.round(prepareMs),
    exact: { notes: notes.length, ms: Math.round(exactMs), right: exactRight },
    afterInsertAtTop: { notes: notes.length, ms: Math.round(shiftedMs), prepareMs: Math.round(prep2), right: shiftedRight },
    passageRemoved: { notes: fuzzyNotes.length, ms: Math.round(goneMs), msPerNote: Math.round(goneMs / fuzzyNotes.length), notFound: found4.filter((f) => !f).length },
    oneWordChanged: { notes: fuzzyNotes.length, ms: Math.round(fuzzyMs), msPerNote: Math.round(fuzzyMs / fuzzyNotes.length), right: fuzzyRight, methods },
  };
}

const texts = articleTexts();
const table = editTable(texts);
const totals = Object.values(table).reduce((a, r) => ({ cases: a.cases + r.cases, right: a.right + r.right, wrong: a.wrong + r.wrong, notFound: a.notFound + r.notFound }), { cases: 0, right: 0, wrong: 0, notFound: 0 });
console.log(`Table of page edits (${texts.length} dev pages, up to 25 sentences each):`);
console.log('| edit | cases | right | not found | WRONG | boundary off |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, r] of Object.entries(table)) console.log(`| ${name} | ${r.cases} | ${r.right} | ${r.notFound} | ${r.wrong} | ${r.boundaryOff} |`);
console.log(`| total | ${totals.cases} | ${totals.right} (${((100 * totals.right) / totals.cases).toFixed(1)}%) | ${totals.notFound} | ${totals.wrong} | |`);
const sp = speed(texts);
console.log('\nSpeed:', JSON.stringify(sp, null, 2));
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/storage-anchoring.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, table, totals, speed: sp }, null, 2) + '\n');
