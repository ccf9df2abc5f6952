import { z } from 'zod';
import { CONTEXT_CHARS } from '../text/anchor';

/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) over a plain
 * text: the words themselves with some context, and their offsets. Stored with every note so it
 * can be found again after the page changes.
 */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

const Offset = z.number().int().nonnegative();

export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: Offset,
    /** End offset, exclusive. */
    end: Offset,
  })
  .refine((p) => p.end >= p.start, { message: 'end must not be before start' });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/**
 * A passage by DOM paths, as the Hypothesis client writes it (XPaths of its start and end
 * elements and character offsets in them). Kept from imports and exported again; tried last when
 * anchoring, and only trusted where it still selects the note's words (lib/notes/anchor-notes.ts).
 */
const XPath = z.string().max(2000);
export const RangeSelectorSchema = z.object({ type: z.literal('RangeSelector'), startContainer: XPath, startOffset: Offset, endContainer: XPath, endOffset: Offset });
export type RangeSelector = z.infer<typeof RangeSelectorSchema>;

/** What a note keeps: the quote selector always, the position as a hint when known. */
export const SelectorsSchema = z.object({
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema.optional(),
  range: RangeSelectorSchema.optional(),
});
export type Selectors = z.infer<typeof SelectorsSchema>;

/** Selectors for `text.slice(start, end)`, with `context` characters of prefix and suffix. */
export function describe(text: string, start: number, end: number, context = CONTEXT_CHARS): Selectors {
  if (!(start >= 0 && end > start && end <= text.length)) {
    throw new RangeError(`describe: bad range ${start}..${end} for a text of ${text.length}`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Selectors from an analysis anchor (a detected quote or specialist), so a card can become a note. */
export function fromAnchor(a: { exact: string; prefix: string; suffix: string; start: number; end: number }): Selectors {
  return {
    quote: { type: 'TextQuoteSelector', exact: a.exact, prefix: a.prefix, suffix: a.suffix },
    position: { type: 'TextPositionSelector', start: a.start, end: a.end },
  };
}

/** The W3C array form (for Web Annotation export). */
export function toW3C(s: Selectors): Array<TextQuoteSelector | TextPositionSelector> {
  return s.position ? [s.quote, s.position] : [s.quote];
}
