import { storageError } from '../storage/errors';
import { parseNotesReply, type NotesReply, type NotesRequest, type NotesRequestInput } from '../messages';

/** How a message reaches the background (`browser.runtime.sendMessage` in the extension). */
export type Transport = (message: unknown) => Promise<unknown>;

/**
 * Ask the background's notes store. The reply is validated; a background that cannot be reached
 * (the extension was reloaded, the worker is starting) is a storage error like any other, so the
 * caller keeps what the reader typed.
 */
export async function askNotes<R extends NotesRequestInput>(send: Transport, request: R): Promise<NotesReply<R['type'] & NotesRequest['type']>> {
  let raw: unknown;
  try {
    raw = await send(request);
  } catch (e) {
    return { ok: false, error: { ...storageError('unavailable', String(e)), message: 'Sourcelight could not reach its notes store (the extension may have been updated). Reload the page; your text is kept.' } };
  }
  return parseNotesReply(request.type as R['type'] & NotesRequest['type'], raw);
}

/**
 * A new note id chosen where the note is made (same form as lib/storage/notes newNoteId: creation
 * time in base 36, then randomness), sent with every attempt to store that note.
 */
export function clientNoteId(now = Date.now()): string {
  return `${now.toString(36).padStart(9, '0')}-${crypto.randomUUID().slice(0, 13)}`;
}
