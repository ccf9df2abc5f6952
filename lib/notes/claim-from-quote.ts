import type { AnnotationRecord } from '../storage/schemas';

/**
 * The note a claim tagged from a quote's card extends: the live quote note the reader kept over the
 * same words (the newest, if there are several), so the claim is that one note with its speaker,
 * not a second record beside it. Undefined: the claim is a new note (carrying the speaker itself).
 */
export function quoteNoteToExtend(notes: readonly AnnotationRecord[], exact: string): AnnotationRecord | undefined {
  let best: AnnotationRecord | undefined;
  for (const n of notes) {
    if (n.kind !== 'quote' || n.deletedAt !== null || n.selectors.quote.exact !== exact) continue;
    if (!best || n.createdAt > best.createdAt) best = n;
  }
  return best;
}
