import { describe, expect, it } from 'vitest';
import { createDb, VERSIONS } from '../../lib/storage/db';
import { notesOfPage } from '../../lib/storage/notes';
import { listPeople } from '../../lib/storage/people';
import { freshIndexedDb, PAGE, sel } from './fresh-db';

/** Annotation records as version 2 wrote them. */
const V2_NOTES = [
  { id: 'a', pageUrl: PAGE, selectors: sel('we will act'), text: 'we will act', note: '', tags: [], colour: null, kind: 'quote', verdict: null, evidence: [], speaker: 'Anna Nowak', createdAt: 1, updatedAt: 1, deletedAt: null, words: ['we', 'will', 'act'] },
  { id: 'b', pageUrl: PAGE, selectors: sel('18,000 people'), text: '18,000 people', note: 'check', tags: [], colour: null, kind: 'claim', verdict: 'false', evidence: [], speaker: null, createdAt: 2, updatedAt: 2, deletedAt: null, words: ['18', '000', 'people', 'check'] },
  { id: 'c', pageUrl: PAGE, selectors: sel('gone'), text: 'gone', note: '', tags: [], colour: null, kind: 'note', verdict: null, evidence: [], speaker: null, createdAt: 3, updatedAt: 3, deletedAt: 5, words: ['gone'] },
];

describe('schema v3 (library indexes, people)', () => {
  it('upgrades a version 2 database: notes unchanged, verdict/speaker/deleted indexes filled, empty people table', async () => {
    freshIndexedDb();
    const v3 = VERSIONS.findIndex((v) => v.version === 3);
    const old = createDb('upgrade-v3', VERSIONS.slice(0, v3));
    await old.open();
    expect(old.verno).toBe(2);
    await old.table('annotations').bulkAdd(V2_NOTES);
    old.close();

    const db = createDb('upgrade-v3', VERSIONS.slice(0, v3 + 1));
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.annotations.get('a')).toEqual(V2_NOTES[0]);
    expect(await db.annotations.where('verdict').equals('false').primaryKeys()).toEqual(['b']);
    expect(await db.annotations.where('speaker').equals('Anna Nowak').primaryKeys()).toEqual(['a']);
    expect(await db.annotations.where('deletedAt').aboveOrEqual(0).primaryKeys()).toEqual(['c']);
    expect((await notesOfPage(db, PAGE)).records.map((r) => r.id)).toEqual(['a', 'b']);
    expect((await listPeople(db)).records).toEqual([]);
    db.close();
  });
});
