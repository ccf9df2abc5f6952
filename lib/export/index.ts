import { paced, type PaceOptions } from './chunks';
import { claimReviewParts, type ClaimReviewOptions } from './claim-review';
import { csvParts } from './csv';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from './file-name';
import { markdownParts } from './markdown';
import { nativeJsonParts } from './native-json';
import type { ExportData } from './types';
import { webAnnotationParts } from './web-annotation';

/** The parts of an export in any format (see each module for the format itself). */
export function exportParts(format: ExportFormat, data: ExportData, opts: ClaimReviewOptions): Iterable<string> {
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

export interface ExportFile {
  name: string;
  mime: string;
  /** Give to `new Blob(chunks, { type: mime })`. */
  chunks: string[];
}

/**
 * A whole export file, built in chunks with the event loop getting a turn between them (so the
 * popup stays responsive with 10,000 notes). `scope` names the file ("this-page", "all", a tag).
 */
export async function buildExport(format: ExportFormat, data: ExportData, opts: ClaimReviewOptions & { scope: string } & PaceOptions): Promise<ExportFile> {
  const chunks: string[] = [];
  for await (const c of paced(exportParts(format, data, opts), opts)) chunks.push(c);
  return { name: exportFileName(opts.scope, format, opts.exportedAt), mime: EXPORT_FORMATS[format].mime, chunks };
}
