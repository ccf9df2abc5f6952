import type { NotesDb } from '../storage/db';
import {
  AnnotationRecordSchema,
  PageRecordSchema,
  parseRecords,
  tagKey,
  TagRecordSchema,
  type AnnotationRecord,
  type InvalidRecord,
  type PageRecord,
  type ReadResult,
  type TagRecord,
} from '../storage/schemas';
import { fileTag, namedTags, tagNamer, type TagNamer } from '../storage/tags';
import { clock, SLICE_MS, sortInSlices, yieldToEventLoop } from './chunks';
import type { ExportData } from './types';

export interface ExportScope {
  /** Only the notes of this page (normalised address). */
  pageUrl?: string;
  /** Keep soft-deleted notes (a full backup); off by default. */
  includeDeleted?: boolean;
  /** Notes read so far of how many stored (a full export reads in batches). */
  onProgress?: (done: number, total: number) => void;
  /** Called between batches; defaults to a macrotask turn so the page stays responsive. */
  yieldControl?: () => Promise<void>;
}

/** Stored notes read per batch (one native read; Chromium deserialises the batch in one task, so it stays small). */
export const LOAD_BATCH = 250;
/** Records validated between two looks at the clock. */
const PARSE_SLICE = 100;
/** Pages read per batch. */
const PAGE_BATCH = 500;

const now = clock;

const idOf = (r: unknown) => (r as { id?: unknown })?.id;

/** One shared empty list for every exported note's `words`. */
const NO_WORDS: string[] = [];

/**
 * A stored note without its search words: derived data no export writes (native JSON leaves them
 * out, an import derives them again), and a third of what 100,000 notes would keep in memory,
 * whose collection showed as 200 ms pauses of the page during a full export.
 */
const withoutWords = (raw: unknown): unknown => (raw && typeof raw === 'object' ? { ...raw, words: NO_WORDS } : raw);

/**
 * Every stored note, validated, read in batches by id with a turn for the page between batches,
 * so exporting 100,000 notes never holds the thread for the whole read.
 */
async function allNotes(db: NotesDb, scope: ExportScope, nameOf: TagNamer): Promise<{ records: AnnotationRecord[]; invalid: InvalidRecord[] }> {
  const yieldControl = scope.yieldControl ?? yieldToEventLoop;
  // Counting walks every entry in Chromium (about a second at 100,000 notes): done alongside the
  // reads, it only decides the progress bar's scale.
  let total = 0;
  const counted = db.annotations.count().then((n) => (total = n));
  const records: AnnotationRecord[] = [];
  const invalid: InvalidRecord[] = [];
  let last: string | null = null;
  let read = 0;
  for (;;) {
    const raws: unknown[] = await (last === null ? db.annotations.orderBy(':id') : db.annotations.where(':id').above(last)).limit(LOAD_BATCH).toArray();
    if (!raws.length) break;
    last = idOf(raws[raws.length - 1]) as string;
    read += raws.length;
    // Validation is most of a batch's work (a zod parse per note): sliced, with a turn when a slice
    // runs past a frame, so a slow machine does not freeze the page for a whole batch.
    let start = now();
    for (let i = 0; i < raws.length; i += PARSE_SLICE) {
      const r = parseRecords('annotations', AnnotationRecordSchema, raws.slice(i, i + PARSE_SLICE).map(withoutWords), idOf);
      for (const a of r.records) if (scope.includeDeleted || a.deletedAt === null) records.push(namedTags(a, nameOf));
      invalid.push(...r.invalid);
      if (i + PARSE_SLICE < raws.length && now() - start > SLICE_MS) {
        await yieldControl();
        start = now();
      }
    }
    if (raws.length < LOAD_BATCH) await counted;
    scope.onProgress?.(read, Math.max(total, read));
    if (raws.length < LOAD_BATCH) break;
    await yieldControl();
  }
  return { records, invalid };
}

/**
 * The records an export works on: the notes in scope (oldest first, tags by name, no search
 * words), their pages and tags, all validated. Stored records that fail validation are returned apart, not exported.
 */
export async function loadExportData(db: NotesDb, scope: ExportScope = {}): Promise<{ data: ExportData; invalid: InvalidRecord[] }> {
  const yieldControl = scope.yieldControl ?? yieldToEventLoop;
  let notes: { records: AnnotationRecord[]; invalid: InvalidRecord[] };
  // Stored notes list tags by stable id; files carry names.
  const nameOf = await tagNamer(db);
  if (scope.pageUrl) {
    notes = parseRecords('annotations', AnnotationRecordSchema, (await db.annotations.where('pageUrl').equals(scope.pageUrl).toArray()).map(withoutWords), idOf);
    notes.records = notes.records.filter((a) => scope.includeDeleted || a.deletedAt === null).map((a) => namedTags(a, nameOf));
  } else notes = await allNotes(db, scope, nameOf);
  // Ids sort by creation time, so the list is (nearly) in order already: checked in one pass, and
  // sorted in slices with turns for the page when it is not (imported notes keep their ids).
  const annotations = await sortInSlices(notes.records, (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0), yieldControl);
  const urls = [...new Set(annotations.map((a) => a.pageUrl))];
  // 5,000 pages at 100,000 notes: read and validated in batches too.
  const pages: ReadResult<PageRecord> = { records: [], invalid: [] };
  for (let i = 0; i < urls.length; i += PAGE_BATCH) {
    const raws = (await db.pages.bulkGet(urls.slice(i, i + PAGE_BATCH))).filter((p) => p !== undefined);
    let start = now();
    for (let j = 0; j < raws.length; j += PARSE_SLICE) {
      const r = parseRecords('pages', PageRecordSchema, raws.slice(j, j + PARSE_SLICE), (p) => (p as { url?: unknown })?.url);
      pages.records.push(...r.records);
      pages.invalid.push(...r.invalid);
      if (now() - start > SLICE_MS) {
        await yieldControl();
        start = now();
      }
    }
    if (i + PAGE_BATCH < urls.length) await yieldControl();
  }
  const tagRaws = await db.tags.toArray();
  const tags = parseRecords('tags', TagRecordSchema, tagRaws, (r) => (r as { key?: unknown })?.key);
  // A page export carries only the tags its notes use; a full export carries every tag.
  const used = scope.pageUrl ? new Set(annotations.flatMap((a) => a.tags.map(tagKey))) : null;
  const keep = (t: TagRecord) => !used || used.has(t.key);
  return {
    data: { pages: pages.records, annotations, tags: tags.records.filter(keep).map(fileTag).sort((a, b) => (a.key < b.key ? -1 : 1)) },
    invalid: [...notes.invalid, ...pages.invalid, ...tags.invalid],
  };
}
