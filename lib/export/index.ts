import { paced, yieldToEventLoop, type PaceOptions } from './chunks';
import { claimReviewParts, claimReviewWarnings, countReviewed, type ClaimReviewOptions } from './claim-review';
import { csvParts } from './csv';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from './file-name';
import { markdownParts } from './markdown';
import { markdownNoteFiles, zipNoteFiles, type NoteFile } from './markdown-notes';
import { nativeJsonParts } from './native-json';
import type { ExportData } from './types';
import { webAnnotationParts } from './web-annotation';

/** The formats written as text parts (all but the zip of note files). */
export type TextFormat = Exclude<ExportFormat, 'markdown-notes'>;

/** The parts of an export in any text format (see each module for the format itself). */
export function exportParts(format: TextFormat, data: ExportData, opts: ClaimReviewOptions): Iterable<string> {
  switch (format) {
    case 'markdown':
      return markdownParts(data, opts);
    case 'json':
      return nativeJsonParts(data, opts);
    case 'csv':
      return csvParts(data, opts);
    case 'web-annotation':
      return webAnnotationParts(data, opts);
    case 'claim-review':
      return claimReviewParts(data, opts);
  }
}

/** What an export of these notes writes: claims for ClaimReview, notes for the others. */
export function writtenCount(format: ExportFormat, data: ExportData): { count: number; noun: string } {
  if (format === 'markdown-notes') {
    const pages = new Set(data.annotations.map((a) => a.pageUrl)).size;
    return { count: pages, noun: pages === 1 ? 'article' : 'articles' };
  }
  const count = format === 'claim-review' ? countReviewed(data) : data.annotations.length;
  const noun = format === 'claim-review' ? 'claim' : 'note';
  return { count, noun: count === 1 ? noun : `${noun}s` };
}

/** The status line after an export: what was written (counted as written), and what to know. */
export function savedMessage(format: ExportFormat, data: ExportData, fileName: string, opts: Pick<ClaimReviewOptions, 'reviewer' | 'factCheckUrl'> = {}): string {
  const { count, noun } = writtenCount(format, data);
  const warnings = format === 'claim-review' && count ? claimReviewWarnings(opts) : [];
  if (format === 'claim-review' && !count) return `No claim has a verdict yet, so ${fileName} holds no review.`;
  return [`Saved ${count} ${noun} as ${fileName}.`, ...warnings].join(' ');
}

export interface ExportFile<P = string> {
  name: string;
  mime: string;
  /** Give to `new Blob(chunks, { type: mime })`. */
  chunks: P[];
}

export interface PackOptions<P> {
  /**
   * Turn a run of text chunks into one part as the export goes (the page passes
   * `(parts) => new Blob(parts)`): building one Blob from a whole 100,000-note export at the end
   * is a single long task, many small Blobs built along the way are not.
   */
  pack?: (parts: string[]) => P;
  /** Characters of text per packed part (default 1 M). */
  packChars?: number;
}

/**
 * A whole export file, built in chunks with the event loop getting a turn between them (so the
 * popup stays responsive with 10,000 notes). `scope` names the file ("this-page", "all", a tag).
 */
export async function buildExport<P = string>(
  format: ExportFormat,
  data: ExportData,
  opts: ClaimReviewOptions & { scope: string } & PaceOptions & PackOptions<P>,
): Promise<ExportFile<P | string | Uint8Array<ArrayBuffer>>> {
  const name = exportFileName(opts.scope, format, opts.exportedAt);
  if (format === 'markdown-notes') {
    // One file per article, built with a turn between articles, then zipped in one step.
    const files: NoteFile[] = [];
    const yieldControl = opts.yieldControl ?? yieldToEventLoop;
    for (const f of markdownNoteFiles(data, opts)) {
      files.push(f);
      if (files.length % 20 === 0) await yieldControl();
    }
    const folder = name.replace(/\.notes\.zip$/, '');
    return { name, mime: EXPORT_FORMATS[format].mime, chunks: [zipNoteFiles(files, folder, opts.exportedAt)] };
  }
  const { pack, packChars = 1_000_000 } = opts;
  const chunks: (P | string)[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  for await (const c of paced(exportParts(format, data, opts), opts)) {
    if (!pack) {
      chunks.push(c);
      continue;
    }
    pending.push(c);
    pendingChars += c.length;
    if (pendingChars >= packChars) {
      chunks.push(pack(pending));
      pending = [];
      pendingChars = 0;
    }
  }
  if (pack && pending.length) chunks.push(pack(pending));
  return { name, mime: EXPORT_FORMATS[format].mime, chunks };
}
