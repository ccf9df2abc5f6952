import { VERDICT_LABELS, type AnnotationRecord, type PageRecord } from '../storage/schemas';
import { formatEvidence } from '../notes/evidence';
import { textFragmentUrl } from './text-fragment';
import { dayOf, isoTime, roleOfNote, type ExportData, type ExportOptions } from './types';

/**
 * CSV for spreadsheets: one row per note, RFC 4180 (CRLF rows, fields with a comma, quote or line
 * break in double quotes, quotes doubled), UTF-8 with a byte-order mark so Excel reads it as
 * UTF-8. A cell that starts with = + - @ tab, CR or NUL would be run as a formula by a spreadsheet
 * (CSV injection, OWASP), so such a cell gets a leading apostrophe. Spreadsheets in locales whose
 * decimal mark is a comma split on `;` instead: a cell holding one is quoted too, or `see;=2+5`
 * would open as a second cell `=2+5`.
 */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r\0]/;

/** Neutralise a formula-looking cell, then quote it if it needs quotes. */
export function csvCell(value: string): string {
  const v = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export const CSV_COLUMNS = [
  'id',
  'page_title',
  'page_url',
  'site',
  'published',
  'kind',
  'quote',
  'speaker',
  'speaker_role',
  'note',
  'tags',
  'verdict',
  'evidence',
  'created',
  'updated',
  'link',
] as const;

/**
 * The evidence links as the claim editor takes them: one per line, the label before its link
 * ("UN OCHA report https://…"), so a cell pasted into the editor gives the same links and labels.
 */
export function evidenceCell(a: Pick<AnnotationRecord, 'evidence' | 'evidenceLabels'>): string {
  // A label from an import may hold a line break: it would read as a line of its own.
  return formatEvidence(a.evidence.map((url, i) => ({ url, label: a.evidenceLabels?.[i]?.replace(/\s+/g, ' ').trim() || null })));
}

function row(a: AnnotationRecord, page: PageRecord | undefined, opts: ExportOptions): string[] {
  return [
    a.id,
    page?.title ?? '',
    a.pageUrl,
    page?.site ?? '',
    page?.publishedTime ? dayOf(page.publishedTime) : '',
    a.kind,
    a.text,
    a.speaker ?? '',
    roleOfNote(a, opts) ?? '',
    a.note,
    a.tags.join('; '),
    a.verdict ? VERDICT_LABELS[a.verdict].label : '',
    evidenceCell(a),
    isoTime(a.createdAt),
    isoTime(a.updatedAt),
    textFragmentUrl(a.pageUrl, a.selectors.quote),
  ];
}

const line = (cells: readonly string[]) => cells.map(csvCell).join(',') + '\r\n';

/** The CSV file as parts (BOM + header, then one row per note). */
export function* csvParts(data: ExportData, opts: ExportOptions): Generator<string> {
  const pages = new Map(data.pages.map((p) => [p.url, p]));
  yield BOM + line(CSV_COLUMNS);
  for (const a of data.annotations) yield line(row(a, pages.get(a.pageUrl), opts));
}

export function toCsv(data: ExportData, opts: ExportOptions): string {
  return [...csvParts(data, opts)].join('');
}
