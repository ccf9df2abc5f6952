import type { NotesDb } from './db';
import { attempt, storageError, StorageFailure, type WriteResult } from './errors';
import {
  AnnotationRecordSchema,
  ColourSchema,
  describeIssues,
  parseRecords,
  tagKey,
  TagNameSchema,
  TagRecordSchema,
  type AnnotationRecord,
  type InvalidRecord,
  type ReadResult,
  type TagRecord,
} from './schemas';

/** Colours given to new tags, picked by name so a tag keeps its colour across devices. */
export const TAG_PALETTE = ['#e6a23c', '#5b8ff9', '#5ad8a6', '#f6903d', '#9270ca', '#e8684a', '#269a99', '#ff99c3'] as const;

export function defaultTagColour(name: string): string {
  let h = 0;
  for (const ch of tagKey(name)) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return TAG_PALETTE[h % TAG_PALETTE.length];
}

function parseName(name: string): string {
  const r = TagNameSchema.safeParse(name);
  if (!r.success) throw new StorageFailure(storageError('invalid', describeIssues(r.error)));
  return r.data;
}

/**
 * The stored spelling of each tag name, creating tag records that do not exist yet
 * ("climate" becomes "Climate" when that tag exists). Call inside a transaction over tags.
 */
export async function canonicalTags(db: NotesDb, names: string[], now: number): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = parseName(raw);
    const key = tagKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const existing = await db.tags.get(key);
    if (existing) out.push(existing.name);
    else {
      await db.tags.add(TagRecordSchema.parse({ key, name, colour: defaultTagColour(name), count: 0, createdAt: now }));
      out.push(name);
    }
  }
  return out;
}

/** Add `delta` to the count of each tag (inside a transaction over tags). */
export async function bumpTagCounts(db: NotesDb, names: string[], delta: number): Promise<void> {
  for (const name of names) {
    await db.tags
      .where('key')
      .equals(tagKey(name))
      .modify((t) => {
        t.count = Math.max(0, t.count + delta);
      });
  }
}

/** All tags, most used first. */
export async function listTags(db: NotesDb): Promise<ReadResult<TagRecord>> {
  const raws = await db.tags.toArray();
  const r = parseRecords('tags', TagRecordSchema, raws, (x) => (x as TagRecord).key);
  r.records.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return r;
}

/** Tags starting with what the reader is typing, most used first (autocomplete). */
export async function suggestTags(db: NotesDb, typed: string, limit = 10): Promise<ReadResult<TagRecord>> {
  const prefix = tagKey(typed);
  const raws = prefix ? await db.tags.where('key').startsWith(prefix).toArray() : await db.tags.toArray();
  const r = parseRecords('tags', TagRecordSchema, raws, (x) => (x as TagRecord).key);
  r.records.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  r.records = r.records.slice(0, limit);
  return r;
}

export interface TagChange {
  /** Annotations changed. */
  updated: number;
  /** Annotations that carry the tag but failed validation: left untouched, reported. */
  invalid: InvalidRecord[];
}

/**
 * Rewrite the tag list of every annotation carrying tag `oldName` (deleted ones too, so an undo
 * restores the new name). Invalid records are reported and left as they are.
 */
async function rewriteAnnotations(
  db: NotesDb,
  oldName: string,
  rewrite: (tags: string[]) => string[],
  now: number,
): Promise<TagChange> {
  const change: TagChange = { updated: 0, invalid: [] };
  const next: AnnotationRecord[] = [];
  // Notes carry the tag's stored spelling (canonicalTags), so an exact index look-up finds them.
  const raws = await db.annotations.where('tags').equals(oldName).toArray();
  for (const raw of raws) {
    const cur = AnnotationRecordSchema.safeParse(raw);
    if (!cur.success) {
      change.invalid.push({ table: 'annotations', key: (raw as { id?: unknown }).id, reason: describeIssues(cur.error), raw });
      continue;
    }
    const a: AnnotationRecord = { ...cur.data, tags: rewrite(cur.data.tags), updatedAt: now };
    next.push(AnnotationRecordSchema.parse(a));
  }
  // One bulk write: hundreds of single puts are much slower in IndexedDB.
  await db.annotations.bulkPut(next);
  change.updated = next.length;
  return change;
}

function dedupe(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((t) => {
    const k = tagKey(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

async function getTag(db: NotesDb, name: string): Promise<TagRecord> {
  const raw = await db.tags.get(tagKey(name));
  if (!raw) throw new StorageFailure(storageError('not-found', `no tag "${name}"`));
  const r = TagRecordSchema.safeParse(raw);
  if (!r.success) throw new StorageFailure(storageError('invalid', `tag "${name}": ${describeIssues(r.error)}`));
  return r.data;
}

/** Live annotations carrying a tag name (for recounting). */
async function liveCount(db: NotesDb, name: string): Promise<number> {
  return db.annotations
    .where('tags')
    .equals(name)
    .filter((a) => a.deletedAt === null)
    .count();
}

/** Merge tag `from` into tag `into` everywhere; `from` disappears. One transaction. */
export async function mergeTags(db: NotesDb, from: string, into: string, now = Date.now()): Promise<WriteResult<TagChange, { from: string; into: string }>> {
  return attempt({ from, into }, () =>
    db.transaction('rw', db.annotations, db.tags, async () => {
      const a = await getTag(db, from);
      const b = await getTag(db, into);
      if (a.key === b.key) return { updated: 0, invalid: [] };
      const change = await rewriteAnnotations(db, a.name, (tags) => dedupe(tags.map((t) => (tagKey(t) === a.key ? b.name : t))), now);
      await db.tags.delete(a.key);
      await db.tags.put({ ...b, count: await liveCount(db, b.name) });
      return change;
    }),
  );
}

/** Rename a tag everywhere (to an existing tag's name: a merge). One transaction. */
export async function renameTag(db: NotesDb, from: string, to: string, now = Date.now()): Promise<WriteResult<TagChange, { from: string; to: string }>> {
  const unsaved = { from, to };
  let newName: string;
  try {
    newName = parseName(to);
  } catch (e) {
    return { ok: false, error: (e as StorageFailure).error, unsaved };
  }
  return attempt(unsaved, () =>
    db.transaction('rw', db.annotations, db.tags, async () => {
      const old = await getTag(db, from);
      const newKey = tagKey(newName);
      if (newKey !== old.key && (await db.tags.get(newKey))) {
        const r = await mergeTags(db, old.name, newName, now);
        if (!r.ok) throw new StorageFailure(r.error);
        return r.value;
      }
      const change = await rewriteAnnotations(db, old.name, (tags) => tags.map((t) => (tagKey(t) === old.key ? newName : t)), now);
      await db.tags.delete(old.key);
      await db.tags.put(TagRecordSchema.parse({ ...old, key: newKey, name: newName }));
      return change;
    }),
  );
}

export async function recolourTag(db: NotesDb, name: string, colour: string): Promise<WriteResult<TagRecord, { name: string; colour: string }>> {
  return attempt({ name, colour }, () =>
    db.transaction('rw', db.tags, async () => {
      const c = ColourSchema.safeParse(colour);
      if (!c.success) throw new StorageFailure(storageError('invalid', describeIssues(c.error)));
      const t = { ...(await getTag(db, name)), colour: c.data };
      await db.tags.put(t);
      return t;
    }),
  );
}

/** Remove a tag from every annotation and delete it. One transaction. */
export async function deleteTag(db: NotesDb, name: string, now = Date.now()): Promise<WriteResult<TagChange, { name: string }>> {
  return attempt({ name }, () =>
    db.transaction('rw', db.annotations, db.tags, async () => {
      const t = await getTag(db, name);
      const change = await rewriteAnnotations(db, t.name, (tags) => tags.filter((x) => tagKey(x) !== t.key), now);
      await db.tags.delete(t.key);
      return change;
    }),
  );
}

/** Recompute every tag's count from the annotations (repairs counts after an import or a crash). */
export async function recountTags(db: NotesDb): Promise<WriteResult<number, null>> {
  return attempt(null, () =>
    db.transaction('rw', db.annotations, db.tags, async () => {
      const tags = await db.tags.toArray();
      for (const t of tags) await db.tags.update(t.key, { count: await liveCount(db, t.name) });
      return tags.length;
    }),
  );
}
