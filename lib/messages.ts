import { z } from 'zod';
import { AnalysisSchema } from './analysis-schema';

/**
 * The one message contract between the content script, the popup and the background. Every message
 * and every reply is parsed with these schemas on arrival: the other side may be an older build, a
 * page we do not run on, or nothing at all.
 */

/** What the content script is doing with its page. */
export const PageStatusSchema = z.enum(['waiting', 'analyzing', 'ready', 'not-article', 'error']);
export type PageStatus = z.infer<typeof PageStatusSchema>;

/** Milliseconds the content script spent on the page, per phase of its last run. */
export const TimingsSchema = z.object({
  analysis: z.number().nonnegative(),
  anchoring: z.number().nonnegative(),
  highlighting: z.number().nonnegative(),
  /** The longest single slice of our work between two yields to the page. */
  longestSlice: z.number().nonnegative(),
  /** Main-thread time spent serialising the page for the off-page analysis (0 when it ran in the page). */
  serialize: z.number().nonnegative().optional(),
  /** From the content script's start (or the re-run's start) to highlights shown, waits included. */
  sinceStart: z.number().nonnegative().optional(),
  /** When that run started, on the page's performance timeline (performance.now()), for the benchmarks. */
  startedAt: z.number().nonnegative().optional(),
});
export type Timings = z.infer<typeof TimingsSchema>;

/**
 * Where the analysis ran: the offscreen document (Chrome MV3), the background page (Firefox MV2,
 * which has a DOM), or in the page itself (the fallback: Readability then blocks the page's thread).
 */
export const AnalysisPathSchema = z.enum(['offscreen', 'background', 'in-page']);
export type AnalysisPath = z.infer<typeof AnalysisPathSchema>;

/** The content script's state, as the popup sees it. */
export const PageStateSchema = z.object({
  status: PageStatusSchema,
  url: z.string(),
  analysis: AnalysisSchema.nullable(),
  highlightsOn: z.boolean(),
  /** How highlights are drawn: the CSS Custom Highlight API, or wrapper elements where it is missing. */
  mode: z.enum(['highlight-api', 'elements']),
  /** Ids of the quotes and specialists found in the live page (the others could not be anchored). */
  anchored: z.object({ quotes: z.array(z.string()), specialists: z.array(z.string()) }),
  timings: TimingsSchema.nullable(),
  /** Errors our own code caught on this page (shown in the popup, asserted empty by the e2e tests). */
  errors: z.array(z.string()),
  /** Where the last analysis ran, and why it fell back to the page when it did. */
  analysisPath: AnalysisPathSchema.nullable().optional(),
  fallbackReason: z.string().nullable().optional(),
});
export type PageState = z.infer<typeof PageStateSchema>;

const FindingRefSchema = z.object({ kind: z.enum(['quote', 'specialist']), id: z.string() });
export type FindingRef = z.infer<typeof FindingRefSchema>;

/** Messages to the content script of a tab (from the popup or the background). */
export const ToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-state') }),
  /** "Analyze this page" from the popup: run even when the page does not look like an article. */
  z.object({ type: z.literal('analyze-now') }),
  z.object({ type: z.literal('set-highlights'), on: z.boolean() }),
  /** The keyboard command. */
  z.object({ type: z.literal('toggle-highlights') }),
  /** Scroll the page to a finding and flash it. */
  z.object({ type: z.literal('reveal'), target: FindingRefSchema }),
  /** The keyboard command: go to the next (or previous) quote, specialist or note and open its card. */
  z.object({ type: z.literal('step-finding'), back: z.boolean().optional() }),
]);
export type ToContent = z.infer<typeof ToContentSchema>;

/** Messages to the background (from the content script). */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
  /** The number to show on the toolbar button for the sender's tab ("" clears it). */
  z.object({ type: z.literal('badge'), text: z.string().max(4) }),
  /** Analyze a serialised page off the page's main thread (offscreen document or background page). */
  z.object({ type: z.literal('analyze-html'), html: z.string(), url: z.string() }),
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;

export const RevealReplySchema = z.object({ found: z.boolean() });
export type RevealReply = z.infer<typeof RevealReplySchema>;
/** Which card the step opened (`quote:…`, `specialist:…`, `note:…`), null when there is nothing to step to. */
export const StepReplySchema = z.object({ key: z.string().nullable() });
export type StepReply = z.infer<typeof StepReplySchema>;

/** The reply each message to the content script gets. */
export interface ContentReplies {
  'get-state': PageState;
  'analyze-now': PageState;
  'set-highlights': PageState;
  'toggle-highlights': PageState;
  reveal: RevealReply;
  'step-finding': StepReply;
}

const REPLY_SCHEMAS: { [K in keyof ContentReplies]: z.ZodType<ContentReplies[K]> } = {
  'get-state': PageStateSchema,
  'analyze-now': PageStateSchema,
  'set-highlights': PageStateSchema,
  'toggle-highlights': PageStateSchema,
  reveal: RevealReplySchema,
  'step-finding': StepReplySchema,
};

/** Parse the reply to `message`; throws a ZodError when it does not fit the contract. */
export function parseReply<M extends ToContent>(message: M, reply: unknown): ContentReplies[M['type']] {
  return (REPLY_SCHEMAS[message.type] as z.ZodType<ContentReplies[M['type']]>).parse(reply);
}

/** A message to the content script, or null when `raw` is not one (someone else's message). */
export function parseToContent(raw: unknown): ToContent | null {
  const r = ToContentSchema.safeParse(raw);
  return r.success ? r.data : null;
}

export function parseToBackground(raw: unknown): ToBackground | null {
  const r = ToBackgroundSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/**
 * Above this many characters of serialised page the content script does not send the page away
 * (runtime messages are JSON, capped at 64 MiB by Chrome): it analyzes in the page, as before.
 */
export const MAX_OFFPAGE_HTML_CHARS = 12_000_000;

/** The background's request to the offscreen document (Chrome MV3); `target` keeps it from others. */
export const ToOffscreenSchema = z.object({
  target: z.literal('offscreen'),
  type: z.literal('analyze-html'),
  html: z.string(),
  url: z.string(),
});
export type ToOffscreen = z.infer<typeof ToOffscreenSchema>;

export function parseToOffscreen(raw: unknown): ToOffscreen | null {
  const r = ToOffscreenSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** The reply to 'analyze-html', from the offscreen document and then the background. */
export const AnalyzeHtmlReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    analysis: AnalysisSchema,
    path: AnalysisPathSchema.exclude(['in-page']),
    /** Milliseconds spent off the page: parsing the HTML, then the analysis. */
    parseMs: z.number().nonnegative(),
    analyzeMs: z.number().nonnegative(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type AnalyzeHtmlReply = z.infer<typeof AnalyzeHtmlReplySchema>;

// The notes messages (content script and popup ↔ the background that owns the notes database).
export * from './messages-notes';
export * from './messages-editor';
