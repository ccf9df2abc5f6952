import type { Ref } from 'preact';

/**
 * The editor is not drawn here: it runs in a frame of the extension's origin (`src`, the editor
 * page with its one-time token), where the page cannot read what the reader types. `draft` names
 * one opening of the editor (one passage, one preset): a new one is a new frame, so nothing typed
 * for one passage is ever shown, or saved, on another. `height` follows the frame's content.
 */
export type ToolbarView = { kind: 'bar' } | { kind: 'editor'; draft: string; src: string; height: number; frameRef?: Ref<HTMLIFrameElement> };

export interface NoteToolbarProps {
  view: ToolbarView;
  onHighlight: () => void;
  onNote: () => void;
  onClaim: () => void;
  onClose: () => void;
  /** A message after a quick action (e.g. a highlight that could not be saved). */
  status?: string | null;
}

/** The selection toolbar: three actions, or the editor once one of them needs more. */
export function NoteToolbar({ view, onHighlight, onNote, onClaim, onClose, status }: NoteToolbarProps) {
  if (view.kind === 'editor') {
    return (
      <div class="panel framed" role="dialog" aria-label="Sourcelight note">
        <iframe key={view.draft} ref={view.frameRef} src={view.src} title="Sourcelight note" style={{ height: `${view.height}px` }} />
      </div>
    );
  }
  return (
    <div
      class="bar"
      role="toolbar"
      aria-label="Sourcelight: annotate selection"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        // Arrow keys move between the buttons, as in any toolbar.
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll('button')];
          const i = buttons.indexOf(e.target as HTMLButtonElement);
          buttons[(i + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
        }
      }}
    >
      <button type="button" onClick={onHighlight} title="Keep this passage highlighted">Highlight</button>
      <button type="button" onClick={onNote} title="Write a note, add tags">Note</button>
      <button type="button" onClick={onClaim} title="Mark a claim and give it a verdict">Claim</button>
      {status && <span class="status" role="alert">{status}</span>}
    </div>
  );
}

export const NOTE_TOOLBAR_CSS = `
:host { all: initial; }
.bar, .panel { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; box-sizing: border-box; }
.bar { display: inline-flex; gap: 2px; align-items: center; padding: 3px; background: #1f2328; border-radius: 8px; box-shadow: 0 6px 18px rgba(31,35,40,.25); }
.bar button { font: inherit; color: #fff; background: transparent; border: 0; border-radius: 5px; padding: 4px 10px; cursor: pointer; }
.bar button:hover, .bar button:focus-visible { background: #3d444d; outline: 2px solid #6ea8fe; outline-offset: -2px; }
.bar .status { color: #ffb4a9; padding: 0 8px; max-width: 260px; }
.panel { width: 320px; max-width: calc(100vw - 16px); padding: 10px 12px; background: #fff; border: 1px solid #d0d7de; border-top: 4px solid #16875a;
  border-radius: 8px; box-shadow: 0 8px 24px rgba(31,35,40,.18); max-height: calc(100vh - 16px); overflow: auto; }
.panel.framed { padding: 0; }
.panel.framed iframe { display: block; width: 100%; border: 0; background: #fff; color-scheme: light; }
`;
