import { useEffect, useRef, useState } from 'preact/hooks';
import { VERDICTS, VERDICT_LABELS, type AnnotationKind, type Verdict } from '../../lib/storage/schemas';
import { evidenceErrors, formatEvidence, parseEvidence } from '../../lib/notes/evidence';
import { TagInput, type TagSuggestion } from './TagInput';

/** What the editor edits (a subset of a note: the passage itself is not editable). */
export interface EditorValue {
  kind: AnnotationKind;
  note: string;
  tags: string[];
  verdict: Verdict | null;
  evidence: string[];
  /** The label written before each evidence link (null when none), in the order of `evidence`. */
  evidenceLabels?: Array<string | null>;
}

export interface NoteEditorProps {
  /** The marked words (shown, not edited). */
  passage: string;
  initial: EditorValue;
  /** A quote's speaker and role, shown when the note is made from a detected quote. */
  speaker?: { name: string | null; role: string | null } | null;
  suggest: (typed: string) => Promise<TagSuggestion[]>;
  onSave: (value: EditorValue) => void;
  onCancel: () => void;
  saving?: boolean;
  /** A storage error: shown above the buttons; what was typed stays in the form. */
  error?: string | null;
  saveLabel?: string;
}

/** The note editor: note text, tags with autocomplete, and for a claim a verdict and evidence links. */
export function NoteEditor({ passage, initial, speaker, suggest, onSave, onCancel, saving, error, saveLabel }: NoteEditorProps) {
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags);
  const [verdict, setVerdict] = useState<Verdict>(initial.verdict ?? 'unchecked');
  const [evidence, setEvidence] = useState(formatEvidence(initial.evidence.map((url, i) => ({ url, label: initial.evidenceLabels?.[i] ?? null }))));
  const [evidenceIssues, setEvidenceIssues] = useState<string[]>([]);
  const first = useRef<HTMLTextAreaElement>(null);
  const claim = initial.kind === 'claim';

  useEffect(() => first.current?.focus(), []);

  const save = () => {
    if (!claim) return onSave({ kind: initial.kind, note, tags, verdict: null, evidence: initial.evidence });
    // One link per line, text before it its label, a bare host given https (lib/notes/evidence).
    const parsed = parseEvidence(evidence);
    if (!parsed.ok) return setEvidenceIssues(evidenceErrors(parsed.issues));
    setEvidenceIssues([]);
    onSave({ kind: initial.kind, note, tags, verdict, evidence: parsed.links.map((l) => l.url), evidenceLabels: parsed.links.map((l) => l.label) });
  };

  return (
    <form
      class={`editor ${initial.kind}`}
      aria-label={claim ? 'Tag as claim' : 'Note'}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          save();
        }
      }}
    >
      <p class="passage" title={passage}>{passage}</p>
      {speaker && (speaker.name || speaker.role) && (
        <p class="speaker">Said by {speaker.name ?? 'an unnamed speaker'}{speaker.role ? `, ${speaker.role}` : ''}</p>
      )}
      {claim && (
        <label class="field">
          <span>Verdict</span>
          <select value={verdict} onChange={(e) => setVerdict((e.target as HTMLSelectElement).value as Verdict)}>
            {VERDICTS.map((v) => (
              <option value={v} key={v} title={VERDICT_LABELS[v].description}>{VERDICT_LABELS[v].label}</option>
            ))}
          </select>
          <small class="hint">{VERDICT_LABELS[verdict].description}</small>
        </label>
      )}
      <label class="field">
        <span>Note</span>
        <textarea ref={first} rows={3} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </label>
      <div class="field">
        <span>Tags</span>
        <TagInput tags={tags} onChange={setTags} suggest={suggest} />
      </div>
      {claim && (
        <label class="field">
          <span>Evidence links (one per line, label first)</span>
          <textarea
            rows={2}
            value={evidence}
            placeholder="UN OCHA report https://reliefweb.int/…"
            aria-invalid={evidenceIssues.length ? true : undefined}
            aria-describedby={evidenceIssues.length ? 'evidence-issues' : undefined}
            onInput={(e) => {
              setEvidence((e.target as HTMLTextAreaElement).value);
              if (evidenceIssues.length) setEvidenceIssues([]);
            }}
          />
        </label>
      )}
      {/* Errors and buttons stay in view at the editor's bottom edge while its fields scroll. */}
      <div class="foot">
        {evidenceIssues.length > 0 && (
          <ul id="evidence-issues" class="error evidence-issues" role="alert">
            {evidenceIssues.map((m) => <li key={m}>{m}</li>)}
          </ul>
        )}
        {error && <p class="error" role="alert">{error}</p>}
        <div class="buttons">
          <button type="submit" class="save" disabled={saving}>{saving ? 'Saving…' : (saveLabel ?? 'Save')}</button>
          <button type="button" onClick={onCancel}>Cancel</button>
        </div>
      </div>
    </form>
  );
}

/** Styles for the editor and tag input (used inside shadow roots and in the popup). */
export const NOTE_EDITOR_CSS = `
.editor { display: flex; flex-direction: column; gap: 8px; }
.editor .passage { margin: 0; padding: 4px 8px; border-left: 3px solid #16875a; background: #f3faf6; color: #1f2328;
  max-height: 4.3em; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; }
.editor.claim .passage { border-left-color: #b42318; background: #fdf3f2; }
.editor .speaker { margin: 0; color: #57606a; font-size: 12px; }
.field { display: flex; flex-direction: column; gap: 3px; }
.field > span { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: #57606a; }
.field textarea, .field select, .tag-field { font: inherit; color: inherit; border: 1px solid #d0d7de; border-radius: 6px; padding: 5px 7px; background: #fff; }
.field textarea { resize: vertical; min-height: 2.6em; }
.hint { color: #57606a; font-size: 11px; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; border: 1px solid #d0d7de; border-radius: 6px; padding: 3px; background: #fff; }
.chip { display: inline-flex; align-items: center; gap: 2px; padding: 1px 2px 1px 7px; border-radius: 10px; background: #eef2f7; font-size: 12px; }
.chip-x { border: 0; background: none; cursor: pointer; font-size: 14px; line-height: 1; padding: 0 4px; color: #57606a; }
.tag-field { border: 0 !important; flex: 1; min-width: 90px; padding: 3px 4px !important; outline: none; }
.offers { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.offer { display: inline-flex; align-items: center; gap: 4px; font: inherit; font-size: 12px; border: 1px solid #d0d7de; border-radius: 10px; background: #f6f8fa; padding: 1px 8px; cursor: pointer; }
.offer .n { color: #8c959f; }
.dot { width: 8px; height: 8px; border-radius: 50%; display: inline-block; }
.error { margin: 0; padding: 6px 8px; border-radius: 6px; background: #fff1f0; color: #a40e26; border: 1px solid #ffcecb; }
.buttons { display: flex; gap: 6px; }
.foot { position: sticky; bottom: 0; display: flex; flex-direction: column; gap: 6px; padding-top: 4px; background: #fff; }
.evidence-issues { list-style: none; margin: 0; max-height: 6em; overflow: auto; }
textarea[aria-invalid="true"] { border-color: #cf222e; }
.buttons button { font: inherit; padding: 5px 12px; border-radius: 6px; border: 1px solid #d0d7de; background: #f6f8fa; cursor: pointer; color: #1f2328; }
.buttons .save { background: #16875a; border-color: #16875a; color: #fff; }
.buttons .save:disabled { opacity: .6; cursor: default; }
button:focus-visible, textarea:focus-visible, select:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
`;
