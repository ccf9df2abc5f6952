import { z } from 'zod';
import { SelectorsSchema } from '../anchoring/selectors';
import type { NotesDb } from './db';
import { attempt, storageError, StorageFailure, type WriteResult } from './errors';
import {
  EvidenceLabelsSchema,
  AnnotationKindSchema,
  AnnotationRecordSchema,
  ColourSchema,
  describeIssues,
  NotePatchSchema,
  ChangeResolutionSchema,
  parseRecords,
  SPEAKER_KINDS,
  tagKey,
  VerdictSchema,
  type AnnotationRecord,
  type ChangeResolution,
  type NotePatch,
  type ReadResult,
} from './schemas';
import { bumpTagCounts, canonicalTags, tagIdOfName, tagIdTaken, withTagNames, withTagNamesOf } from './tags';
import { indexStream } from './queries';
import { allMatchingIds, rarestStream, walkStream, wordFilters } from './search';
import { wordsOf } from './words';

/** What the UI hands over to make a note; the rest (id, times, words) is filled in here. */
export const NoteInputSchema = z.object({
  id: z.string().min(1).optional(),
  pageUrl: z.string(),
  selectors: SelectorsSchema,
  /** Defaults to the selector's exact text. */
  text: z.string().optional(),
  note: z.string().default(''),
  tags: z.array(z.string()).default([]),
  colour: ColourSchema.nullable().default(null),
  kind: AnnotationKindSchema,
  /** Claims default to "unchecked". */
  verdict: VerdictSchema.nullable().optional(),
  evidence: z.array(z.string()).default([]),
  evidenceLabels: EvidenceLabelsSchema.optional(),
  speaker: z.string().nullable().default(null),
  /** The quoted speaker's role (quotes and claims; stored only when given). */
  speakerRole: z.string().nullable().optional(),
  /**
   * A claim tagged from a quote's card, sent with the id of the quote note the reader kept over the
   * same words: that note becomes the claim (keeping its speaker and role), never a second record.
   */
  extendsQuote: z.boolean().optional(),
});
export type NoteInput = z.input<typeof NoteInputSchema>;

// The patch schema lives with the record schemas: the message contract (and so the content script)
// needs it without this module's Dexie queries.
export { ChangeResolutionSchema, NotePatchSchema, type ChangeResolution, type NotePatch };

function invalid(detail: string): StorageFailure {
  return new StorageFailure(storageError('invalid', detail));
}

/** Validate a finished record or fail with the reason. */
function checked(a: AnnotationRecord): AnnotationRecord {
  const r = AnnotationRecordSchema.safeParse(a);
  if (!r.success) throw invalid(describeIssues(r.error));
  return r.data;
}

/** Fields that follow from the kind: a verdict only for claims, a speaker only for quotes and claims. */
function fitKind(a: AnnotationRecord): AnnotationRecord {
  const verdict = a.kind === 'claim' ? (a.verdict ?? 'unchecked') : null;
  const speaker = SPEAKER_KINDS.has(a.kind) ? a.speaker : null;
  const { speakerRole, evidenceLabels, ...rest } = a;
  // speakerRole is optional in the record: present only on quotes and claims that have one.
  const role = SPEAKER_KINDS.has(a.kind) && speakerRole ? { speakerRole } : {};
  // Evidence labels likewise: only when some link has one, one per link.
  const labels = evidenceLabels?.some((l) => l) && evidenceLabels.length === a.evidence.length ? { evidenceLabels } : {};
  return { ...rest, ...role, ...labels, verdict, speaker, words: wordsOf(a.text, a.note) };
}

/** Read one stored note, validated; a stored record that fails is an error, never overwritten. */
async function getChecked(db: NotesDb, id: string): Promise<AnnotationRecord> {
  const raw = await db.annotations.get(id);
  if (!raw) throw new StorageFailure(storageError('not-found', `no note ${id}`));
  const r = AnnotationRecordSchema.safeParse(raw);
  if (!r.success) throw invalid(`stored note ${id} is not valid, left untouched: ${describeIssues(r.error)}`);
  return r.data;
}

/**
 * A stored note as the callers see it: tag names in place of the stable tag ids it stores (read
 * after the write's transaction, which need not cover the tags table).
 */
async function named(db: NotesDb, a: AnnotationRecord): Promise<AnnotationRecord> {
  return withTagNamesOf(db, a);
}

/** Read results with tag names. */
async function namedResult(db: NotesDb, r: ReadResult<AnnotationRecord>): Promise<ReadResult<AnnotationRecord>> {
  r.records = await withTagNames(db, r.records);
  return r;
}

/**
 * A new note id that sorts by creation time (base-36 milliseconds, then randomness), so the
 * newest matches of a search can be read first without loading all of them.
 */
export function newNoteId(now = Date.now()): string {
  return `${now.toString(36).padStart(9, '0')}-${crypto.randomUUID().slice(0, 13)}`;
}

export async function addNote(db: NotesDb, input: NoteInput, now = Date.now(), newId: () => string = () => newNoteId(now)): Promise<WriteResult<AnnotationRecord, NoteInput>> {
  return attempt(input, async () => {
    const p = NoteInputSchema.safeParse(input);
    if (!p.success) throw invalid(describeIssues(p.error));
    const i = p.data;
    const stored = await db.transaction('rw', db.annotations, db.tags, async () => {
      // The client chooses the id, so a retry after a lost reply (the worker was stopped after the
      // write) finds its note stored and gets it back, instead of storing it twice.
      if (i.id !== undefined && (await db.annotations.get(i.id))) {
        const stored = await getChecked(db, i.id);
        const samePassage = stored.pageUrl === i.pageUrl && stored.selectors.quote.exact === i.selectors.quote.exact;
        if (samePassage && stored.kind === i.kind && stored.note === i.note) return stored;
        if (samePassage && i.extendsQuote && i.kind === 'claim' && stored.kind === 'quote' && stored.deletedAt === null) {
          return extendQuote(db, stored, i, now);
        }
        // Never overwritten: another note, or a different version of it (the reader edits it instead).
        throw invalid(`note id ${i.id} is taken by another note`);
      }
      const tags = await canonicalTags(db, i.tags, now);
      const record = checked(
        fitKind({
          id: i.id ?? newId(),
          pageUrl: i.pageUrl,
          selectors: i.selectors,
          text: i.text ?? i.selectors.quote.exact,
          note: i.note,
          tags,
          colour: i.colour,
          kind: i.kind,
          verdict: i.verdict ?? null,
          evidence: i.evidence,
          ...(i.evidenceLabels ? { evidenceLabels: i.evidenceLabels } : {}),
          speaker: i.speaker,
          ...(i.speakerRole ? { speakerRole: i.speakerRole } : {}),
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          words: [],
        }),
      );
      // add, not put: an id that exists already must not overwrite a note.
      await db.annotations.add(record);
      await bumpTagCounts(db, record.tags, 1);
      return record;
    });
    return named(db, stored);
  });
}

/**
 * The quote note `quote` becomes the claim `i` (one record: its id, creation time and speaker
 * stay; the claim's note, tags, verdict and evidence are the editor's, which opened with the
 * quote's). Runs inside addNote's transaction: a failure leaves the quote as it was.
 */
async function extendQuote(db: NotesDb, quote: AnnotationRecord, i: z.output<typeof NoteInputSchema>, now: number): Promise<AnnotationRecord> {
  const tags = await canonicalTags(db, i.tags, now);
  const next = checked(
    fitKind({
      ...quote,
      kind: 'claim',
      note: i.note,
      tags,
      verdict: i.verdict ?? null,
      evidence: i.evidence,
      speaker: quote.speaker ?? i.speaker,
      ...(quote.speakerRole || i.speakerRole ? { speakerRole: quote.speakerRole || i.speakerRole! } : {}),
      updatedAt: now,
    }),
  );
  await db.annotations.put(next);
  await bumpTagCounts(db, quote.tags, -1);
  await bumpTagCounts(db, next.tags, 1);
  return next;
}

export async function updateNote(db: NotesDb, id: string, patch: NotePatch, now = Date.now()): Promise<WriteResult<AnnotationRecord, { id: string; patch: NotePatch }>> {
  return attempt({ id, patch }, async () => {
    const p = NotePatchSchema.safeParse(patch);
    if (!p.success) throw invalid(describeIssues(p.error));
    const stored = await db.transaction('rw', db.annotations, db.tags, async () => {
      const old = await getChecked(db, id);
      const tags = p.data.tags ? await canonicalTags(db, p.data.tags, now) : old.tags;
      // New links without labels drop the old links' labels.
      const labels = p.data.evidence && !p.data.evidenceLabels ? { evidenceLabels: undefined } : {};
      const next = checked(fitKind({ ...old, ...labels, ...p.data, tags, updatedAt: now }));
      await db.annotations.put(next);
      if (old.deletedAt === null) {
        await bumpTagCounts(db, old.tags, -1);
        await bumpTagCounts(db, next.tags, 1);
      }
      return next;
    });
    return named(db, stored);
  });
}

/**
 * What the reader decided about a note found on changed words (ChangeResolutionSchema): `confirm`
 * moves it onto the page's words now, `keep` leaves it on its own words and records that the reader
 * saw the change. Its verdict never silently moves with it.
 */
export async function resolveChange(db: NotesDb, id: string, resolution: ChangeResolution, now = Date.now()): Promise<WriteResult<AnnotationRecord, { id: string; resolution: ChangeResolution }>> {
  return attempt({ id, resolution }, async () => {
    const p = ChangeResolutionSchema.safeParse(resolution);
    if (!p.success) throw invalid(describeIssues(p.error));
    const r = p.data;
    const done = await db.transaction('rw', db.annotations, async () => {
      const old = await getChecked(db, id);
      const next =
        r.decision === 'confirm'
          ? { ...old, selectors: r.selectors, text: r.selectors.quote.exact, review: { decision: 'confirmed' as const, was: old.text, now: r.selectors.quote.exact, at: now } }
          : { ...old, review: { decision: 'kept' as const, was: old.text, now: r.current, at: now } };
      const stored = checked(fitKind({ ...next, updatedAt: now }));
      await db.annotations.put(stored);
      return stored;
    });
    return named(db, done);
  });
}

/** Soft delete: the note is hidden but kept, so `restoreNote` can undo it. */
export async function deleteNote(db: NotesDb, id: string, now = Date.now()): Promise<WriteResult<AnnotationRecord, { id: string }>> {
  return attempt({ id }, async () =>
    named(
      db,
      await db.transaction('rw', db.annotations, db.tags, async () => {
        const old = await getChecked(db, id);
        if (old.deletedAt !== null) return old;
        const next = { ...old, deletedAt: now };
        await db.annotations.put(next);
        await bumpTagCounts(db, old.tags, -1);
        return next;
      }),
    ),
  );
}

/** Undo a delete. */
export async function restoreNote(db: NotesDb, id: string): Promise<WriteResult<AnnotationRecord, { id: string }>> {
  return attempt({ id }, async () =>
    named(
      db,
      await db.transaction('rw', db.annotations, db.tags, async () => {
        const old = await getChecked(db, id);
        if (old.deletedAt === null) return old;
        const next = { ...old, deletedAt: null };
        await db.annotations.put(next);
        await bumpTagCounts(db, old.tags, 1);
        return next;
      }),
    ),
  );
}

/** Remove for good the notes deleted before `before` (when undo is no longer offered). */
export async function purgeDeleted(db: NotesDb, before: number): Promise<WriteResult<number, null>> {
  return attempt(null, () =>
    db.transaction('rw', db.annotations, async () =>
      db.annotations.filter((a) => a.deletedAt !== null && a.deletedAt < before).delete(),
    ),
  );
}

const idOf = (raw: unknown) => (raw as { id?: unknown })?.id;

function live(r: ReadResult<AnnotationRecord>, includeDeleted: boolean): ReadResult<AnnotationRecord> {
  if (!includeDeleted) r.records = r.records.filter((a) => a.deletedAt === null);
  return r;
}

export interface NoteQuery {
  includeDeleted?: boolean;
  limit?: number;
}

/** The notes of one page (normalised address), in the order they were made. */
export async function notesOfPage(db: NotesDb, pageUrl: string, q: NoteQuery = {}): Promise<ReadResult<AnnotationRecord>> {
  const raws = await db.annotations.where('pageUrl').equals(pageUrl).toArray();
  const r = live(parseRecords('annotations', AnnotationRecordSchema, raws, idOf), q.includeDeleted ?? false);
  r.records.sort((a, b) => a.createdAt - b.createdAt);
  return namedResult(db, r);
}

/**
 * Records for ids: all of them sorted by last change, or with a limit the newest ids first
 * (ids sort by creation), read in small batches so a common word does not load 30,000 notes.
 */
async function fetchIds(db: NotesDb, ids: string[], q: NoteQuery): Promise<ReadResult<AnnotationRecord>> {
  const includeDeleted = q.includeDeleted ?? false;
  if (!q.limit) {
    const raws = (await db.annotations.bulkGet(ids)).filter((x) => x !== undefined);
    const r = live(parseRecords('annotations', AnnotationRecordSchema, raws, idOf), includeDeleted);
    r.records.sort((a, b) => b.updatedAt - a.updatedAt);
    return namedResult(db, r);
  }
  const sorted = [...ids].sort().reverse();
  const out: ReadResult<AnnotationRecord> = { records: [], invalid: [] };
  for (let i = 0; i < sorted.length && out.records.length < q.limit; ) {
    const batch = sorted.slice(i, i + Math.max(q.limit * 2, 20));
    i += batch.length;
    const raws = (await db.annotations.bulkGet(batch)).filter((x) => x !== undefined);
    const r = live(parseRecords('annotations', AnnotationRecordSchema, raws, idOf), includeDeleted);
    out.records.push(...r.records);
    out.invalid.push(...r.invalid);
  }
  out.records = out.records.slice(0, q.limit);
  return namedResult(db, out);
}

/** The notes carrying a tag (any case): all, most recently changed first; with a limit, the newest. */
export async function notesByTag(db: NotesDb, tag: string, q: NoteQuery = {}): Promise<ReadResult<AnnotationRecord>> {
  // Notes carry the tag's stable id: an exact index look-up is much faster than a case-blind one,
  // which stays the fallback for a name with no tag record (unless it is the id of a renamed tag:
  // "Climate" after its rename to "Weather" is no tag's name).
  const id = await tagIdOfName(db, tag);
  const where = db.annotations.where('tags');
  if (id === null && (await tagIdTaken(db, tag))) return { records: [], invalid: [] };
  const ids = (await (id !== null ? where.equals(id) : where.equalsIgnoreCase(tag.trim())).primaryKeys()) as string[];
  return fetchIds(db, [...new Set(ids)], q);
}

/** Records read per look-up while walking a search's candidates. */
const SEARCH_BATCH = 1000;

/**
 * Notes whose text or note contain every word of the query (accents and case folded); the last
 * word may be unfinished ("clim" finds "climate"), as the reader is still typing it. All matches
 * come most recently changed first; with a limit, the newest matches, found by walking the rarest
 * term newest first and checking the other terms on each candidate (lib/storage/search.ts), so a
 * word held by 40,000 notes costs one screenful, not 40,000 ids; several terms none of which is
 * rare are intersected as id lists first (their postings), and only the newest matches read. The count of all matches is
 * `searchIds(db, query).length` (key-only, for a total shown later).
 */
export async function searchNotes(db: NotesDb, query: string, q: NoteQuery = {}): Promise<ReadResult<AnnotationRecord>> {
  const filters = await wordFilters<{ words?: unknown }>(db, query);
  const out: ReadResult<AnnotationRecord> = { records: [], invalid: [] };
  if (!filters.length || filters.some((f) => f.empty)) return out;
  const includeDeleted = q.includeDeleted ?? false;
  const testAll = (raw: unknown) => raw !== undefined && filters.every((f) => f.test(raw as { words?: unknown }));
  const take = (raws: unknown[]) => {
    const r = live(parseRecords('annotations', AnnotationRecordSchema, raws.filter(testAll), idOf), includeDeleted);
    out.records.push(...r.records);
    out.invalid.push(...r.invalid);
  };
  if (q.limit && filters.length > 1 && filters.every((f) => f.stream)) {
    // Several terms, each a word or a prefix of few words (two common words share one note in
    // sixty): every match's id first, key-only (common words from their postings: a few hundred
    // blocks; rare ones from the index), then the records of the newest ones only, rather than a
    // walk of thousands of candidate ids of the index.
    return fetchIds(db, await allMatchingIds(filters), q);
  }
  const driver = await rarestStream(filters, 'prev');
  if (q.limit) {
    const stream = driver ? walkStream(driver, filters, 'prev').stream : indexStream(db, ':id', null, 'prev');
    // Candidates per read follow the share of candidates that matched so far (two common words
    // may share one note in ten): few round trips, and no more records read than needed.
    let seen = 0;
    for (let done = false; !done && out.records.length < q.limit; ) {
      const share = seen ? Math.max(out.records.length, 1) / seen : 1;
      const want = Math.ceil((q.limit - out.records.length) / share);
      const page = await stream.next(Math.min(SEARCH_BATCH, Math.max(20, want + (seen ? want >> 2 : 0))));
      seen += page.ids.length;
      if (page.ids.length) take(await db.annotations.bulkGet(page.ids));
      done = page.done;
    }
    out.records = out.records.slice(0, q.limit);
    return namedResult(db, out);
  }
  // Every match: the rarest term's records in one native read per word (or the whole store, when
  // no term has an index walk), checked against the other terms.
  take(driver ? await driver.filter.records() : await db.annotations.toArray());
  out.records.sort((a, b) => b.updatedAt - a.updatedAt);
  return namedResult(db, out);
}
