import { beforeAll, describe, expect, it } from 'vitest';
import { LOAD_BATCH, loadExportData } from '../../lib/export/load';
import type { NotesDb } from '../../lib/storage/db';
import { freshDb, storedNote } from '../storage/fresh-db';

/** A full export reads the notes in batches, with progress and a turn for the page in between. */
const N = LOAD_BATCH * 2 + 5;
let db: NotesDb;
beforeAll(async () => {
  db = freshDb('export-load');
  await db.annotations.bulkPut(
    Array.from({ length: N }, (_, i) =>
      storedNote({
        // Ids out of creation order: the export still lists the notes oldest first.
        id: `n${String((i * 7919) % N).padStart(5, '0')}`,
        createdAt: i,
        updatedAt: i,
        deletedAt: i % 10 === 0 ? i : null,
      }),
    ),
  );
  // One stored record that does not validate.
  await db.annotations.put({ id: 'broken', text: 5 } as never);
});

describe('loadExportData in batches', () => {
  it('reports progress per batch, yields between batches, and keeps the notes oldest first', async () => {
    const progress: Array<[number, number]> = [];
    let yields = 0;
    const { data, invalid } = await loadExportData(db, {
      onProgress: (done, total) => progress.push([done, total]),
      yieldControl: async () => {
        yields++;
      },
    });
    expect(progress).toEqual([
      [LOAD_BATCH, N + 1],
      [LOAD_BATCH * 2, N + 1],
      [N + 1, N + 1],
    ]);
    // At least one turn between batches; more when validating a batch outlasts a frame (timing-dependent).
    expect(yields).toBeGreaterThanOrEqual(2);
    expect(data.annotations).toHaveLength(N - Math.ceil(N / 10));
    expect(data.annotations.map((a) => a.createdAt)).toEqual([...data.annotations.map((a) => a.createdAt)].sort((a, b) => a - b));
    expect(invalid.map((r) => r.key)).toEqual(['broken']);
  });

  it('keeps deleted notes in a full backup', async () => {
    expect((await loadExportData(db, { includeDeleted: true, yieldControl: async () => {} })).data.annotations).toHaveLength(N);
  });
});
