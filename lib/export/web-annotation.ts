import { toW3C } from '../anchoring/selectors';
import { VERDICT_LABELS, type AnnotationRecord } from '../storage/schemas';
import { toUrnUuid } from './ids';
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
 * Colour is not carried.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

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

/** One note as a Web Annotation (without its own @context; the collection carries it). */
export function toWebAnnotation(a: AnnotationRecord) {
  const body = bodies(a);
  return {
    id: toUrnUuid(a.id),
    type: 'Annotation' as const,
    motivation: motivationOf(a),
    created: isoTime(a.createdAt),
    modified: isoTime(a.updatedAt),
    ...(body.length ? { body } : {}),
    target: { source: a.pageUrl, selector: toW3C(a.selectors) },
  };
}

/** The collection as parts (one per annotation), for `paced` or `join('')`. */
export function* webAnnotationParts(data: ExportData, opts: Pick<ExportOptions, 'exportedAt'>): Generator<string> {
  const generated = opts.exportedAt.toISOString();
  const head = {
    '@context': ANNO_CONTEXT,
    id: toUrnUuid(`sourcelight-export:${generated}:${data.annotations.length}`),
    type: 'AnnotationCollection',
    label: 'Sourcelight notes',
    total: data.annotations.length,
    generated,
    generator: { type: 'Software', name: 'Sourcelight' },
  };
  // The head object's JSON without its closing brace, then the embedded page.
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "first": {\n    "type": "AnnotationPage",\n    "startIndex": 0,\n    "items": [`;
  const n = data.annotations.length;
  for (let i = 0; i < n; i++) yield `\n      ${JSON.stringify(toWebAnnotation(data.annotations[i]))}${i < n - 1 ? ',' : '\n    '}`;
  yield ']\n  }\n}\n';
}

export function toWebAnnotationJson(data: ExportData, opts: Pick<ExportOptions, 'exportedAt'>): string {
  return [...webAnnotationParts(data, opts)].join('');
}
