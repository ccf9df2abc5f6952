import type { RangeSelector, TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors';
import { VERDICT_LABELS, type AnnotationRecord } from '../storage/schemas';
import { codePointPosition } from './code-points';
import { isUuid, stableUuid, toUrnUuid } from './ids';
import { isoTime, type ExportData, type ExportOptions } from './types';

/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) as JSON-LD: an
 * AnnotationCollection whose first (and only) AnnotationPage holds the annotations.
 *
 * How a note maps: the passage is the target (TextQuoteSelector + TextPositionSelector on the
 * page address); the note is a TextualBody `commenting`, each tag a TextualBody `tagging`, a
 * verdict a TextualBody `assessing` (its label), a quote's speaker a TextualBody `identifying`,
 * evidence links SpecificResources `linking`. The motivation follows the kind: claim → assessing,
 * highlight and quote → highlighting, note → commenting (tagging when it has only tags).
 *
 * What the model has no term for travels in Sourcelight's extension: one `sourcelight` property
 * per annotation, a JSON literal (`@type: @json`, JSON-LD 1.1) defined in the document's own
 * context, so it expands cleanly with no context to fetch and other tools can ignore it. It holds
 * the note's kind (an unnamed quote stays a quote), an id that is not a UUID, colour, the
 * speaker's role, deletion, the labels of evidence links, and the UTF-16 offsets Sourcelight
 * re-anchors with (see code-points.ts: the standard TextPositionSelector counts code points and
 * is given only where that is known).
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const SOURCELIGHT_TERM = 'sourcelight';
export const SOURCELIGHT_IRI = 'urn:sourcelight:note';
/**
 * anno.jsonld, then our own terms: the extension, and the fields of Hypothesis's RangeSelector
 * (kept from a Hypothesis import), which anno.jsonld does not define (its RangeSelector has
 * start and end selectors instead).
 */
export const CONTEXT = [
  ANNO_CONTEXT,
  {
    [SOURCELIGHT_TERM]: { '@id': SOURCELIGHT_IRI, '@type': '@json' },
    startContainer: 'urn:sourcelight:range:startContainer',
    startOffset: 'urn:sourcelight:range:startOffset',
    endContainer: 'urn:sourcelight:range:endContainer',
    endOffset: 'urn:sourcelight:range:endOffset',
  },
] as const;

/** Sourcelight's fields of a note that the Web Annotation model cannot carry. */
export interface SourcelightExtension {
  kind: AnnotationRecord['kind'];
  /** The note's own id when it is not a UUID (the annotation's id is then a name-based UUID). */
  id?: string;
  colour?: string;
  speakerRole?: string;
  /** When the note was deleted (ISO time); a deleted note is exported only when asked for. */
  deleted?: string;
  /** Sourcelight's position hint, in UTF-16 units. */
  position?: { start: number; end: number };
  /** The labels the reader gave evidence links ("UN OCHA report"), by the link's address. */
  evidenceLabels?: Array<{ url: string; label: string }>;
}

export type Motivation = 'highlighting' | 'commenting' | 'tagging' | 'assessing';

export function motivationOf(a: AnnotationRecord): Motivation {
  if (a.kind === 'claim') return 'assessing';
  if (a.kind === 'note') return !a.note.trim() && a.tags.length ? 'tagging' : 'commenting';
  return 'highlighting';
}

type Body =
  | { type: 'TextualBody'; purpose: 'commenting' | 'tagging' | 'assessing' | 'identifying'; value: string; format?: 'text/plain' }
  | { type: 'SpecificResource'; purpose: 'linking'; source: string };

function bodies(a: AnnotationRecord): Body[] {
  const out: Body[] = [];
  if (a.note) out.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  for (const t of a.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: t });
  if (a.verdict) out.push({ type: 'TextualBody', purpose: 'assessing', value: VERDICT_LABELS[a.verdict].label });
  if (a.speaker) out.push({ type: 'TextualBody', purpose: 'identifying', value: a.speaker });
  for (const e of a.evidence) out.push({ type: 'SpecificResource', purpose: 'linking', source: e });
  return out;
}

function extension(a: AnnotationRecord, standardPosition: TextPositionSelector | null): SourcelightExtension {
  const p = a.selectors.position;
  const labels = a.evidence.flatMap((url, i) => (a.evidenceLabels?.[i] ? [{ url, label: a.evidenceLabels[i]! }] : []));
  return {
    kind: a.kind,
    ...(isUuid(a.id) && a.id === a.id.toLowerCase() ? {} : { id: a.id }),
    ...(a.colour ? { colour: a.colour } : {}),
    ...(a.speakerRole ? { speakerRole: a.speakerRole } : {}),
    ...(a.deletedAt !== null ? { deleted: isoTime(a.deletedAt) } : {}),
    ...(labels.length ? { evidenceLabels: labels } : {}),
    ...(p && (!standardPosition || standardPosition.start !== p.start || standardPosition.end !== p.end) ? { position: { start: p.start, end: p.end } } : {}),
  };
}

/** One note as a Web Annotation (without its own @context; the collection carries it). */
export function toWebAnnotation(a: AnnotationRecord) {
  const body = bodies(a);
  const position = codePointPosition(a.selectors);
  const selector: Array<TextQuoteSelector | TextPositionSelector | RangeSelector> = [a.selectors.quote];
  if (position) selector.push(position);
  if (a.selectors.range) selector.push(a.selectors.range);
  return {
    id: toUrnUuid(a.id),
    type: 'Annotation' as const,
    motivation: motivationOf(a),
    created: isoTime(a.createdAt),
    modified: isoTime(a.updatedAt),
    ...(body.length ? { body } : {}),
    target: { source: a.pageUrl, selector },
    [SOURCELIGHT_TERM]: extension(a, position),
  };
}

/** The collection as parts (one per annotation), for `paced` or `join('')`. */
export function* webAnnotationParts(data: ExportData, opts: Pick<ExportOptions, 'exportedAt'>): Generator<string> {
  const generated = opts.exportedAt.toISOString();
  const id = `urn:uuid:${stableUuid(`sourcelight-export:${generated}:${data.annotations.length}`)}`;
  const pageId = `urn:uuid:${stableUuid(`sourcelight-export-page:${generated}:${data.annotations.length}`)}`;
  const head = {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Sourcelight notes',
    total: data.annotations.length,
    generated,
    generator: { type: 'Software', name: 'Sourcelight' },
  };
  // The head object's JSON without its closing brace, then the embedded page.
  // The page is embedded, and the model requires it to have an id too (and to say its collection).
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "first": {\n    "id": ${JSON.stringify(pageId)},\n    "type": "AnnotationPage",\n    "partOf": ${JSON.stringify(id)},\n    "startIndex": 0,\n    "items": [`;
  const n = data.annotations.length;
  for (let i = 0; i < n; i++) yield `\n      ${JSON.stringify(toWebAnnotation(data.annotations[i]))}${i < n - 1 ? ',' : '\n    '}`;
  yield ']\n  }\n}\n';
}

export function toWebAnnotationJson(data: ExportData, opts: Pick<ExportOptions, 'exportedAt'>): string {
  return [...webAnnotationParts(data, opts)].join('');
}
