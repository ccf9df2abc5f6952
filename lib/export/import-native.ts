import { describeIssues, PageRecordSchema, tagKey, TagRecordSchema, type PageRecord, type TagRecord } from '../storage/schemas';
import type { ImportCandidate, ImportIssue, ParseImportResult } from './import-types';
import { ExportedAnnotationSchema, NATIVE_FORMAT, NATIVE_VERSION, NativeEnvelopeSchema } from './native-json';

/** Is this parsed JSON meant to be a native Sourcelight file? */
export const looksNative = (v: unknown): boolean => !!v && typeof v === 'object' && (v as { format?: unknown }).format === NATIVE_FORMAT;

/** Read a native file: the envelope must be right; records are checked one by one. */
export function readNative(value: unknown, lineOf: (o: unknown) => number | null): ParseImportResult {
  const env = NativeEnvelopeSchema.safeParse(value);
  if (!env.success) return { ok: false, error: { message: `This Sourcelight file is damaged: ${describeIssues(env.error)}` } };
  if (env.data.version > NATIVE_VERSION) {
    return { ok: false, error: { message: `This file was made by a newer Sourcelight (format version ${env.data.version}); update the extension to import it.` } };
  }
  if (env.data.version < 1) return { ok: false, error: { message: `Unknown Sourcelight format version ${env.data.version}.` } };

  const invalid: ImportIssue[] = [];
  const pages: PageRecord[] = [];
  env.data.pages.forEach((raw, index) => {
    const r = PageRecordSchema.safeParse(raw);
    if (r.success) pages.push(r.data);
    else invalid.push({ table: 'pages', index, line: lineOf(raw), reason: describeIssues(r.error) });
  });
  const tags: TagRecord[] = [];
  env.data.tags.forEach((raw, index) => {
    const r = TagRecordSchema.safeParse(raw);
    // The key is derived from the name; a file cannot make them disagree.
    if (r.success) tags.push({ ...r.data, key: tagKey(r.data.name) });
    else invalid.push({ table: 'tags', index, line: lineOf(raw), reason: describeIssues(r.error) });
  });
  const annotations: ImportCandidate[] = [];
  env.data.annotations.forEach((raw, index) => {
    const r = ExportedAnnotationSchema.safeParse(raw);
    if (r.success) annotations.push({ index, line: lineOf(raw), record: r.data });
    else invalid.push({ table: 'annotations', index, line: lineOf(raw), reason: describeIssues(r.error) });
  });
  return { ok: true, parsed: { format: 'sourcelight', annotations, pages, tags, invalid } };
}
