import { render } from 'preact';
import { FramedEditor } from '../../components/notes/FramedEditor';
import { NOTE_EDITOR_CSS, type EditorValue } from '../../components/notes/NoteEditor';
import type { TagSuggestion } from '../../components/notes/TagInput';
import { askNotes } from '../../lib/notes/client';
import { EditorEventReplySchema, EditorGetReplySchema, tokenFromHash, type EditorEvent, type EditorToBackground } from '../../lib/messages';

/**
 * The note editor, in a frame of the extension's origin that the content script puts in the page
 * (lib/messages-editor): what the reader types here never reaches the page's document, and the page
 * cannot read this frame. Its request (passage, speaker, form values) comes from the background by
 * the one-time token in this page's address; saving and closing go back the same way.
 */

const send = (m: EditorToBackground) => browser.runtime.sendMessage(m);
const token = tokenFromHash(location.hash);

async function emit(event: EditorEvent): Promise<string | null> {
  if (!token) return 'This editor is closed.';
  try {
    const r = EditorEventReplySchema.safeParse(await send({ type: 'editor:event', token, event }));
    if (!r.success) return 'Sourcelight could not reach the page. Your text is kept; try again.';
    return r.data.ok ? null : r.data.error;
  } catch (e) {
    return `Sourcelight could not reach the page (${String(e)}). Your text is kept; try again.`;
  }
}

async function suggest(typed: string): Promise<TagSuggestion[]> {
  const r = await askNotes((m) => browser.runtime.sendMessage(m), { type: 'notes:suggest-tags', typed, limit: 8 });
  return r.ok ? r.value : [];
}

async function main(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = FRAME_CSS;
  document.head.append(style);
  if (!token) return;
  const got = EditorGetReplySchema.safeParse(await send({ type: 'editor:get', token }).catch(() => null));
  if (!got.success || !got.data.ok) return;
  const app = document.getElementById('app')!;
  render(
    <FramedEditor
      token={token}
      request={got.data.request}
      suggest={suggest}
      save={(value: EditorValue) => emit({ type: 'save', value })}
      cancel={() => void emit({ type: 'cancel' })}
    />,
    app,
  );
  // The frame's height follows its content (the content script sizes the frame element).
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(app.getBoundingClientRect().height);
    if (height !== last) void emit({ type: 'size', height: (last = height) });
  }).observe(app);
  // The content script focuses this frame once it is ready; the note field takes the keys then
  // (NoteEditor focuses it on mount, but a frame focused from outside may start at its body).
  window.addEventListener('focus', () => {
    if (!document.activeElement || document.activeElement === document.body) document.querySelector<HTMLElement>('form textarea')?.focus();
  });
  void emit({ type: 'ready' });
}

const FRAME_CSS = `
html, body { margin: 0; padding: 0; background: #fff; }
body { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
.panel { box-sizing: border-box; padding: 10px 12px; }
${NOTE_EDITOR_CSS}
`;

void main();
