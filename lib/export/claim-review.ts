import { VERDICT_LABELS, type AnnotationRecord, type PageRecord } from '../storage/schemas';
import { textFragmentUrl } from './text-fragment';
import { dayOf, isoTime, type ExportData, type ExportOptions } from './types';

/**
 * schema.org ClaimReview (https://schema.org/ClaimReview) as JSON-LD, one per claim that has a
 * verdict ("unchecked" claims have none and are left out). The verdict scale maps onto a 1–5
 * rating (false = 1 … true = 5); "unverifiable" has no rating value, only its label.
 */
export interface Reviewer {
  name: string;
  url?: string;
  type?: 'Person' | 'Organization';
}

export interface ClaimReviewOptions extends ExportOptions {
  reviewer?: Reviewer;
  /** Who made the claim; defaults to the speaker of a quote note over the same passage. */
  speakerOf?: (a: AnnotationRecord) => string | null;
}

export const DEFAULT_REVIEWER: Reviewer = { name: 'Sourcelight user', type: 'Person' };
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

function review(a: AnnotationRecord, page: PageRecord | undefined, speaker: string | null, reviewer: Reviewer) {
  const v = VERDICT_LABELS[a.verdict!];
  const appearance = {
    '@type': 'CreativeWork',
    url: a.pageUrl,
    ...(page?.title ? { headline: page.title } : {}),
    ...(page?.publishedTime ? { datePublished: dayOf(page.publishedTime) } : {}),
    ...(page?.site ? { publisher: { '@type': 'Organization', name: page.site } } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: textFragmentUrl(a.pageUrl, a.selectors.quote),
    claimReviewed: a.text,
    datePublished: isoTime(a.updatedAt).slice(0, 10),
    author: { '@type': reviewer.type ?? 'Person', name: reviewer.name, ...(reviewer.url ? { url: reviewer.url } : {}) },
    reviewRating: {
      '@type': 'Rating',
      ...(v.rating !== null ? { ratingValue: v.rating } : {}),
      bestRating: BEST,
      worstRating: WORST,
      alternateName: v.label,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(speaker ? { author: { '@type': 'Person', name: speaker } } : {}),
      appearance,
    },
    ...(a.note.trim() ? { reviewBody: a.note } : {}),
    ...(a.evidence.length ? { citation: a.evidence } : {}),
  };
}

/** The notes that get a ClaimReview: live claims with a verdict other than "unchecked". */
export const isReviewed = (a: AnnotationRecord): boolean => a.kind === 'claim' && a.verdict !== null && a.verdict !== 'unchecked' && a.deletedAt === null;

/** A JSON array of ClaimReviews as parts (one per claim), for `paced` or `join('')`. */
export function* claimReviewParts(data: ExportData, opts: ClaimReviewOptions): Generator<string> {
  const pages = new Map(data.pages.map((p) => [p.url, p]));
  const speakerOf = opts.speakerOf ?? speakerFinder(data);
  const reviewer = opts.reviewer ?? DEFAULT_REVIEWER;
  let first = true;
  yield '[';
  for (const a of data.annotations) {
    // An empty part still counts towards the chunk, so `paced` yields regularly.
    if (!isReviewed(a)) {
      yield '';
      continue;
    }
    yield `${first ? '' : ','}\n  ${JSON.stringify(review(a, pages.get(a.pageUrl), speakerOf(a), reviewer))}`;
    first = false;
  }
  yield first ? ']\n' : '\n]\n';
}

export function toClaimReviewJson(data: ExportData, opts: ClaimReviewOptions): string {
  return [...claimReviewParts(data, opts)].join('');
}
