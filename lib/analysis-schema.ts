import { z } from 'zod';

/**
 * The analysis contract: what `analyze()` returns, what the content script sends to the popup and
 * what `npm run analyze` prints. Defined once here; everything else infers its types from it.
 */

/** Where a finding sits in the article text, in the spirit of the W3C TextQuote/TextPosition selectors. */
export const AnchorSchema = z.object({
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  /** Offsets in the article's plain text (`Article.text`), end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Anchor = z.infer<typeof AnchorSchema>;

export const QuoteKindSchema = z.enum(['marks', 'dialogue', 'blockquote']);

export const QuoteSchema = z.object({
  id: z.string(),
  /** The quoted words, without the quotation marks. */
  text: z.string(),
  kind: QuoteKindSchema,
  /** Fullest name the article gives for who said it; null when the article names no one. */
  speaker: z.string().nullable(),
  /** The words that point at the source where the attribution was made ("he", "Morozov", "a spokesperson"). */
  speakerMention: z.string().nullable(),
  /** The speaker's role as the article words it, when known. */
  speakerRole: z.string().nullable(),
  /** The attribution cue ("said", "told", "according to", ":"), when one was found. */
  cue: z.string().nullable(),
  /** Which attribution rule decided, and the words it relied on (`npm run analyze -- --explain`). */
  sieve: z.string().optional(),
  evidence: z.array(z.string()).optional(),
  anchor: AnchorSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;

export const SpecialistSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  quoteCount: z.number().int().nonnegative(),
  /** Every mention of the person in the article (full name, surname, variants). */
  mentions: z.array(AnchorSchema),
});
export type Specialist = z.infer<typeof SpecialistSchema>;

export const AnalysisSchema = z.object({
  version: z.literal(1),
  url: z.string().nullable(),
  /** False when the page does not look like an article; then quotes and specialists are empty. */
  isArticle: z.boolean(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  lang: z.string().nullable(),
  publishedTime: z.string().nullable(),
  excerpt: z.string().nullable(),
  textLength: z.number().int().nonnegative(),
  quotes: z.array(QuoteSchema),
  specialists: z.array(SpecialistSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
