import { useState } from 'preact/hooks';
import type { NotesPageState } from '../../lib/messages';
import { noteChange, type NoteChange } from '../../lib/notes/changed';
import { SPEAKER_KINDS, VERDICT_LABELS, tagKey, type AnnotationRecord, type TagRecord } from '../../lib/storage/schemas';
import { NoteEditor, type EditorValue } from './NoteEditor';
import type { TagSuggestion } from './TagInput';

export interface NotesPanelProps {
  state: NotesPageState;
  tags: TagRecord[];
  /** The note just deleted, while its deletion can be undone. */
  deleted: AnnotationRecord | null;
  /** A storage error from the last action (what was typed stays in the editor). */
  error: string | null;
  suggest: (typed: string) => Promise<TagSuggestion[]>;
  /** Resolves to an error message, or null when saved. */
  onEdit: (id: string, value: EditorValue) => Promise<string | null>;
  /**
   * A note found on changed words: confirm it on the page's words now, or keep it as it was
   * written (it stays shown as changed). Resolves to an error message, or null when done.
   */
  onResolve?: (id: string, decision: 'confirm' | 'keep') => Promise<string | null>;
  onDelete: (id: string) => void;
  onUndo: () => void;
  onReveal: (id: string) => void;
}

const KIND_LABELS: Record<AnnotationRecord['kind'], string> = { highlight: 'Highlight', note: 'Note', claim: 'Claim', quote: 'Quote' };

/**
 * What changed between the words a note was written on and the words it is found on now, and the
 * reader's choice: confirm the note on the new words, or keep it as it was (still shown as changed).
 */
function Changed({ change, verdict, onResolve }: { change: NoteChange; verdict: boolean; onResolve?: (decision: 'confirm' | 'keep') => Promise<string | null> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = change.changed!;
  const act = async (decision: 'confirm' | 'keep') => {
    if (!onResolve) return;
    setBusy(true);
    const e = await onResolve(decision);
    setBusy(false);
    setError(e);
  };
  const what = verdict ? 'the verdict was given to the earlier words' : 'the note was written on the earlier words';
  return (
    <div class={`changed${change.kept ? ' kept' : ''}`} role="note">
      <p class="changed-head">Changed on the page — {change.kept ? `kept as written; ${what}` : what}</p>
      <p class="diff">
        {changed.diff.map((p, i) => (p.op === 'same' ? <span key={i}>{p.text}</span> : p.op === 'removed' ? <del key={i}>{p.text}</del> : <ins key={i}>{p.text}</ins>))}
      </p>
      <p class="changed-now"><span>Now on the page:</span> {changed.now}</p>
      {onResolve && (
        <div class="changed-actions">
          <button type="button" class="confirm" disabled={busy} onClick={() => void act('confirm')} title={verdict ? 'The verdict holds for the words now on the page' : 'The note holds for the words now on the page'}>
            Confirm on the new words
          </button>
          {!change.kept && (
            <button type="button" class="keep" disabled={busy} onClick={() => void act('keep')} title="Leave the note on the words it was written on; it stays marked as changed">
              Keep as it was
            </button>
          )}
        </div>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}

function NoteItem({ note, found, current, tagColour, onEdit, onResolve, onDelete, onReveal, suggest }: {
  note: AnnotationRecord;
  found: boolean;
  /** The words it is found on now (found notes). */
  current?: string;
  tagColour: (name: string) => string;
  onEdit: NotesPanelProps['onEdit'];
  onResolve?: (decision: 'confirm' | 'keep') => Promise<string | null>;
  onDelete: () => void;
  onReveal: () => void;
  suggest: NotesPanelProps['suggest'];
}) {
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (editing) {
    return (
      <li class="note-item editing">
        <NoteEditor
          passage={note.text}
          initial={{ kind: note.kind, note: note.note, tags: note.tags, verdict: note.verdict, evidence: note.evidence, evidenceLabels: note.evidenceLabels }}
          speaker={SPEAKER_KINDS.has(note.kind) && (note.speaker || note.speakerRole) ? { name: note.speaker, role: note.speakerRole ?? null } : null}
          suggest={suggest}
          saving={saving}
          error={error}
          onCancel={() => setEditing(false)}
          onSave={async (value) => {
            setSaving(true);
            const e = await onEdit(note.id, value);
            setSaving(false);
            setError(e);
            if (!e) setEditing(false);
          }}
        />
      </li>
    );
  }
  // Never a verdict on other words without saying so.
  const change = found ? noteChange(note, current) : null;
  const changed = change?.changed ?? null;
  return (
    <li class={`note-item ${note.kind}${changed ? ' is-changed' : ''}`}>
      <div class="note-head">
        <span class="kind">{KIND_LABELS[note.kind]}</span>
        {note.verdict && (
          <span class={`verdict v-${note.verdict}`} title={VERDICT_LABELS[note.verdict].description}>
            {VERDICT_LABELS[note.verdict].label}{changed ? ' (earlier words)' : ''}
          </span>
        )}
        {SPEAKER_KINDS.has(note.kind) && note.speaker && <span class="who">{note.speaker}{note.speakerRole ? `, ${note.speakerRole}` : ''}</span>}
      </div>
      {found ? (
        <button type="button" class="passage clamp" onClick={onReveal} title="Show in the page">{note.text}</button>
      ) : (
        <p class="passage clamp missing-text">{note.text}</p>
      )}
      {change?.changed && <Changed change={change} verdict={!!note.verdict} onResolve={onResolve} />}
      {change?.confirmedFrom && <p class="confirmed">Confirmed on the page's new words (written on: <q>{change.confirmedFrom}</q>)</p>}
      {note.note && <p class="note-text">{note.note}</p>}
      {note.evidence.length > 0 && (
        <ul class="evidence">{note.evidence.map((u, i) => <li key={u}><a href={u} target="_blank" rel="noreferrer noopener">{note.evidenceLabels?.[i] ?? u}</a></li>)}</ul>
      )}
      {note.tags.length > 0 && (
        <p class="note-tags">{note.tags.map((t) => <span class="chip" key={t}><span class="dot" style={{ background: tagColour(t) }} />{t}</span>)}</p>
      )}
      <div class="note-actions">
        <button type="button" onClick={() => setEditing(true)}>Edit</button>
        <button type="button" onClick={onDelete}>Delete</button>
      </div>
    </li>
  );
}

/** The page's notes in the popup: found ones, then those not found on the page; filter by tag. */
export function NotesPanel({ state, tags, deleted, error, suggest, onEdit, onResolve, onDelete, onUndo, onReveal }: NotesPanelProps) {
  const [filter, setFilter] = useState<string | null>(null);
  const colours = new Map(tags.map((t) => [t.key, t.colour]));
  const tagColour = (name: string) => colours.get(tagKey(name)) ?? '#8c959f';
  const byKey = new Map<string, string>();
  for (const t of state.notes.flatMap((n) => n.tags)) if (!byKey.has(tagKey(t))) byKey.set(tagKey(t), t);
  const pageTags = [...byKey.values()].sort((a, b) => a.localeCompare(b));
  const shown = filter ? state.notes.filter((n) => n.tags.some((t) => tagKey(t) === tagKey(filter))) : state.notes;
  const anchored = new Set(state.anchored);
  const found = shown.filter((n) => anchored.has(n.id));
  const missing = shown.filter((n) => !anchored.has(n.id));
  const item = (n: AnnotationRecord, isFound: boolean) => (
    <NoteItem key={n.id} note={n} found={isFound} current={state.current?.[n.id]} tagColour={tagColour} suggest={suggest} onEdit={onEdit} onResolve={onResolve && ((d) => onResolve(n.id, d))} onDelete={() => onDelete(n.id)} onReveal={() => onReveal(n.id)} />
  );
  return (
    <section class="notes" aria-labelledby="h-notes">
      <h2 id="h-notes">Your notes{state.notes.length ? ` (${state.notes.length})` : ''}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {deleted && (
        <p class="undo" role="status">
          Note deleted. <button type="button" class="link" onClick={onUndo}>Undo</button>
        </p>
      )}
      {state.status === 'loading' && <p class="empty">Loading notes…</p>}
      {state.status === 'ready' && !state.notes.length && <p class="empty">No notes on this page yet. Select text in the page to add one.</p>}
      {pageTags.length > 0 && (
        <div class="filter" role="group" aria-label="Filter by tag">
          <button type="button" aria-pressed={filter === null} onClick={() => setFilter(null)}>All</button>
          {pageTags.map((t) => (
            <button type="button" key={t} aria-pressed={filter !== null && tagKey(filter) === tagKey(t)} onClick={() => setFilter(t)}>
              <span class="dot" style={{ background: tagColour(t) }} />{t}
            </button>
          ))}
        </div>
      )}
      {found.length > 0 && <ul class="note-list">{found.map((n) => item(n, true))}</ul>}
      {missing.length > 0 && (
        <>
          <h3 class="missing-head">Not found on this page</h3>
          <p class="hint">The page changed and these passages are gone. The notes are kept.</p>
          <ul class="note-list missing">{missing.map((n) => item(n, false))}</ul>
        </>
      )}
    </section>
  );
}
