import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyImport, parseImport, previewImport, type ImportPreview } from '../../lib/export/import';
import { toNativeJson } from '../../lib/export/native-json';
import { toWebAnnotationJson } from '../../lib/export/web-annotation';
import { createDb, type NotesDb } from '../../lib/storage/db';
import { addNote } from '../../lib/storage/notes';
import { fileTag, listTags, renameTag } from '../../lib/storage/tags';
import { loadExportData } from '../../lib/export/load';
import { freshIndexedDb } from '../storage/fresh-db';
import { CLAIM, EXPORTED_AT, NOTE_RU, PAGE_1, QUOTE, SAMPLE } from './sample';

let db: NotesDb;
beforeEach(() => {
  freshIndexedDb();
  db = createDb('import-test');
});
afterEach(() => db.close());

const NOW = Date.UTC(2024, 5, 1);
const native = toNativeJson(SAMPLE, { exportedAt: EXPORTED_AT });

async function preview(text: string): Promise<ImportPreview> {
  const p = await previewImport(db, text, { now: NOW, newId: () => 'generated-id' });
  if (!p.ok) throw new Error(p.error.message);
  return p.preview;
}

async function importText(text: string) {
  const r = await applyImport(db, await preview(text), NOW);
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

const snapshot = async () => ({ pages: await db.pages.toArray(), annotations: await db.annotations.toArray(), tags: await db.tags.toArray() });

describe('native JSON import', () => {
  it('previews and restores every record exactly', async () => {
    const p = await preview(native);
    expect(p.counts).toEqual({ new: 3, updated: 0, duplicate: 0, invalid: 0 });
    expect(await importText(native)).toEqual({ added: 3, updated: 0, skipped: 0, pagesAdded: 2, tagsAdded: 4 });
    const s = await snapshot();
    expect(s.annotations.sort((a, b) => a.createdAt - b.createdAt)).toEqual(SAMPLE.annotations);
    expect(s.pages).toEqual(expect.arrayContaining(SAMPLE.pages));
    expect(s.tags.map(fileTag).sort((a, b) => a.key.localeCompare(b.key))).toEqual([...SAMPLE.tags].sort((a, b) => a.key.localeCompare(b.key)));
    // New tags get this database's stable ids: their names (the notes above list them so).
    expect(s.tags.every((t) => t.id === t.name)).toBe(true);
  });

  it('a second import finds only duplicates and doubles nothing', async () => {
    await importText(native);
    const before = await snapshot();
    const p = await preview(native);
    expect(p.counts).toEqual({ new: 0, updated: 0, duplicate: 3, invalid: 0 });
    expect(p.duplicates[0]).toMatchObject({ index: 0, line: 10, reason: expect.stringContaining('id') });
    await importText(native);
    expect(await snapshot()).toEqual(before);
  });

  it('the same passage and note under another id is a duplicate, of the database and within the file', async () => {
    const r = await addNote(db, { pageUrl: CLAIM.pageUrl, selectors: CLAIM.selectors, note: CLAIM.note, kind: 'note' }, NOW, () => 'mine');
    expect(r.ok).toBe(true);
    const twice = toNativeJson({ ...SAMPLE, annotations: [CLAIM, NOTE_RU, { ...NOTE_RU, id: 'copy' }] }, { exportedAt: EXPORTED_AT });
    const p = await preview(twice);
    expect(p.duplicates.map((d) => [d.index, d.reason])).toEqual([
      [0, 'the same passage with the same note is already saved for this page'],
      [2, 'the same passage with the same note appears earlier in the file'],
    ]);
    expect(p.fresh.map((c) => c.record.id)).toEqual([NOTE_RU.id]);
  });

  it('reports invalid records by list, index, line and reason, and imports the rest', async () => {
    const lines = native.split('\n');
    const i = lines.findIndex((l) => l.includes('"claim-1"'));
    lines[i] = lines[i].replace('"verdict":"mostly-false"', '"verdict":"pants-on-fire"');
    const j = lines.findIndex((l) => l.includes('"key":"economy"'));
    lines[j] = lines[j].replace('"colour":"#f6903d"', '"colour":"red"');
    const p = await preview(lines.join('\n'));
    expect(p.counts).toEqual({ new: 2, updated: 0, duplicate: 0, invalid: 1 });
    expect(p.invalid).toEqual([
      { table: 'tags', index: 2, line: j + 1, reason: expect.stringContaining('colour') },
      { table: 'annotations', index: 1, line: i + 1, reason: expect.stringContaining('verdict') },
    ]);
  });

  it.each([
    ['a newer format version', native.replace('"version": 1', '"version": 2'), /newer Sourcelight/],
    ['a damaged envelope', native.replace('"annotations": [', '"notes": ['), /damaged: annotations/],
    ['truncated JSON', native.slice(0, native.length / 2), /truncated \(line \d+, column \d+\)/],
    ['not JSON at all', 'id,quote\n1,hello', /line 1, column 1/],
    ['JSON of something else', '{"hello": "world"}', /neither a Sourcelight export nor Web Annotations/],
    ['prototype pollution', native.replace('"format": "sourcelight",', '"format": "sourcelight", "__proto__": {"polluted": 1},'), /"__proto__" is not allowed/],
    ['constructor pollution', native.replace('"colour":"#e6a23c",', '"constructor":{"prototype":{"polluted":1}},"colour":"#e6a23c",'), /"constructor" is not allowed/],
    ['deep nesting', `{"format":"sourcelight","x":${'['.repeat(5000)}${']'.repeat(5000)}}`, /nested too deeply/],
    ['a huge string', native.replace('"note":"Check', `"note":"${'A'.repeat(1_100_000)}Check`), /text is too long/],
  ])('refuses %s with a clear message and writes nothing', async (_label, text, message) => {
    const p = await previewImport(db, text, { now: NOW });
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await db.annotations.count()).toBe(0);
  });

  it('a file over the size limit is refused before parsing', async () => {
    const p = await previewImport(db, native, { limits: { maxChars: 1000 } });
    expect(!p.ok && p.error.message).toMatch(/too large to import \(0\.0 MB; the limit is 0\.0 MB\)/);
  });

  it('a note longer than the store allows is invalid, not truncated', async () => {
    const p = await preview(native.replace('"note":"Check', `"note":"${'A'.repeat(100_001)}Check`));
    expect(p.invalid).toEqual([{ table: 'annotations', index: 0, line: 10, reason: expect.stringContaining('note') }]);
  });
});

describe('restoring a backup over edited notes', () => {
  const LATER = NOTE_RU.updatedAt + 60_000;
  const edited = { ...NOTE_RU, note: 'checked again: the figure holds', tags: ['Economy'], updatedAt: LATER };
  const file = (annotations: typeof SAMPLE.annotations) => toNativeJson({ ...SAMPLE, annotations }, { exportedAt: EXPORTED_AT });

  it.each([
    ['a newer version of a stored note is updated', [edited], { new: 0, updated: 1, duplicate: 0 }, null],
    ['the same version is already present', [NOTE_RU], { new: 0, updated: 0, duplicate: 1 }, 'a note with this id is already saved (this version)'],
    ['an older version is already present (the newer edit is kept)', [{ ...edited, updatedAt: NOTE_RU.updatedAt - 1 }], { new: 0, updated: 0, duplicate: 1 }, 'a note with this id is already saved, in a newer version'],
  ])('%s', async (_l, annotations, counts, reason) => {
    await importText(native);
    const p = await preview(file(annotations));
    expect(p.counts).toEqual({ ...counts, invalid: 0 });
    expect(p.duplicates.map((d) => d.reason)).toEqual(reason ? [reason] : []);
  });

  it('the newer version replaces the stored one and the tag counts follow', async () => {
    await importText(native);
    const r = await applyImport(db, await preview(file([edited, CLAIM])), NOW);
    expect(r.ok && r.value).toMatchObject({ added: 0, updated: 1, skipped: 0 });
    const stored = await db.annotations.get(NOTE_RU.id);
    expect(stored).toMatchObject({ note: 'checked again: the figure holds', tags: ['Economy'], updatedAt: LATER, createdAt: NOTE_RU.createdAt });
    expect(stored?.words).toEqual(expect.arrayContaining(['checked', 'figure']));
    expect(await db.annotations.count()).toBe(3);
    // 'Здоровье' moved from this note to 'Economy' (which another note of the sample carries too).
    const counts = Object.fromEntries((await listTags(db)).records.map((t) => [t.name, t.count]));
    expect(counts).toEqual({ Petition: 1, 'public health': 1, Economy: 2, Здоровье: 0 });
  });

  it('an edit made between the preview and the import, newer than the file, is kept', async () => {
    await importText(native);
    const p = await preview(file([edited]));
    expect(p.counts.updated).toBe(1);
    await db.annotations.update(NOTE_RU.id, { note: 'typed meanwhile', updatedAt: LATER + 1 });
    const r = await applyImport(db, p, NOW);
    expect(r.ok && r.value).toMatchObject({ updated: 0, skipped: 1 });
    expect((await db.annotations.get(NOTE_RU.id))?.note).toBe('typed meanwhile');
  });

  it('a stored note that fails validation is never replaced', async () => {
    await db.annotations.put({ id: NOTE_RU.id, pageUrl: NOTE_RU.pageUrl, text: 'damaged' } as never);
    const p = await preview(file([edited]));
    expect(p.counts).toMatchObject({ updated: 0, duplicate: 1 });
    await applyImport(db, p, NOW);
    expect(await db.annotations.get(NOTE_RU.id)).toEqual({ id: NOTE_RU.id, pageUrl: NOTE_RU.pageUrl, text: 'damaged' });
  });
});

describe('one transaction', () => {
  it('an import interrupted half-way leaves the database exactly as it was', async () => {
    const mine = await addNote(db, { pageUrl: PAGE_1.url, selectors: QUOTE.selectors, note: 'my own', tags: ['Petition'], kind: 'note' }, NOW, () => 'mine');
    expect(mine.ok).toBe(true);
    const before = await snapshot();
    const p = await preview(native);
    let n = 0;
    db.annotations.hook('creating', () => {
      if (++n === 2) throw new Error('disk pulled out');
    });
    const r = await applyImport(db, p, NOW);
    expect(r.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('a note saved between preview and import is skipped, not overwritten', async () => {
    const p = await preview(native);
    const r0 = await addNote(db, { id: QUOTE.id, pageUrl: PAGE_1.url, selectors: QUOTE.selectors, note: 'typed meanwhile', kind: 'note' }, NOW);
    expect(r0.ok).toBe(true);
    const r = await applyImport(db, p, NOW);
    expect(r.ok && r.value).toMatchObject({ added: 2, skipped: 1 });
    expect((await db.annotations.get(QUOTE.id))?.note).toBe('typed meanwhile');
  });

  it('imported notes take the stored spelling of a tag and add to its count', async () => {
    await addNote(db, { pageUrl: PAGE_1.url, selectors: CLAIM.selectors, note: 'x', tags: ['PETITION'], kind: 'note' }, NOW, () => 'mine');
    await importText(native);
    expect((await db.annotations.get(QUOTE.id))?.tags).toEqual(['PETITION', 'public health']);
    const tags = (await listTags(db)).records;
    expect(tags.find((t) => t.key === 'petition')).toMatchObject({ name: 'PETITION', count: 2 });
  });

  it('after a rename, a file naming the tag finds it by its new name, and its old name is a new tag', async () => {
    await addNote(db, { pageUrl: PAGE_1.url, selectors: CLAIM.selectors, note: 'x', tags: ['Petition'], kind: 'note' }, NOW, () => 'mine');
    expect((await renameTag(db, 'Petition', 'Public health')).ok).toBe(true);
    // The stored notes list the tag by its id ("Petition"); "public health" is its name now.
    await importText(native);
    const shown = (await loadExportData(db)).data;
    const tagsOf = (id: string) => shown.annotations.find((a) => a.id === id)?.tags;
    // The file's QUOTE carries "Petition" (a new tag now, id "Petition #2") and "public health"
    // (the renamed tag, whose id is "Petition").
    expect(tagsOf(QUOTE.id)).toEqual(['Petition', 'Public health']);
    expect((await db.annotations.get(QUOTE.id))?.tags).toEqual(['Petition #2', 'Petition']);
    expect(tagsOf('mine')).toEqual(['Public health']);
    const counts = Object.fromEntries((await listTags(db)).records.map((t) => [t.name, t.count]));
    expect(counts).toMatchObject({ 'Public health': 2, Petition: 1 });
  });

  it('an export after a rename imports into an empty database with the new names', async () => {
    await importText(native);
    await renameTag(db, 'public health', 'Health');
    const file = toNativeJson((await loadExportData(db)).data, { exportedAt: EXPORTED_AT });
    db.close();
    freshIndexedDb();
    db = createDb('import-test-2');
    await importText(file);
    const { data } = await loadExportData(db);
    expect(data.annotations.find((a) => a.id === QUOTE.id)?.tags).toEqual(['Petition', 'Health']);
    expect(data.tags.map((t) => t.name).sort()).toEqual(['Economy', 'Health', 'Petition', 'Здоровье']);
    expect((await db.annotations.get(QUOTE.id))?.tags).toEqual(['Petition', 'Health']);
  });
});

describe('Web Annotation import', () => {
  const target = {
    source: 'https://news.example/story?utm_source=feed',
    selector: [
      { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/div[1]/p[2]' }, endSelector: { type: 'XPathSelector', value: '/div[1]/p[2]' } },
      { type: 'TextPositionSelector', start: 100, end: 118 },
      { type: 'TextQuoteSelector', exact: 'the quoted passage', prefix: 'before ', suffix: ' after' },
    ],
  };
  // As Hypothesis serves annotations in W3C form.
  const hypothesis = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'https://hypothes.is/a/AbCdEf123',
    created: '2023-05-01T10:00:00.000000+00:00',
    modified: '2023-05-02T10:00:00.000000+00:00',
    creator: 'acct:reader@hypothes.is',
    body: [
      { type: 'TextualBody', value: 'Interesting *claim*', format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: 'health' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Health' },
    ],
    target: [target],
  };

  it('reads a Hypothesis-style annotation', async () => {
    const p = await preview(JSON.stringify(hypothesis));
    expect(p.format).toBe('web-annotation');
    expect(p.counts).toEqual({ new: 1, updated: 0, duplicate: 0, invalid: 0 });
    expect(p.fresh[0].record).toMatchObject({
      id: 'https://hypothes.is/a/AbCdEf123',
      pageUrl: 'https://news.example/story',
      text: 'the quoted passage',
      note: 'Interesting *claim*',
      tags: ['health'],
      kind: 'note',
      verdict: null,
      selectors: { quote: { exact: 'the quoted passage', prefix: 'before ', suffix: ' after' }, position: { start: 100, end: 118 } },
      createdAt: Date.UTC(2023, 4, 1, 10),
      updatedAt: Date.UTC(2023, 4, 2, 10),
    });
  });

  it.each([
    ['a single annotation', (a: object) => a],
    ['an array', (a: object) => [a]],
    ['an AnnotationPage', (a: object) => ({ type: 'AnnotationPage', items: [a] })],
    ['an AnnotationCollection', (a: object) => ({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [a] } })],
    ['prefixed types and IRIs', (a: object) => ({ ...a, type: 'oa:Annotation', motivation: 'oa:commenting' })],
  ])('reads %s', async (_label, wrap) => {
    const p = await preview(JSON.stringify(wrap(hypothesis)));
    expect(p.fresh.map((c) => c.record.text)).toEqual(['the quoted passage']);
  });

  it.each([
    ['a body string', { body: 'just a comment' }, { note: 'just a comment', kind: 'note' }],
    ['bodyValue', { body: undefined, bodyValue: 'short' }, { note: 'short', kind: 'note' }],
    ['no body: a highlight', { body: undefined }, { note: '', kind: 'highlight', tags: [] }],
    ['an assessing body by label', { body: [{ type: 'TextualBody', purpose: 'assessing', value: 'Mostly true' }] }, { kind: 'claim', verdict: 'mostly-true' }],
    ['an assessing motivation without a verdict', { motivation: 'assessing', body: undefined }, { kind: 'claim', verdict: 'unchecked' }],
    ['an identifying body: a quote', { body: [{ type: 'TextualBody', purpose: 'identifying', value: 'Anna Nowak' }] }, { kind: 'quote', speaker: 'Anna Nowak' }],
    ['a verdict and who made the claim: a claim with its speaker', { body: [{ type: 'TextualBody', purpose: 'assessing', value: 'False' }, { type: 'TextualBody', purpose: 'identifying', value: 'Anna Nowak' }] }, { kind: 'claim', verdict: 'false', speaker: 'Anna Nowak' }],
    ['a linked resource: evidence', { motivation: 'assessing', body: [{ type: 'SpecificResource', purpose: 'linking', source: 'https://data.example/x' }] }, { evidence: ['https://data.example/x'] }],
    ['a target as one object', { target }, { text: 'the quoted passage' }],
    ['a urn:uuid id', { id: 'urn:uuid:7B0C2F3E-1D2A-4C5B-9E8F-0A1B2C3D4E5F' }, { id: '7b0c2f3e-1d2a-4c5b-9e8f-0a1b2c3d4e5f' }],
    ['no id', { id: undefined }, { id: 'generated-id' }],
  ])('maps %s', async (_label, over, expected) => {
    const p = await preview(JSON.stringify({ ...hypothesis, ...over }));
    expect(p.invalid).toEqual([]);
    expect(p.fresh[0].record).toMatchObject(expected);
  });

  it.each([
    ['a page note (no text selector)', { target: [{ source: 'https://news.example/story' }] }, /about a whole page/],
    ['a target that is only an address', { target: 'https://news.example/story' }, /about a whole page/],
    ['an empty quote', { target: [{ ...target, selector: [{ type: 'TextQuoteSelector', exact: '' }] }] }, /TextQuoteSelector: exact/],
    ['a position ending before it starts', { target: [{ ...target, selector: [target.selector[2], { type: 'TextPositionSelector', start: 9, end: 2 }] }] }, /TextPositionSelector/],
    ['an unknown verdict', { body: [{ type: 'TextualBody', purpose: 'assessing', value: 'pants on fire' }] }, /unknown verdict "pants on fire"/],
    ['a source that is not an address', { target: [{ ...target, source: 'not a url' }] }, /pageUrl/],
    ['no target', { target: undefined }, /not a Web Annotation: target/],
    ['a non-web evidence link', { body: [{ type: 'SpecificResource', purpose: 'linking', source: 'javascript:alert(1)' }] }, null],
    ['a javascript: page address', { target: [{ ...target, source: 'javascript:alert(document.domain)//' }] }, /pageUrl/],
    ['a data: page address', { target: [{ ...target, source: 'data:text/html,<script>alert(1)</script>' }] }, /pageUrl/],
    ['an ftp: page address', { target: [{ ...target, source: 'ftp://files.example/story' }] }, /pageUrl/],
  ])('reports %s', async (_label, over, reason) => {
    const p = await preview(JSON.stringify([{ ...hypothesis, id: 'ok' }, { ...hypothesis, ...over }]));
    if (reason === null) {
      // A link that is not a web address is not taken as evidence at all.
      expect(p.fresh[1].record.evidence).toEqual([]);
      return;
    }
    expect(p.invalid).toEqual([{ table: 'annotations', index: 1, line: 1, reason: expect.stringMatching(reason) }]);
    expect(p.counts.new).toBe(1);
  });

  it('an AnnotationCollection whose pages are only linked is refused with a reason', async () => {
    const p = await previewImport(db, JSON.stringify({ type: 'AnnotationCollection', first: 'https://anno.example/page1' }));
    expect(!p.ok && p.error.message).toMatch(/only linked/);
  });

  it('reports the line of each invalid annotation in a pretty-printed file', async () => {
    const text = JSON.stringify([hypothesis, { ...hypothesis, id: 'x', target: [{ source: 'https://n.example/' }] }], null, 2);
    const p = await preview(text);
    const line = text.split('\n').findIndex((l, i, all) => l === '  {' && i > 0 && all.slice(0, i).some((x) => x === '  },')) + 1;
    expect(p.invalid[0].line).toBe(line);
  });

  it('Sourcelight export of Web Annotations imports back as duplicates of itself', async () => {
    await importText(native);
    const p = await preview(toWebAnnotationJson({ ...SAMPLE, annotations: [QUOTE, NOTE_RU] }, { exportedAt: EXPORTED_AT }));
    expect(p.counts).toEqual({ new: 0, updated: 0, duplicate: 2, invalid: 0 });
  });
});

describe('native JSON with a page address that is not a web address', () => {
  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd'])('refuses %s for the note and its page, and imports the rest', async (bad) => {
    const file = JSON.parse(native);
    file.annotations[0].pageUrl = bad;
    file.pages[0].url = bad;
    const p = await preview(JSON.stringify(file));
    expect(p.invalid.map((i) => i.table).sort()).toEqual(['annotations', 'pages']);
    expect(p.fresh.every((c) => /^https?:/.test(c.record.pageUrl))).toBe(true);
    expect(p.pages.every((pg) => /^https?:/.test(pg.url))).toBe(true);
  });
});

describe('parseImport alone touches no database', () => {
  it('works without IndexedDB', () => {
    const saved = Dexie.dependencies.indexedDB;
    try {
      Dexie.dependencies.indexedDB = undefined as never;
      const r = parseImport(native);
      expect(r.ok && r.parsed.annotations.length).toBe(3);
    } finally {
      Dexie.dependencies.indexedDB = saved;
    }
  });
});
