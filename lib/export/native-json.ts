import { z } from 'zod';
import { AnnotationRecordSchema, PageRecordSchema, TagRecordSchema, type AnnotationRecord } from '../storage/schemas';
import { wordsOf } from '../storage/words';
import type { ExportData, ExportOptions } from './types';

/**
 * The native format: every stored field of pages, notes and tags, so an import restores the
 * notes exactly. Written one record per line, so a file is diffable and an import can point at
 * the line of a bad record. A note's `words` (the search index) are derived, so they are left out
 * and rebuilt on import; tag counts are recounted on import too.
 */
export const NATIVE_FORMAT = 'sourcelight';
export const NATIVE_VERSION = 1;

/** A note as exported: the record without `words`. */
export const ExportedAnnotationSchema = z.preprocess((raw) => {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const r = raw as Record<string, unknown>;
  const text = typeof r.text === 'string' ? r.text : '';
  const note = typeof r.note === 'string' ? r.note : '';
  return { ...r, words: wordsOf(text, note) };
}, AnnotationRecordSchema);

/** The envelope: recognised first, so records can be checked (and reported) one by one. */
export const NativeEnvelopeSchema = z.object({
  format: z.literal(NATIVE_FORMAT),
  version: z.number().int(),
  exportedAt: z.iso.datetime(),
  pages: z.array(z.unknown()),
  annotations: z.array(z.unknown()),
  tags: z.array(z.unknown()),
});

/** The whole file, every record checked (for callers that want all-or-nothing). */
export const NativeExportSchema = z.object({
  format: z.literal(NATIVE_FORMAT),
  version: z.literal(NATIVE_VERSION),
  exportedAt: z.iso.datetime(),
  pages: z.array(PageRecordSchema),
  annotations: z.array(ExportedAnnotationSchema),
  tags: z.array(TagRecordSchema),
});
export type NativeExport = z.infer<typeof NativeExportSchema>;

function withoutWords(a: AnnotationRecord): Omit<AnnotationRecord, 'words'> {
  const { words: _words, ...rest } = a;
  return rest;
}

function* list<T>(name: string, items: T[], last: boolean, shape: (item: T) => unknown = (x) => x): Generator<string> {
  if (!items.length) {
    yield `  "${name}": []${last ? '' : ','}\n`;
    return;
  }
  yield `  "${name}": [\n`;
  // Shaped one by one as written: no pass over 100,000 notes before the first part.
  for (let i = 0; i < items.length; i++) yield `    ${JSON.stringify(shape(items[i]))}${i < items.length - 1 ? ',' : ''}\n`;
  yield `  ]${last ? '' : ','}\n`;
}

/** The native JSON file as parts (one per record), for `paced` or `join('')`. */
export function* nativeJsonParts(data: ExportData, opts: Pick<ExportOptions, 'exportedAt'>): Generator<string> {
  yield `{\n  "format": "${NATIVE_FORMAT}",\n  "version": ${NATIVE_VERSION},\n  "exportedAt": ${JSON.stringify(opts.exportedAt.toISOString())},\n`;
  yield* list('pages', data.pages, false);
  yield* list('annotations', data.annotations, false, withoutWords);
  yield* list('tags', data.tags, true);
  yield '}\n';
}

export function toNativeJson(data: ExportData, opts: Pick<ExportOptions, 'exportedAt'>): string {
  return [...nativeJsonParts(data, opts)].join('');
}
