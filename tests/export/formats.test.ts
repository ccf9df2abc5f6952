import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, paced } from '../../lib/export/chunks';
import { claimReviewParts, toClaimReviewJson } from '../../lib/export/claim-review';
import { csvParts, toCsv } from '../../lib/export/csv';
import { buildExport, exportParts, savedMessage, type TextFormat } from '../../lib/export/index';
import { markdownParts, toMarkdown } from '../../lib/export/markdown';
import { nativeJsonParts, NativeExportSchema } from '../../lib/export/native-json';
import { webAnnotationParts } from '../../lib/export/web-annotation';
import type { ExportFormat } from '../../lib/export/file-name';
import type { ExportData } from '../../lib/export/types';
import { CLAIM, EXPORTED_AT, NOTE_RU, QUOTE, roleOf, SAMPLE } from './sample';

const expected = (name: string) => readFileSync(join(process.cwd(), 'tests/export/expected', name), 'utf8');
const opts = { exportedAt: EXPORTED_AT, roleOf, reviewer: { type: 'Organization' as const, name: 'Desk Check', url: 'https://desk.example/' }, factCheckUrl: 'https://desk.example/checks/{id}' };
const join_ = (parts: Iterable<string>) => [...parts].join('');

describe('every format gives the exact expected output for the fixed sample', () => {
  it.each([
    ['markdown', 'sample.md', () => join_(markdownParts(SAMPLE, opts))],
    ['native JSON', 'sample.json', () => join_(nativeJsonParts(SAMPLE, opts))],
    ['CSV', 'sample.csv', () => join_(csvParts(SAMPLE, opts))],
    ['Web Annotation', 'sample.web-annotation.jsonld', () => join_(webAnnotationParts(SAMPLE, opts))],
    ['ClaimReview', 'sample.claim-review.jsonld', () => join_(claimReviewParts(SAMPLE, opts))],
  ])('%s', (_name, file, make) => {
    expect(make()).toBe(expected(file));
  });
});

describe('JSON formats parse as JSON and carry the contract', () => {
  it('native JSON validates against its own schema and restores the records', () => {
    const parsed = NativeExportSchema.parse(JSON.parse(expected('sample.json')));
    expect(parsed.annotations).toEqual(SAMPLE.annotations);
    expect(parsed.pages).toEqual(SAMPLE.pages);
    expect(parsed.tags).toEqual(SAMPLE.tags);
  });

  it('Web Annotation: a collection with @context, uuid ids, selectors and purposes', () => {
    const c = JSON.parse(expected('sample.web-annotation.jsonld'));
    expect(c['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c.type).toBe('AnnotationCollection');
    expect(c.total).toBe(3);
    const items = c.first.items;
    expect(items.map((i: { motivation: string }) => i.motivation)).toEqual(['highlighting', 'assessing', 'commenting']);
    for (const i of items) {
      expect(i.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(i.target.selector[0].type).toBe('TextQuoteSelector');
    }
    // The prefix does not reach the start of the text: code points unknown, Sourcelight's own offsets kept.
    expect(items[0].target.selector).toHaveLength(1);
    expect(items[0].sourcelight.position).toEqual({ start: 120, end: 215 });
    expect(items[1].body.map((b: { purpose: string }) => b.purpose)).toEqual(['commenting', 'tagging', 'assessing', 'linking']);
  });

  it('ClaimReview only for claims with a verdict; the speaker comes from the quote over the same passage', () => {
    const reviews = JSON.parse(expected('sample.claim-review.jsonld'))['@graph'];
    expect(reviews).toHaveLength(1);
    expect(reviews[0].itemReviewed.author).toEqual({ '@type': 'Person', name: 'Sergey Morozov' });
    expect(reviews[0].reviewRating).toMatchObject({ ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' });
  });

  it.each([
    ['true', 5],
    ['mostly-true', 4],
    ['mixed', 3],
    ['mostly-false', 2],
    ['false', 1],
    ['unverifiable', undefined],
  ] as const)('verdict %s is rated %s', (verdict, rating) => {
    const out = JSON.parse(toClaimReviewJson({ ...SAMPLE, annotations: [{ ...CLAIM, verdict }] }, { ...opts, reviewer: { name: 'Desk', type: 'Organization', url: null } }))['@graph'];
    expect(out[0].reviewRating.ratingValue).toBe(rating);
    expect(out[0].author).toEqual({ '@type': 'Organization', name: 'Desk' });
  });

  it('an unchecked claim gets no ClaimReview', () => {
    expect(JSON.parse(toClaimReviewJson({ ...SAMPLE, annotations: [{ ...CLAIM, verdict: 'unchecked' }] }, opts))['@graph']).toEqual([]);
  });
});

describe('chunked export', () => {
  it.each(['markdown', 'json', 'csv', 'web-annotation', 'claim-review'] as TextFormat[])('%s: chunks join to the same text, yielding between chunks', async (format) => {
    let yields = 0;
    const chunks = await collect(paced(exportParts(format, SAMPLE, opts), { every: 1, yieldControl: async () => void yields++ }));
    expect(chunks.join('')).toBe(join_(exportParts(format, SAMPLE, opts)));
    expect(yields).toBeGreaterThanOrEqual(chunks.length - 1);
  });

  it('buildExport names the file with the scope and the date', async () => {
    const f = await buildExport('csv', { ...SAMPLE, annotations: [QUOTE, NOTE_RU] }, { ...opts, scope: 'This page', every: 1, yieldControl: async () => {} });
    expect(f.name).toMatch(/^sourcelight-this-page-2024-03-0[45]\.csv$/);
    expect(f.mime).toContain('text/csv');
    expect(f.chunks.length).toBe(3);
  });

  it.each([
    ['every chunk its own part when the limit is one character', 1, 3],
    ['all chunks in one part under a large limit', 1_000_000, 1],
  ])('buildExport packs text chunks as it goes: %s', async (_name, packChars, parts) => {
    const data = { ...SAMPLE, annotations: [QUOTE, NOTE_RU] };
    const whole = join_(exportParts('csv', data, opts));
    const packed: string[][] = [];
    const f = await buildExport('csv', data, {
      ...opts, scope: 'all', every: 1, yieldControl: async () => {}, packChars,
      pack: (p) => (packed.push(p), `[${p.join('')}]`),
    });
    expect(f.chunks).toHaveLength(parts);
    // Nothing lost or reordered: the packed parts hold the whole file in order.
    expect(packed.flat().join('')).toBe(whole);
    expect(f.chunks.join('')).toBe(packed.map((p) => `[${p.join('')}]`).join(''));
  });
});

describe('the speaker role stored on a quote note', () => {
  const stored = { ...SAMPLE, annotations: SAMPLE.annotations.map((a) => (a.id === QUOTE.id ? { ...a, speakerRole: 'chief radiology officer' } : a)) };

  it('is exported without a lookup', () => {
    expect(toMarkdown(stored, { exportedAt: EXPORTED_AT })).toContain('chief radiology officer');
    expect(toCsv(stored, { exportedAt: EXPORTED_AT })).toContain('chief radiology officer');
  });

  it('gives way to the caller’s lookup', () => {
    expect(toMarkdown(stored, { exportedAt: EXPORTED_AT, roleOf: () => 'government adviser' })).not.toContain('chief radiology officer');
  });
});

describe('the status line counts what was written', () => {
  const reviewer = { type: 'Organization' as const, name: 'Desk', url: null };
  it.each([
    ['markdown', SAMPLE, {}, 'Saved 3 notes as f.'],
    ['claim-review', SAMPLE, { reviewer, factCheckUrl: 'https://desk.example/{id}' }, 'Saved 1 claim as f.'],
    ['claim-review', { ...SAMPLE, annotations: [CLAIM, { ...CLAIM, id: 'c2' }, QUOTE] }, { reviewer, factCheckUrl: 'https://desk.example/{id}' }, 'Saved 2 claims as f.'],
    ['claim-review', { ...SAMPLE, annotations: [QUOTE] }, {}, 'No claim has a verdict yet, so f holds no review.'],
  ] as [ExportFormat, ExportData, object, string][])('%s', (format, data, o, message) => expect(savedMessage(format, data, 'f', o)).toBe(message));

  it('ClaimReview without a fact-check page says the url is left out', () => {
    expect(savedMessage('claim-review', SAMPLE, 'f', { reviewer })).toMatch(/^Saved 1 claim as f\. No fact-check page address is set/);
  });
});
