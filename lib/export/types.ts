import type { AnnotationRecord, PageRecord, TagRecord } from '../storage/schemas';

/** What every exporter works on: records as the notes store returns them (already validated). */
export interface ExportData {
  pages: PageRecord[];
  annotations: AnnotationRecord[];
  tags: TagRecord[];
}

/** The speaker's role of a note: what the caller says, else what the note stores. */
export const roleOfNote = (a: AnnotationRecord, opts: Pick<ExportOptions, 'roleOf'>): string | null => opts.roleOf?.(a) ?? a.speakerRole ?? null;

/** Options shared by the exporters. */
export interface ExportOptions {
  /** When the export was made (fixed in tests, so output is exact). */
  exportedAt: Date;
  /**
   * The speaker's role as the article gave it ("pulmonologist"). Quote notes store it
   * (`speakerRole`), which is the default; a caller may look it up elsewhere. Null when unknown.
   */
  roleOf?: (a: AnnotationRecord) => string | null;
}

/** One page with its notes, in the order the notes were given. */
export interface PageGroup {
  url: string;
  page: PageRecord | null;
  annotations: AnnotationRecord[];
}

/** Group notes by page, pages in the order of their first note (the caller decides the order). */
export function groupByPage(data: ExportData): PageGroup[] {
  const out: PageGroup[] = [];
  for (const _ of groupByPageSteps(data, out, Infinity));
  return out;
}

/** groupByPage a step at a time (see mergeCardClaimsSteps): pauses every `step` notes; the groups go to `out`. */
export function* groupByPageSteps(data: ExportData, out: PageGroup[], step = 2000): Generator<void> {
  const pages = new Map(data.pages.map((p) => [p.url, p]));
  const groups = new Map<string, PageGroup>();
  let n = 0;
  for (const a of data.annotations) {
    let g = groups.get(a.pageUrl);
    if (!g) groups.set(a.pageUrl, (g = { url: a.pageUrl, page: pages.get(a.pageUrl) ?? null, annotations: [] }));
    g.annotations.push(a);
    if (++n % step === 0) yield;
  }
  out.push(...groups.values());
}

/** An ISO time from a stored millisecond time. */
export const isoTime = (ms: number): string => new Date(ms).toISOString();

/** YYYY-MM-DD of an ISO-ish date string (a page's published time), or the string itself. */
export function dayOf(s: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s.trim());
  return m ? m[1] : s.trim();
}
