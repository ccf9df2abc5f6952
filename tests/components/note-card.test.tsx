import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { NoteCard, type NoteCardProps } from '../../components/notes/NoteCard';
import type { AnnotationRecord } from '../../lib/storage/schemas';

const base: AnnotationRecord = {
  id: 'n1', pageUrl: 'https://news.example/a', selectors: { quote: { type: 'TextQuoteSelector', exact: 'Exports fell', prefix: '', suffix: '' } },
  text: 'Exports fell', note: 'Customs data say otherwise.', tags: ['Trade', 'Check'], colour: null, kind: 'claim', verdict: 'mostly-false',
  evidence: ['https://stats.example/exports'], speaker: null, createdAt: 1, updatedAt: 1, deletedAt: null, words: [],
};

async function card(props: Partial<NoteCardProps> = {}, note: Partial<AnnotationRecord> = {}) {
  const el = document.createElement('div');
  const calls: string[] = [];
  const all: NoteCardProps = { note: { ...base, ...note }, onEdit: () => calls.push('edit'), onDelete: () => calls.push('delete'), onUndo: () => calls.push('undo'), onClose: () => calls.push('close'), ...props };
  await act(async () => render(<NoteCard {...all} />, el));
  const click = (name: string) => act(async () => [...el.querySelectorAll('button')].find((b) => b.textContent === name)!.click());
  return { el, calls, click };
}

describe('NoteCard', () => {
  it('shows the note, its tags, its verdict in words with its glyph, and the evidence', async () => {
    const { el } = await card();
    expect(el.querySelector('.label')?.textContent).toBe('Your claim');
    expect(el.querySelector('.verdict-badge')?.textContent).toBe('! Mostly false');
    expect(el.querySelector('.note-text')?.textContent).toBe('Customs data say otherwise.');
    expect([...el.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual(['Trade', 'Check']);
    expect(el.querySelector('.evidence a')?.getAttribute('href')).toBe('https://stats.example/exports');
    // The legend lists every verdict.
    expect(el.querySelectorAll('.legend li')).toHaveLength(7);
  });

  it.each([
    ['Edit', 'edit'],
    ['Delete', 'delete'],
    ['×', 'close'],
  ])('%s calls back', async (name, call) => {
    const { calls, click } = await card();
    await click(name);
    expect(calls).toEqual([call]);
  });

  it('after a delete offers Undo instead of the actions', async () => {
    const { el, calls, click } = await card({ deleted: true });
    expect([...el.querySelectorAll('.actions button')].map((b) => b.textContent)).toEqual(['Undo']);
    await click('Undo');
    expect(calls).toEqual(['undo']);
  });

  it('a plain note has no verdict and no legend; a quote note names its speaker', async () => {
    const { el } = await card({}, { kind: 'note', verdict: null });
    expect(el.querySelector('.verdict-badge')).toBeNull();
    expect(el.querySelector('.legend')).toBeNull();
    const q = await card({}, { kind: 'quote', verdict: null, speaker: 'Ana Müller', speakerRole: 'economist' });
    expect(q.el.querySelector('.role')?.textContent).toBe('Said by Ana Müller, economist');
  });

  it('renders page text as text, never as HTML', async () => {
    const { el } = await card({}, { note: '<img src=x onerror=alert(1)>', tags: ['<b>x</b>'] });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.note-text')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('NoteCard over a detected finding', () => {
  it('offers the finding’s card when a quote lies under the note', async () => {
    const opened: string[] = [];
    const { el, click } = await card({ finding: { label: 'Show the quote’s card', onOpen: () => opened.push('quote') } });
    expect(el.querySelector('.finding-link')?.textContent).toBe('Show the quote’s card');
    await click('Show the quote’s card');
    expect(opened).toEqual(['quote']);
  });
});
