import type { NotesDb } from '../../lib/storage/db';
import { addNote, deleteNote, type NoteInput } from '../../lib/storage/notes';
import { visitPage } from '../../lib/storage/pages';
import { VERDICTS } from '../../lib/storage/schemas';

/** A small seeded PRNG (mulberry32), so generated data is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['the', 'minister', 'said', '"we', 'will', 'not"', 'cut,', 'taxes', '—', 'Ситуация', 'сложная', '«ё»', '=SUM(1)', '-5%', '#tag', '*bold*', 'naïve', '18,000', 'São', 'Paulo', '北京', '\n\n'];
const TAGS = ['Climate', 'climate', 'Public health', 'Economy', 'Здоровье', 'fact check', '2024'];
const SPEAKERS = ['Sergey Morozov', 'Dr. Anna Nowak', 'Jean-Luc Picard'];

export function uuidFrom(r: () => number): string {
  const h = () => Math.floor(r() * 16).toString(16);
  const s = (n: number) => Array.from({ length: n }, h).join('');
  return `${s(8)}-${s(4)}-4${s(3)}-${'89ab'[Math.floor(r() * 4)]}${s(3)}-${s(12)}`;
}

/** Fill a database with `n` varied notes over a few pages (some deleted); returns their ids. */
export async function generateNotes(db: NotesDb, n: number, seed = 1, opts: { deleted?: boolean } = {}): Promise<string[]> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const pages = Array.from({ length: 5 }, (_, i) => `https://news${i}.example/2024/story-${i}`);
  for (const [i, url] of pages.entries()) {
    const v = await visitPage(db, { url, title: `Story ${i}: "quotes", commas & <tags>`, site: i % 2 ? `News ${i}` : null, publishedTime: i % 3 ? '2024-02-0' + (i + 1) : null }, 1_700_000_000_000 + i);
    if (!v.ok) throw new Error(v.error.detail);
  }
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = Array.from({ length: 2 + Math.floor(r() * 12) }, () => pick(WORDS)).join(' ').trim() || 'x';
    const kind = pick(['highlight', 'note', 'claim', 'quote'] as const);
    const start = Math.floor(r() * 5000);
    const input: NoteInput = {
      pageUrl: pick(pages),
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: text, prefix: r() < 0.5 ? 'before, ' : '', suffix: r() < 0.5 ? ' after.' : '' },
        ...(r() < 0.8 ? { position: { type: 'TextPositionSelector' as const, start, end: start + text.length } } : {}),
      },
      note: r() < 0.7 ? Array.from({ length: Math.floor(r() * 8) }, () => pick(WORDS)).join(' ') : '',
      tags: Array.from({ length: Math.floor(r() * 3) }, () => pick(TAGS)),
      colour: r() < 0.3 ? '#e6a23c' : null,
      kind,
      verdict: kind === 'claim' ? pick(VERDICTS) : undefined,
      evidence: kind === 'claim' && r() < 0.5 ? [`https://evidence.example/${i}?a=1&b=2`] : [],
      speaker: kind === 'quote' ? pick(SPEAKERS) : null,
    };
    const id = uuidFrom(r);
    const res = await addNote(db, input, 1_700_000_100_000 + i * 1000, () => id);
    if (!res.ok) throw new Error(res.error.detail);
    ids.push(id);
    if (opts.deleted && r() < 0.1) await deleteNote(db, id, 1_700_001_000_000 + i);
  }
  return ids;
}
