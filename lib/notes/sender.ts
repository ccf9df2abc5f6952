import type { NotesRequest } from '../messages';

/** Who sent a runtime message, as the browser reports it (`runtime.MessageSender`, the parts we use). */
export interface SenderInfo {
  id?: string;
  /** The sending frame's address (set by the browser, not by the message). */
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** This extension: its id and the origin of its own pages (`chrome-extension://<id>/`). */
export interface SelfInfo {
  id: string;
  origin: string;
}

/**
 * The only notes requests a content script makes: its page's notes, a new note, tag completion,
 * and from the card of one of its page's own notes: edit, delete, undo the delete. Those three
 * name a note by id, so the background also checks that the note is its page's (`ownsNote`).
 */
const FROM_CONTENT_SCRIPT = new Set<NotesRequest['type']>(['notes:list', 'notes:add', 'notes:suggest-tags', 'notes:update', 'notes:delete', 'notes:restore']);
/** Requests about one note, which a content script may make only for a note of its own page. */
export const OWN_NOTE_REQUESTS = new Set<NotesRequest['type']>(['notes:update', 'notes:delete', 'notes:restore']);
/** What the page's note card may change of a note (not its passage, kind or speaker). */
const CARD_PATCH = ['note', 'tags', 'verdict', 'evidence', 'evidenceLabels'] as const;

/** Whether a stored note (its raw `pageUrl`) belongs to the page a content script may speak for. */
export function ownsNote(notePageUrl: unknown, pageKeys: ReadonlyArray<string | null>): boolean {
  return typeof notePageUrl === 'string' && pageKeys.includes(notePageUrl);
}

/** Whether the sender is one of our own pages (popup, library), not a content script in a web page. */
export function isExtensionPage(sender: SenderInfo, self: SelfInfo): boolean {
  return sender.id === self.id && !!sender.url && sender.url.startsWith(self.origin);
}

/** The address of the page a content script runs in: the browser's word for it, never the message's. */
export function senderPageUrl(sender: SenderInfo): string | null {
  if (sender.frameId !== undefined && sender.frameId !== 0) return null; // we run in top frames only
  return sender.tab?.url || sender.url || null;
}

/**
 * A notes request as the background may act on it. Our own pages may ask anything. A content
 * script runs beside page scripts and its messages say what it was told, so it gets only the
 * requests it needs, and only about the page its tab is showing: the page address in the message
 * is replaced by the sender's (the canonical link stays, checked against that address by
 * normalizeUrl). Null: refused.
 */
export function authorizeNotesRequest(req: NotesRequest, sender: SenderInfo, self: SelfInfo): NotesRequest | null {
  if (isExtensionPage(sender, self)) return req;
  if (sender.id !== self.id || !FROM_CONTENT_SCRIPT.has(req.type)) return null;
  if (OWN_NOTE_REQUESTS.has(req.type) && !senderPageUrl(sender)) return null;
  if (req.type === 'notes:update') {
    const patch = Object.fromEntries(CARD_PATCH.filter((k) => k in req.patch).map((k) => [k, req.patch[k]]));
    return { ...req, patch };
  }
  if (req.type !== 'notes:list' && req.type !== 'notes:add') return req;
  const url = senderPageUrl(sender);
  if (!url) return null;
  return { ...req, page: { ...req.page, url } };
}
