import { createMatcher, type Located } from '../anchoring/text-match';
import type { Selectors } from '../anchoring/selectors';

/** What locating needs of a note (an AnnotationRecord fits). */
export interface Locatable {
  id: string;
  selectors: Selectors;
}

export interface NoteAnchor {
  id: string;
  /** Offsets in the text the notes were located in. */
  start: number;
  end: number;
  method: Located['method'];
  score: number;
}

export interface AnchoredNotes {
  found: NoteAnchor[];
  /** Ids of the notes whose passage is not in the text: listed, never deleted or moved. */
  missing: string[];
}

/**
 * Find every note's passage in `text` (the page's visible text): exact, then position, then an
 * approximate match (lib/anchoring/text-match). The text is folded once for all the notes.
 */
export function anchorNotes(text: string, notes: readonly Locatable[]): AnchoredNotes {
  const out: AnchoredNotes = { found: [], missing: [] };
  if (!notes.length) return out;
  const matcher = createMatcher(text);
  for (const n of notes) {
    const hit = matcher.locate(n.selectors);
    if (hit && hit.end > hit.start) out.found.push({ id: n.id, start: hit.start, end: hit.end, method: hit.method, score: hit.score });
    else out.missing.push(n.id);
  }
  return out;
}
