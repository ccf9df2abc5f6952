import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { NoteEditor, type EditorValue } from '../../components/notes/NoteEditor';

async function claimEditor(evidence: string) {
  const el = document.createElement('div');
  document.body.append(el);
  const saved: EditorValue[] = [];
  const initial: EditorValue = { kind: 'claim', note: '', tags: [], verdict: 'unchecked', evidence: [] };
  await act(async () => render(<NoteEditor passage="Exports fell by a fifth" initial={initial} suggest={async () => []} onSave={(v) => saved.push(v)} onCancel={() => {}} />, el));
  const field = [...el.querySelectorAll('textarea')].at(-1)!;
  await act(async () => {
    field.value = evidence;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const submit = () => act(async () => void el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  return { el, saved, field, submit };
}

describe('NoteEditor: evidence links', () => {
  it('saves one link per line with its label, a bare host given https', async () => {
    const { el, saved, submit } = await claimEditor('UN OCHA report https://reliefweb.int/report/a\nreliefweb.int/report/b');
    await submit();
    expect(saved).toEqual([
      { kind: 'claim', note: '', tags: [], verdict: 'unchecked', evidence: ['https://reliefweb.int/report/a', 'https://reliefweb.int/report/b'], evidenceLabels: ['UN OCHA report', null] },
    ]);
    el.remove();
  });

  it('keeps the form and names the field and line of a bad link, next to the buttons', async () => {
    const { el, saved, field, submit } = await claimEditor('https://ok.example/1\nsee the UN report');
    await submit();
    expect(saved).toEqual([]);
    const alert = el.querySelector('.foot [role="alert"]');
    expect(alert?.textContent).toContain('Evidence links, line 2: no link in “see the UN report”');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    // Typing again clears the error until the next save.
    await act(async () => {
      field.value = 'UN report https://un.example/r';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(el.querySelector('.foot [role="alert"]')).toBeNull();
    await submit();
    expect(saved.map((v) => v.evidence)).toEqual([['https://un.example/r']]);
    el.remove();
  });
});
