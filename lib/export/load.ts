import type { NotesDb } from '../storage/db';
import { AnnotationRecordSchema, PageRecordSchema, parseRecords, tagKey, TagRecordSchema, type AnnotationRecord, type InvalidRecord, type TagRecord } from '../storage/schemas';
import { yieldToEventLoop } from './chunks';
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

/** Stored notes read and validated per batch: a few milliseconds of work between turns. */
export const LOAD_BATCH = 1000;

const idOf = (r: unknown) => (r as { id?: unknown })?.id;

/**
 * Every stored note, validated, read in batches by id with a turn for the page between batches,
 * so exporting 100,000 notes never holds the thread for the whole read.
 */
async function allNotes(db: NotesDb, scope: ExportScope): Promise<{ records: AnnotationRecord[]; invalid: InvalidRecord[] }> {
  const total = await db.annotations.count();
  const records: AnnotationRecord[] = [];
  const invalid: InvalidRecord[] = [];
  let last: string | null = null;
  let read = 0;
  for (;;) {
    const raws: unknown[] = await (last === null ? db.annotations.orderBy(':id') : db.annotations.where(':id').above(last)).limit(LOAD_BATCH).toArray();
    if (!raws.length) break;
    last = idOf(raws[raws.length - 1]) as string;
    read += raws.length;
    const r = parseRecords('annotations', AnnotationRecordSchema, raws, idOf);
    for (const a of r.records) if (scope.includeDeleted || a.deletedAt === null) records.push(a);
    invalid.push(...r.invalid);
    scope.onProgress?.(read, Math.max(total, read));
    if (raws.length < LOAD_BATCH) break;
    await (scope.yieldControl ?? yieldToEventLoop)();
  }
  return { records, invalid };
}

/**
 * The records an export works on: the notes in scope (oldest first), their pages and tags, all
 * validated. Stored records that fail validation are returned apart, not exported.
 */
export async function loadExportData(db: NotesDb, scope: ExportScope = {}): Promise<{ data: ExportData; invalid: InvalidRecord[] }> {
  let notes: { records: AnnotationRecord[]; invalid: InvalidRecord[] };
  if (scope.pageUrl) {
    notes = parseRecords('annotations', AnnotationRecordSchema, await db.annotations.where('pageUrl').equals(scope.pageUrl).toArray(), idOf);
    notes.records = notes.records.filter((a) => scope.includeDeleted || a.deletedAt === null);
  } else notes = await allNotes(db, scope);
  // Ids sort by creation time, so this sort finds the list (nearly) in order already.
  const annotations = notes.records.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const urls = [...new Set(annotations.map((a) => a.pageUrl))];
  const pages = parseRecords('pages', PageRecordSchema, (await db.pages.bulkGet(urls)).filter((p) => p !== undefined), (r) => (r as { url?: unknown })?.url);
  const tagRaws = await db.tags.toArray();
  const tags = parseRecords('tags', TagRecordSchema, tagRaws, (r) => (r as { key?: unknown })?.key);
  // A page export carries only the tags its notes use; a full export carries every tag.
  const used = scope.pageUrl ? new Set(annotations.flatMap((a) => a.tags.map(tagKey))) : null;
  const keep = (t: TagRecord) => !used || used.has(t.key);
  return {
    data: { pages: pages.records, annotations, tags: tags.records.filter(keep).sort((a, b) => (a.key < b.key ? -1 : 1)) },
    invalid: [...notes.invalid, ...pages.invalid, ...tags.invalid],
  };
}
