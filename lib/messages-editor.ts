import { z } from 'zod';
import { AnnotationKindSchema, EvidenceLabelsSchema, VerdictSchema } from './storage/schemas';

/**
 * The note editor's part of the message contract, re-exported by lib/messages.ts.
 *
 * The editor runs in a frame of the extension's own origin (entrypoints/note-editor), placed in the
 * page by the content script: keys typed there never reach the page's document, and the page cannot
 * read or script a cross-origin frame. The frame and the content script never talk through the
 * page's window (a page can read and forge window messages): each talks only to the background over
 * runtime messages, which no page script can send or see. A random one-time token, put in the
 * frame's address, names the editing session; the background ties it to the tab that opened it.
 *
 *   content script ──editor:open {token, request}──▶ background (remembers token → tab, request)
 *   frame ──editor:get {token}──▶ background (once) ──▶ the request (passage, speaker, form values)
 *   frame ──editor:event {token, event}──▶ background ──editor:to-content──▶ that tab's content script
 *   content script ──editor:close {token}──▶ background (forgets the token)
 */

/** The editor page's path in the extension (entrypoints/note-editor/index.html). */
export const EDITOR_PAGE = 'note-editor.html';

/** A token: a random UUID (crypto.randomUUID), 122 bits the page cannot guess. */
export const EditorTokenSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

/** What the editor edits (components/notes/NoteEditor's EditorValue). */
export const EditorValueSchema = z.object({
  kind: AnnotationKindSchema,
  note: z.string().max(100_000),
  tags: z.array(z.string().max(200)).max(100),
  verdict: VerdictSchema.nullable(),
  evidence: z.array(z.string().max(2_000)).max(50),
  /** The label before each evidence link (lib/notes/evidence), when the reader wrote any. */
  evidenceLabels: EvidenceLabelsSchema.optional(),
});

/** What the frame needs to show the form: no tags of the library (suggestions wait for typing). */
export const EditorRequestSchema = z.object({
  passage: z.string().max(100_000),
  speaker: z.object({ name: z.string().nullable(), role: z.string().nullable() }).nullable(),
  initial: EditorValueSchema,
  saveLabel: z.string().max(100),
});
export type EditorRequest = z.infer<typeof EditorRequestSchema>;

/** What happens in the frame, for the content script. */
export const EditorEventSchema = z.discriminatedUnion('type', [
  /** The form is shown: the content script moves focus into the frame. */
  z.object({ type: z.literal('ready') }),
  /** The frame's content is this tall (CSS pixels): the frame follows it. */
  z.object({ type: z.literal('size'), height: z.number().finite().min(0).max(10_000) }),
  z.object({ type: z.literal('save'), value: EditorValueSchema }),
  /** Cancel or Escape. */
  z.object({ type: z.literal('cancel') }),
]);
export type EditorEvent = z.infer<typeof EditorEventSchema>;

/** Messages to the background about the editor (from the content script or the frame). */
export const EditorToBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('editor:open'), token: EditorTokenSchema, request: EditorRequestSchema }),
  z.object({ type: z.literal('editor:close'), token: EditorTokenSchema }),
  z.object({ type: z.literal('editor:get'), token: EditorTokenSchema }),
  z.object({ type: z.literal('editor:event'), token: EditorTokenSchema, event: EditorEventSchema }),
]);
export type EditorToBackground = z.infer<typeof EditorToBackgroundSchema>;

/** The background's relay of a frame's event to the content script of the tab that opened it. */
export const EditorToContentSchema = z.object({ type: z.literal('editor:to-content'), token: EditorTokenSchema, event: EditorEventSchema });
export type EditorToContent = z.infer<typeof EditorToContentSchema>;

/** The reply to `editor:get`. */
export const EditorGetReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), request: EditorRequestSchema }),
  z.object({ ok: z.literal(false) }),
]);
export type EditorGetReply = z.infer<typeof EditorGetReplySchema>;

/** The reply to an event (a save: whether it was stored, or the error to show in the form). */
export const EditorEventReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string().max(2_000) }),
]);
export type EditorEventReply = z.infer<typeof EditorEventReplySchema>;

export function parseEditorToBackground(raw: unknown): EditorToBackground | null {
  const r = EditorToBackgroundSchema.safeParse(raw);
  return r.success ? r.data : null;
}

export function parseEditorToContent(raw: unknown): EditorToContent | null {
  const r = EditorToContentSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** The frame's token from its address (`note-editor.html#<token>`), or null. */
export function tokenFromHash(hash: string): string | null {
  const r = EditorTokenSchema.safeParse(hash.replace(/^#/, ''));
  return r.success ? r.data : null;
}
