/**
 * The export formats, their file extension and MIME type. Both JSON-LD formats end in `.jsonld`,
 * so the extension names the format too (two exports of a day never share a name).
 */
export const EXPORT_FORMATS = {
  markdown: { ext: 'md', mime: 'text/markdown;charset=utf-8' },
  'markdown-notes': { ext: 'notes.zip', mime: 'application/zip' },
  json: { ext: 'json', mime: 'application/json;charset=utf-8' },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8' },
  'web-annotation': { ext: 'web-annotation.jsonld', mime: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"' },
  'claim-review': { ext: 'claim-review.jsonld', mime: 'application/ld+json;charset=utf-8' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** A scope as a file-name word: lower case, letters and digits of any script, hyphens. */
export function slug(scope: string, max = 40): string {
  const s = scope
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return s || 'notes';
}

/**
 * `sourcelight-<scope>-YYYY-MM-DD.<ext>`, dated in the reader's local time zone (the day they
 * see on their calendar, not the UTC day).
 */
export function exportFileName(scope: string, format: ExportFormat, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `sourcelight-${slug(scope)}-${day}.${EXPORT_FORMATS[format].ext}`;
}
