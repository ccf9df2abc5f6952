import { beforeAll, describe, expect, it } from 'vitest';
import { applyImport, previewImport } from '../../lib/export/import';
import { toNativeJson } from '../../lib/export/native-json';
import { loadExportData } from '../../lib/export/load';
import type { NotesDb } from '../../lib/storage/db';
import { addNote, deleteNote, purgeDeleted, resolveChange, restoreNote, searchNotes, updateNote } from '../../lib/storage/notes';
import { trackWords, wordRangeIds } from '../../lib/storage/postings-search';
import { searchIds } from '../../lib/storage/search';
import { deleteTag, mergeTags } from '../../lib/storage/tags';
import { wordsOf } from '../../lib/storage/words';
import { rng } from '../../bench/shared/rng';
import { freshDb, PAGE, sel, storedNote } from './fresh-db';
import { expectPostingsMatchIndex, withoutPostings } from './postings-check';

/**
 * A generated library written through every path that writes notes (a direct bulk fill, addNote,
 * edits, deletes and restores, a purge, tag merges and deletes rewriting notes, a native import
 * with new and newer notes, a change resolution, bulk and range deletes, a write that fails):
 * after each, the postings must hold exactly what the words index holds, and the word searches
 * must give exactly what the index path gives (the postings put aside).
 */
const rand = rng(11);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
// 40 words all starting with "w" (a prefix of more than MAX_PREFIX_WORDS words); w0 in most notes,
// so its ids span several blocks.
const VOCAB = Array.from({ length: 40 }, (_, i) => `w${i}`);
const word = () => VOCAB[Math.floor(VOCAB.length * Math.pow(rand(), 3))];
const text = () => Array.from({ length: 4 + Math.floor(rand() * 20) }, word).join(' ');
const timeId = (t: number) => `${t.toString(36).padStart(9, '0')}-${Math.floor(rand() * 1e9).toString(36)}`;
const QUERIES = ['w0', 'w1', 'w0 w1', 'w0 w2 w3', 'w39', 'w', 'w1', 'w2 w', 'w0 w1', 'zz', 'w0 zz', 'w3 w0'];
const T0 = 1_700_000_000_000;

let db: NotesDb;
let live: string[] = [];
let clock = T0 + 10_000_000;

async function check(): Promise<void> {
  await expectPostingsMatchIndex(db);
  // The searches below read the postings (none falls back to the index).
  for (const range of [{ only: 'w0' }, { only: 'w7' }, { prefix: 'w' }, { prefix: 'w1' }]) expect(await wordRangeIds(db, range), JSON.stringify(range)).not.toBeNull();
  const viaPostings = await Promise.all(QUERIES.map((q) => searchIds(db, q)));
  const viaIndex = await withoutPostings(db, () => Promise.all(QUERIES.map((q) => searchIds(db, q))));
  expect(viaPostings).toEqual(viaIndex);
  // The newest matches of several common words (ids intersected first): the newest of all matches.
  for (const q of ['w0 w1', 'w0 w2 w3', 'w3 w0', 'w1 w']) {
    const all = (await searchNotes(db, q)).records.map((r) => r.id).sort().reverse();
    expect((await searchNotes(db, q, { limit: 5 })).records.map((r) => r.id), q).toEqual(all.slice(0, 5));
  }
}

beforeAll(async () => {
  db = freshDb('postings-library');
  await db.open();
});

describe('postings on a generated library', () => {
  it('a direct bulk fill (ids out of order, one imported id of another form, a lone-string words field)', async () => {
    const notes = Array.from({ length: 700 }, (_, i) => {
      const t = text();
      return storedNote({ id: i % 50 === 7 ? `imported:${i}` : timeId(T0 + i * 1000), pageUrl: PAGE, text: t, selectors: sel(t), createdAt: T0 + i, updatedAt: T0 + i, words: wordsOf(t) });
    });
    await db.annotations.bulkAdd([...notes].reverse());
    await db.annotations.put({ ...storedNote({ id: 'odd-words' }), words: 'w5' } as never);
    live = notes.map((n) => n.id);
    // Every word but w3 and w39 tracked (here from one note up; in use from TRACK_MIN notes): the
    // searches mix postings and index reads.
    await trackWords(db, VOCAB.filter((w) => w !== 'w3' && w !== 'w39'), 1);
    expect(await db.postings.where(':id').between(['w0', ''], ['w0', '\uffff']).count()).toBeGreaterThan(1);
    await check();
  });

  it('addNote, with tags', async () => {
    for (let i = 0; i < 25; i++) {
      const t = text();
      const r = await addNote(db, { pageUrl: PAGE, selectors: sel(t), kind: 'note', note: text(), tags: [pick(['Alpha', 'Beta', 'Gamma'])] }, (clock += 1000));
      expect(r.ok).toBe(true);
      if (r.ok) live.push(r.value.id);
    }
    await check();
  });

  it('edits that change the words, and a change resolution', async () => {
    for (let i = 0; i < 20; i++) expect((await updateNote(db, pick(live), { note: text() }, (clock += 1000))).ok).toBe(true);
    const id = live[live.length - 1];
    const now = text();
    expect((await resolveChange(db, id, { decision: 'confirm', selectors: sel(now) }, (clock += 1000))).ok).toBe(true);
    await check();
  });

  it('soft deletes, restores and a purge', async () => {
    const gone = Array.from({ length: 15 }, () => pick(live));
    for (const id of gone) await deleteNote(db, id, (clock += 1000));
    for (const id of gone.slice(0, 5)) await restoreNote(db, id);
    await check();
    expect((await purgeDeleted(db, clock + 1)).ok).toBe(true);
    live = live.filter((id) => !gone.slice(5).includes(id));
    await check();
  });

  it('tag merges and deletes (notes rewritten)', async () => {
    expect((await mergeTags(db, 'Alpha', 'Beta', (clock += 1000))).ok).toBe(true);
    expect((await deleteTag(db, 'Gamma', (clock += 1000))).ok).toBe(true);
    await check();
  });

  it('a native import: new notes with ids of any form and newer versions of stored notes', async () => {
    const { data } = await loadExportData(db);
    const newer = data.annotations.slice(0, 30).map((a) => {
      const t = text();
      return { ...a, note: t, updatedAt: a.updatedAt + 10_000_000 };
    });
    const fresh = Array.from({ length: 400 }, (_, i) => {
      const t = text();
      return { ...storedNote({ id: `${pick(['', 'zz-', 'A', '0'])}${Math.floor(rand() * 1e12).toString(36)}-${i}`, pageUrl: PAGE, text: t, selectors: sel(t), note: text(), createdAt: T0 - i, updatedAt: T0 - i }), words: undefined };
    });
    const file = toNativeJson({ ...data, annotations: [...newer, ...fresh] as typeof data.annotations }, { exportedAt: new Date(clock) });
    const p = await previewImport(db, file, { now: clock });
    if (!p.ok) throw new Error(p.error.message);
    expect(p.preview.counts.new).toBe(400);
    expect(p.preview.counts.updated).toBeGreaterThan(20);
    const r = await applyImport(db, p.preview, (clock += 1000));
    expect(r.ok).toBe(true);
    await check();
  });

  it('a write that fails leaves notes and postings as they were', async () => {
    const before = await db.postings.toArray();
    await expect(
      db.transaction('rw', db.annotations, async () => {
        await db.annotations.put({ ...storedNote({ id: 'never', words: ['w0', 'brand-new'] }) });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await db.annotations.get('never')).toBeUndefined();
    expect(await db.postings.toArray()).toEqual(before);
    await check();
  });

  it('bulk deletes, a range delete and a clear', async () => {
    await db.annotations.bulkDelete(live.slice(0, 40));
    await db.annotations.where(':id').startsWith('zz-').delete();
    await check();
    await db.annotations.clear();
    expect(await db.postings.count()).toBe(1);
    await check();
  });
});
