/**
 * A note found on words other than the ones it was written on (the page was edited: "more than 30
 * staff" became "more than 3 staff"). Its verdict was given to the old words: the reader must see
 * both, and what changed, before trusting it.
 */

export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

export interface ChangedPassage {
  /** The words the note was written on. */
  was: string;
  /** The words it was found on now. */
  now: string;
  diff: DiffPart[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Words and the spaces between them, so a diff can be shown as the text reads. */
const tokens = (s: string) => s.match(/\s+|[^\s]+/g) ?? [];

/** Word-level difference of two short passages (longest common subsequence of tokens). */
export function wordDiff(was: string, now: string): DiffPart[] {
  const a = tokens(was);
  const b = tokens(now);
  // Passages are a few dozen words: the quadratic table is small. Past that, say "all changed".
  if (a.length * b.length > 250_000) return [{ op: 'removed', text: was }, { op: 'added', text: now }];
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const out: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) push('same', a[i++]), j++;
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('removed', a[i++]);
    else push('added', b[j++]);
  }
  while (i < a.length) push('removed', a[i++]);
  while (j < b.length) push('added', b[j++]);
  return out;
}

/**
 * The change between a note's words and the words it is found on now, or null when they read the
 * same (white space aside). Unknown current words (not found) are not a change: the note is listed
 * as not found instead.
 */
export function changedPassage(written: string, current: string | undefined): ChangedPassage | null {
  if (current === undefined) return null;
  const was = squash(written);
  const now = squash(current);
  if (was === now) return null;
  return { was, now, diff: wordDiff(was, now) };
}

/** What the popup says about a found note's words (the reader's decision included). */
export interface NoteChange {
  /** The note's words against the page's now; null when they read the same. */
  changed: ChangedPassage | null;
  /** The reader saw this very change and kept the note on the words it was written on. */
  kept: boolean;
  /** The reader confirmed the note on the page's new words: the words it was on before. */
  confirmedFrom: string | null;
}

interface Reviewed {
  text: string;
  review?: { decision: 'confirmed' | 'kept'; was: string; now: string } | null;
}

/**
 * A found note's state against the page's words now. A note kept as written stays changed (its
 * verdict is about the earlier words) until the page changes again, when the reader is asked
 * again; a confirmed note is on the new words and only says what it was on before.
 */
export function noteChange(note: Reviewed, current: string | undefined): NoteChange {
  const changed = changedPassage(note.text, current);
  const review = note.review ?? null;
  return {
    changed,
    kept: !!changed && review?.decision === 'kept' && squash(review.now) === changed.now,
    confirmedFrom: !changed && review?.decision === 'confirmed' && squash(review.was) !== squash(note.text) ? squash(review.was) : null,
  };
}
