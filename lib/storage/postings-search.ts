import Dexie from 'dexie';
import type { NotesDb } from './db';
import { idsOfBlocks, POSTINGS, validBlock, type PostingRecord } from './postings';
import { rangeEnds } from './queries';

/**
 * Reading a word's note ids from the postings (lib/storage/postings.ts) instead of the `words`
 * index, for counts and intersections of common words. The postings are trusted only as far as
 * cheap checks go: every block well formed and in order, and the first and last entries of the
 * index range equal to the first and last ids the postings give (two key-cursor steps, read while
 * the blocks are). A word missing from the postings, a note written around them, a damaged
 * block or a note with a non-string id fails these, and the caller reads the index instead: a
 * slower count, never a wrong one.
 */

/** One word, or every word starting with a prefix (the same range as the index's startsWith). */
export type WordRange = { only: string } | { prefix: string };

function blocksOf(db: NotesDb, range: WordRange): Promise<unknown[]> {
  const where = db.postings.where(':id');
  // Compound keys [word, from]: a word's blocks lie between [word, ''] and [word, maxKey]; a prefix's
  // words between prefix and prefix + U+FFFF, as in the words index (queries.ts toIdbRange).
  return 'only' in range
    ? where.between([range.only, ''], [range.only, Dexie.maxKey], true, true).toArray()
    : where.between([range.prefix], [`${range.prefix}\uffff`, Dexie.maxKey], true, true).toArray();
}

/** Per word, its ids ascending; null when a block is damaged or out of order. */
function idsByWord(raws: unknown[]): Map<string, string[]> | null {
  const out = new Map<string, PostingRecord[]>();
  for (const raw of raws) {
    if (!validBlock(raw)) return null;
    const blocks = out.get(raw.word);
    if (!blocks) out.set(raw.word, [raw]);
    else {
      const prev = blocks[blocks.length - 1];
      if (!(prev.ids[prev.ids.length - 1] < raw.ids[0])) return null;
      blocks.push(raw);
    }
  }
  return new Map([...out].map(([w, blocks]) => [w, idsOfBlocks(blocks)]));
}

/**
 * The ids of the notes holding a word (or any word of a prefix), one ascending list per word, read
 * from the postings; null when the database has none (before v5) or they disagree with the index.
 */
export async function postingLists(db: NotesDb, range: WordRange): Promise<string[][] | null> {
  if (!db.tables.some((t) => t.name === POSTINGS)) return null;
  const indexRange = 'only' in range ? { only: range.only } : { prefix: range.prefix };
  const [raws, ends] = await Promise.all([blocksOf(db, range), rangeEnds(db, 'words', indexRange)]);
  const byWord = idsByWord(raws);
  if (!byWord) return null;
  const words = [...byWord.keys()];
  if (!ends.first || !ends.last) return words.length ? null : [];
  const firstWord = words[0];
  const lastWord = words[words.length - 1];
  if (firstWord === undefined || lastWord === undefined) return null;
  const firstIds = byWord.get(firstWord)!;
  const lastIds = byWord.get(lastWord)!;
  const agree =
    ends.first.key === firstWord && ends.first.primaryKey === firstIds[0] && ends.last.key === lastWord && ends.last.primaryKey === lastIds[lastIds.length - 1];
  return agree ? [...byWord.values()] : null;
}
