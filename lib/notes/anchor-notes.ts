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
  return collect([...locateNotes(text, notes)]);
}

/**
 * The same one note per step (the first step also folds the text), so a caller can yield to the
 * page between steps: each step is one located note, or its id when it is missing.
 */
export function* locateNotes(text: string, notes: readonly Locatable[]): Generator<NoteAnchor | { id: string; missing: true }> {
  if (!notes.length) return;
  const matcher = createMatcher(text);
  for (const n of notes) {
    const hit = matcher.locate(n.selectors);
    yield hit && hit.end > hit.start ? { id: n.id, start: hit.start, end: hit.end, method: hit.method, score: hit.score } : { id: n.id, missing: true };
  }
}

/** Steps of `locateNotes` as found and missing notes. */
export function collect(steps: Array<NoteAnchor | { id: string; missing: true }>): AnchoredNotes {
  const out: AnchoredNotes = { found: [], missing: [] };
  for (const s of steps) {
    if ('missing' in s) out.missing.push(s.id);
    else out.found.push(s);
  }
  return out;
}
