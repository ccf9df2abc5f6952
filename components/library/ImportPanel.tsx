import { useState } from 'preact/hooks';
import { applyImport, previewImport, type ImportPreview } from '../../lib/export/import';
import type { NotesDb } from '../../lib/storage/db';

export interface ImportPanelProps {
  db: NotesDb;
  /** Called after notes were written, so lists reload. */
  onImported: () => void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'preview'; name: string; preview: ImportPreview }
  | { kind: 'writing'; name: string }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

const FORMAT_NAMES = { sourcelight: 'Sourcelight JSON', 'web-annotation': 'W3C Web Annotation', hypothesis: 'Hypothesis' } as const;
/** Issues listed one by one; the rest are counted. */
const SHOWN_ISSUES = 50;
const where = (line: number | null, index: number) => (line !== null ? `line ${line}` : `record ${index + 1}`);

/**
 * Import a Sourcelight JSON or Web Annotation file: read and check it, show what would happen
 * (new, already present, invalid with line and reason), and write only on confirmation, in one
 * transaction.
 */
export function ImportPanel({ db, onImported }: ImportPanelProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const pick = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setState({ kind: 'reading', name: file.name });
    try {
      const r = await previewImport(db, await file.text());
      if (!r.ok) {
        const at = r.error.line !== undefined ? ` (line ${r.error.line}${r.error.column !== undefined ? `, column ${r.error.column}` : ''})` : '';
        setState({ kind: 'error', message: `${file.name} cannot be imported: ${r.error.message}${at}. Nothing was changed.` });
      } else setState({ kind: 'preview', name: file.name, preview: r.preview });
    } catch (err) {
      setState({ kind: 'error', message: `${file.name} could not be read: ${err instanceof Error ? err.message : String(err)}. Nothing was changed.` });
    }
  };

  const confirm = async () => {
    if (state.kind !== 'preview') return;
    const { name, preview } = state;
    setState({ kind: 'writing', name });
    const r = await applyImport(db, preview);
    if (!r.ok) {
      setState({ kind: 'error', message: `The import of ${name} failed and was undone; your notes are unchanged. ${r.error.message} (${r.error.detail})` });
      return;
    }
    const v = r.value;
    const parts = [`Imported ${v.added} ${v.added === 1 ? 'note' : 'notes'} from ${name}`];
    if (v.updated) parts.push(`${v.updated} updated to a newer version`);
    if (v.pagesAdded) parts.push(`${v.pagesAdded} new ${v.pagesAdded === 1 ? 'page' : 'pages'}`);
    if (v.tagsAdded) parts.push(`${v.tagsAdded} new ${v.tagsAdded === 1 ? 'tag' : 'tags'}`);
    if (v.skipped) parts.push(`${v.skipped} skipped (saved meanwhile)`);
    setState({ kind: 'done', message: `${parts.join(', ')}.` });
    onImported();
  };

  return (
    <section class="import" aria-labelledby="import-h">
      <h2 id="import-h">Import notes</h2>
      <p class="hint">A Sourcelight JSON export, or W3C Web Annotation JSON-LD (from Sourcelight or another annotation tool). You will see what the file holds before anything is saved.</p>
      <label class="file">
        Choose a file to import
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" onChange={pick} disabled={state.kind === 'reading' || state.kind === 'writing'} />
      </label>
      <div role="status" aria-live="polite" class="import-status">
        {state.kind === 'reading' && <p>Reading {state.name}…</p>}
        {state.kind === 'writing' && <p>Importing {state.name}…</p>}
        {state.kind === 'done' && <p class="ok">{state.message}</p>}
      </div>
      {state.kind === 'error' && (
        <p role="alert" class="error">
          {state.message}
        </p>
      )}
      {state.kind === 'preview' && <Preview name={state.name} preview={state.preview} onConfirm={confirm} onCancel={() => setState({ kind: 'idle' })} />}
    </section>
  );
}

function Preview({ name, preview, onConfirm, onCancel }: { name: string; preview: ImportPreview; onConfirm: () => void; onCancel: () => void }) {
  const { counts, invalid, duplicates } = preview;
  return (
    <div class="preview" aria-labelledby="preview-h">
      <h3 id="preview-h" tabIndex={-1} ref={(el) => el?.focus()}>
        {name} ({FORMAT_NAMES[preview.format]})
      </h3>
      <ul class="counts">
        <li>
          <strong>{counts.new}</strong> new {counts.new === 1 ? 'note' : 'notes'}
        </li>
        {counts.updated > 0 && (
          <li class="updated">
            <strong>{counts.updated}</strong> updated (a newer version of a saved note replaces it)
          </li>
        )}
        <li>
          <strong>{counts.duplicate}</strong> already present (not doubled)
        </li>
        <li>
          <strong>{invalid.length}</strong> invalid {invalid.length === 1 ? 'record' : 'records'} (left out)
        </li>
      </ul>
      {invalid.length > 0 && (
        <details open={invalid.length <= 10}>
          <summary>Invalid records</summary>
          <ul class="issues">
            {invalid.slice(0, SHOWN_ISSUES).map((i) => (
              <li key={`${i.table}-${i.index}`}>
                {i.table === 'annotations' ? 'Note' : i.table === 'pages' ? 'Page' : 'Tag'} at {where(i.line, i.index)}: {i.reason}
              </li>
            ))}
            {invalid.length > SHOWN_ISSUES && <li>… and {invalid.length - SHOWN_ISSUES} more</li>}
          </ul>
        </details>
      )}
      {duplicates.length > 0 && (
        <details>
          <summary>Already present</summary>
          <ul class="issues">
            {duplicates.slice(0, SHOWN_ISSUES).map((d) => (
              <li key={d.index}>
                Note at {where(d.line, d.index)}: {d.reason}
              </li>
            ))}
            {duplicates.length > SHOWN_ISSUES && <li>… and {duplicates.length - SHOWN_ISSUES} more</li>}
          </ul>
        </details>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onConfirm} disabled={counts.new === 0 && counts.updated === 0 && preview.tags.length === 0}>
          Import {counts.new + counts.updated} {counts.new + counts.updated === 1 ? 'note' : 'notes'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
