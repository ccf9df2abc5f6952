import type { NotesDb } from '../storage/db';
import { AnnotationRecordSchema, PageRecordSchema, parseRecords, tagKey, TagRecordSchema, type InvalidRecord, type TagRecord } from '../storage/schemas';
import type { ExportData } from './types';

export interface ExportScope {
  /** Only the notes of this page (normalised address). */
  pageUrl?: string;
  /** Keep soft-deleted notes (a full backup); off by default. */
  includeDeleted?: boolean;
}

/**
 * The records an export works on: the notes in scope (oldest first), their pages and tags, all
 * validated. Stored records that fail validation are returned apart, not exported.
 */
export async function loadExportData(db: NotesDb, scope: ExportScope = {}): Promise<{ data: ExportData; invalid: InvalidRecord[] }> {
  const raws = scope.pageUrl ? await db.annotations.where('pageUrl').equals(scope.pageUrl).toArray() : await db.annotations.toArray();
  const notes = parseRecords('annotations', AnnotationRecordSchema, raws, (r) => (r as { id?: unknown })?.id);
  const annotations = notes.records.filter((a) => scope.includeDeleted || a.deletedAt === null).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const urls = [...new Set(annotations.map((a) => a.pageUrl))];
  const pages = parseRecords('pages', PageRecordSchema, (await db.pages.bulkGet(urls)).filter((p) => p !== undefined), (r) => (r as { url?: unknown })?.url);
  const tagRaws = await db.tags.toArray();
  const tags = parseRecords('tags', TagRecordSchema, tagRaws, (r) => (r as { key?: unknown })?.key);
  // A page export carries only the tags its notes use; a full export carries every tag.
  const used = new Set(annotations.flatMap((a) => a.tags.map(tagKey)));
  const keep = (t: TagRecord) => !scope.pageUrl || used.has(t.key);
  return {
    data: { pages: pages.records, annotations, tags: tags.records.filter(keep).sort((a, b) => (a.key < b.key ? -1 : 1)) },
    invalid: [...notes.invalid, ...pages.invalid, ...tags.invalid],
  };
}
