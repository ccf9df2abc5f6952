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
 * A tag's stable id: what stored annotations list in `tags` (since v4). A record of an older build
 * (or a test's) without one: its name, which is what such notes carry.
 */
export function tagIdOf(t: Pick<TagRecord, 'id' | 'name'>): string {
  return t.id ?? t.name;
}

/** Turns the tag ids of stored notes into names (the tag's name; an unknown id: itself). */
export type TagNamer = (id: string) => string;

/**
 * A namer over the whole tags table (one read: hundreds of records at most). Every read of notes
 * goes through one, so a rename shows everywhere at once though no note was rewritten.
 */
export async function tagNamer(db: NotesDb): Promise<TagNamer> {
  const names = new Map<string, string>();
  for (const t of (await db.tags.toArray()) as unknown[]) {
    const { id, name } = (t ?? {}) as { id?: unknown; name?: unknown };
    if (typeof name === 'string') names.set(typeof id === 'string' ? id : name, name);
  }
  return (id) => names.get(id) ?? id;
}

/**
 * A tag record as files carry it: no stable id (files list a note's tags by name, and an import
 * gives new tags ids of the database they go into).
 */
export function fileTag(t: TagRecord): TagRecord {
  const { id: _id, ...rest } = t;
  return rest;
}

/** A stored note with tag names in place of tag ids. */
export function namedTags<T extends { tags: string[] }>(a: T, nameOf: TagNamer): T {
  return a.tags.some((t) => nameOf(t) !== t) ? { ...a, tags: a.tags.map(nameOf) } : a;
}

/** Stored notes with tag names (reads the tags table once). */
export async function withTagNames<T extends { tags: string[] }>(db: NotesDb, records: T[]): Promise<T[]> {
  if (!records.some((a) => a.tags.length)) return records;
  const nameOf = await tagNamer(db);
  return records.map((a) => namedTags(a, nameOf));
}

/** One stored note with tag names: a look-up per tag (a write's reply), not a read of every tag. */
export async function withTagNamesOf<T extends { tags: string[] }>(db: NotesDb, a: T): Promise<T> {
  if (!a.tags.length) return a;
  const names = await Promise.all(
    a.tags.map(async (id) => {
      const name: unknown = (await tagById(db, id))?.name;
      return typeof name === 'string' ? name : id;
    }),
  );
  return { ...a, tags: names };
}

/** The id stored notes carry for a tag name (any case); null when no such tag exists. */
export async function tagIdOfName(db: NotesDb, name: string): Promise<string | null> {
  const t = (await db.tags.get(tagKey(name))) as TagRecord | undefined;
  return t && typeof t.name === 'string' ? tagIdOf(t) : null;
}

/** Whether some tag's stable id is this name in any case (a tag renamed away from it). */
export async function tagIdTaken(db: NotesDb, name: string): Promise<boolean> {
  const key = tagKey(name);
  return (await db.tags.toArray()).some((t) => typeof t?.name === 'string' && tagKey(tagIdOf(t)) === key);
}

/** The tag record holding a stable id (a record without an id holds its name). */
async function tagById(db: NotesDb, id: string): Promise<TagRecord | undefined> {
  const byId = await db.tags.where('id').equals(id).first();
  if (byId) return byId;
  const byKey = await db.tags.get(tagKey(id));
  return byKey && byKey.id === undefined && byKey.name === id ? byKey : undefined;
}

/**
 * The id of a new tag: its name, unless some tag's id is that name in any case (a tag renamed
 * away from it keeps it as its id), then the name with a number. Ids differ in case-folded form
 * too, since a note's tag list may not repeat a tag in another case.
 */
async function newTagId(db: NotesDb, name: string): Promise<string> {
  const taken = new Set((await db.tags.toArray()).filter((t) => typeof t?.name === 'string').map((t) => tagKey(tagIdOf(t))));
  let id = name;
  for (let n = 2; taken.has(tagKey(id)); n++) id = `${name.slice(0, 56).trimEnd()} #${n}`;
  return id;
}

/**
 * The stable ids of tag names, creating tag records that do not exist yet ("climate" finds the
 * tag "Climate"). What a stored note carries. Call inside a transaction over tags.
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
    if (existing) out.push(tagIdOf(existing));
    else {
      const id = await newTagId(db, name);
      await db.tags.add(TagRecordSchema.parse({ key, id, name, colour: defaultTagColour(name), count: 0, createdAt: now }));
      out.push(id);
    }
  }
  return out;
}

/** Add `delta` to the count of each tag, by stable id (inside a transaction over tags). */
export async function bumpTagCounts(db: NotesDb, ids: string[], delta: number): Promise<void> {
  for (const id of ids) {
    const t = await tagById(db, id);
    if (t) await db.tags.update(t.key, { count: Math.max(0, t.count + delta) });
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
 * Rewrite the tag list (stable ids) of every annotation carrying the tag id `oldId` (deleted ones
 * too, so an undo restores the change). Invalid records are reported and left as they are.
 */
async function rewriteAnnotations(
  db: NotesDb,
  oldId: string,
  rewrite: (tags: string[]) => string[],
  now: number,
): Promise<TagChange> {
  const change: TagChange = { updated: 0, invalid: [] };
  const next: AnnotationRecord[] = [];
  const raws = await db.annotations.where('tags').equals(oldId).toArray();
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

/** Live annotations carrying a tag id (for recounting). */
async function liveCount(db: NotesDb, id: string): Promise<number> {
  return db.annotations
    .where('tags')
    .equals(id)
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
      const [aId, bId] = [tagIdOf(a), tagIdOf(b)];
      const change = await rewriteAnnotations(db, aId, (tags) => dedupe(tags.map((t) => (t === aId ? bId : t))), now);
      await db.tags.delete(a.key);
      await db.tags.put({ ...b, count: await liveCount(db, bId) });
      return change;
    }),
  );
}

/**
 * Rename a tag everywhere (to an existing tag's name: a merge). One transaction. Notes list the
 * tag by its stable id, so only the tag record changes (its primary key is the folded name: a new
 * record, same id); `updated` is the number of notes now shown with the new name, whose records
 * (and `updatedAt`) are untouched.
 */
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
      const id = tagIdOf(old);
      const updated = await db.annotations.where('tags').equals(id).count();
      await db.tags.delete(old.key);
      await db.tags.put(TagRecordSchema.parse({ ...old, id, key: newKey, name: newName }));
      return { updated, invalid: [] };
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
      const id = tagIdOf(t);
      const change = await rewriteAnnotations(db, id, (tags) => tags.filter((x) => x !== id), now);
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
      for (const t of tags) await db.tags.update(t.key, { count: await liveCount(db, tagIdOf(t)) });
      return tags.length;
    }),
  );
}
