import type { Selectors, TextPositionSelector } from '../anchoring/selectors';

/**
 * The Web Annotation model counts a TextPositionSelector's offsets in code points
 * (https://www.w3.org/TR/annotation-model/#text-position-selector); Sourcelight stores them in
 * UTF-16 units, as JavaScript strings index. An emoji or a rare CJK character is one code point
 * but two units, so every one before a passage shifts the offsets.
 *
 * Converting needs the text before the passage, and a note keeps only 32 characters of it (its
 * prefix). So the code-point offsets are given only when they are known for certain: when the
 * prefix reaches back to the start of the text. Otherwise the standard selector is left out (the
 * TextQuoteSelector identifies the passage on its own) and Sourcelight's own UTF-16 offsets travel
 * in its extension, for its re-anchoring only.
 */

/** Code points in a string (a lone surrogate counts as one, as in `[...s]`). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The position in code points, or null when the text before the passage is not known. */
export function codePointPosition(s: Selectors): TextPositionSelector | null {
  const p = s.position;
  if (!p) return null;
  const { exact, prefix } = s.quote;
  // The stored passage must be exactly the positioned words, and the prefix all the text before.
  if (p.end - p.start !== exact.length || p.start > prefix.length) return null;
  const before = prefix.slice(prefix.length - p.start);
  const start = codePointLength(before);
  return { type: 'TextPositionSelector', start, end: start + codePointLength(exact) };
}

/**
 * UTF-16 offsets from another tool's code-point offsets, when the passage and its prefix show
 * every character before it; otherwise the offsets as given (a hint: re-anchoring checks the
 * words at a position before it trusts it, so a hint a few units off finds nothing wrong).
 */
export function utf16Position(p: TextPositionSelector, exact: string, prefix: string): TextPositionSelector {
  if (p.end - p.start !== codePointLength(exact)) return p;
  const chars = [...prefix];
  if (p.start > chars.length) return p;
  const start = chars.slice(chars.length - p.start).join('').length;
  return { type: 'TextPositionSelector', start, end: start + exact.length };
}
