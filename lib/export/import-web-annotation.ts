import { z } from 'zod';
import { RangeSelectorSchema, TextPositionSelectorSchema, TextQuoteSelectorSchema, type Selectors } from '../anchoring/selectors';
import {
  AnnotationKindSchema,
  AnnotationRecordSchema,
  ColourSchema,
  describeIssues,
  tagKey,
  VERDICT_LABELS,
  VERDICTS,
  type AnnotationKind,
  type AnnotationRecord,
  type PageRecord,
  type Verdict,
} from '../storage/schemas';
import { wordsOf } from '../storage/words';
import { normalizeUrl } from '../url/normalize';
import { utf16Position } from './code-points';
import { fromAnnotationId } from './ids';
import { SOURCELIGHT_TERM } from './web-annotation';
import type { ImportCandidate, ImportIssue, ParseImportResult } from './import-types';

/**
 * Reading W3C Web Annotations: a single Annotation, an array of them, an AnnotationPage, or an
 * AnnotationCollection with embedded pages, as Sourcelight writes them and as other tools do
 * (Hypothesis-style: `target` an array of `{source, selector: [RangeSelector,
 * TextPositionSelector, TextQuoteSelector]}`, bodies as strings or objects, tags as `tagging`
 * bodies, or the older `text`/`tags`/`uri` fields). Only text selectors are used; a
 * RangeSelector (DOM paths) is ignored, and an annotation with no TextQuoteSelector (a page
 * note) is reported, since a note needs the passage.
 */

const Str = z.string();
const OneOrMany = <T extends z.ZodType>(s: T) => z.union([s, z.array(s)]);
const TypeField = OneOrMany(Str).optional();

const SelectorSchema = z.looseObject({ type: TypeField });
const TargetSchema = z.union([
  Str,
  z.looseObject({ source: Str.optional(), id: Str.optional(), selector: OneOrMany(SelectorSchema).optional() }),
]);
const BodySchema = z.union([
  Str,
  z.looseObject({
    type: TypeField,
    value: Str.optional(),
    purpose: OneOrMany(Str).optional(),
    source: Str.optional(),
    id: Str.optional(),
  }),
]);
/** Sourcelight's extension, checked field by field: a bad one is a specific error, never a guess. */
const ExtensionSchema = z.object({
  kind: AnnotationKindSchema,
  id: z.string().min(1).max(200).optional(),
  colour: ColourSchema.optional(),
  speakerRole: z.string().max(500).optional(),
  deleted: z.iso.datetime({ offset: true }).optional(),
  position: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
  evidenceLabels: z.array(z.object({ url: z.string().max(4000), label: z.string().min(1).max(300) })).max(50).optional(),
});
type Extension = z.infer<typeof ExtensionSchema>;

/** Hypothesis's `document` (its `title` is a list). */
const HypothesisDocumentSchema = z.looseObject({ title: z.union([Str, z.array(Str)]).optional() });

export const W3CAnnotationSchema = z.looseObject({
  id: Str.optional(),
  type: TypeField,
  motivation: OneOrMany(Str).optional(),
  created: Str.optional(),
  modified: Str.optional(),
  body: OneOrMany(BodySchema).optional(),
  bodyValue: Str.optional(),
  target: z.union([TargetSchema, z.array(TargetSchema).min(1)]),
  // Older Hypothesis-style fields.
  text: Str.optional(),
  tags: z.array(Str).optional(),
  uri: Str.optional(),
  updated: Str.optional(),
  document: HypothesisDocumentSchema.optional(),
  references: z.array(Str).optional(),
  [SOURCELIGHT_TERM]: z.unknown().optional(),
});
type W3CAnnotation = z.infer<typeof W3CAnnotationSchema>;

const many = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
/** `oa:commenting`, `http://www.w3.org/ns/oa#commenting` and `commenting` are the same term. */
const term = (s: string): string => s.replace(/^.*[#:/]/, '');
const hasType = (o: { type?: string | string[] }, t: string) => many(o.type).some((x) => term(x) === t);

const BY_LABEL = new Map<string, Verdict>();
for (const v of VERDICTS) {
  BY_LABEL.set(v, v);
  BY_LABEL.set(VERDICT_LABELS[v].label.toLowerCase(), v);
}

const isWebUrl = (s: string) => /^https?:\/\/\S+$/i.test(s);

class Invalid extends Error {}

function selectorsOf(a: W3CAnnotation, ext: Extension | null): { source: string; selectors: Selectors } {
  const targets = many(a.target);
  let source: string | undefined;
  for (const t of targets) {
    if (typeof t === 'string') {
      source ??= t;
      continue;
    }
    source ??= t.source ?? t.id;
    const sels = many(t.selector);
    const quote = sels.find((s) => hasType(s, 'TextQuoteSelector'));
    if (!quote) continue;
    const q = TextQuoteSelectorSchema.safeParse({ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' });
    if (!q.success) throw new Invalid(`TextQuoteSelector: ${describeIssues(q.error)}`);
    const posRaw = sels.find((s) => hasType(s, 'TextPositionSelector'));
    let position: Selectors['position'];
    if (ext?.position) {
      const p = TextPositionSelectorSchema.safeParse({ type: 'TextPositionSelector', ...ext.position });
      if (!p.success) throw new Invalid(`sourcelight.position: ${describeIssues(p.error)}`);
      position = p.data;
    } else if (posRaw) {
      // Code points in the model; UTF-16 units in Sourcelight (code-points.ts).
      const p = TextPositionSelectorSchema.safeParse({ type: 'TextPositionSelector', start: posRaw.start, end: posRaw.end });
      if (!p.success) throw new Invalid(`TextPositionSelector: ${describeIssues(p.error)}`);
      position = utf16Position(p.data, q.data.exact, q.data.prefix);
    }
    const rangeRaw = sels.find((s) => hasType(s, 'RangeSelector') && 'startContainer' in s);
    let range: Selectors['range'];
    if (rangeRaw) {
      const r = RangeSelectorSchema.safeParse({ ...rangeRaw, type: 'RangeSelector' });
      if (!r.success) throw new Invalid(`RangeSelector: ${describeIssues(r.error)}`);
      range = r.data;
    }
    const src = t.source ?? t.id ?? a.uri;
    if (!src) throw new Invalid('the target has no source (the page address)');
    return { source: src, selectors: { quote: q.data, ...(position ? { position } : {}), ...(range ? { range } : {}) } };
  }
  throw new Invalid(
    source ?? a.uri
      ? 'no TextQuoteSelector: the annotation is about a whole page, and a note needs the quoted passage'
      : 'no target with a TextQuoteSelector',
  );
}

interface Bodies {
  comments: string[];
  tags: string[];
  verdict: Verdict | null;
  speaker: string | null;
  evidence: string[];
}

function readBodies(a: W3CAnnotation): Bodies {
  const out: Bodies = { comments: [], tags: [], verdict: null, speaker: null, evidence: [] };
  const motivations = many(a.motivation).map(term);
  if (a.bodyValue) out.comments.push(a.bodyValue);
  if (a.text) out.comments.push(a.text);
  out.tags.push(...(a.tags ?? []));
  for (const b of many(a.body)) {
    if (typeof b === 'string') {
      if (isWebUrl(b)) out.evidence.push(b);
      else out.comments.push(b);
      continue;
    }
    const purposes = many(b.purpose).map(term);
    // A body without a purpose takes the annotation's motivation.
    const purpose = purposes[0] ?? (motivations.length === 1 ? motivations[0] : 'commenting');
    if (b.value === undefined) {
      const link = b.source ?? b.id;
      if (link && isWebUrl(link)) out.evidence.push(link);
      continue;
    }
    if (purpose === 'tagging') out.tags.push(b.value);
    else if (purpose === 'assessing') {
      const v = BY_LABEL.get(b.value.trim().toLowerCase());
      if (!v) throw new Invalid(`unknown verdict "${b.value}" (expected one of: ${VERDICTS.map((x) => VERDICT_LABELS[x].label).join(', ')})`);
      out.verdict ??= v;
    } else if (purpose === 'identifying') out.speaker ??= b.value;
    else out.comments.push(b.value);
  }
  return out;
}

function kindOf(motivations: string[], b: Bodies, ext: Extension | null): AnnotationKind {
  if (ext) return ext.kind;
  if (b.verdict || motivations.includes('assessing')) return 'claim';
  if (b.speaker) return 'quote';
  // A highlight may carry a comment; the motivation says which the author meant.
  if (motivations.includes('highlighting')) return 'highlight';
  if (b.comments.length || b.tags.length || motivations.includes('commenting') || motivations.includes('tagging')) return 'note';
  return 'highlight';
}

function time(s: string | undefined): number | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) && t >= 0 ? t : null;
}

function dedupeTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((t) => {
    const k = tagKey(t);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The labels of the evidence links, by their address (a link refused on import takes its label with it). */
function labelsOf(evidence: string[], ext: Extension | null): { evidenceLabels?: Array<string | null> } {
  const byUrl = new Map(ext?.evidenceLabels?.map((l) => [l.url, l.label]));
  const labels = evidence.map((u) => byUrl.get(u) ?? null);
  return labels.some((l) => l) ? { evidenceLabels: labels } : {};
}

/** One Web Annotation as a note record, or the reason it cannot be one. */
export function fromWebAnnotation(raw: unknown, now: number, newId: () => string): { ok: true; record: AnnotationRecord; title?: string } | { ok: false; reason: string } {
  const p = W3CAnnotationSchema.safeParse(raw);
  if (!p.success) return { ok: false, reason: `not a Web Annotation: ${describeIssues(p.error)}` };
  const a = p.data;
  let ext: Extension | null = null;
  if (a[SOURCELIGHT_TERM] !== undefined) {
    const e = ExtensionSchema.safeParse(a[SOURCELIGHT_TERM]);
    if (!e.success) return { ok: false, reason: `Sourcelight's extension is damaged: ${describeIssues(e.error)}` };
    ext = e.data;
  }
  try {
    if (a.references?.length) throw new Invalid('a reply to another annotation, not a note on a passage');
    const { source, selectors } = selectorsOf(a, ext);
    const b = readBodies(a);
    const kind = kindOf(many(a.motivation).map(term), b, ext);
    const createdAt = time(a.created) ?? now;
    const note = b.comments.join('\n\n');
    const text = selectors.quote.exact;
    const deletedAt = ext?.deleted ? Date.parse(ext.deleted) : null;
    const r = AnnotationRecordSchema.safeParse({
      id: ext?.id ?? (a.id ? fromAnnotationId(a.id) : newId()),
      pageUrl: normalizeUrl(source) ?? source,
      selectors,
      text,
      note,
      tags: dedupeTags(b.tags),
      colour: ext?.colour ?? null,
      kind,
      verdict: kind === 'claim' ? (b.verdict ?? 'unchecked') : null,
      evidence: b.evidence,
      ...labelsOf(b.evidence, ext),
      speaker: kind === 'quote' || kind === 'claim' ? b.speaker : null,
      ...((kind === 'quote' || kind === 'claim') && ext?.speakerRole ? { speakerRole: ext.speakerRole } : {}),
      createdAt,
      updatedAt: Math.max(createdAt, time(a.modified) ?? time(a.updated) ?? createdAt),
      deletedAt,
      words: wordsOf(text, note),
    });
    if (!r.success) return { ok: false, reason: describeIssues(r.error) };
    const title = many(a.document?.title).find((t) => t.trim())?.trim().slice(0, 1000);
    return { ok: true, record: r.data, ...(title ? { title } : {}) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: e.message };
    throw e;
  }
}

/** The annotations of a Web Annotation document, or why there are none. */
function itemsOf(v: unknown): { items: unknown[]; format: 'web-annotation' | 'hypothesis' } | string {
  const items = webItems(v);
  if (typeof items === 'string') return items;
  return { items, format: isHypothesis(v) ? 'hypothesis' : 'web-annotation' };
}

const isHypothesis = (v: unknown): boolean =>
  !!v && typeof v === 'object' && !Array.isArray(v) && ('export_date' in v || 'client_version' in v || (Array.isArray((v as { rows?: unknown }).rows) && 'total' in v));

function webItems(v: unknown): unknown[] | string {
  if (Array.isArray(v)) return v;
  if (!v || typeof v !== 'object') return 'This file is neither a Sourcelight export nor Web Annotations.';
  const o = v as { type?: unknown; items?: unknown; first?: unknown; target?: unknown; annotations?: unknown; rows?: unknown; export_date?: unknown; total?: unknown };
  // Hypothesis: its client's export, then its API search response.
  if ('export_date' in o || 'client_version' in o) {
    return Array.isArray(o.annotations) ? o.annotations : 'This Hypothesis export has no list of annotations.';
  }
  if (Array.isArray(o.rows) && typeof o.total === 'number') return o.rows;
  const types = many(o.type as string | string[] | undefined).filter((t) => typeof t === 'string').map(term);
  if (types.includes('Annotation') || (!types.length && o.target !== undefined)) return [v];
  if (Array.isArray(o.items)) return o.items;
  if (types.includes('AnnotationCollection')) {
    if (o.first && typeof o.first === 'object' && Array.isArray((o.first as { items?: unknown }).items)) return (o.first as { items: unknown[] }).items;
    if (typeof o.first === 'string') return 'This annotation collection does not include its annotations (its pages are only linked); export it with the annotations embedded.';
    return [];
  }
  return 'This file is neither a Sourcelight export nor Web Annotations.';
}

export function readWebAnnotations(value: unknown, lineOf: (o: unknown) => number | null, now: number, newId: () => string): ParseImportResult {
  const found = itemsOf(value);
  if (typeof found === 'string') return { ok: false, error: { message: found } };
  const { items, format } = found;
  const annotations: ImportCandidate[] = [];
  const invalid: ImportIssue[] = [];
  const pages = new Map<string, PageRecord>();
  items.forEach((raw, index) => {
    const r = fromWebAnnotation(raw, now, newId);
    if (!r.ok) {
      invalid.push({ table: 'annotations', index, line: lineOf(raw), reason: r.reason });
      return;
    }
    annotations.push({ index, line: lineOf(raw), record: r.record });
    const page = pages.get(r.record.pageUrl);
    if (!page) {
      pages.set(r.record.pageUrl, { url: r.record.pageUrl, title: r.title ?? '', site: null, byline: null, publishedTime: null, firstVisit: now, lastVisit: now });
    } else if (!page.title && r.title) page.title = r.title;
  });
  return { ok: true, parsed: { format, annotations, pages: [...pages.values()], tags: [], invalid } };
}
