import type { NotesDb } from '../storage/db';
import { storageError, toStorageError, type StorageError, type WriteResult } from '../storage/errors';
import { addNote, deleteNote, notesOfPage, resolveChange, restoreNote, updateNote } from '../storage/notes';
import { visitPage } from '../storage/pages';
import { deleteTag, listTags, mergeTags, recolourTag, renameTag, suggestTags, type TagChange } from '../storage/tags';
import { normalizeUrl } from '../url/normalize';
import type { NotesReply, NotesRequest, PageRef } from '../messages';

/**
 * The background's side of the notes messages: one request in, one reply out, over the database
 * it is given. The routing (who may ask, how the reply travels) stays in the entrypoint.
 */

const fail = (error: StorageError) => ({ ok: false as const, error });

function fromWrite<T, V>(r: WriteResult<T>, map: (v: T) => V): { ok: true; value: V } | { ok: false; error: StorageError } {
  return r.ok ? { ok: true, value: map(r.value) } : fail(r.error);
}

const tagChange = (c: TagChange) => ({ updated: c.updated, invalid: c.invalid.length });

/** The key a page's notes are stored under, or null for an address that cannot hold notes. */
export function pageKey(page: PageRef): string | null {
  const key = normalizeUrl(page.url, page.canonical);
  return key && /^https?:/.test(key) ? key : null;
}

export async function handleNotesRequest<R extends NotesRequest>(db: NotesDb, req: R, now = Date.now()): Promise<NotesReply<R['type']>> {
  try {
    return (await route(db, req, now)) as NotesReply<R['type']>;
  } catch (e) {
    // Reads throw (writes already come back as results): the database may be closed or blocked.
    return fail(toStorageError(e)) as NotesReply<R['type']>;
  }
}

async function route(db: NotesDb, req: NotesRequest, now: number) {
  switch (req.type) {
    case 'notes:list': {
      const pageUrl = pageKey(req.page);
      if (!pageUrl) return fail(storageError('invalid', `not a web page: ${req.page.url}`));
      const r = await notesOfPage(db, pageUrl);
      return { ok: true, value: { pageUrl, notes: r.records, invalid: r.invalid.length } };
    }
    case 'notes:add': {
      const pageUrl = pageKey(req.page);
      if (!pageUrl) return fail(storageError('invalid', `not a web page: ${req.page.url}`));
      const visit = await visitPage(db, { ...req.page, title: req.page.title ?? '' }, now);
      if (!visit.ok) return fail(visit.error);
      return fromWrite(await addNote(db, { ...req.draft, pageUrl: visit.value.url }, now), (a) => a);
    }
    case 'notes:update':
      return fromWrite(await updateNote(db, req.id, req.patch, now), (a) => a);
    case 'notes:resolve-change':
      return fromWrite(await resolveChange(db, req.id, req.resolution, now), (a) => a);
    case 'notes:delete':
      return fromWrite(await deleteNote(db, req.id, now), (a) => a);
    case 'notes:restore':
      return fromWrite(await restoreNote(db, req.id), (a) => a);
    case 'notes:tags':
      return { ok: true, value: (await listTags(db)).records };
    case 'notes:suggest-tags':
      return { ok: true, value: (await suggestTags(db, req.typed, req.limit)).records };
    case 'notes:rename-tag':
      return fromWrite(await renameTag(db, req.from, req.to, now), tagChange);
    case 'notes:merge-tags':
      return fromWrite(await mergeTags(db, req.from, req.into, now), tagChange);
    case 'notes:recolour-tag':
      return fromWrite(await recolourTag(db, req.name, req.colour), (t) => t);
    case 'notes:delete-tag':
      return fromWrite(await deleteTag(db, req.name, now), tagChange);
  }
}
