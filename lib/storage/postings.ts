import { z } from 'zod';

/**
 * Postings (schema v5): for each common word of the notes' word index, the ids of the notes
 * holding it, in sorted blocks. A common word is held by tens of thousands of notes; reading its
 * ids from the multi-entry `words` index costs a native entry each (~13 µs in Chromium under
 * load), while its postings are a few hundred records of BLOCK ids.
 *
 * Only common words have postings ("tracked" words, listed in one registry record): a rare word
 * costs little to read from the index, and every tracked word a note holds costs its writes two
 * more requests (read and rewrite a block), so tracking every word would make adding a note
 * several times slower (measured: 5 → 25 ms in Chromium).
 *
 * Invariant (kept by lib/storage/postings-middleware.ts on every write to `annotations`, in the
 * same transaction; set up by the v5 upgrade and by `trackWord`): for every tracked word w, the
 * ids in w's blocks, in block order, are exactly the string primary keys the `words` index holds
 * under the key w, ascending. A word with no blocks is read from the index, which is always right.
 * Soft-deleted notes are in both (a search drops them after). Notes with a non-string id
 * (damaged records) are in the index only; a search notices (postings-search.ts checks both
 * ends of each tracked word against the index) and reads the index instead.
 *
 * Blocks of one word: keyed [word, from]; every id of a block is >= its `from` and below the next
 * block's `from`, so the block an id belongs to is the one with the greatest `from` <= id (or, for
 * an id below every block, the first one, which then gets a new `from`). Blocks are never empty.
 */
export interface PostingRecord {
  word: string;
  /** A lower bound of the block's ids (its first id when it was made). */
  from: string;
  /** Note ids, ascending (string order: IndexedDB's for strings), each once. */
  ids: string[];
}

/**
 * The registry of tracked words: one record under the key ['', ''] (the word "" is never searched,
 * so it is never tracked and this key is never a block's).
 */
export interface TrackedRecord {
  word: '';
  from: '';
  tracked: string[];
}
export const TRACKED_KEY: [string, string] = ['', ''];
export const TrackedRecordSchema = z.object({ tracked: z.array(z.string()) });

/** The tracked words of a stored registry record (none when it is missing or damaged). */
export function trackedOf(raw: unknown): Set<string> {
  const r = TrackedRecordSchema.safeParse(raw);
  return new Set(r.success ? r.data.tracked.filter((w) => w !== '') : []);
}

/**
 * Ids a word needs to be tracked: below this, reading it from the index costs at most ~13 ms in
 * Chromium under load; at 100,000 notes of the bench, ~160 words are above it.
 */
export const TRACK_MIN = 1024;

/** Zod shape of a stored block (ids checked for order separately: see `validBlock`). */
export const PostingRecordSchema = z.object({ word: z.string(), from: z.string(), ids: z.array(z.string()).min(1) });

/**
 * Ids per block. Counting a word held by 60,000 of 100,000 notes reads ~240 blocks; adding a note
 * rewrites one block per word it holds (a note of 30 words: ~30 × 6 kB), so blocks stay small.
 */
export const BLOCK = 256;

export const POSTINGS = 'postings';

/**
 * The string keys the multi-entry `words` index holds for a stored record, each once: the strings
 * of its `words` array, or `words` itself when it is a string (IndexedDB indexes a lone key).
 * Anything else (a damaged record) holds none. Never throws.
 */
export function indexedWords(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object') return [];
  const words: unknown = (raw as { words?: unknown }).words;
  if (typeof words === 'string') return [words];
  if (!Array.isArray(words)) return [];
  const out = new Set<string>();
  for (const w of words) if (typeof w === 'string') out.add(w);
  return [...out];
}

/** A block read back whole and well-formed (a damaged one makes its word fall back to the index). */
export function validBlock(raw: unknown): raw is PostingRecord {
  const r = PostingRecordSchema.safeParse(raw);
  if (!r.success) return false;
  const { ids, from } = r.data;
  if (ids[0] < from) return false;
  for (let i = 1; i < ids.length; i++) if (!(ids[i - 1] < ids[i])) return false;
  return true;
}

/** Ids going into and out of one word's postings (disjoint, any order). */
export interface WordChange {
  add: string[];
  remove: string[];
}

/** Per word, the ids that gain and lose it, from each note's words before and after a write. */
export function wordChanges(changes: Iterable<{ id: string; before: string[]; after: string[] }>): Map<string, WordChange> {
  const out = new Map<string, WordChange>();
  const at = (w: string) => {
    let c = out.get(w);
    if (!c) out.set(w, (c = { add: [], remove: [] }));
    return c;
  };
  for (const { id, before, after } of changes) {
    const was = new Set(before);
    const now = new Set(after);
    for (const w of now) if (!was.has(w)) at(w).add.push(id);
    for (const w of was) if (!now.has(w)) at(w).remove.push(id);
  }
  return out;
}

const sortUnique = (ids: Iterable<string>) => [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The blocks to write and the keys to delete for one word: `affected` are its stored blocks that
 * can hold a changed id (the one with the greatest `from` <= the smallest change, and every one
 * whose `from` lies between the smallest and the largest), in key order. Their ids, changed, are
 * cut again into blocks of BLOCK from the left: appends in id order (new notes) fill the last
 * block and then start a new one, so blocks stay full. Unchanged blocks are not rewritten.
 */
export function replanWord(word: string, affected: PostingRecord[], change: WordChange): { put: PostingRecord[]; del: string[] } {
  const drop = new Set(change.remove);
  const merged = sortUnique([...affected.flatMap((b) => b.ids.filter((id) => !drop.has(id))), ...change.add]);
  const chunks: PostingRecord[] = [];
  for (let i = 0; i < merged.length; i += BLOCK) {
    const ids = merged.slice(i, i + BLOCK);
    // The first block keeps its lower bound when it still holds (no rekeying of a word's first block).
    const from = i === 0 && affected.length && affected[0].from <= ids[0] ? affected[0].from : ids[0];
    chunks.push({ word, from, ids });
  }
  const old = new Map(affected.map((b) => [b.from, b]));
  const put = chunks.filter((c) => {
    const o = old.get(c.from);
    return !o || o.ids.length !== c.ids.length || o.ids.some((id, k) => id !== c.ids[k]);
  });
  const kept = new Set(chunks.map((c) => c.from));
  return { put, del: affected.filter((b) => !kept.has(b.from)).map((b) => b.from) };
}

/** Every word's blocks from scratch: ids per word in any order. */
export function buildBlocks(byWord: Map<string, string[]>): PostingRecord[] {
  const out: PostingRecord[] = [];
  for (const [word, ids] of byWord) out.push(...replanWord(word, [], { add: ids, remove: [] }).put);
  return out;
}

/**
 * The postings of a whole library (the v5 upgrade): the blocks of every word held by at least
 * TRACK_MIN notes, and the registry listing them.
 */
export function buildPostings(byWord: Map<string, string[]>): Array<PostingRecord | TrackedRecord> {
  const common = new Map([...byWord].filter(([w, ids]) => w !== '' && ids.length >= TRACK_MIN));
  return [{ word: '', from: '', tracked: [...common.keys()].sort() }, ...buildBlocks(common)];
}

/** Ids of a word's blocks read in key order, concatenated (ascending, by the invariant). */
export function idsOfBlocks(blocks: readonly PostingRecord[]): string[] {
  if (blocks.length === 1) return blocks[0].ids;
  const out: string[] = [];
  for (const b of blocks) for (const id of b.ids) out.push(id);
  return out;
}
