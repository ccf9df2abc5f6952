import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { buildBlocks, indexedWords, POSTINGS, replanWord, TRACKED_KEY, trackedOf, validBlock, wordChanges, type PostingRecord, type WordChange } from './postings';

/**
 * Keeps the postings of the tracked words (lib/storage/postings.ts) equal to the `words` index on every write to
 * `annotations`, whatever makes it (addNote, an edit, a tag merge rewriting notes, an import's
 * bulkAdd, a purge, a test filling a table directly, an upgrade's modify): a Dexie DBCore
 * middleware sees each mutation of the table, reads the records it replaces or deletes, and
 * updates the blocks of the words that changed, in the same IndexedDB transaction (every read-write
 * transaction over `annotations` is widened to `postings`). So the note write and its postings
 * commit or fail together; a postings write that fails aborts the transaction.
 *
 * A write reads the registry of tracked words (one request) and touches only the blocks of the
 * tracked words whose notes changed. Bulk writes are batched per word: one read of the blocks a
 * word's changed ids fall into, one bulk put and one bulk delete of blocks for the whole mutation.
 */

/** The native transaction under Dexie's (IndexedDB's DBCore passes it as is). */
const storesOf = (trans: DBCoreTransaction) => (trans as unknown as { objectStoreNames?: DOMStringList }).objectStoreNames;

/**
 * Whether this transaction can write postings: not when the database has none yet (before v5,
 * or during an upgrade from an older version, whose v2 step rewrites notes before the postings
 * store exists; the v5 step then builds them from the notes).
 */
function hasPostings(trans: DBCoreTransaction): boolean {
  return storesOf(trans)?.contains(POSTINGS) ?? false;
}

/** A word's stored blocks that a change can touch, in key order (see replanWord); null when one is damaged. */
async function affectedBlocks(postings: DBCoreTable, trans: DBCoreTransaction, word: string, changed: string[]): Promise<PostingRecord[] | null> {
  let min = changed[0];
  let max = changed[0];
  for (const id of changed) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  const index = postings.schema.primaryKey;
  const [below, inside] = await Promise.all([
    postings.query({ trans, values: true, limit: 1, direction: 'prev', query: { index, range: { type: RANGE, lower: [word, ''], upper: [word, min], lowerOpen: false, upperOpen: false } } }),
    max > min ? postings.query({ trans, values: true, query: { index, range: { type: RANGE, lower: [word, min], upper: [word, max], lowerOpen: true, upperOpen: false } } }) : Promise.resolve({ result: [] }),
  ]);
  const blocks = [...below.result, ...inside.result] as unknown[];
  return blocks.every(validBlock) ? blocks : null;
}

/** DBCoreRangeType.Range and .Equal (a const enum: not importable at run time). */
const RANGE = 2;
const EQUAL = 1;

/**
 * A word's blocks made again from the words index, which the note write before has already
 * updated in this transaction: the repair when a block is found damaged (a write is never refused
 * for it, and no id is lost).
 */
async function rebuildWord(down: DBCore, trans: DBCoreTransaction, word: string): Promise<{ put: PostingRecord[]; del: Array<[string, string]> }> {
  const postings = down.table(POSTINGS);
  const notes = down.table('annotations');
  const words = notes.schema.getIndexByKeyPath('words');
  if (!words) throw new Error('the notes have no words index');
  const [stored, ids] = await Promise.all([
    postings.query({ trans, values: false, query: { index: postings.schema.primaryKey, range: { type: RANGE, lower: [word, ''], upper: [word, down.MAX_KEY], lowerOpen: false, upperOpen: false } } }),
    notes.query({ trans, values: false, query: { index: words, range: { type: EQUAL, lower: word, upper: word } } }),
  ]);
  const put = buildBlocks(new Map([[word, (ids.result as unknown[]).filter((id): id is string => typeof id === 'string')]]));
  const kept = new Set(put.map((b) => b.from));
  return { put, del: (stored.result as Array<[string, string]>).filter((k) => !kept.has(k[1])) };
}

/** Blocks read ahead for a word, and the ids they cover (see `prefetch`). */
type Prefetched = Map<string, { min: string; max: string; blocks: Promise<PostingRecord[] | null> }>;

const bounds = (ids: string[]) => {
  let min = ids[0];
  let max = ids[0];
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  return { min, max };
};

/**
 * The blocks the written notes' tracked words may need, read at once in parallel with the note
 * write itself (the words the handle last saw tracked): a note added costs one more round trip to
 * the database (its block writes), not two.
 */
function prefetch(postings: DBCoreTable, trans: DBCoreTransaction, req: DBCoreMutateRequest, extract: ((v: unknown) => unknown) | null, known: ReadonlySet<string>): Prefetched {
  const out: Prefetched = new Map();
  if (!known.size || (req.type !== 'add' && req.type !== 'put')) return out;
  const byWord = new Map<string, string[]>();
  req.values.forEach((v, i) => {
    const id = req.keys?.[i] ?? extract?.(v);
    if (typeof id !== 'string') return;
    for (const w of indexedWords(v)) if (known.has(w)) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(id);
  });
  // A failed read ahead is read again from the index (rebuildWord), never left unhandled.
  for (const [w, ids] of byWord) out.set(w, { ...bounds(ids), blocks: affectedBlocks(postings, trans, w, ids).catch(() => null) });
  return out;
}

/** Block writes for per-word changes: the blocks to put and the keys to delete. */
interface Plan {
  put: PostingRecord[];
  del: Array<[string, string]>;
}

/** Plan per-word changes to the postings inside `trans` (reads the blocks not read ahead). */
async function planWordChanges(down: DBCore, trans: DBCoreTransaction, changes: Map<string, WordChange>, ahead: Prefetched): Promise<Plan> {
  const postings = down.table(POSTINGS);
  const out: Plan = { put: [], del: [] };
  await Promise.all(
    [...changes].map(async ([word, change]) => {
      const ids = [...change.add, ...change.remove];
      const { min, max } = bounds(ids);
      const read = ahead.get(word);
      // Blocks read ahead over a range holding every changed id serve as well (replanWord cuts
      // again whatever run of blocks it is given).
      const affected = read && read.min <= min && max <= read.max ? await read.blocks : await affectedBlocks(postings, trans, word, ids);
      const plan = affected ? replanWord(word, affected, change) : await rebuildWord(down, trans, word);
      out.put.push(...plan.put);
      for (const from of plan.del) out.del.push(Array.isArray(from) ? from : [word, from]);
    }),
  );
  return out;
}

/**
 * Make the requests of a plan at once (so that they are in the transaction before it may commit)
 * and give a promise of their outcome. Requests of a transaction run in the order made: the
 * deletes before the puts (a new block may take a deleted one's key).
 */
function writePlan(down: DBCore, trans: DBCoreTransaction, plan: Plan): Promise<void> {
  const postings = down.table(POSTINGS);
  return Promise.all([
    plan.del.length ? postings.mutate({ trans, type: 'delete', keys: plan.del }) : null,
    plan.put.length ? postings.mutate({ trans, type: 'put', values: plan.put }) : null,
  ]).then((results) => {
    for (const r of results) if (r?.numFailures) throw Object.values(r.failures)[0] ?? new Error('postings write failed');
  });
}

/** Abort a transaction (the note write must not commit without its postings). */
function abort(trans: DBCoreTransaction): void {
  try {
    trans.abort();
  } catch {
    // Already finished or aborted.
  }
}

/** Final words of each id a mutation wrote (undefined: deleted), in request order; failed operations left out. */
function finalValues(req: DBCoreMutateRequest, res: DBCoreMutateResponse, table: DBCoreTable, gone: unknown[]): Map<unknown, unknown> {
  const out = new Map<unknown, unknown>();
  if (req.type === 'add' || req.type === 'put') {
    const extract = table.schema.primaryKey.extractKey;
    req.values.forEach((v, i) => {
      if (res.failures[i]) return;
      const key = req.keys?.[i] ?? res.results?.[i] ?? extract?.(v);
      out.set(key, v);
    });
  } else if (req.type === 'delete') {
    req.keys.forEach((k, i) => {
      if (!res.failures[i]) out.set(k, undefined);
    });
  } else if (!res.numFailures) {
    for (const r of gone) out.set(table.schema.primaryKey.extractKey?.(r), undefined);
  }
  return out;
}

/** What a database handle last read of the registry (a guess for `prefetch`, checked every write). */
interface Seen {
  tracked: ReadonlySet<string>;
}

async function mutate(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest, seen: Seen): Promise<DBCoreMutateResponse> {
  const trans = req.trans;
  if (!hasPostings(trans)) return table.mutate(req);
  const extract = table.schema.primaryKey.extractKey;
  const postings = down.table(POSTINGS);
  // Every read is made before the write, in one round trip with it: the requests of a transaction
  // run in the order made, so the records replaced or deleted are read as they were (an add
  // replaces nothing: it fails on a taken id).
  const registry = postings.get({ trans, key: TRACKED_KEY });
  const ahead = prefetch(postings, trans, req, extract, seen.tracked);
  let keys: unknown[] = [];
  let old: Promise<unknown[]> = Promise.resolve([]);
  if (req.type === 'put' || req.type === 'delete') {
    keys = (req.type === 'delete' ? req.keys : req.values.map((v, i) => req.keys?.[i] ?? extract?.(v))).filter((k) => k !== undefined && k !== null);
    if (keys.length) old = table.getMany({ trans, keys });
  } else if (req.type === 'deleteRange') {
    old = table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } }).then((r) => r.result);
  }
  const [res, registered, olds] = await Promise.all([table.mutate(req), registry, old]);
  try {
    const tracked = trackedOf(registered);
    seen.tracked = tracked;
    if (!tracked.size) return res;
    const gone = req.type === 'deleteRange' ? olds : [];
    const before = new Map<unknown, unknown>(req.type === 'deleteRange' ? olds.map((r) => [extract?.(r), r]) : keys.map((k, i) => [k, olds[i]]));
    const after = finalValues(req, res, table, gone);
    const words = (raw: unknown) => indexedWords(raw).filter((w) => tracked.has(w));
    const changes = wordChanges([...after].flatMap(([id, value]) => (typeof id === 'string' ? [{ id, before: words(before.get(id)), after: words(value) }] : [])));
    if (!changes.size) return res;
    // The block writes are made now but not waited for: the caller goes on meanwhile (adding a
    // note waits for no extra round trip when its blocks were read ahead). If one fails, the
    // transaction aborts, and with it the note write: its promise (or the auto-transaction's
    // operation) rejects.
    writePlan(down, trans, await planWordChanges(down, trans, changes, ahead)).catch(() => abort(trans));
  } catch (e) {
    abort(trans);
    throw e;
  }
  return res;
}

export const postingsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'postings',
  create: (down) => {
    const seen: Seen = { tracked: new Set() };
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.includes('annotations') && !stores.includes(POSTINGS) && down.schema.tables.some((t) => t.name === POSTINGS);
        return down.transaction(widen ? [...stores, POSTINGS] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'annotations') return table;
        return { ...table, mutate: (req: DBCoreMutateRequest) => mutate(down, table, req, seen) };
      },
    };
  },
};
