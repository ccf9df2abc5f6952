import { useRef, useState } from 'preact/hooks';
import { buildExport, savedMessage } from '../lib/export';
import { yieldToEventLoop } from '../lib/export/chunks';
import { EXPORT_FORMATS, type ExportFormat } from '../lib/export/file-name';
import { loadExportData } from '../lib/export/load';
import type { ExportData } from '../lib/export/types';
import { DEFAULT_EXPORT_SETTINGS, type ExportSettings } from '../lib/settings/export-settings';
import { createDb, type NotesDb } from '../lib/storage/db';
import { loadExportSettings } from './ExportSettingsForm';

/** The formats as offered to the reader, in menu order. */
export const FORMAT_LABELS: Record<ExportFormat, string> = {
  markdown: 'Markdown (.md, one file)',
  'markdown-notes': 'Markdown for note apps (.zip, a file per article)',
  json: 'Sourcelight JSON (backup, re-importable)',
  csv: 'CSV (spreadsheet)',
  'web-annotation': 'W3C Web Annotation (JSON-LD)',
  'claim-review': 'ClaimReview (claims with a verdict)',
};

/** Parts per paced chunk: small enough that one chunk is a few milliseconds of work. */
const PARTS_PER_CHUNK = 100;

export interface ExportMenuProps {
  /** Names the file ("this page" → sourcelight-this-page-2024-05-01.md). */
  scope: string;
  /** Reads the notes to export; called on every export so the file is current. */
  load: () => Promise<ExportData>;
  /** The heading-like label of the group. */
  label?: string;
  /** Element id prefix, so two menus on one page keep unique label ids. */
  idPrefix?: string;
  /** The reviewer and fact-check page for ClaimReview (default: the options' stored settings). */
  settings?: () => Promise<ExportSettings>;
}

/** Offer a file to the reader: an object URL and an `<a download>` (no downloads permission). */
export function downloadFile(name: string, mime: string, chunks: BlobPart[]): void {
  const url = URL.createObjectURL(new Blob(chunks, { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has started reading the blob by the next turns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type Status = { kind: 'idle' } | { kind: 'working'; done: number; total: number } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/**
 * Export a set of notes in any format. The file is built in paced chunks (the thread gets a turn
 * between chunks) with a progress bar, so 10,000 notes never freeze the popup or the library.
 */
export function ExportMenu({ scope, load, label = 'Export notes', idPrefix = 'export', settings = loadExportSettings }: ExportMenuProps) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = useRef(false);

  const run = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      setStatus({ kind: 'working', done: 0, total: 1 });
      const data = await load();
      const notes = data.annotations.length;
      if (!notes) {
        setStatus({ kind: 'done', message: 'There are no notes to export yet.' });
        return;
      }
      let done = 0;
      const { reviewer, factCheckUrl } = format === 'claim-review' ? await settings().catch(() => DEFAULT_EXPORT_SETTINGS) : DEFAULT_EXPORT_SETTINGS;
      const file = await buildExport(format, data, {
        scope,
        reviewer,
        factCheckUrl,
        exportedAt: new Date(),
        every: PARTS_PER_CHUNK,
        pack: (parts) => new Blob(parts),
        yieldControl: async () => {
          done = Math.min(notes, done + PARTS_PER_CHUNK);
          setStatus({ kind: 'working', done, total: notes });
          await yieldToEventLoop();
        },
      });
      downloadFile(file.name, file.mime, file.chunks);
      setStatus({ kind: 'done', message: savedMessage(format, data, file.name, { reviewer, factCheckUrl }) });
    } catch (e) {
      setStatus({ kind: 'error', message: `The export failed: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      busy.current = false;
    }
  };

  const working = status.kind === 'working';
  return (
    <section class="export-menu" aria-labelledby={`${idPrefix}-h`}>
      <h2 id={`${idPrefix}-h`}>{label}</h2>
      <div class="export-row">
        <label for={`${idPrefix}-format`}>Format</label>
        <select id={`${idPrefix}-format`} value={format} disabled={working} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
          {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
        <button type="button" class="primary" onClick={run} disabled={working} aria-describedby={`${idPrefix}-status`}>
          {working ? 'Exporting…' : 'Export'}
        </button>
      </div>
      <div id={`${idPrefix}-status`} role="status" aria-live="polite" class={`export-status ${status.kind}`}>
        {working && (
          <>
            <progress max={status.total} value={status.done} aria-label="Export progress" /> {status.done} / {status.total}
          </>
        )}
        {(status.kind === 'done' || status.kind === 'error') && status.message}
      </div>
    </section>
  );
}

let shared: NotesDb | null = null;
/** The notes database as seen from an extension page (popup, library): same origin as the background. */
export function notesDb(): NotesDb {
  return (shared ??= createDb());
}

/** The popup's menu: the notes of one page (its normalised address). */
export function PageExportMenu({ pageUrl }: { pageUrl: string }) {
  const load = async () => (await loadExportData(notesDb(), { pageUrl })).data;
  return <ExportMenu scope="this page" load={load} label="Export this page's notes" idPrefix="page-export" />;
}
