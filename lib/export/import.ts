import type { NotesDb } from '../storage/db';
import { attempt, storageError, StorageFailure, type WriteResult } from '../storage/errors';
import { AnnotationRecordSchema, describeIssues, tagKey, TagRecordSchema, type AnnotationRecord, type PageRecord, type TagRecord } from '../storage/schemas';
import { defaultTagColour, tagIdOf } from '../storage/tags';
import { wordsOf } from '../storage/words';
import { looksNative, readNative } from './import-native';
import type { ImportCandidate, ImportDuplicate, ImportFileError, ImportPreview, ParsedImport, ParseImportResult } from './import-types';
import { readWebAnnotations } from './import-web-annotation';
import { DEFAULT_LIMITS, parseJson, type JsonLimits } from './safe-json';

export type * from './import-types';

/**
 * Import in three steps, so nothing is written until the reader has seen what will happen:
 * `parseImport` reads and validates the file (pure), `previewImport` sorts its notes into new,
 * updated (a newer version of a stored note: same id, later `updatedAt`), already present and
 * invalid against the database (read only), and `applyImport` writes the new and updated ones in
 * one transaction: if anything fails, nothing of the import stays.
 */

export interface ImportOptions {
  now?: number;
  newId?: () => string;
  limits?: Partial<JsonLimits>;
}

/** Read and check a file's text (native JSON or Web Annotation JSON-LD). Writes nothing. */
export function parseImport(text: string, opts: ImportOptions = {}): ParseImportResult {
  const json = parseJson(text, { ...DEFAULT_LIMITS, ...opts.limits });
  if (!json.ok) return { ok: false, error: json.error };
  const lineOf = (o: unknown) => (o && typeof o === 'object' ? (json.lines.get(o) ?? null) : null);
  const now = opts.now ?? Date.now();
  if (looksNative(json.value)) return readNative(json.value, lineOf);
  return readWebAnnotations(json.value, lineOf, now, opts.newId ?? (() => crypto.randomUUID()));
}

/** Notes count as the same when on the same page with the same passage and the same note. */
const contentKey = (a: Pick<AnnotationRecord, 'pageUrl' | 'text' | 'note'>) => `${a.pageUrl}\u0000${a.text}\u0000${a.note}`;

interface Present {
  ids: Set<string>;
  /** Stored notes older than the file's version of them, and valid (only these may be replaced). */
  older: Map<string, AnnotationRecord>;
  /** When each stored note of those ids last changed (as stored: a damaged record may have none). */
  storedAt: Map<string, unknown>;
  contents: Set<string>;
}

async function presentIn(db: NotesDb, candidates: ImportCandidate[]): Promise<Present> {
  const ids = candidates.map((c) => c.record.id);
  const found = await db.annotations.bulkGet(ids);
  const incomingAt = new Map(candidates.map((c) => [c.record.id, c.record.updatedAt]));
  const older = new Map<string, AnnotationRecord>();
  const storedAt = new Map<string, unknown>();
  for (const raw of found) {
    if (raw === undefined) continue;
    const at: unknown = (raw as { updatedAt?: unknown }).updatedAt;
    storedAt.set(raw.id, at);
    // Only a possible update is validated in full (a re-import of 10,000 notes finds them equal).
    if (typeof at !== 'number' || !(at < (incomingAt.get(raw.id) ?? -Infinity))) continue;
    const r = AnnotationRecordSchema.safeParse(raw);
    if (r.success) older.set(r.data.id, r.data);
  }
  const urls = [...new Set(candidates.map((c) => c.record.pageUrl))];
  // One equals() per page rather than anyOf(): anyOf walks a cursor, which some IndexedDB
  // implementations make quadratic on large pages.
  const onPages = (await Promise.all(urls.map((u) => db.annotations.where('pageUrl').equals(u).toArray()))).flat();
  return {
    ids: new Set(found.filter((x) => x !== undefined).map((x) => x.id)),
    older,
    storedAt,
    // Only what identifies a duplicate is read from stored records, which may be malformed.
    contents: new Set(onPages.map((a) => contentKey({ pageUrl: String(a.pageUrl), text: String(a.text), note: String(a.note ?? '') }))),
  };
}

/**
 * Split candidates into new, updated (an edited version of a stored note: the same id, changed
 * later than the stored one) and duplicates (of the database or of an earlier record of the file).
 * An older or equal version of a stored note is already present: the newer edit is never lost.
 */
function split(candidates: ImportCandidate[], present: Present): { fresh: ImportCandidate[]; updated: ImportCandidate[]; duplicates: ImportDuplicate[] } {
  const fresh: ImportCandidate[] = [];
  const updated: ImportCandidate[] = [];
  const duplicates: ImportDuplicate[] = [];
  const ids = new Set<string>();
  const contents = new Set<string>();
  for (const c of candidates) {
    const a = c.record;
    const key = contentKey(a);
    const dup = (reason: string) => duplicates.push({ index: c.index, line: c.line, id: a.id, reason });
    const storedAt = present.storedAt.get(a.id);
    if (ids.has(a.id)) dup('this id appears earlier in the file');
    else if (present.older.has(a.id)) {
      updated.push(c);
      ids.add(a.id);
      contents.add(key);
    } else if (present.ids.has(a.id)) {
      dup(storedAt === a.updatedAt ? 'a note with this id is already saved (this version)' : typeof storedAt === 'number' && storedAt > a.updatedAt ? 'a note with this id is already saved, in a newer version' : 'a note with this id is already saved');
    }
    else if (present.contents.has(key)) dup('the same passage with the same note is already saved for this page');
    else if (contents.has(key)) dup('the same passage with the same note appears earlier in the file');
    else {
      fresh.push(c);
      ids.add(a.id);
      contents.add(key);
    }
  }
  return { fresh, updated, duplicates };
}

/** What importing a parsed file would do. Reads the database, writes nothing. */
export async function previewParsed(db: NotesDb, parsed: ParsedImport): Promise<ImportPreview> {
  const { fresh, updated, duplicates } = split(parsed.annotations, await presentIn(db, parsed.annotations));
  const invalidNotes = parsed.invalid.filter((i) => i.table === 'annotations').length;
  return {
    format: parsed.format,
    fresh,
    updated,
    duplicates,
    invalid: parsed.invalid,
    pages: parsed.pages,
    tags: parsed.tags,
    counts: { new: fresh.length, updated: updated.length, duplicate: duplicates.length, invalid: invalidNotes },
  };
}

export type PreviewResult = { ok: true; preview: ImportPreview } | { ok: false; error: ImportFileError };

/** Read a file and preview its import. */
export async function previewImport(db: NotesDb, text: string, opts: ImportOptions = {}): Promise<PreviewResult> {
  const p = parseImport(text, opts);
  if (!p.ok) return p;
  return { ok: true, preview: await previewParsed(db, p.parsed) };
}

export interface ImportOutcome {
  added: number;
  /** Stored notes replaced by their newer version from the file. */
  updated: number;
  /** Notes that became duplicates between the preview and the import (saved meanwhile). */
  skipped: number;
  pagesAdded: number;
  tagsAdded: number;
}

/**
 * Write a previewed import in one transaction. Existing notes are changed only by a newer version
 * of themselves (same id, later `updatedAt`); existing pages are never changed; tags
 * that exist keep their spelling and colour (imported notes take the stored tag, by its id) and
 * gain the imported notes in their counts; new tags get ids of this database (never the file's). Any failure aborts the whole transaction.
 */
export async function applyImport(db: NotesDb, preview: ImportPreview, now = Date.now()): Promise<WriteResult<ImportOutcome, ImportPreview>> {
  return attempt(preview, () =>
    db.transaction('rw', db.pages, db.annotations, db.tags, async () => {
      // The database may have changed since the preview (another tab): check again.
      const incoming = preview.fresh.concat(preview.updated);
      const present = await presentIn(db, incoming);
      const { fresh, updated } = split(incoming, present);

      // Files list tags by name; stored notes list them by the tag's stable id (TagRecord.id).
      const storedTags = await db.tags.toArray();
      const stored = new Map<string, TagRecord>(storedTags.map((t) => [t.key, t]));
      const storedById = new Map<string, TagRecord>(storedTags.map((t) => [tagIdOf(t), t]));
      const takenIds = new Set(storedTags.map((t) => tagKey(tagIdOf(t))));
      const fromFile = new Map(preview.tags.map((t) => [tagKey(t.name), t]));
      const added = new Map<string, TagRecord>();
      const delta = new Map<string, number>();
      const idFor = (name: string): string => {
        const key = tagKey(name);
        const existing = stored.get(key) ?? added.get(key);
        if (existing) return tagIdOf(existing);
        const f = fromFile.get(key);
        const shown = f?.name ?? name;
        // A new tag's id is its name unless a tag holds that id already (lib/storage/tags.ts); a
        // file's ids are never used.
        let id = shown;
        for (let n = 2; takenIds.has(tagKey(id)); n++) id = `${shown.slice(0, 56).trimEnd()} #${n}`;
        takenIds.add(tagKey(id));
        added.set(key, { key, id, name: shown, colour: f?.colour ?? defaultTagColour(name), count: 0, createdAt: f?.createdAt ?? now });
        return id;
      };
      const addedById = () => new Map([...added.values()].map((t) => [t.id!, t]));

      /** Tag ids of a stored-form record. */
      const count = (a: AnnotationRecord, by: number) => {
        if (a.deletedAt === null) for (const t of a.tags) delta.set(t, (delta.get(t) ?? 0) + by);
      };
      const record = (c: ImportCandidate): AnnotationRecord => {
        const tags = c.record.tags.map(idFor);
        const r = AnnotationRecordSchema.safeParse({ ...c.record, tags, words: wordsOf(c.record.text, c.record.note) });
        if (!r.success) throw new StorageFailure(storageError('invalid', `record ${c.index}: ${describeIssues(r.error)}`));
        count(r.data, 1);
        return r.data;
      };
      const records = fresh.map(record);
      const replacing = updated.map((c) => {
        count(present.older.get(c.record.id)!, -1);
        return record(c);
      });
      // Tags of the file that no note uses are restored too.
      for (const t of preview.tags) idFor(t.name);

      const urls = [...new Set(records.map((r) => r.pageUrl).concat(preview.pages.map((p) => p.url)))];
      const havePages = new Set((await db.pages.bulkGet(urls)).filter((p) => p !== undefined).map((p) => p.url));
      const byUrl = new Map(preview.pages.map((p) => [p.url, p]));
      const newPages: PageRecord[] = [];
      for (const url of urls) {
        if (havePages.has(url)) continue;
        newPages.push(byUrl.get(url) ?? { url, title: '', site: null, byline: null, publishedTime: null, firstVisit: now, lastVisit: now });
      }

      const tagWrites: TagRecord[] = [];
      for (const [id, t] of addedById()) tagWrites.push(TagRecordSchema.parse({ ...t, count: Math.max(0, delta.get(id) ?? 0) }));
      for (const [id, n] of delta) {
        const s = storedById.get(id);
        if (s) tagWrites.push({ ...s, count: Math.max(0, (Number(s.count) || 0) + n) });
      }

      await db.pages.bulkAdd(newPages);
      // bulkAdd, not bulkPut: an id taken meanwhile fails the transaction instead of overwriting.
      await db.annotations.bulkAdd(records);
      // The newer versions replace their stored notes (checked just above, in this transaction).
      await db.annotations.bulkPut(replacing);
      await db.tags.bulkPut(tagWrites);
      return { added: records.length, updated: replacing.length, skipped: incoming.length - fresh.length - updated.length, pagesAdded: newPages.length, tagsAdded: added.size };
    }),
  );
}
