import { describe, expect, it } from 'vitest';
import { loadExportData } from '../../lib/export/load';
import { createDb, VERSIONS } from '../../lib/storage/db';
import { addNote, deleteNote, notesByTag, notesOfPage, restoreNote, searchNotes, updateNote } from '../../lib/storage/notes';
import { listTags, renameTag } from '../../lib/storage/tags';
import { wordsOf } from '../../lib/storage/words';
import { freshIndexedDb, PAGE, sel, storedNote } from './fresh-db';

/** Notes as v3 stored them: tags by their stored spelling (the tag record's name). */
const V3_NOTES = [
  storedNote({ id: 'a', pageUrl: PAGE, text: 'Morozov resigned', tags: ['Russia', 'Climate policy'], createdAt: 1, updatedAt: 1, words: wordsOf('Morozov resigned') }),
  storedNote({ id: 'b', pageUrl: PAGE, text: 'Figures from Rosstat', tags: ['Russia'], kind: 'claim', verdict: 'mixed', createdAt: 2, updatedAt: 2, words: wordsOf('Figures from Rosstat') }),
  storedNote({ id: 'gone', pageUrl: PAGE, text: 'Deleted once', tags: ['Climate policy'], createdAt: 3, updatedAt: 3, deletedAt: 4, words: wordsOf('Deleted once') }),
];
const V3_TAGS = [
  { key: 'russia', name: 'Russia', colour: '#5b8ff9', count: 2, createdAt: 1 },
  { key: 'climate policy', name: 'Climate policy', colour: '#5ad8a6', count: 1, createdAt: 2 },
  // Broken already in v3 (no name): kept as it was, reported on read.
  { key: 'broken', colour: 'red', count: -1, createdAt: 3 },
];
const V3_BROKEN_NOTE = { id: 'junk', pageUrl: PAGE, tags: ['Russia'], createdAt: 5 };
const V3_PERSON = { key: 'ivan petrov', name: 'Ivan Petrov', surname: 'petrov', appearances: [], pageUrls: [PAGE], updatedAt: 1 };

async function v3Database(name: string) {
  freshIndexedDb();
  const v3 = VERSIONS.findIndex((v) => v.version === 3);
  const old = createDb(name, VERSIONS.slice(0, v3 + 1));
  await old.open();
  expect(old.verno).toBe(3);
  await old.table('annotations').bulkAdd([...V3_NOTES, V3_BROKEN_NOTE]);
  await old.table('tags').bulkAdd(V3_TAGS);
  await old.table('people').add(V3_PERSON);
  await old.table('pages').add({ url: PAGE, title: 'Petition', site: null, byline: null, publishedTime: null, firstVisit: 1, lastVisit: 1 });
  old.close();
  const db = createDb(name);
  await db.open();
  expect(db.verno).toBe(VERSIONS.length);
  return db;
}

describe('schema v4 (tags by stable id)', () => {
  it('keeps every record of a v3 database; tags gain their name as id, notes are not rewritten', async () => {
    const db = await v3Database('upgrade-v4');
    // Every note exactly as stored, the broken one too.
    expect(await db.annotations.toArray()).toEqual([...V3_NOTES, V3_BROKEN_NOTE]);
    expect(await db.tags.toArray()).toEqual([
      V3_TAGS[2],
      { ...V3_TAGS[1], id: 'Climate policy' },
      { ...V3_TAGS[0], id: 'Russia' },
    ]);
    expect(await db.people.toArray()).toEqual([V3_PERSON]);
    expect(await db.pages.count()).toBe(1);

    // They read as before.
    const tags = await listTags(db);
    expect(tags.records.map((t) => [t.name, t.count])).toEqual([['Russia', 2], ['Climate policy', 1]]);
    expect(tags.invalid.map((i) => i.key)).toEqual(['broken']);
    const page = await notesOfPage(db, PAGE, { includeDeleted: true });
    expect(page.records.map((a) => [a.id, a.tags])).toEqual([['a', ['Russia', 'Climate policy']], ['b', ['Russia']], ['gone', ['Climate policy']]]);
    expect(page.invalid.map((i) => i.key)).toEqual(['junk']);
    expect((await notesByTag(db, 'russia')).records.map((a) => a.id)).toEqual(['b', 'a']);
    expect((await searchNotes(db, 'climate')).records.map((a) => a.id)).toEqual(['a']);
    db.close();
  });

  it('renames a v3 tag by its record alone; every read, the undo of a delete and the export show the new name', async () => {
    const db = await v3Database('upgrade-v4-rename');
    const r = await renameTag(db, 'Climate policy', 'Energy');
    expect(r.ok && r.value).toEqual({ updated: 2, invalid: [] });
    expect(await db.annotations.toArray()).toEqual([...V3_NOTES, V3_BROKEN_NOTE]);
    expect((await notesOfPage(db, PAGE, { includeDeleted: true })).records.map((a) => a.tags)).toEqual([['Russia', 'Energy'], ['Russia'], ['Energy']]);
    expect((await notesByTag(db, 'Energy')).records.map((a) => a.id)).toEqual(['a']);
    expect((await notesByTag(db, 'Climate policy')).records).toEqual([]);
    expect((await searchNotes(db, 'energy')).records.map((a) => a.id)).toEqual(['a']);
    expect((await searchNotes(db, 'policy')).records).toEqual([]);

    const restored = await restoreNote(db, 'gone');
    expect(restored.ok && restored.value.tags).toEqual(['Energy']);
    expect((await listTags(db)).records.find((t) => t.name === 'Energy')?.count).toBe(2);
    await deleteNote(db, 'gone');

    // An edit keeps the tag (by id) and returns names.
    const edited = await updateNote(db, 'a', { note: 'checked', tags: ['energy', 'Russia', 'New'] }, 10);
    expect(edited.ok && edited.value.tags).toEqual(['Energy', 'Russia', 'New']);
    expect((await db.annotations.get('a'))!.tags).toEqual(['Climate policy', 'Russia', 'New']);
    // A new tag named like the old name gets an id of its own.
    const added = await addNote(db, { pageUrl: PAGE, selectors: sel('Another passage'), kind: 'note', tags: ['Climate policy'] }, 11, () => 'c');
    expect(added.ok && added.value.tags).toEqual(['Climate policy']);
    expect((await db.annotations.get('c'))!.tags).toEqual(['Climate policy #2']);
    expect((await listTags(db)).records.map((t) => [t.name, t.count])).toEqual([['Russia', 2], ['Climate policy', 1], ['Energy', 1], ['New', 1]]);

    // The export carries names, and tag records without the database's ids.
    const { data } = await loadExportData(db);
    expect(data.annotations.map((a) => [a.id, a.tags])).toEqual([['a', ['Energy', 'Russia', 'New']], ['b', ['Russia']], ['c', ['Climate policy']]]);
    expect(data.tags.map((t) => t.name)).toEqual(['Climate policy', 'Energy', 'New', 'Russia']);
    expect(data.tags.some((t) => 'id' in t)).toBe(false);
    db.close();
  });
});
