import type { Analysis, Anchor } from '../analysis-schema';
import type { HighlightItem } from '../highlight/layer';
import type { TextSpan } from '../highlight/wrap';
import { findAnchor, rangeFromOffsets, type TextIndex } from './text-index';

/** Keys tie a highlight back to its finding: `quote:q3`, `specialist:s1:0` (first mention). */
export function findingKey(kind: 'quote' | 'specialist', id: string, mention?: number): string {
  return mention === undefined ? `${kind}:${id}` : `${kind}:${id}:${mention}`;
}

export function parseFindingKey(key: string): { kind: 'quote' | 'specialist'; id: string } | null {
  const m = key.match(/^(quote|specialist):([^:]+)/);
  return m ? { kind: m[1] as 'quote' | 'specialist', id: m[2] } : null;
}

/** A text index built on first use (the full-text fallback is rarely needed). */
export function lazyIndex(build: () => TextIndex): () => TextIndex {
  let index: TextIndex | null = null;
  return () => (index ??= build());
}

/** Locate one anchor of the article text in the indexed live DOM, trying each index in turn. */
export function locate(indexes: (() => TextIndex)[], anchor: Anchor, textLength: number): TextSpan | null {
  const position = textLength ? anchor.start / textLength : undefined;
  for (const get of indexes) {
    const index = get();
    const hit = findAnchor(index, { ...anchor, position });
    const range = hit && rangeFromOffsets(index, hit.start, hit.end);
    if (range) {
      return {
        startContainer: range.startContainer as Text, startOffset: range.startOffset,
        endContainer: range.endContainer as Text, endOffset: range.endOffset,
      };
    }
  }
  return null;
}

/**
 * Every quote and specialist mention of an analysis, located in the live DOM, one per step, so
 * the caller can yield to the page between steps. `indexes` are tried in order (e.g. the visible
 * text first, then all text). Yields null for a finding that could not be located.
 */
export function* anchorFindings(indexes: (() => TextIndex)[], analysis: Analysis): Generator<HighlightItem | null> {
  for (const q of analysis.quotes) {
    const span = locate(indexes, q.anchor, analysis.textLength);
    yield span ? { key: findingKey('quote', q.id), kind: 'quote', span } : null;
  }
  for (const s of analysis.specialists) {
    for (const [i, mention] of s.mentions.entries()) {
      const span = locate(indexes, mention, analysis.textLength);
      yield span ? { key: findingKey('specialist', s.id, i), kind: 'specialist', span } : null;
    }
  }
}
