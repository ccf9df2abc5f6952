import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImport, previewImport } from '../../lib/export/import';
import { loadExportData } from '../../lib/export/load';
import { toNativeJson } from '../../lib/export/native-json';
import { toWebAnnotationJson } from '../../lib/export/web-annotation';
import { createDb, type NotesDb } from '../../lib/storage/db';
import type { AnnotationRecord } from '../../lib/storage/schemas';
import { freshIndexedDb } from '../storage/fresh-db';
import { generateNotes } from './generate';

let source: NotesDb;
let target: NotesDb;
beforeEach(() => {
  freshIndexedDb();
  source = createDb('source');
  target = createDb('target');
});
afterEach(() => {
  source.close();
  target.close();
});

const exportedAt = new Date(Date.UTC(2024, 5, 1));
const byId = (a: AnnotationRecord, b: AnnotationRecord) => (a.id < b.id ? -1 : 1);

async function importInto(db: NotesDb, text: string) {
  const p = await previewImport(db, text, { now: 1_800_000_000_000 });
  if (!p.ok) throw new Error(p.error.message);
  expect(p.preview.invalid).toEqual([]);
  const r = await applyImport(db, p.preview, 1_800_000_000_000);
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

describe('export then import into an empty database gives the notes back', () => {
  it.each([1, 2, 3])('native JSON, generated data (seed %i): same notes, tags, verdicts, pages', async (seed) => {
    await generateNotes(source, 60, seed, { deleted: true });
    const { data } = await loadExportData(source, { includeDeleted: true });
    await importInto(target, toNativeJson(data, { exportedAt }));
    const back = (await loadExportData(target, { includeDeleted: true })).data;
    expect(back.annotations.sort(byId)).toEqual(data.annotations.sort(byId));
    expect(back.tags).toEqual(data.tags);
    expect(back.pages).toEqual(data.pages);
    expect(back.annotations.map((a) => a.verdict)).toEqual(data.annotations.map((a) => a.verdict));
  });

  it.each([1, 2])('Web Annotation, generated data (seed %i): every field comes back, with what the model has no term for', async (seed) => {
    await generateNotes(source, 60, seed, { deleted: true });
    const { data } = await loadExportData(source, { includeDeleted: true });
    // What the plain model loses: ids that are no UUIDs (or in capitals), unnamed quotes, roles,
    // colour, deletion, astral characters before a passage, labels of evidence links.
    const awkward = data.annotations.map((a0, i): AnnotationRecord => {
      const a = a0.evidence.length ? { ...a0, evidenceLabels: a0.evidence.map(() => `Report ${i}`) } : a0;
      if (i % 7 === 0) return { ...a, id: i % 2 ? `note-${i}` : a.id.toUpperCase() };
      if (a.kind === 'quote' && i % 3 === 0) return { ...a, speaker: null, speakerRole: null };
      if (a.kind === 'quote') return { ...a, speakerRole: `pulmonologist ${i}` };
      return a;
    });
    await importInto(target, toWebAnnotationJson({ ...data, annotations: awkward }, { exportedAt }));
    const back = (await loadExportData(target, { includeDeleted: true })).data;
    const norm = (a: AnnotationRecord) => ({ ...a, speakerRole: a.speakerRole ?? null });
    expect(back.annotations.map(norm).sort(byId)).toEqual(awkward.map(norm).sort(byId));
    expect(awkward.some((a) => a.deletedAt !== null)).toBe(true);
    expect(awkward.some((a) => a.evidenceLabels?.length)).toBe(true);
    expect(back.tags.map((t) => [t.name, t.count])).toEqual(data.tags.filter((t) => t.count > 0).map((t) => [t.name, t.count]));
  });
});

describe('huge files', () => {
  it('imports 10,000 notes in one transaction, and a second time finds 10,000 duplicates', async () => {
    await generateNotes(source, 200, 7);
    const { data } = await loadExportData(source);
    // Scale the generated notes to 10,000 distinct ones.
    const many: AnnotationRecord[] = Array.from({ length: 10_000 }, (_, i) => ({ ...data.annotations[i % data.annotations.length], id: `bulk-${i}`, note: `note ${i}` }));
    const text = toNativeJson({ ...data, annotations: many }, { exportedAt });
    const r = await importInto(target, text);
    expect(r.added).toBe(10_000);
    expect(await target.annotations.count()).toBe(10_000);
    const again = await previewImport(target, text);
    expect(again.ok && again.preview.counts).toEqual({ new: 0, updated: 0, duplicate: 10_000, invalid: 0 });
  }, 120_000);

  it('reports every bad record of a 10,000-record Web Annotation file by its line', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      type: 'Annotation',
      id: `urn:x:${i}`,
      target: { source: 'https://n.example/a', selector: i % 1000 === 0 ? [] : [{ type: 'TextQuoteSelector', exact: `passage ${i}` }] },
    }));
    const text = '[\n' + items.map((x) => JSON.stringify(x)).join(',\n') + '\n]';
    const p = await previewImport(target, text);
    if (!p.ok) throw new Error(p.error.message);
    expect(p.preview.counts).toEqual({ new: 9_990, updated: 0, duplicate: 0, invalid: 10 });
    expect(p.preview.invalid.map((x) => x.line)).toEqual(Array.from({ length: 10 }, (_, k) => k * 1000 + 2));
  }, 60_000);
});
