import type { ClaimReview, CreativeWork, Organization, Person } from 'schema-dts';
import type { ReviewerSettings } from '../settings/export-settings';
import { VERDICT_LABELS, type AnnotationRecord, type PageRecord } from '../storage/schemas';
import { authorType, type AuthorType } from './claim-author';
import { textFragmentUrl } from './text-fragment';
import { dayOf, isoTime, type ExportData, type ExportOptions } from './types';

/**
 * schema.org ClaimReview (https://schema.org/ClaimReview) as one JSON-LD document whose `@graph`
 * holds a ClaimReview per claim that has a verdict ("unchecked" claims have none and are left
 * out), the shape Google's ClaimReview markup reads from a fact-check page. The verdict scale maps
 * onto a 1-5 rating (false = 1 ... true = 5); "unverifiable" has no rating value, only its label.
 *
 * - `url` is the fact-check's own page (the options' address, `{id}` replaced by the claim's id);
 *   with none set it is left out and `claimReviewWarnings` says so: it is never the reviewed
 *   article, which is the claim's `appearance`.
 * - `author` is the reviewer set once in the options (an Organization or a Person, with its
 *   home page); with none set it is left out, with a warning too.
 * - The claim's author is an Organization or a Person by its name (claim-author.ts), and the
 *   article's byline becomes the appearance's author.
 *
 * The objects are typed with schema-dts (types only, nothing in the bundle), so a misspelt or
 * mistyped property fails `tsc`.
 */
export type Reviewer = ReviewerSettings;

export interface ClaimReviewOptions extends ExportOptions {
  reviewer?: Reviewer | null;
  /** The fact-check page's address; `{id}` becomes the claim's id. */
  factCheckUrl?: string | null;
  /** Who made the claim; defaults to the speaker of a quote note over the same passage. */
  speakerOf?: (a: AnnotationRecord) => string | null;
  /** Whether a claim author is a person or an organisation; defaults to `authorType(name)`. */
  authorTypeOf?: (name: string) => AuthorType;
}

const BEST = 5;
const WORST = 1;
/** Quotes looked at before a claim's end when looking for the one it sits in. */
const MAX_LOOKBACK = 32;

const overlaps = (a: AnnotationRecord, b: AnnotationRecord): boolean => {
  const p = a.selectors.position;
  const q = b.selectors.position;
  if (p && q) return p.start < q.end && q.start < p.end;
  return a.text.includes(b.text) || b.text.includes(a.text);
};

/**
 * Claims only store a verdict; the speaker is on quote notes. A claim marked inside (or over) a
 * quote the reader also kept is attributed to that quote's speaker.
 */
function speakerFinder(data: ExportData): (a: AnnotationRecord) => string | null {
  const quotes = new Map<string, AnnotationRecord[]>();
  for (const a of data.annotations) {
    if (a.kind !== 'quote' || !a.speaker || a.deletedAt !== null) continue;
    const list = quotes.get(a.pageUrl) ?? [];
    list.push(a);
    quotes.set(a.pageUrl, list);
  }
  const start = (q: AnnotationRecord) => q.selectors.position?.start ?? -1;
  for (const list of quotes.values()) list.sort((x, y) => start(x) - start(y));
  return (a) => {
    if (a.speaker) return a.speaker;
    const list = quotes.get(a.pageUrl);
    if (!list) return null;
    const end = a.selectors.position?.end;
    if (end === undefined) return list.find((q) => overlaps(a, q))?.speaker ?? null;
    // Quotes starting before the claim ends, nearest first; a few are enough (quotes rarely nest).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (start(list[mid]) < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= Math.max(0, lo - MAX_LOOKBACK); i--) if (overlaps(a, list[i])) return list[i].speaker;
    return list.find((q) => !q.selectors.position && overlaps(a, q))?.speaker ?? null;
  };
}

/** A Person or an Organization with a name (and a home page). */
function agent(type: AuthorType, name: string, url?: string | null): Person | Organization {
  return type === 'Organization'
    ? { '@type': 'Organization', name, ...(url ? { url } : {}) }
    : { '@type': 'Person', name, ...(url ? { url } : {}) };
}

/** The fact-check page of one claim, from the options' address or template. */
export function factCheckUrlOf(template: string | null | undefined, a: AnnotationRecord): string | null {
  if (!template) return null;
  return template.replaceAll('{id}', encodeURIComponent(a.id));
}

function review(a: AnnotationRecord, page: PageRecord | undefined, speaker: string | null, opts: ClaimReviewOptions): ClaimReview {
  const v = VERDICT_LABELS[a.verdict!];
  const typeOf = opts.authorTypeOf ?? authorType;
  const appearance: CreativeWork = {
    '@type': 'CreativeWork',
    url: textFragmentUrl(a.pageUrl, a.selectors.quote),
    ...(page?.title ? { headline: page.title } : {}),
    ...(page?.byline ? { author: agent(typeOf(page.byline), page.byline) } : {}),
    ...(page?.publishedTime ? { datePublished: dayOf(page.publishedTime) } : {}),
    ...(page?.site ? { publisher: { '@type': 'Organization', name: page.site } } : {}),
  };
  const url = factCheckUrlOf(opts.factCheckUrl, a);
  const reviewer = opts.reviewer;
  return {
    '@type': 'ClaimReview',
    ...(url ? { url } : {}),
    claimReviewed: a.text,
    datePublished: isoTime(a.updatedAt).slice(0, 10),
    ...(reviewer ? { author: agent(reviewer.type, reviewer.name, reviewer.url) } : {}),
    reviewRating: {
      '@type': 'Rating',
      ...(v.rating !== null ? { ratingValue: v.rating } : {}),
      bestRating: BEST,
      worstRating: WORST,
      alternateName: v.label,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(speaker ? { author: agent(typeOf(speaker), speaker) } : {}),
      ...(page?.publishedTime ? { datePublished: dayOf(page.publishedTime) } : {}),
      appearance,
    },
    ...(a.note.trim() ? { reviewBody: a.note } : {}),
    ...(a.evidence.length ? { citation: a.evidence } : {}),
  };
}

/** The notes that get a ClaimReview: live claims with a verdict other than "unchecked". */
export const isReviewed = (a: AnnotationRecord): boolean => a.kind === 'claim' && a.verdict !== null && a.verdict !== 'unchecked' && a.deletedAt === null;

/** How many ClaimReviews an export of these notes holds. */
export const countReviewed = (data: ExportData): number => data.annotations.reduce((n, a) => n + (isReviewed(a) ? 1 : 0), 0);

/** What the reader should know before publishing the file (shown with the export's status). */
export function claimReviewWarnings(opts: Pick<ClaimReviewOptions, 'reviewer' | 'factCheckUrl'>): string[] {
  const out: string[] = [];
  if (!opts.factCheckUrl) out.push('No fact-check page address is set in the options, so the reviews have no "url": add the address of the page you publish them on.');
  if (!opts.reviewer) out.push('No reviewer is set in the options, so the reviews have no "author".');
  return out;
}

/** The JSON-LD document as parts (one per claim), for `paced` or `join('')`. */
export function* claimReviewParts(data: ExportData, opts: ClaimReviewOptions): Generator<string> {
  const pages = new Map(data.pages.map((p) => [p.url, p]));
  const speakerOf = opts.speakerOf ?? speakerFinder(data);
  let first = true;
  yield '{\n  "@context": "https://schema.org",\n  "@graph": [';
  for (const a of data.annotations) {
    // An empty part still counts towards the chunk, so `paced` yields regularly.
    if (!isReviewed(a)) {
      yield '';
      continue;
    }
    yield `${first ? '' : ','}\n    ${JSON.stringify(review(a, pages.get(a.pageUrl), speakerOf(a), opts))}`;
    first = false;
  }
  yield first ? ']\n}\n' : '\n  ]\n}\n';
}

export function toClaimReviewJson(data: ExportData, opts: ClaimReviewOptions): string {
  return [...claimReviewParts(data, opts)].join('');
}
