import { z } from 'zod';
import { SelectorsSchema } from '../anchoring/selectors';

/**
 * Record schemas of the notes database. Every record is parsed with these when it is written and
 * when it is read back: IndexedDB keeps whatever an older version, another extension build or a
 * bug wrote, so a read must not trust it.
 */

/**
 * The claim-verdict scale, fixed so that verdicts mean the same to every reader and export cleanly
 * (ClaimReview's `reviewRating`, worst = false, best = true). Order is from true to false, then the
 * two verdicts that are not a rating.
 */
export const VERDICTS = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'unverifiable', 'unchecked'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

export const VERDICT_LABELS: Record<Verdict, { label: string; description: string; rating: number | null }> = {
  true: { label: 'True', description: 'Accurate; nothing significant is missing.', rating: 5 },
  'mostly-true': { label: 'Mostly true', description: 'Accurate but needs clarification or more context.', rating: 4 },
  mixed: { label: 'Mixed', description: 'Partly accurate, partly not; leaves a misleading impression.', rating: 3 },
  'mostly-false': { label: 'Mostly false', description: 'Has an element of truth but ignores facts that change the picture.', rating: 2 },
  false: { label: 'False', description: 'Not accurate.', rating: 1 },
  unverifiable: { label: 'Unverifiable', description: 'Cannot be checked with available evidence.', rating: null },
  unchecked: { label: 'Not yet checked', description: 'Marked as a claim; no verdict yet.', rating: null },
};

export const AnnotationKindSchema = z.enum(['highlight', 'note', 'claim', 'quote']);
export type AnnotationKind = z.infer<typeof AnnotationKindSchema>;

/** A colour as #rrggbb, so it can go straight into CSS and exports. */
export const ColourSchema = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour is #rrggbb');

/** A tag as the reader typed it, white space tidied. */
export const TagNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1, 'a tag needs a name').max(64, 'a tag is at most 64 characters'));

/** Tags are the same tag whatever their case ("Climate" = "climate"). */
export function tagKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const Time = z.number().int().nonnegative();

/**
 * A web page's address: http(s) only. Notes, pages and people are keyed by it and it is written into
 * links, Markdown and CSV, so a `javascript:` or `data:` address from an import or a damaged
 * record must never get in (or out).
 */
export const WebUrlSchema = z.url({ protocol: /^https?$/ });

// The record schemas are marked pure (side-effect free), so a bundle that never reads a kind of
// record (the content script reads notes and tags, never pages or people) leaves it out.
export const PageRecordSchema = /* @__PURE__ */ z.object({
  /** The normalised address (lib/url/normalize), the primary key. */
  url: WebUrlSchema,
  title: z.string(),
  site: z.string().nullable(),
  byline: z.string().nullable(),
  publishedTime: z.string().nullable(),
  firstVisit: Time,
  lastVisit: Time,
});
export type PageRecord = z.infer<typeof PageRecordSchema>;

/** The kinds of note that name who said the words: quotes, and claims (what someone claimed). */
export const SPEAKER_KINDS: ReadonlySet<AnnotationKind> = new Set<AnnotationKind>(['quote', 'claim']);

/** What the reader decided about a note whose words changed on the page (see `review` below). */
export const ChangeReviewSchema = z.object({
  decision: z.enum(['confirmed', 'kept']),
  /** The words the note was on before the decision. */
  was: z.string(),
  /** The words on the page when the reader decided. */
  now: z.string(),
  at: Time,
});
export type ChangeReview = z.infer<typeof ChangeReviewSchema>;
/** Labels of evidence links, one per link (lib/notes/evidence). */
export const EvidenceLabelsSchema = z.array(z.string().max(300).nullable()).max(50);

export const AnnotationRecordSchema = z
  .object({
    id: z.string().min(1),
    pageUrl: WebUrlSchema,
    selectors: SelectorsSchema,
    /** The marked words as they were when the note was made (shown when the passage is not found). */
    text: z.string().min(1),
    note: z.string().max(100_000),
    /**
     * Tag names; in the database (since v4) the stable ids of the tags (TagRecord.id), which the
     * storage functions turn into names on every read (lib/storage/tags.ts tagNamer).
     */
    tags: z.array(TagNameSchema).max(100),
    colour: ColourSchema.nullable(),
    kind: AnnotationKindSchema,
    /** Only claims carry a verdict. */
    verdict: VerdictSchema.nullable(),
    /** Links to the evidence behind a verdict. */
    evidence: z.array(WebUrlSchema).max(50),
    /**
     * The label the reader wrote before each evidence link ("UN OCHA report"), null where none, in
     * the order of `evidence`. Optional: older records and unlabelled links have none.
     */
    evidenceLabels: EvidenceLabelsSchema.optional(),
    /**
     * Quotes carry a speaker (as the analysis named them; null when unnamed), and so do claims
     * tagged from a quote's card (one note: the claim keeps who made it).
     */
    speaker: z.string().nullable(),
    /**
     * The speaker's role as the article gave it ("pulmonologist"), for quotes and claims made from
     * a detected quote's card. Optional and not indexed, so older records stay valid and no new
     * Dexie version is needed (a schema version only changes when the stores/indexes change).
     */
    speakerRole: z.string().max(500).nullable().optional(),
    /**
     * The reader's answer when the page's words under the note changed (lib/notes/changed):
     * `confirmed` moved the note onto the words `now` (its text and selectors are theirs since;
     * `was` keeps the words it was on before), `kept` leaves it on the words it was written on,
     * still shown as changed while the page reads `now`. Optional and not indexed: older records
     * stay valid and no new Dexie version is needed.
     */
    review: ChangeReviewSchema.nullable().optional(),
    createdAt: Time,
    updatedAt: Time,
    /** Set when deleted; the record stays so the deletion can be undone. */
    deletedAt: Time.nullable(),
    /** Folded words of text and note, for the word index (derived, rebuilt on every write). */
    words: z.array(z.string()),
  })
  .superRefine((a, ctx) => {
    if (a.kind === 'claim' && a.verdict === null) ctx.addIssue({ code: 'custom', path: ['verdict'], message: 'a claim needs a verdict (use "unchecked")' });
    if (a.kind !== 'claim' && a.verdict !== null) ctx.addIssue({ code: 'custom', path: ['verdict'], message: 'only a claim has a verdict' });
    if (!SPEAKER_KINDS.has(a.kind) && a.speaker !== null) ctx.addIssue({ code: 'custom', path: ['speaker'], message: 'only a quote or a claim has a speaker' });
    if (!SPEAKER_KINDS.has(a.kind) && a.speakerRole) ctx.addIssue({ code: 'custom', path: ['speakerRole'], message: 'only a quote or a claim has a speaker role' });
    if (new Set(a.tags.map(tagKey)).size !== a.tags.length) ctx.addIssue({ code: 'custom', path: ['tags'], message: 'a tag is listed twice' });
    if (a.evidenceLabels && a.evidenceLabels.length !== a.evidence.length) ctx.addIssue({ code: 'custom', path: ['evidenceLabels'], message: 'one label per evidence link' });
  });
export type AnnotationRecord = z.infer<typeof AnnotationRecordSchema>;

export const TagRecordSchema = /* @__PURE__ */ z.object({
  /** Case-folded name, the primary key. */
  key: z.string().min(1),
  /**
   * Since v4: the tag's stable id, what stored annotations list in `tags` (a rename changes only
   * this record). The name the tag had when it was made, unless another tag held that id already
   * (lib/storage/tags.ts newTagId). Absent in files and in records of older builds: the name is
   * the id then. Never read from an import file (files carry names).
   */
  id: TagNameSchema.optional(),
  /** The name as shown. */
  name: TagNameSchema,
  colour: ColourSchema,
  /** How many live (not deleted) annotations carry it. */
  count: z.number().int().nonnegative(),
  createdAt: Time,
});
export type TagRecord = z.infer<typeof TagRecordSchema>;

/** One article's view of a person: the name, roles and quotes as that article gave them. */
export const PersonAppearanceSchema = /* @__PURE__ */ z.object({
  pageUrl: WebUrlSchema,
  title: z.string(),
  site: z.string().nullable(),
  /** The name as this article wrote it. */
  name: z.string().min(1),
  /** Roles as this article worded them ("pulmonologist", "government adviser"). */
  roles: z.array(z.string()).max(20),
  /** A named specialist of the article (not only a speaker). */
  specialist: z.boolean(),
  quoteCount: z.number().int().nonnegative(),
  /** Their quotes in this article (the first ones, each shortened). */
  quotes: z.array(z.string()).max(50),
  seenAt: Time,
});
export type PersonAppearance = z.infer<typeof PersonAppearanceSchema>;

/** A person met across annotated articles (since schema v3). */
export const PersonRecordSchema = /* @__PURE__ */ z.object({
  /** Folded name (lib/people/names foldName) of the first name seen, the primary key. */
  key: z.string().min(1),
  /** The fullest name seen. */
  name: z.string().min(1),
  /** Folded surname: the index merge candidates are looked up by. */
  surname: z.string().min(1),
  appearances: z.array(PersonAppearanceSchema),
  /** The pages of the appearances (multi-entry index). */
  pageUrls: z.array(WebUrlSchema),
  updatedAt: Time,
});
export type PersonRecord = z.infer<typeof PersonRecordSchema>;

/** A stored record that failed its schema: reported to the caller, never dropped or overwritten. */
export interface InvalidRecord {
  table: 'pages' | 'annotations' | 'tags' | 'people';
  key: unknown;
  reason: string;
  raw: unknown;
}

/** What every read returns: the valid records and the ones that failed. */
export interface ReadResult<T> {
  records: T[];
  invalid: InvalidRecord[];
}

/** A zod error as one readable line ("tags.0: a tag needs a name; verdict: …"). */
export function describeIssues(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
}

/** Parse raw stored records, splitting valid from invalid. */
export function parseRecords<T>(
  table: InvalidRecord['table'],
  schema: z.ZodType<T>,
  raws: unknown[],
  keyOf: (raw: unknown) => unknown,
): ReadResult<T> {
  const out: ReadResult<T> = { records: [], invalid: [] };
  for (const raw of raws) {
    const r = schema.safeParse(raw);
    if (r.success) out.records.push(r.data);
    else out.invalid.push({ table, key: keyOf(raw), reason: describeIssues(r.error), raw });
  }
  return out;
}

/** The fields a reader can change on an existing note. */
export const NotePatchSchema = z
  .object({
    note: z.string(),
    tags: z.array(z.string()),
    colour: ColourSchema.nullable(),
    kind: AnnotationKindSchema,
    verdict: VerdictSchema.nullable(),
    evidence: z.array(z.string()),
    evidenceLabels: EvidenceLabelsSchema,
    speaker: z.string().nullable(),
    speakerRole: z.string().nullable(),
    /** After re-anchoring, a note may store fresh selectors for the passage it was found at. */
    selectors: SelectorsSchema,
  })
  .partial();
export type NotePatch = z.input<typeof NotePatchSchema>;

/**
 * What the reader decided about a note found on changed words: `confirm` moves it onto the words
 * the page has now (the content script's fresh selectors for them), `keep` leaves it on the words
 * it was written on and records which version of the page the reader saw (it stays shown as
 * changed, its verdict labelled as given to the earlier words).
 */
export const ChangeResolutionSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('confirm'), selectors: SelectorsSchema }),
  z.object({ decision: z.literal('keep'), current: z.string().min(1).max(100_000) }),
]);
export type ChangeResolution = z.infer<typeof ChangeResolutionSchema>;
