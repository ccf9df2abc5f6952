import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTER, matchingIds } from '../../components/library/query';
import type { NotesDb } from '../../lib/storage/db';
import { searchNotes } from '../../lib/storage/notes';
import { namesMatching, searchIds } from '../../lib/storage/search';
import { wordsOf } from '../../lib/storage/words';
import { freshDb, storedNote } from './fresh-db';

/** A search term also finds notes by their speaker's name and by their tags' names. */

const NOTES = [
  { id: 'n1', text: 'We will not raise taxes', kind: 'quote' as const, speaker: 'Volker Hahn', tags: [] },
  { id: 'n2', text: 'Exports fell by a fifth', kind: 'claim' as const, verdict: 'false' as const, speaker: null, tags: ['Volkswagen'] },
  { id: 'n3', text: 'The plant will close in spring', kind: 'note' as const, speaker: null, tags: ['Jobs', 'Car industry'], note: 'Hahn denied it' },
  { id: 'n4', text: 'Nobody lost a job', kind: 'quote' as const, speaker: 'Ana Müller', tags: ['Jobs'] },
  { id: 'n5', text: 'Volker said so', kind: 'note' as const, speaker: null, tags: [], deletedAt: 5 },
];

let db: NotesDb;
beforeAll(async () => {
  db = freshDb('storage-search-names');
  await db.annotations.bulkPut(
    NOTES.map((n, i) => storedNote({ verdict: null, note: '', deletedAt: null, ...n, createdAt: i + 1, updatedAt: i + 1, words: wordsOf(n.text, (n as { note?: string }).note) })),
  );
  // Notes list tags by stable id; the names are the tags table's. "Car industry" was renamed from
  // "Cars" (its id), so only its name finds it.
  await db.annotations.update('n3', { tags: ['Jobs', 'Cars'] });
  await db.tags.bulkPut([
    { key: 'volkswagen', id: 'Volkswagen', name: 'Volkswagen', colour: '#5b8ff9', count: 1, createdAt: 1 },
    { key: 'jobs', id: 'Jobs', name: 'Jobs', colour: '#5b8ff9', count: 2, createdAt: 1 },
    { key: 'car industry', id: 'Cars', name: 'Car industry', colour: '#5b8ff9', count: 1, createdAt: 1 },
  ]);
});

describe('namesMatching', () => {
  it.each([
    [['Volker Hahn', 'Ana Müller'], 'volker', false, ['Volker Hahn']],
    [['Volker Hahn', 'Ana Müller'], 'volk', false, []],
    [['Volker Hahn', 'Volkswagen'], 'volk', true, ['Volker Hahn', 'Volkswagen']],
    [['Ana Müller'], 'muller', false, ['Ana Müller']],
    [['Car industry', 'Jobs'], 'industry', false, ['Car industry']],
  ] as const)('%j, term %s (prefix %s)', (names, term, prefix, want) => {
    expect(namesMatching(names, term, prefix)).toEqual(want);
  });
});

const CASES: Array<[string, string[]]> = [
  ['Volker', ['n1']],
  ['volk', ['n1', 'n2']],
  ['hahn', ['n1', 'n3']],
  ['Müller', ['n4']],
  ['jobs', ['n3', 'n4']],
  ['car industry', ['n3']],
  ['jobs nobody', ['n4']],
  ['hahn taxes', ['n1']],
  ['hahn spring', ['n3']],
  ['nobody', ['n4']],
  ['absent', []],
  // The old name of a renamed tag finds nothing.
  ['cars', []],
];

describe('search by speaker and tag names', () => {
  it.each(CASES)('"%s": the first screen (newest first)', async (q, want) => {
    expect((await searchNotes(db, q, { limit: 10 })).records.map((r) => r.id)).toEqual([...want].reverse());
  });

  it.each(CASES)('"%s": every match (the count path)', async (q, want) => {
    expect(await searchIds(db, q, new Set(['n5']))).toEqual(want);
  });

  it.each(CASES)('"%s": the library reference query agrees', async (q, want) => {
    expect(await matchingIds(db, { ...EMPTY_FILTER, text: q }, 'oldest', new Map())).toEqual(want);
  });
});
