import { fold } from '../anchoring/match-normalize';
import { createMatcher, type Located } from '../anchoring/text-match';
import { resolveRangeSelector } from '../anchoring/range-selector';
import type { RangeSelector, Selectors } from '../anchoring/selectors';
import type { TextIndex } from '../anchoring/text-index';
import { offsetsOfRange } from './range-offsets';

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
  /** `range`: by an imported RangeSelector, where the words are still the note's words. */
  method: Located['method'] | 'range';
  score: number;
}

/** The score of a passage found by its range: its words are the note's, its context is not. */
const RANGE_SCORE = 0.5;

/**
 * Where a RangeSelector (an imported Hypothesis note's DOM path and offsets) puts its passage in
 * the same text, or null when the page has no such path. Given by the caller, who has the page.
 */
export type RangeOffsets = (range: RangeSelector) => { start: number; end: number } | null;

/** RangeSelectors resolved under `root` (Hypothesis's root is the body), as offsets in `index.text`. */
export function rangeOffsetsIn(root: Element, index: TextIndex): RangeOffsets {
  return (range) => {
    const bounds = resolveRangeSelector(root, range);
    return bounds && offsetsOfRange(index, bounds);
  };
}

export interface AnchoredNotes {
  found: NoteAnchor[];
  /** Ids of the notes whose passage is not in the text: listed, never deleted or moved. */
  missing: string[];
}

/**
 * Find every note's passage in `text` (the page's visible text): exact, then position, then an
 * approximate match (lib/anchoring/text-match), and for a note that kept a RangeSelector (a
 * Hypothesis import) that range last (see `byRange`). The text is folded once for all the notes.
 */
export function anchorNotes(text: string, notes: readonly Locatable[], rangeOffsets?: RangeOffsets): AnchoredNotes {
  return collect([...locateNotes(text, notes, rangeOffsets)]);
}

/**
 * The passage a note's RangeSelector selects, only if its words are the note's words (white
 * space, typographic quotes and case aside): the page's structure may have moved other words
 * under the same path, and a note is better "not found" than attached to words it is not about.
 */
export function byRange(text: string, selectors: Selectors, rangeOffsets: RangeOffsets | undefined): { start: number; end: number } | null {
  if (!selectors.range || !rangeOffsets) return null;
  const o = rangeOffsets(selectors.range);
  if (!o || o.end <= o.start || o.start < 0 || o.end > text.length) return null;
  const want = fold(selectors.quote.exact).trim();
  return want && fold(text.slice(o.start, o.end)).trim() === want ? o : null;
}

/**
 * The same one note per step (the first step also folds the text), so a caller can yield to the
 * page between steps: each step is one located note, or its id when it is missing.
 */
export function* locateNotes(text: string, notes: readonly Locatable[], rangeOffsets?: RangeOffsets): Generator<NoteAnchor | { id: string; missing: true }> {
  if (!notes.length) return;
  const matcher = createMatcher(text);
  for (const n of notes) {
    const hit = matcher.locate(n.selectors);
    if (hit && hit.end > hit.start) {
      yield { id: n.id, start: hit.start, end: hit.end, method: hit.method, score: hit.score };
      continue;
    }
    const r = byRange(text, n.selectors, rangeOffsets);
    // The same words, but not in their context (else the quote selector had found them).
    yield r ? { id: n.id, start: r.start, end: r.end, method: 'range', score: RANGE_SCORE } : { id: n.id, missing: true };
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
