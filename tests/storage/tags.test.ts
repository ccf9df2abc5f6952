import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesDb } from '../../lib/storage/db';
import { addNote, deleteNote, notesByTag, restoreNote, type NoteInput } from '../../lib/storage/notes';
import { deleteTag, defaultTagColour, listTags, mergeTags, recolourTag, recountTags, renameTag, suggestTags, TAG_PALETTE, withTagNames } from '../../lib/storage/tags';
import { freshDb, PAGE, sel } from './fresh-db';

let db: NotesDb;
beforeEach(async () => {
  db = freshDb();
  const add = async (tags: string[], id: string) => {
    const r = await addNote(db, { pageUrl: PAGE, selectors: sel('passage ' + id), kind: 'note', tags } as NoteInput, 1000, () => id);
    if (!r.ok) throw new Error(r.error.detail);
  };
  await add(['Climate', 'Science'], 'a');
  await add(['Climate'], 'b');
  await add(['Politics', 'Science'], 'c');
  await add(['climate policy'], 'd');
});
afterEach(() => db.close());

/** A note's tags as every read shows them (the stored record lists tag ids). */
const tagsOf = async (id: string) => (await withTagNames(db, [(await db.annotations.get(id))!]))[0].tags;
/** What the stored record lists: the tags' stable ids. */
const storedTagsOf = async (id: string) => (await db.annotations.get(id))!.tags;
const counts = async () => Object.fromEntries((await listTags(db)).records.map((t) => [t.name, t.count]));

describe('tags', () => {
  it('counts uses, most used first', async () => {
    expect((await listTags(db)).records.map((t) => t.name)).toEqual(['Climate', 'Science', 'climate policy', 'Politics']);
    expect(await counts()).toEqual({ Climate: 2, Science: 2, Politics: 1, 'climate policy': 1 });
  });

  it.each([
    ['cli', ['Climate', 'climate policy']],
    ['CLIMATE P', ['climate policy']],
    ['s', ['Science']],
    ['zz', []],
  ])('suggests tags for "%s"', async (typed, names) => {
    expect((await suggestTags(db, typed)).records.map((t) => t.name)).toEqual(names);
  });

  it('renames a tag everywhere', async () => {
    const r = await renameTag(db, 'climate', 'Climate change', 2000);
    expect(r.ok && r.value.updated).toBe(2);
    expect(await tagsOf('a')).toEqual(['Climate change', 'Science']);
    expect(await tagsOf('b')).toEqual(['Climate change']);
    expect((await notesByTag(db, 'Climate change')).records.map((a) => a.id).sort()).toEqual(['a', 'b']);
    expect((await notesByTag(db, 'Climate')).records).toEqual([]);
    expect(await counts()).toMatchObject({ 'Climate change': 2 });
    // Only the tag record changed: the notes still list the tag's id and were not rewritten.
    expect(await storedTagsOf('a')).toEqual(['Climate', 'Science']);
    expect((await db.annotations.get('a'))!.updatedAt).toBe(1000);
    expect(await db.tags.get('climate change')).toMatchObject({ id: 'Climate', name: 'Climate change', count: 2 });
    expect(await db.tags.get('climate')).toBeUndefined();
  });

  it("a new tag with a renamed tag's old name gets an id of its own", async () => {
    await renameTag(db, 'Climate', 'Weather');
    const r = await addNote(db, { pageUrl: PAGE, selectors: sel('passage e'), kind: 'note', tags: ['climate', 'Weather'] } as NoteInput, 3000, () => 'e');
    expect(r.ok && r.value.tags).toEqual(['climate', 'Weather']);
    // "climate" folds like the id "Climate" that Weather keeps: a note may list both tags.
    expect(await storedTagsOf('e')).toEqual(['climate #2', 'Climate']);
    expect(await db.tags.get('climate')).toMatchObject({ id: 'climate #2', name: 'climate', count: 1 });
    expect((await notesByTag(db, 'climate')).records.map((a) => a.id)).toEqual(['e']);
    expect((await notesByTag(db, 'Weather')).records.map((a) => a.id).sort()).toEqual(['a', 'b', 'e']);
    // Renaming back to the old name while a tag holds it merges into that tag.
    await renameTag(db, 'Weather', 'Climate');
    expect(await tagsOf('a')).toEqual(['climate', 'Science']);
    expect(await tagsOf('e')).toEqual(['climate']);
    expect(await counts()).toMatchObject({ climate: 3 });
  });

  it('renames twice and back, each time touching only the tag record', async () => {
    await renameTag(db, 'Science', 'Research');
    await renameTag(db, 'research', 'Studies');
    await renameTag(db, 'Studies', 'Science');
    expect(await tagsOf('a')).toEqual(['Climate', 'Science']);
    expect(await db.tags.get('science')).toMatchObject({ id: 'Science', name: 'Science', count: 2 });
    expect((await db.annotations.get('c'))!.updatedAt).toBe(1000);
  });

  it('renames the tag of a deleted note too, so undo brings back the new name', async () => {
    await deleteNote(db, 'b');
    await renameTag(db, 'Climate', 'Warming');
    await restoreNote(db, 'b');
    expect(await tagsOf('b')).toEqual(['Warming']);
    expect(await counts()).toMatchObject({ Warming: 2 });
  });

  it('changing only the case of a tag keeps it one tag', async () => {
    await renameTag(db, 'Politics', 'POLITICS');
    expect(await tagsOf('c')).toEqual(['POLITICS', 'Science']);
    expect(await counts()).toMatchObject({ POLITICS: 1 });
  });

  it('renaming to an existing tag merges them', async () => {
    const r = await renameTag(db, 'Politics', 'science');
    expect(r.ok).toBe(true);
    expect(await tagsOf('c')).toEqual(['Science']);
    expect(await counts()).toEqual({ Climate: 2, Science: 2, 'climate policy': 1 });
  });

  it('merges one tag into another everywhere', async () => {
    const r = await mergeTags(db, 'climate policy', 'Climate');
    expect(r.ok && r.value.updated).toBe(1);
    expect(await tagsOf('d')).toEqual(['Climate']);
    expect(await counts()).toEqual({ Climate: 3, Science: 2, Politics: 1 });
  });

  it('recolours a tag', async () => {
    const r = await recolourTag(db, 'science', '#112233');
    expect(r.ok && r.value.colour).toBe('#112233');
    expect((await db.tags.get('science'))!.colour).toBe('#112233');
    const bad = await recolourTag(db, 'science', 'blue');
    expect(!bad.ok && bad.error.kind).toBe('invalid');
  });

  it('deletes a tag from every note', async () => {
    const r = await deleteTag(db, 'Science');
    expect(r.ok && r.value.updated).toBe(2);
    expect(await tagsOf('a')).toEqual(['Climate']);
    expect(await tagsOf('c')).toEqual(['Politics']);
    expect(await counts()).not.toHaveProperty('Science');
  });

  it.each([
    ['rename', () => renameTag(db, 'Nope', 'X')],
    ['merge', () => mergeTags(db, 'Nope', 'Climate')],
    ['delete', () => deleteTag(db, 'Nope')],
    ['recolour', () => recolourTag(db, 'Nope', '#000000')],
  ])('%s of an unknown tag reports not-found', async (_l, run) => {
    const r = await run();
    expect(!r.ok && r.error.kind).toBe('not-found');
  });

  it('refuses an empty new name and changes nothing', async () => {
    const r = await renameTag(db, 'Climate', '   ');
    expect(!r.ok && r.error.kind).toBe('invalid');
    expect(await tagsOf('a')).toEqual(['Climate', 'Science']);
  });

  it('leaves a broken note alone during a rename (no note is rewritten)', async () => {
    await db.annotations.put({ id: 'junk', tags: ['Climate'] } as never);
    const r = await renameTag(db, 'Climate', 'Warming');
    expect(r.ok && r.value.invalid).toEqual([]);
    expect(await db.annotations.get('junk')).toEqual({ id: 'junk', tags: ['Climate'] });
  });

  it.each([
    ['merge', () => mergeTags(db, 'Climate', 'Science')],
    ['delete', () => deleteTag(db, 'Climate')],
  ])('leaves a broken note alone during a %s and reports it', async (_l, run) => {
    await db.annotations.put({ id: 'junk', tags: ['Climate'] } as never);
    const r = await run();
    expect(r.ok && r.value.invalid.map((i) => i.key)).toEqual(['junk']);
    expect(await db.annotations.get('junk')).toEqual({ id: 'junk', tags: ['Climate'] });
  });

  it('recounts tags from the notes', async () => {
    await db.tags.update('climate', { count: 99 });
    await recountTags(db);
    expect(await counts()).toMatchObject({ Climate: 2 });
  });

  it('gives new tags a palette colour that depends only on the name', () => {
    expect(TAG_PALETTE).toContain(defaultTagColour('Climate'));
    expect(defaultTagColour('Climate')).toBe(defaultTagColour(' climate '));
  });
});
