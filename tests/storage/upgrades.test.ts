import { describe, expect, it } from 'vitest';
import { createDb, VERSIONS } from '../../lib/storage/db';
import { notesByTag, notesOfPage, searchNotes } from '../../lib/storage/notes';
import { listTags } from '../../lib/storage/tags';
import { freshIndexedDb, PAGE, sel } from './fresh-db';

/** Annotation records as version 1 wrote them: no `words`, no `evidence`. */
const V1_NOTES = [
  { id: 'a', pageUrl: PAGE, selectors: sel('Morozov resigned on 30 March'), text: 'Morozov resigned on 30 March', note: 'Source: Telegram post', tags: ['Russia'], colour: null, kind: 'note', verdict: null, speaker: null, createdAt: 1, updatedAt: 1, deletedAt: null },
  { id: 'b', pageUrl: PAGE, selectors: sel('nearly 18,000 people'), text: 'nearly 18,000 people', note: '', tags: ['Russia', 'Figures'], colour: '#ff0000', kind: 'claim', verdict: 'unverifiable', speaker: null, createdAt: 2, updatedAt: 2, deletedAt: null },
  // A record that was already broken in v1 (no selectors): the upgrade must keep it.
  { id: 'broken', pageUrl: PAGE, text: 'orphan', note: '', tags: [], kind: 'note', createdAt: 3, updatedAt: 3, deletedAt: null },
];

describe('schema upgrades', () => {
  it('declares versions in increasing order, starting at 1', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
  });

  it('upgrades a version 1 database with data to the current version', async () => {
    freshIndexedDb();
    const old = createDb('upgrade-notes', VERSIONS.slice(0, 1));
    await old.open();
    expect(old.verno).toBe(1);
    await old.table('annotations').bulkAdd(V1_NOTES);
    await old.table('tags').bulkAdd([
      { key: 'russia', name: 'Russia', colour: '#5b8ff9', count: 2, createdAt: 1 },
      { key: 'figures', name: 'Figures', colour: '#5ad8a6', count: 1, createdAt: 2 },
    ]);
    await old.table('pages').add({ url: PAGE, title: 'Petition', site: null, byline: null, publishedTime: null, firstVisit: 1, lastVisit: 1 });
    old.close();

    const db = createDb('upgrade-notes');
    await db.open();
    expect(db.verno).toBe(VERSIONS.length);

    // v2: every record gets its words and evidence, nothing else changes.
    const a = await db.annotations.get('a');
    expect(a).toMatchObject({ ...V1_NOTES[0], evidence: [] });
    expect(a!.words).toEqual(expect.arrayContaining(['morozov', 'resigned', '30', 'march', 'source', 'telegram']));

    const page = await notesOfPage(db, PAGE);
    expect(page.records.map((r) => r.id)).toEqual(['a', 'b']);
    // The broken record is neither dropped nor repaired: it is reported.
    expect(page.invalid.map((i) => i.key)).toEqual(['broken']);
    expect(await db.annotations.get('broken')).toMatchObject({ text: 'orphan', words: ['orphan'] });

    // The new word index works on the old data.
    expect((await searchNotes(db, 'telegram')).records.map((r) => r.id)).toEqual(['a']);
    expect((await searchNotes(db, '18 000')).records.map((r) => r.id)).toEqual(['b']);
    expect((await notesByTag(db, 'Figures')).records.map((r) => r.id)).toEqual(['b']);
    expect((await listTags(db)).records.map((t) => [t.name, t.count])).toEqual([['Russia', 2], ['Figures', 1]]);
    db.close();
  });
});
