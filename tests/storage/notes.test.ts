import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotesDb } from '../../lib/storage/db';
import { addNote, deleteNote, newNoteId, notesByTag, notesOfPage, purgeDeleted, resolveChange, restoreNote, searchNotes, updateNote, type NoteInput } from '../../lib/storage/notes';
import { listTags } from '../../lib/storage/tags';
import { freshDb, PAGE, sel } from './fresh-db';

let db: NotesDb;
let n = 0;
const ids = () => `n${++n}`;
beforeEach(() => {
  db = freshDb();
  n = 0;
});
afterEach(() => db.close());

const note = (over: Partial<NoteInput> = {}): NoteInput => ({ pageUrl: PAGE, selectors: sel('nearly 18,000 people'), kind: 'note', ...over });

async function add(over: Partial<NoteInput> = {}, now = 1000) {
  const r = await addNote(db, note(over), now, ids);
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

describe('addNote', () => {
  it('stores a note with defaults filled in', async () => {
    const a = await add({ note: 'Check the figure', tags: ['Petition'] });
    expect(a).toMatchObject({ id: 'n1', text: 'nearly 18,000 people', note: 'Check the figure', tags: ['Petition'], kind: 'note', verdict: null, speaker: null, createdAt: 1000, updatedAt: 1000, deletedAt: null });
    expect(a.words).toEqual(expect.arrayContaining(['nearly', '18', '000', 'people', 'check', 'figure']));
    expect((await notesOfPage(db, PAGE)).records).toEqual([a]);
  });

  it.each([
    ['a claim gets "unchecked"', { kind: 'claim' as const }, { verdict: 'unchecked', speaker: null }],
    ['a claim keeps its verdict', { kind: 'claim' as const, verdict: 'mostly-false' as const }, { verdict: 'mostly-false' }],
    ['a quote keeps its speaker', { kind: 'quote' as const, speaker: 'Sergey Morozov' }, { speaker: 'Sergey Morozov', verdict: null }],
    ['a highlight drops a speaker', { kind: 'highlight' as const, speaker: 'Someone' }, { speaker: null }],
    ['a claim tagged from a quote keeps its speaker and role', { kind: 'claim' as const, speaker: 'Ana Ruiz', speakerRole: 'mayor' }, { speaker: 'Ana Ruiz', speakerRole: 'mayor', verdict: 'unchecked' }],
  ])('%s', async (_label, over, expected) => {
    expect(await add(over)).toMatchObject(expected);
  });

  it('uses the existing spelling of a tag and counts it', async () => {
    await add({ tags: ['Climate'] });
    const b = await add({ tags: ['climate ', 'CLIMATE', 'Health'] });
    expect(b.tags).toEqual(['Climate', 'Health']);
    const tags = (await listTags(db)).records;
    expect(tags.map((t) => [t.name, t.count])).toEqual([['Climate', 2], ['Health', 1]]);
  });

  it.each([
    ['a bad colour', { colour: 'red' }, 'colour'],
    ['an empty tag', { tags: ['  '] }, 'tag'],
    ['a non-web evidence link', { kind: 'claim' as const, evidence: ['javascript:alert(1)'] }, 'evidence'],
    ['a page that is not an address', { pageUrl: 'nowhere' }, 'pageUrl'],
  ])('refuses %s and gives the input back', async (_label, over, field) => {
    const input = note({ note: 'what I typed', ...over });
    const r = await addNote(db, input, 1000, ids);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('invalid');
    expect(r.error.detail).toContain(field);
    expect(r.unsaved).toBe(input);
    expect((await db.annotations.count())).toBe(0);
    expect((await db.tags.count())).toBe(0);
  });

  it('never overwrites a note with the same id', async () => {
    await add({ id: 'same', note: 'first' });
    const r = await addNote(db, note({ id: 'same', note: 'second' }), 2000);
    expect(r.ok).toBe(false);
    expect((await db.annotations.get('same'))?.note).toBe('first');
  });
});

describe('addNote with the id the client chose', () => {
  it('stores the note once when the same draft is sent again (a retry after a lost reply)', async () => {
    const first = await add({ id: 'draft-1', note: 'check this', tags: ['budget'] });
    const again = await addNote(db, note({ id: 'draft-1', note: 'check this', tags: ['budget'] }), 5000);
    expect(again.ok && again.value).toEqual(first);
    expect(await db.annotations.count()).toBe(1);
    expect((await listTags(db)).records.map((t) => [t.name, t.count])).toEqual([['budget', 1]]);
  });

  it.each([
    ['another page', { pageUrl: 'https://other.example/x' }],
    ['another passage', { selectors: sel('other words') }],
  ])('refuses the id for %s', async (_l, over) => {
    await add({ id: 'draft-1' });
    const r = await addNote(db, note({ id: 'draft-1', ...over }), 5000);
    expect(r.ok).toBe(false);
    expect(await db.annotations.count()).toBe(1);
  });
});

describe('updateNote', () => {
  it('changes fields, words, tag counts and time', async () => {
    const a = await add({ tags: ['A', 'B'] });
    const r = await updateNote(db, a.id, { note: 'zebra', tags: ['B', 'C'] }, 5000);
    expect(r.ok && r.value).toMatchObject({ note: 'zebra', tags: ['B', 'C'], updatedAt: 5000, createdAt: 1000 });
    expect(r.ok && r.value.words).toContain('zebra');
    const counts = Object.fromEntries((await listTags(db)).records.map((t) => [t.name, t.count]));
    expect(counts).toEqual({ A: 0, B: 1, C: 1 });
  });

  it('turning a claim into a note drops its verdict', async () => {
    const a = await add({ kind: 'claim', verdict: 'false' });
    const r = await updateNote(db, a.id, { kind: 'note' });
    expect(r.ok && r.value.verdict).toBeNull();
  });

  it('reports a missing note', async () => {
    const r = await updateNote(db, 'nope', { note: 'x' });
    expect(!r.ok && r.error.kind).toBe('not-found');
    expect(!r.ok && r.unsaved).toEqual({ id: 'nope', patch: { note: 'x' } });
  });

  it('does not overwrite a stored record that fails validation', async () => {
    const broken = { id: 'bad', pageUrl: PAGE, kind: 'note', text: 'x' };
    await db.annotations.put(broken as never);
    const r = await updateNote(db, 'bad', { note: 'mine' });
    expect(!r.ok && r.error.kind).toBe('invalid');
    expect(await db.annotations.get('bad')).toEqual(broken);
  });
});

describe('delete and undo', () => {
  it('hides a deleted note, keeps it for undo, and restores it', async () => {
    const a = await add({ tags: ['T'] });
    await deleteNote(db, a.id, 3000);
    expect((await notesOfPage(db, PAGE)).records).toEqual([]);
    expect((await notesOfPage(db, PAGE, { includeDeleted: true })).records[0].deletedAt).toBe(3000);
    expect((await listTags(db)).records[0].count).toBe(0);
    await restoreNote(db, a.id);
    expect((await notesOfPage(db, PAGE)).records.map((x) => x.id)).toEqual([a.id]);
    expect((await listTags(db)).records[0].count).toBe(1);
  });

  it('purges only notes deleted before the given time', async () => {
    const a = await add();
    const b = await add();
    await add();
    await deleteNote(db, a.id, 100);
    await deleteNote(db, b.id, 900);
    const r = await purgeDeleted(db, 500);
    expect(r.ok && r.value).toBe(1);
    expect(await db.annotations.count()).toBe(2);
  });
});

describe('queries', () => {
  beforeEach(async () => {
    await add({ selectors: sel('Morozov resigned'), note: 'Résumé of the resignation', tags: ['Russia'] }, 1);
    await add({ selectors: sel('nearly 18,000 people signed'), note: 'Check the petition figure', tags: ['Russia', 'Figures'] }, 2);
    await add({ pageUrl: 'https://other.example/a', selectors: sel('Climate change is real'), tags: ['Climate'] }, 3);
  });

  it('lists a page’s notes in the order they were made', async () => {
    expect((await notesOfPage(db, PAGE)).records.map((a) => a.text)).toEqual(['Morozov resigned', 'nearly 18,000 people signed']);
    expect((await notesOfPage(db, 'https://nothing.example/')).records).toEqual([]);
  });

  it.each([
    ['Russia', 2],
    ['russia', 2],
    ['Figures', 1],
    ['Climate', 1],
    ['Nothing', 0],
  ])('notes with tag %s: %i', async (tag, count) => {
    expect((await notesByTag(db, tag)).records).toHaveLength(count);
  });

  it.each([
    ['morozov', ['Morozov resigned']],
    ['resume', ['Morozov resigned']],
    ['RÉSUMÉ', ['Morozov resigned']],
    ['petition figure', ['nearly 18,000 people signed']],
    ['check peti', ['nearly 18,000 people signed']],
    ['clim', ['Climate change is real']],
    ['18', ['nearly 18,000 people signed']],
    ['morozov petition', []],
    ['', []],
  ])('search "%s"', async (q, texts) => {
    expect((await searchNotes(db, q)).records.map((a) => a.text).sort()).toEqual(texts);
  });

  it('with a limit, gives the newest matches and skips deleted ones', async () => {
    const extra = await add({ selectors: sel('The Russian petition grew'), tags: ['Russia'] }, 4);
    expect((await notesByTag(db, 'Russia', { limit: 2 })).records.map((a) => a.id)).toEqual([extra.id, 'n2']);
    await deleteNote(db, extra.id);
    expect((await searchNotes(db, 'petition', { limit: 1 })).records.map((a) => a.id)).toEqual(['n2']);
  });

  it('makes ids that sort by creation time', () => {
    expect(newNoteId(1000) < newNoteId(2000)).toBe(true);
    expect(newNoteId(99_999_999_999) < newNoteId(100_000_000_000)).toBe(true);
  });

  it('leaves deleted notes out of searches and tag lists', async () => {
    const [a] = (await searchNotes(db, 'morozov')).records;
    await deleteNote(db, a.id);
    expect((await searchNotes(db, 'morozov')).records).toEqual([]);
    expect((await notesByTag(db, 'Russia')).records).toHaveLength(1);
  });

  it('reports a stored record that fails validation instead of dropping it', async () => {
    await db.annotations.put({ id: 'junk', pageUrl: PAGE, kind: 'opinion', tags: ['Russia'], words: ['morozov'] } as never);
    const byPage = await notesOfPage(db, PAGE);
    expect(byPage.records).toHaveLength(2);
    expect(byPage.invalid).toHaveLength(1);
    expect(byPage.invalid[0]).toMatchObject({ table: 'annotations', key: 'junk' });
    expect(byPage.invalid[0].reason).toContain('kind');
    expect((await notesByTag(db, 'Russia')).invalid.map((i) => i.key)).toEqual(['junk']);
    expect((await searchNotes(db, 'morozov')).invalid.map((i) => i.key)).toEqual(['junk']);
  });
});

describe('a claim tagged from a quote the reader kept: one note', () => {
  const quote = () => add({ id: 'q1', kind: 'quote', speaker: 'Ana Ruiz', speakerRole: 'mayor', note: 'said at the council', tags: ['council'] });
  const claim = (over: Partial<NoteInput> = {}): NoteInput =>
    note({ id: 'q1', kind: 'claim', extendsQuote: true, note: 'said at the council; check the figure', tags: ['council', 'figures'], verdict: 'mostly-false', evidence: ['https://stats.example/t1'], speaker: 'A. Ruiz', ...over });

  it('turns the quote note into the claim, keeping its id, creation time, speaker and role', async () => {
    await quote();
    const r = await addNote(db, claim(), 5000);
    expect(r.ok && r.value).toMatchObject({
      id: 'q1', kind: 'claim', verdict: 'mostly-false', speaker: 'Ana Ruiz', speakerRole: 'mayor', note: 'said at the council; check the figure',
      tags: ['council', 'figures'], evidence: ['https://stats.example/t1'], createdAt: 1000, updatedAt: 5000,
    });
    expect((await notesOfPage(db, PAGE)).records.map((a) => [a.id, a.kind])).toEqual([['q1', 'claim']]);
    expect((await listTags(db)).records.map((t) => [t.name, t.count])).toEqual([['council', 1], ['figures', 1]]);
  });

  it('stores it once when the save is sent again (a retry after a lost reply)', async () => {
    await quote();
    const first = await addNote(db, claim(), 5000);
    const again = await addNote(db, claim(), 6000);
    expect(again.ok && again.value).toEqual(first.ok && first.value);
    expect(await db.annotations.count()).toBe(1);
    expect((await listTags(db)).records.map((t) => t.count)).toEqual([1, 1]);
  });

  it.each([
    ['without extendsQuote', { extendsQuote: undefined }],
    ['on other words', { selectors: sel('other words') }],
    ['as a note, not a claim', { kind: 'note' as const }],
  ])('refuses the quote note id %s, and leaves the quote as it was', async (_l, over) => {
    const q = await quote();
    const r = await addNote(db, claim(over), 5000);
    expect(r.ok).toBe(false);
    expect(await db.annotations.get('q1')).toEqual(q);
  });

  it('leaves nothing half-made when the save fails: the quote note and tag counts stay as they were', async () => {
    const q = await quote();
    const tagsBefore = (await listTags(db)).records;
    // The tag counts are written after the note, in the same transaction: the note must roll back.
    const where = vi.spyOn(db.tags, 'where').mockImplementation(() => {
      throw new Error('disk full');
    });
    const r = await addNote(db, claim(), 5000);
    where.mockRestore();
    expect(r.ok).toBe(false);
    expect(!r.ok && r.unsaved).toMatchObject({ kind: 'claim', note: 'said at the council; check the figure' });
    expect(await db.annotations.get('q1')).toEqual(q);
    expect(await db.annotations.count()).toBe(1);
    expect((await listTags(db)).records).toEqual(tagsBefore);
  });
});

describe('resolveChange: a note found on changed words', () => {
  const WAS = 'more than 30 staff';
  const NOW = 'more than 3 staff';
  const claimOn = () => add({ id: 'c1', kind: 'claim', verdict: 'true', selectors: sel(WAS, 40), note: 'checked against the report' });

  it('confirm moves the note onto the new words: text, selectors and search words, the verdict kept, the old words recorded', async () => {
    await claimOn();
    const r = await resolveChange(db, 'c1', { decision: 'confirm', selectors: sel(NOW, 52) }, 7000);
    expect(r.ok && r.value).toMatchObject({
      text: NOW, selectors: sel(NOW, 52), verdict: 'true', note: 'checked against the report', updatedAt: 7000, createdAt: 1000,
      review: { decision: 'confirmed', was: WAS, now: NOW, at: 7000 },
    });
    expect(r.ok && r.value.words).toEqual(expect.arrayContaining(['3']));
    expect(r.ok && r.value.words).not.toContain('30');
    expect((await notesOfPage(db, PAGE)).records[0]).toEqual(r.ok && r.value);
  });

  it('keep leaves the note on its own words and records the words the reader saw', async () => {
    const c = await claimOn();
    const r = await resolveChange(db, 'c1', { decision: 'keep', current: NOW }, 7000);
    expect(r.ok && r.value).toEqual({ ...c, updatedAt: 7000, review: { decision: 'kept', was: WAS, now: NOW, at: 7000 } });
  });

  it.each([
    ['a missing note', 'nope', { decision: 'keep' as const, current: NOW }, 'not-found'],
    ['empty words to keep', 'c1', { decision: 'keep' as const, current: '' }, 'invalid'],
    ['selectors without words', 'c1', { decision: 'confirm' as const, selectors: sel('') }, 'invalid'],
  ])('refuses %s and changes nothing', async (_l, id, resolution, kind) => {
    const c = await claimOn();
    const r = await resolveChange(db, id, resolution, 7000);
    expect(!r.ok && r.error.kind).toBe(kind);
    expect(await db.annotations.get('c1')).toEqual(c);
  });
});
