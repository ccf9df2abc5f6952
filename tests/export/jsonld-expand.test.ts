import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { toClaimReviewJson } from '../../lib/export/claim-review';
import { toWebAnnotationJson } from '../../lib/export/web-annotation';
import type { AnnotationRecord } from '../../lib/storage/schemas';
import { CLAIM, EXPORTED_AT, QUOTE, SAMPLE } from './sample';

/**
 * Both JSON-LD exports expanded by the reference JSON-LD processor (`jsonld`) against contexts
 * shipped with the tests: the W3C anno.jsonld as published, and a strict subset of schema.org's
 * context (tests/export/contexts/). The document loader serves those two and refuses every other
 * address, so nothing is fetched. `safe: true` makes the processor fail on anything it would drop
 * (an undefined term, a relative IRI), so "expands cleanly" means every property is understood.
 */
const CONTEXTS: Record<string, string> = {
  'http://www.w3.org/ns/anno.jsonld': 'anno.jsonld',
  'https://schema.org': 'schema-org.jsonld',
};

const documentLoader = async (url: string) => {
  const file = CONTEXTS[url];
  if (!file) throw new Error(`the test loader serves bundled contexts only, not ${url}`);
  const document = JSON.parse(readFileSync(join(process.cwd(), 'tests/export/contexts', file), 'utf8'));
  return { contextUrl: undefined, documentUrl: url, document };
};

const expand = (text: string) => jsonld.expand(JSON.parse(text), { documentLoader, safe: true } as jsonld.Options.Expand);

/** Every @id and @type of an expanded document that is not an absolute IRI (a term no context defined). */
function relativeIris(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => relativeIris(x, out));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      if (k === '@value') continue;
      if ((k === '@id' || k === '@type') && typeof x === 'string' && x !== '@json' && !/^[a-z][a-z0-9+.-]*:/i.test(x)) out.push(x);
      else if (k === '@type' && Array.isArray(x)) x.forEach((t) => typeof t === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(t) && out.push(t));
      else relativeIris(x, out);
    }
  }
  return out;
}

const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
const SCHEMA = 'http://schema.org/';
type Node = Record<string, unknown> & { '@id'?: string; '@type'?: string[] };
const nodes = (v: unknown): Node[] => (v as Node[]) ?? [];
const value = (n: Node, p: string): unknown => (nodes(n[p])[0] as { '@value'?: unknown } | undefined)?.['@value'];
const id = (n: Node, p: string): unknown => nodes(n[p])[0]?.['@id'];

const ASTRAL = { ...QUOTE, id: 'q-astral', text: 'we 🎉 won', selectors: { quote: { type: 'TextQuoteSelector' as const, exact: 'we 🎉 won', prefix: '🚀 Headline. ', suffix: ' today' }, position: { type: 'TextPositionSelector' as const, start: 13, end: 22 } } };
const DELETED: AnnotationRecord = { ...CLAIM, id: 'gone', deletedAt: Date.UTC(2024, 2, 3) };
const range = { type: 'RangeSelector' as const, startContainer: '/main[1]/p[2]', startOffset: 3, endContainer: '/main[1]/p[2]', endOffset: 12 };
const WITH_RANGE: AnnotationRecord = { ...CLAIM, id: 'ranged', selectors: { ...CLAIM.selectors, range } };
const EVERYTHING = { ...SAMPLE, annotations: [...SAMPLE.annotations, ASTRAL, DELETED, WITH_RANGE] };

describe('Web Annotation export expands against the bundled anno.jsonld', () => {
  it('expands with nothing dropped and every id and type an absolute IRI, and fetches nothing', async () => {
    const out = await expand(toWebAnnotationJson(EVERYTHING, { exportedAt: EXPORTED_AT }));
    expect(out).toHaveLength(1);
    expect(relativeIris(out)).toEqual([]);
  });

  it('the check has teeth: a motivation no context defines is caught', async () => {
    const doc = JSON.parse(toWebAnnotationJson({ ...SAMPLE, annotations: [CLAIM] }, { exportedAt: EXPORTED_AT }));
    doc.first.items[0].motivation = 'fact-checking';
    expect(relativeIris(await expand(JSON.stringify(doc)))).toEqual(['fact-checking']);
  });

  it('the collection, its embedded page (id, partOf) and every annotation as the model requires', async () => {
    const [c] = (await expand(toWebAnnotationJson(EVERYTHING, { exportedAt: EXPORTED_AT }))) as Node[];
    expect(c['@type']).toEqual([`${AS}OrderedCollection`]);
    expect(c['@id']).toMatch(/^urn:uuid:/);
    const page = nodes(c[`${AS}first`])[0];
    expect(page['@type']).toEqual([`${AS}OrderedCollectionPage`]);
    expect(page['@id']).toMatch(/^urn:uuid:/);
    expect(page['@id']).not.toBe(c['@id']);
    expect(id(page, `${AS}partOf`)).toBe(c['@id']);
    const items = (nodes(page[`${AS}items`])[0] as unknown as { '@list': Node[] })['@list'];
    expect(items).toHaveLength(EVERYTHING.annotations.length);
    for (const a of items) {
      expect(a['@type']).toEqual([`${OA}Annotation`]);
      expect(a['@id']).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      const target = nodes(a[`${OA}hasTarget`])[0];
      expect(id(target, `${OA}hasSource`)).toMatch(/^https?:\/\//);
      const selectorTypes = nodes(target[`${OA}hasSelector`]).flatMap((s) => s['@type']);
      expect(selectorTypes).toContain(`${OA}TextQuoteSelector`);
      // The extension is one JSON literal, whole.
      expect(nodes(a['urn:sourcelight:note'])[0]['@type']).toBe('@json');
    }
  });

  it.each([
    ['tagging', `${OA}tagging`],
    ['assessing', `${OA}assessing`],
    ['commenting', `${OA}commenting`],
    ['linking', `${OA}linking`],
  ])('body purpose %s expands to the oa: term', async (_name, iri) => {
    const [c] = (await expand(toWebAnnotationJson({ ...SAMPLE, annotations: [CLAIM] }, { exportedAt: EXPORTED_AT }))) as Node[];
    const a = (nodes(nodes(c[`${AS}first`])[0][`${AS}items`])[0] as unknown as { '@list': Node[] })['@list'][0];
    expect(nodes(a[`${OA}hasBody`]).flatMap((b) => nodes(b[`${OA}hasPurpose`]).map((p) => p['@id']))).toContain(iri);
  });

  it('a TextPositionSelector counts code points: an emoji before and in the passage counts one', async () => {
    const [c] = (await expand(toWebAnnotationJson({ ...SAMPLE, annotations: [ASTRAL] }, { exportedAt: EXPORTED_AT }))) as Node[];
    const a = (nodes(nodes(c[`${AS}first`])[0][`${AS}items`])[0] as unknown as { '@list': Node[] })['@list'][0];
    const pos = nodes(nodes(a[`${OA}hasTarget`])[0][`${OA}hasSelector`]).find((s) => s['@type']?.includes(`${OA}TextPositionSelector`))!;
    // "🚀 Headline. " is 13 UTF-16 units, 12 code points; "we 🎉 won" 9 units, 8 code points.
    expect([value(pos, `${OA}start`), value(pos, `${OA}end`)]).toEqual([12, 20]);
  });
});

describe('ClaimReview export expands against the bundled schema.org context', () => {
  const opts = { exportedAt: EXPORTED_AT, reviewer: { type: 'Organization' as const, name: 'Desk Check', url: 'https://desk.example/' }, factCheckUrl: 'https://desk.example/checks/{id}' };

  it('expands with nothing dropped; the graph holds one ClaimReview per reviewed claim', async () => {
    const graph = (await expand(toClaimReviewJson(EVERYTHING, opts))) as Node[];
    expect(graph.map((n) => n['@type'])).toEqual([[`${SCHEMA}ClaimReview`], [`${SCHEMA}ClaimReview`]]);
    expect(relativeIris(graph)).toEqual([]);
  });

  it('url, author and the claim as schema.org terms, addresses as IRIs', async () => {
    const [r] = (await expand(toClaimReviewJson({ ...SAMPLE, annotations: [CLAIM] }, opts))) as Node[];
    expect(id(r, `${SCHEMA}url`)).toBe('https://desk.example/checks/claim-1');
    const author = nodes(r[`${SCHEMA}author`])[0];
    expect(author['@type']).toEqual([`${SCHEMA}Organization`]);
    expect(id(author, `${SCHEMA}url`)).toBe('https://desk.example/');
    const claim = nodes(r[`${SCHEMA}itemReviewed`])[0];
    expect(claim['@type']).toEqual([`${SCHEMA}Claim`]);
    const appearance = nodes(claim[`${SCHEMA}appearance`])[0];
    expect(id(appearance, `${SCHEMA}url`)).toMatch(/^https:\/\/news\.example\/2024\/petition#:~:text=/);
    expect(value(nodes(r[`${SCHEMA}reviewRating`])[0], `${SCHEMA}alternateName`)).toBe('Mostly false');
  });

  it('a misspelt property would not expand cleanly (the check has teeth)', async () => {
    const doc = JSON.parse(toClaimReviewJson({ ...SAMPLE, annotations: [CLAIM] }, opts));
    doc['@graph'][0].claimReviewd = doc['@graph'][0].claimReviewed;
    await expect(expand(JSON.stringify(doc))).rejects.toThrow();
  });
});
