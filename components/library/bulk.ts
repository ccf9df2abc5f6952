import type { NotesDb } from '../../lib/storage/db';
import { deleteNote, restoreNote, updateNote } from '../../lib/storage/notes';
import { tagKey } from '../../lib/storage/schemas';
import { namedTags, tagNamer } from '../../lib/storage/tags';

/**
 * Bulk actions over selected notes, each returning how to undo it. They go through the notes
 * repository one note at a time, so tag counts and validation stay the repository's business;
 * a note that fails (deleted in another tab) is counted, not fatal.
 */

export interface BulkOutcome {
  changed: number;
  failed: number;
  undo: () => Promise<void>;
}

export async function bulkAddTag(db: NotesDb, ids: readonly string[], tag: string, onProgress?: (done: number) => void): Promise<BulkOutcome> {
  const before = new Map<string, string[]>();
  let failed = 0;
  let done = 0;
  // Stored notes list tag ids; updateNote takes names.
  const nameOf = await tagNamer(db);
  for (const id of ids) {
    const stored = await db.annotations.get(id);
    const note = stored && namedTags(stored, nameOf);
    if (note && !note.tags.some((t) => tagKey(t) === tagKey(tag))) {
      const r = await updateNote(db, id, { tags: [...note.tags, tag] });
      if (r.ok) before.set(id, note.tags);
      else failed++;
    }
    onProgress?.(++done);
  }
  return {
    changed: before.size,
    failed,
    undo: async () => {
      for (const [id, tags] of before) await updateNote(db, id, { tags });
    },
  };
}

export async function bulkDelete(db: NotesDb, ids: readonly string[], onProgress?: (done: number) => void): Promise<BulkOutcome> {
  const deleted: string[] = [];
  let failed = 0;
  let done = 0;
  for (const id of ids) {
    const r = await deleteNote(db, id);
    if (r.ok) deleted.push(id);
    else failed++;
    onProgress?.(++done);
  }
  return {
    changed: deleted.length,
    failed,
    undo: async () => {
      for (const id of deleted) await restoreNote(db, id);
    },
  };
}
