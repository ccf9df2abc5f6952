import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { NoteToolbar, type NoteToolbarProps } from '../../components/notes/NoteToolbar';

const noop = () => {};

function props(draft: string, passage: string, kind: 'note' | 'claim', saved: unknown[]): NoteToolbarProps {
  return {
    onHighlight: noop, onNote: noop, onClaim: noop, onClose: noop,
    view: {
      kind: 'editor', draft, passage,
      initial: { kind, note: '', tags: [], verdict: kind === 'claim' ? 'unchecked' : null, evidence: [] },
      suggest: async () => [],
      onSave: (v) => saved.push({ passage, ...v }),
      onCancel: noop,
    },
  };
}

describe('NoteToolbar editor', () => {
  it('starts a fresh form for another passage: the unsaved draft of the first is not carried over', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const saved: unknown[] = [];
    await act(async () => render(<NoteToolbar {...props('d1', 'passage A', 'note', saved)} />, el));
    const note = el.querySelector('textarea')!;
    await act(async () => {
      note.value = 'about A only';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Not saved; the reader opens "Tag as claim" on another passage.
    await act(async () => render(<NoteToolbar {...props('d2', 'passage B', 'claim', saved)} />, el));
    expect(el.querySelector('.passage')?.textContent).toBe('passage B');
    expect(el.querySelector('textarea')!.value).toBe('');
    await act(async () => {
      el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(saved).toEqual([{ passage: 'passage B', kind: 'claim', note: '', tags: [], verdict: 'unchecked', evidence: [], evidenceLabels: [] }]);
    el.remove();
  });

  it('keeps what was typed while the same draft is re-rendered (a failed save shows its error)', async () => {
    const el = document.createElement('div');
    const saved: unknown[] = [];
    await act(async () => render(<NoteToolbar {...props('d1', 'passage A', 'note', saved)} />, el));
    const note = el.querySelector('textarea')!;
    await act(async () => {
      note.value = 'kept';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const again = props('d1', 'passage A', 'note', saved);
    if (again.view.kind === 'editor') again.view.error = 'disk full';
    await act(async () => render(<NoteToolbar {...again} />, el));
    expect(el.querySelector('textarea')!.value).toBe('kept');
    expect(el.querySelector('.error')?.textContent).toBe('disk full');
  });
});
