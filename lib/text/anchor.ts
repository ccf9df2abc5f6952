import type { Anchor } from '../analysis-schema';

/** How many characters of context a selector keeps on each side. */
export const CONTEXT_CHARS = 32;

/** A TextQuote + TextPosition anchor for `text.slice(start, end)`. */
export function makeAnchor(text: string, start: number, end: number, context = CONTEXT_CHARS): Anchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
    start,
    end,
  };
}
