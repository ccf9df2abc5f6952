import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { FramedEditor } from '../../components/notes/FramedEditor';
import { NoteToolbar, type NoteToolbarProps } from '../../components/notes/NoteToolbar';
import type { EditorRequest } from '../../lib/messages';

const noop = () => {};

function request(passage: string, kind: 'note' | 'claim'): EditorRequest {
  return {
    passage,
    speaker: null,
    initial: { kind, note: '', tags: [], verdict: kind === 'claim' ? 'unchecked' : null, evidence: [] },
    saveLabel: kind === 'claim' ? 'Save claim' : 'Save note',
  };
}

const type = (el: HTMLTextAreaElement, text: string) =>
  act(async () => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('NoteToolbar editor', () => {
  const props = (draft: string): NoteToolbarProps => ({
    onHighlight: noop, onNote: noop, onClaim: noop, onClose: noop,
    view: { kind: 'editor', draft, src: `chrome-extension://x/note-editor.html#${draft}`, height: 120 },
  });

  it('shows the editor in a frame of the extension (not in the page), sized to its content', async () => {
    const el = document.createElement('div');
    await act(async () => render(<NoteToolbar {...props('d1')} />, el));
    const frame = el.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('chrome-extension://x/note-editor.html#d1');
    expect(frame.style.height).toBe('120px');
    expect(el.querySelector('textarea, input')).toBeNull();
  });

  it('another opening is another frame: nothing of the first carries over', async () => {
    const el = document.createElement('div');
    await act(async () => render(<NoteToolbar {...props('d1')} />, el));
    const first = el.querySelector('iframe');
    await act(async () => render(<NoteToolbar {...props('d2')} />, el));
    expect(el.querySelector('iframe')).not.toBe(first);
  });
});

describe('FramedEditor (inside the frame)', () => {
  it('starts a fresh form for another passage: the unsaved draft of the first is not carried over', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const saved: unknown[] = [];
    const save = (passage: string) => async (v: unknown) => (saved.push({ passage, ...(v as object) }), null);
    await act(async () => render(<FramedEditor token="t1" request={request('passage A', 'note')} suggest={async () => []} save={save('passage A')} cancel={noop} />, el));
    await type(el.querySelector('textarea')!, 'about A only');
    // Not saved; the reader opens "Tag as claim" on another passage.
    await act(async () => render(<FramedEditor token="t2" request={request('passage B', 'claim')} suggest={async () => []} save={save('passage B')} cancel={noop} />, el));
    expect(el.querySelector('.passage')?.textContent).toBe('passage B');
    expect(el.querySelector('textarea')!.value).toBe('');
    await act(async () => {
      el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(saved).toEqual([{ passage: 'passage B', kind: 'claim', note: '', tags: [], verdict: 'unchecked', evidence: [], evidenceLabels: [] }]);
    el.remove();
  });

  it('a failed save shows its error and keeps what was typed; a retry that works clears it', async () => {
    const el = document.createElement('div');
    const replies = ['disk full', null];
    const values: unknown[] = [];
    const save = async (v: unknown) => (values.push(v), replies.shift() ?? null);
    await act(async () => render(<FramedEditor token="t1" request={request('passage A', 'note')} suggest={async () => []} save={save} cancel={noop} />, el));
    await type(el.querySelector('textarea')!, 'kept');
    const submit = async () => {
      await act(async () => void el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
      await act(() => new Promise((r) => setTimeout(r, 0)));
    };
    await submit();
    expect(el.querySelector('.error')?.textContent).toBe('disk full');
    expect(el.querySelector('textarea')!.value).toBe('kept');
    expect((el.querySelector('button.save') as HTMLButtonElement).disabled).toBe(false);
    await submit();
    expect(el.querySelector('.error')).toBeNull();
    expect(values).toHaveLength(2);
  });

  it('Escape cancels', async () => {
    const el = document.createElement('div');
    let cancelled = 0;
    await act(async () => render(<FramedEditor token="t1" request={request('passage A', 'note')} suggest={async () => []} save={async () => null} cancel={() => cancelled++} />, el));
    await act(async () => void el.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(cancelled).toBe(1);
  });
});
