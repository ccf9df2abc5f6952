import type { ClaimReview } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { authorType } from '../../lib/export/claim-author';
import { claimReviewWarnings, countReviewed, factCheckUrlOf, toClaimReviewJson, type ClaimReviewOptions } from '../../lib/export/claim-review';
import type { AnnotationRecord } from '../../lib/storage/schemas';
import { CLAIM, EXPORTED_AT, PAGE_1, QUOTE, SAMPLE } from './sample';

const DESK = { type: 'Organization' as const, name: 'Desk Check', url: 'https://desk.example/' };
const full: ClaimReviewOptions = { exportedAt: EXPORTED_AT, reviewer: DESK, factCheckUrl: 'https://desk.example/checks/{id}' };
const reviews = (annotations: AnnotationRecord[], opts: ClaimReviewOptions = full, pages = SAMPLE.pages) =>
  JSON.parse(toClaimReviewJson({ ...SAMPLE, pages, annotations }, opts))['@graph'] as Record<string, any>[];

const get = (o: unknown, path: string): unknown => path.split('.').reduce<any>((x, k) => (x == null ? undefined : x[k]), o);

/**
 * Google's ClaimReview structured data (developers.google.com/search/docs/appearance/structured-data/factcheck):
 * required and recommended properties of ClaimReview, its Claim, the Rating and the authors.
 */
describe('a ClaimReview has the properties Google requires and recommends', () => {
  const [r] = reviews([QUOTE, CLAIM]);
  it.each([
    ['required', 'claimReviewed'],
    ['required', 'reviewRating'],
    ['required', 'url'],
    ['required', 'reviewRating.alternateName'],
    ['recommended', 'author'],
    ['recommended', 'author.name'],
    ['recommended', 'author.url'],
    ['recommended', 'datePublished'],
    ['recommended', 'itemReviewed'],
    ['recommended', 'itemReviewed.author'],
    ['recommended', 'itemReviewed.author.name'],
    ['recommended', 'itemReviewed.datePublished'],
    ['recommended', 'itemReviewed.appearance'],
    ['recommended', 'itemReviewed.appearance.url'],
    ['recommended', 'reviewRating.bestRating'],
    ['recommended', 'reviewRating.worstRating'],
    ['recommended', 'reviewRating.ratingValue'],
  ])('%s: %s', (_level, path) => {
    const v = get(r, path);
    expect(v).toBeDefined();
    expect(v).not.toBe('');
  });

  it.each([
    ['@type', 'ClaimReview'],
    ['reviewRating.@type', 'Rating'],
    ['itemReviewed.@type', 'Claim'],
    ['itemReviewed.appearance.@type', 'CreativeWork'],
  ])('%s is %s', (path, type) => expect(get(r, path)).toBe(type));

  it('the rating lies within its scale', () => {
    expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(r.reviewRating.worstRating);
    expect(r.reviewRating.ratingValue).toBeLessThanOrEqual(r.reviewRating.bestRating);
  });

  it('dates are ISO 8601 days', () => {
    expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.itemReviewed.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('url is the fact-check page, never the reviewed article', () => {
    expect(r.url).toBe('https://desk.example/checks/claim-1');
    expect(r.url.startsWith(PAGE_1.url)).toBe(false);
    expect(r.itemReviewed.appearance.url.startsWith(PAGE_1.url)).toBe(true);
  });

  it('the article byline is the appearance’s author', () => {
    expect(r.itemReviewed.appearance.author).toEqual({ '@type': 'Person', name: 'Ann Lee' });
  });
});

describe('the fact-check page address', () => {
  it.each([
    ['a template: one page per claim', 'https://desk.example/checks/{id}', 'claim 1/x', 'https://desk.example/checks/claim%201%2Fx'],
    ['one page for every claim of the export', 'https://desk.example/2024/petition-check', 'claim-1', 'https://desk.example/2024/petition-check'],
    ['none set', null, 'claim-1', null],
  ])('%s', (_name, template, id, url) => expect(factCheckUrlOf(template, { ...CLAIM, id })).toBe(url));

  it('without one, the reviews have no url and the export says so', () => {
    const [r] = reviews([CLAIM], { exportedAt: EXPORTED_AT, reviewer: DESK });
    expect(r.url).toBeUndefined();
    expect(claimReviewWarnings({ reviewer: DESK })).toEqual([expect.stringContaining('no "url"')]);
  });

  it('without a reviewer, no author is invented', () => {
    const [r] = reviews([CLAIM], { exportedAt: EXPORTED_AT, factCheckUrl: 'https://desk.example/c' });
    expect(r.author).toBeUndefined();
    expect(claimReviewWarnings({ factCheckUrl: 'https://desk.example/c' })).toEqual([expect.stringContaining('no "author"')]);
    expect(claimReviewWarnings(full)).toEqual([]);
  });

  it('a Person reviewer stays a Person', () => {
    const [r] = reviews([CLAIM], { ...full, reviewer: { type: 'Person', name: 'Ana Lima', url: null } });
    expect(r.author).toEqual({ '@type': 'Person', name: 'Ana Lima' });
  });
});

describe('claim authors: Organization or Person', () => {
  it.each([
    ['Sergey Morozov', 'Person'],
    ['Dr. Anna Nowak', 'Person'],
    ['Ministry of Health', 'Organization'],
    ['the health ministry', 'Organization'],
    ['Acme Holdings Inc.', 'Organization'],
    ['Siemens AG', 'Organization'],
    ['NATO', 'Organization'],
    ['Министерство здравоохранения', 'Organization'],
    ['Polizei Berlin', 'Organization'],
    ['James Bond', 'Person'],
    ['Courtney Bankston', 'Person'],
    ['Li', 'Person'],
  ])('%s → %s', (name, type) => expect(authorType(name)).toBe(type));

  it('an organisation speaker is exported as an Organization', () => {
    const quote = { ...QUOTE, speaker: 'Ministry of Health' };
    const [r] = reviews([quote, CLAIM]);
    expect(r.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Ministry of Health' });
  });
});

describe('counting what is written', () => {
  it.each([
    ['a reviewed claim', [CLAIM], 1],
    ['notes and quotes are no claims', [QUOTE, SAMPLE.annotations[2]], 0],
    ['an unchecked claim gets no review', [{ ...CLAIM, verdict: 'unchecked' as const }], 0],
    ['a deleted claim gets no review', [{ ...CLAIM, deletedAt: 1 }], 0],
  ])('%s', (_name, annotations, n) => {
    expect(countReviewed({ ...SAMPLE, annotations })).toBe(n);
    expect(reviews(annotations)).toHaveLength(n);
  });
});

describe('schema-dts types the objects at compile time', () => {
  it('a misspelt property is a type error (checked by tsc)', () => {
    // @ts-expect-error claimReviewd is no ClaimReview property
    const bad: ClaimReview = { '@type': 'ClaimReview', claimReviewd: 'x' };
    expect(bad).toBeDefined();
  });
});
