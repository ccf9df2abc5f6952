import { VERDICT_LABELS, type AnnotationRecord } from '../../lib/storage/schemas';
import { VERDICT_STYLES, verdictClass, verdictLegend } from '../../lib/notes/verdict-style';

export interface NoteCardProps {
  note: AnnotationRecord;
  /** Found on words other than its own (the page was edited since). */
  changed?: boolean;
  /** Deleted from this card: the card offers Undo instead of the actions. */
  deleted?: boolean;
  /** A storage error after an action (what failed, as a sentence). */
  error?: string | null;
  busy?: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onUndo: () => void;
  onClose: () => void;
  /** The detected quote or specialist under the same words: a button opens its card. */
  finding?: { label: string; onOpen: () => void } | null;
}

const KIND_LABEL: Record<AnnotationRecord['kind'], string> = { highlight: 'Your highlight', note: 'Your note', claim: 'Your claim', quote: 'Your quote note' };

/** A verdict as a badge: glyph and words, so it reads without its colour. */
export function VerdictBadge({ verdict }: { verdict: NonNullable<AnnotationRecord['verdict']> }) {
  const s = VERDICT_STYLES[verdict];
  return (
    <span class={`verdict-badge ${verdictClass(verdict)}`} style={{ background: s.colour }}>
      <span aria-hidden="true">{s.glyph}</span> {VERDICT_LABELS[verdict].label}
    </span>
  );
}

/** The colours, line styles and glyphs of the verdicts, as a list. */
export function VerdictLegend() {
  return (
    <ul class="legend" aria-label="Verdicts">
      {verdictLegend().map((v) => (
        <li key={v.verdict}>
          <span class="swatch" style={{ background: v.tint, borderBottom: `${v.line === 'double' ? 4 : 2}px ${v.line} ${v.colour}` }}>
            <span class="legend-glyph" style={{ background: v.colour }} aria-hidden="true">{v.glyph}</span>
          </span>
          {v.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The card of one of the reader's own notes in the page: its note, tags and verdict (with the
 * legend of verdicts), evidence, and Edit / Delete (Undo after a delete). Rendered in a closed
 * shadow root; every text is a Preact text node.
 */
export function NoteCard({ note, changed, deleted, error, busy, onEdit, onDelete, onUndo, onClose, finding }: NoteCardProps) {
  return (
    <div class={`card own ${note.kind}`} role="dialog" aria-label={KIND_LABEL[note.kind]}>
      <button type="button" class="close" aria-label="Close" onClick={onClose}>×</button>
      <p class="label">{KIND_LABEL[note.kind]}{changed ? ' · the words changed since' : ''}</p>
      {note.kind === 'claim' && note.verdict && <p class="verdict-line"><VerdictBadge verdict={note.verdict} /></p>}
      {note.kind === 'quote' && note.speaker && <p class="role">Said by {note.speaker}{note.speakerRole ? `, ${note.speakerRole}` : ''}</p>}
      {note.note ? <p class="note-text">{note.note}</p> : <p class="cue">No note written.</p>}
      {note.tags.length > 0 && (
        <ul class="tags" aria-label="Tags">
          {note.tags.map((t) => <li key={t} class="tag">{t}</li>)}
        </ul>
      )}
      {note.evidence.length > 0 && (
        <ul class="evidence" aria-label="Evidence">
          {note.evidence.map((u, i) => <li key={u}><a href={u} target="_blank" rel="noreferrer noopener" title={u}>{note.evidenceLabels?.[i] ?? u}</a></li>)}
        </ul>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {deleted ? (
        <div class="actions" role="status">
          <span class="deleted">Deleted.</span>
          <button type="button" onClick={onUndo} disabled={busy}>Undo</button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" onClick={onEdit} disabled={busy}>Edit</button>
          <button type="button" class="danger" onClick={onDelete} disabled={busy}>Delete</button>
        </div>
      )}
      {finding && (
        <button type="button" class="link finding-link" onClick={finding.onOpen}>{finding.label}</button>
      )}
      {note.kind === 'claim' && (
        <details class="legend-box">
          <summary>Verdict colours</summary>
          <VerdictLegend />
        </details>
      )}
    </div>
  );
}

/** Added to the card host's stylesheet (FINDING_CARD_CSS gives the card its frame). */
export const NOTE_CARD_CSS = `
.card.own { border-top: 4px solid #16875a; }
.card.own.claim { border-top-color: #b42318; }
.note-text { white-space: pre-wrap; max-height: 9em; overflow: auto; }
.tags { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0 0 4px; padding: 0; }
.tag { padding: 0 7px; border-radius: 10px; background: #eef2f7; font-size: 12px; }
.evidence { margin: 0 0 4px; padding-left: 18px; font-size: 12px; word-break: break-all; }
.evidence a { color: #0b57d0; }
.verdict-badge { display: inline-block; padding: 0 8px; border-radius: 10px; color: #fff; font-weight: 600; font-size: 12px; }
.actions .danger { color: #a40e26; }
.deleted { flex: 1; align-self: center; color: #57606a; }
.error { padding: 4px 6px; border-radius: 6px; background: #fff1f0; color: #a40e26; }
.finding-link { margin-top: 6px; padding: 0; border: 0; background: none; color: #0b57d0; text-decoration: underline; cursor: pointer; font: inherit; }
.legend-box { margin-top: 6px; font-size: 12px; color: #57606a; }
.legend-box summary { cursor: pointer; }
.legend { list-style: none; margin: 4px 0 0; padding: 0; display: grid; gap: 3px; }
.legend li { display: flex; align-items: center; gap: 6px; color: #1f2328; }
.swatch { display: inline-flex; justify-content: flex-end; width: 34px; height: 14px; box-sizing: border-box; }
.legend-glyph { min-width: 14px; height: 14px; border-radius: 7px; color: #fff; font: 700 10px/14px system-ui, sans-serif; text-align: center; }
summary:focus-visible { outline: 2px solid #2563eb; }
`;
