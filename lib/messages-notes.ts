import { z } from 'zod';
import { SelectorsSchema } from './anchoring/selectors';
import type { StorageError } from './storage/errors';
import { AnnotationKindSchema, AnnotationRecordSchema, ChangeResolutionSchema, ColourSchema, EvidenceLabelsSchema, NotePatchSchema, TagRecordSchema, VerdictSchema } from './storage/schemas';

/**
 * The notes part of the message contract, re-exported by lib/messages.ts (import it from there:
 * one contract, two files to keep each small). IndexedDB belongs to an origin and a content
 * script runs in the page's origin, so the notes database lives in the background (the extension's
 * origin); content script and popup reach it only through these messages, parsed on arrival.
 */

/** A page as the content script sees it: its address and its <link rel=canonical>. */
export const PageRefSchema = z.object({
  url: z.string(),
  canonical: z.string().nullable().optional(),
  title: z.string().optional(),
  site: z.string().nullable().optional(),
  byline: z.string().nullable().optional(),
  publishedTime: z.string().nullable().optional(),
});
export type PageRef = z.infer<typeof PageRefSchema>;

/** What the toolbar, the card or the popup hand over to make a note (pageUrl comes from the page). */
export const NoteDraftSchema = z.object({
  /** Chosen by the client, once per note: sending the draft again never makes a second note. */
  id: z.string().min(1).max(100).optional(),
  selectors: SelectorsSchema,
  kind: AnnotationKindSchema,
  note: z.string().max(100_000).default(''),
  tags: z.array(z.string()).max(100).default([]),
  colour: ColourSchema.nullable().default(null),
  verdict: VerdictSchema.nullable().optional(),
  evidence: z.array(z.string()).max(50).default([]),
  /** The label written before each evidence link (null where none). */
  evidenceLabels: EvidenceLabelsSchema.optional(),
  speaker: z.string().nullable().default(null),
  speakerRole: z.string().nullable().optional(),
  /** A claim from a quote's card, with the id of the quote note over the same words: that note becomes the claim. */
  extendsQuote: z.boolean().optional(),
});
export type NoteDraft = z.input<typeof NoteDraftSchema>;


/** Requests to the background, from the content script and the popup. */
export const NotesRequestSchema = z.discriminatedUnion('type', [
  /** The live notes of a page (any form of its address). */
  z.object({ type: z.literal('notes:list'), page: PageRefSchema }),
  z.object({ type: z.literal('notes:add'), page: PageRefSchema, draft: NoteDraftSchema }),
  z.object({ type: z.literal('notes:update'), id: z.string(), patch: NotePatchSchema }),
  /** A note found on changed words: confirm it on the new words, or keep it as it was written. */
  z.object({ type: z.literal('notes:resolve-change'), id: z.string(), resolution: ChangeResolutionSchema }),
  z.object({ type: z.literal('notes:delete'), id: z.string() }),
  /** Undo a delete. */
  z.object({ type: z.literal('notes:restore'), id: z.string() }),
  z.object({ type: z.literal('notes:tags') }),
  z.object({ type: z.literal('notes:suggest-tags'), typed: z.string(), limit: z.number().int().positive().max(50).optional() }),
  z.object({ type: z.literal('notes:rename-tag'), from: z.string(), to: z.string() }),
  z.object({ type: z.literal('notes:merge-tags'), from: z.string(), into: z.string() }),
  z.object({ type: z.literal('notes:recolour-tag'), name: z.string(), colour: z.string() }),
  z.object({ type: z.literal('notes:delete-tag'), name: z.string() }),
]);
export type NotesRequest = z.infer<typeof NotesRequestSchema>;
export type NotesRequestInput = z.input<typeof NotesRequestSchema>;

export const StorageErrorSchema = z.object({
  kind: z.enum(['quota', 'blocked', 'unavailable', 'invalid', 'not-found', 'unknown']),
  message: z.string(),
  detail: z.string(),
});

const NoteListSchema = z.object({
  /** The normalised address the notes are stored under. */
  pageUrl: z.string(),
  notes: z.array(AnnotationRecordSchema),
  /** Stored records of this page that failed validation (kept in the database, reported here). */
  invalid: z.number().int().nonnegative(),
});
export type NoteList = z.infer<typeof NoteListSchema>;

const TagChangeSchema = z.object({ updated: z.number().int().nonnegative(), invalid: z.number().int().nonnegative() });

/** The value each request answers with when it succeeds. */
export const NOTES_VALUE_SCHEMAS = {
  'notes:list': NoteListSchema,
  'notes:add': AnnotationRecordSchema,
  'notes:update': AnnotationRecordSchema,
  'notes:resolve-change': AnnotationRecordSchema,
  'notes:delete': AnnotationRecordSchema,
  'notes:restore': AnnotationRecordSchema,
  'notes:tags': z.array(TagRecordSchema),
  'notes:suggest-tags': z.array(TagRecordSchema),
  'notes:rename-tag': TagChangeSchema,
  'notes:merge-tags': TagChangeSchema,
  'notes:recolour-tag': TagRecordSchema,
  'notes:delete-tag': TagChangeSchema,
} satisfies Record<NotesRequest['type'], z.ZodType>;

export type NotesValue<T extends NotesRequest['type']> = z.infer<(typeof NOTES_VALUE_SCHEMAS)[T]>;

/** Every reply: the value, or a storage error the UI can show (what was typed stays in the form). */
export type NotesReply<T extends NotesRequest['type']> = { ok: true; value: NotesValue<T> } | { ok: false; error: StorageError };

export function parseNotesRequest(raw: unknown): NotesRequest | null {
  const r = NotesRequestSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** Parse a reply to `request`; anything that does not fit becomes an 'unknown' storage error. */
export function parseNotesReply<T extends NotesRequest['type']>(type: T, raw: unknown): NotesReply<T> {
  const shape = z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value: NOTES_VALUE_SCHEMAS[type] as unknown as z.ZodType<NotesValue<T>> }),
    z.object({ ok: z.literal(false), error: StorageErrorSchema }),
  ]);
  const r = shape.safeParse(raw);
  if (r.success) return r.data as NotesReply<T>;
  return {
    ok: false,
    error: { kind: 'unknown', message: 'Sourcelight could not reach its notes. Your text is kept; try again.', detail: `bad reply to ${type}: ${r.error.message.slice(0, 300)}` },
  };
}

/** Messages to a tab's content script about its notes (from the popup and the background). */
export const NotesToContentSchema = z.discriminatedUnion('type', [
  /** The page's notes and which of them were found in the page. */
  z.object({ type: z.literal('notes:state') }),
  /** Notes changed elsewhere (the popup): load them again and re-anchor. */
  z.object({ type: z.literal('notes:refresh') }),
  /** The context menu or the keyboard command: open the note editor for the selection. */
  z.object({ type: z.literal('notes:annotate-selection') }),
  /** Scroll to a note's passage and flash it. */
  z.object({ type: z.literal('notes:reveal'), id: z.string() }),
  /** Selectors for the words a found note covers in the page now (to confirm it on them). */
  z.object({ type: z.literal('notes:selectors-now'), id: z.string() }),
]);
export type NotesToContent = z.infer<typeof NotesToContentSchema>;

export const NotesPageStateSchema = z.object({
  status: z.enum(['loading', 'ready', 'error']),
  /** The normalised address, or null when the page cannot hold notes. */
  pageUrl: z.string().nullable(),
  notes: z.array(AnnotationRecordSchema),
  /** Ids of the notes found in the page; the others are "not found on this page". */
  anchored: z.array(z.string()),
  /** How each found note was found (exact, position, fuzzy). */
  methods: z.record(z.string(), z.enum(['exact', 'position', 'fuzzy', 'range'])),
  /** The words each found note covers in the page now (they differ from its text when the page changed). */
  current: z.record(z.string(), z.string()).optional(),
  error: StorageErrorSchema.nullable(),
  /** Milliseconds: asking the background for the notes, then locating them and highlighting. */
  timings: z
    .object({
      load: z.number().nonnegative(),
      /** Work time: indexing the page's text, locating, highlighting (waits between slices left out). */
      anchor: z.number().nonnegative(),
      /** The longest stretch of that work without a yield to the page. */
      longestSlice: z.number().nonnegative().optional(),
    })
    .nullable(),
});
export type NotesPageState = z.infer<typeof NotesPageStateSchema>;

/** The content script's answer to `notes:selectors-now`: null when the note is not found in the page. */
export const SelectorsNowSchema = z.object({ selectors: SelectorsSchema.nullable() });
export type SelectorsNow = z.infer<typeof SelectorsNowSchema>;

export function parseNotesToContent(raw: unknown): NotesToContent | null {
  const r = NotesToContentSchema.safeParse(raw);
  return r.success ? r.data : null;
}

export const ContextMenuId = 'sourcelight-annotate-selection';
export const AnnotateCommand = 'annotate-selection';
