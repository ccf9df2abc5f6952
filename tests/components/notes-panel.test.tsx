import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { NotesPanel } from '../../components/notes/NotesPanel';
import type { NotesPageState } from '../../lib/messages';
import type { AnnotationRecord } from '../../lib/storage/schemas';

const note = (id: string, over: Partial<AnnotationRecord> = {}): AnnotationRecord => ({
  id, pageUrl: 'https://news.example/a', text: `passage ${id}`, note: '', tags: [], colour: null, kind: 'note', verdict: null,
  evidence: [], speaker: null, createdAt: 1, updatedAt: 1, deletedAt: null, words: [],
  selectors: { quote: { type: 'TextQuoteSelector', exact: `passage ${id}`, prefix: '', suffix: '' } },
  ...over,
});

function state(notes: AnnotationRecord[], anchored: string[]): NotesPageState {
  return { status: 'ready', pageUrl: 'https://news.example/a', notes, anchored, methods: {}, error: null, timings: null };
}

type Resolve = (id: string, decision: 'confirm' | 'keep') => Promise<string | null>;

function mount(s: NotesPageState, extra: { error?: string | null; deleted?: AnnotationRecord | null; onResolve?: Resolve } = {}): HTMLElement {
  const el = document.createElement('div');
  const noop = () => {};
  render(
    <NotesPanel state={s} tags={[]} deleted={extra.deleted ?? null} error={extra.error ?? null} suggest={async () => []} onEdit={async () => null} onResolve={extra.onResolve} onDelete={noop} onUndo={noop} onReveal={noop} />,
    el,
  );
  return el;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

const texts = (el: Element, sel: string) => [...el.querySelectorAll(sel)].map((e) => e.textContent?.trim());

describe('NotesPanel', () => {
  it('lists found notes, then the ones not found on the page with their text', () => {
    const el = mount(state([note('a'), note('b'), note('c')], ['a', 'c']));
    expect(texts(el, '.note-list:not(.missing) .passage')).toEqual(['passage a', 'passage c']);
    expect(el.querySelector('.missing-head')?.textContent).toBe('Not found on this page');
    expect(texts(el, '.missing .passage')).toEqual(['passage b']);
  });

  it.each([
    ['a claim shows its verdict label', note('a', { kind: 'claim', verdict: 'mostly-false' }), '.verdict', 'Mostly false'],
    ['a quote shows its speaker and role', note('a', { kind: 'quote', speaker: 'Ana Ruiz', speakerRole: 'mayor' }), '.who', 'Ana Ruiz, mayor'],
    ['tags show as chips', note('a', { tags: ['budget', 'Infra'] }), '.note-tags', 'budgetInfra'],
  ])('%s', (_label, n, sel, text) => {
    expect(mount(state([n], ['a'])).querySelector(sel)?.textContent).toBe(text);
  });

  it('offers a filter per tag of the page and an empty message without notes', () => {
    expect(texts(mount(state([note('a', { tags: ['x', 'Y'] }), note('b', { tags: ['y'] })], ['a', 'b'])), '.filter button')).toEqual(['All', 'x', 'Y']);
    expect(mount(state([], [])).querySelector('.empty')?.textContent).toMatch(/No notes on this page yet/);
  });

  it('shows a note found on changed words as changed: the old words, the new ones, the difference, and the verdict as given to the earlier words', () => {
    const claim = note('a', { kind: 'claim', verdict: 'true', text: 'more than 30 staff were moved' });
    const el = mount({ ...state([claim], ['a']), current: { a: 'more than 3 staff were moved' } });
    expect(el.querySelector('.note-item')?.classList.contains('is-changed')).toBe(true);
    expect(el.querySelector('.verdict')?.textContent).toBe('True (earlier words)');
    expect(el.querySelector('.changed-head')?.textContent).toMatch(/Changed on the page — the verdict was given to the earlier words/);
    expect(el.querySelector('.diff del')?.textContent).toBe('30');
    expect(el.querySelector('.diff ins')?.textContent).toBe('3');
    expect(el.querySelector('.changed-now')?.textContent).toContain('more than 3 staff were moved');
  });

  it('shows no change for a note found on its own words', () => {
    const claim = note('a', { kind: 'claim', verdict: 'true', text: 'more than 30 staff' });
    const el = mount({ ...state([claim], ['a']), current: { a: 'more than 30 staff' } });
    expect(el.querySelector('.changed')).toBeNull();
    expect(el.querySelector('.verdict')?.textContent).toBe('True');
  });

  it('shows a storage error and the undo offer', () => {
    const el = mount(state([note('a')], ['a']), { error: 'Your browser has no room left for notes.', deleted: note('z') });
    expect(el.querySelector('[role=alert]')?.textContent).toBe('Your browser has no room left for notes.');
    expect(el.querySelector('.undo button')?.textContent).toBe('Undo');
  });

  describe('a changed note: confirm it on the new words or keep it as it was', () => {
    const CHANGED = { kind: 'claim' as const, verdict: 'true' as const, text: 'more than 30 staff were moved' };
    const NOW = 'more than 3 staff were moved';
    const mountChanged = (over: Partial<AnnotationRecord>, onResolve?: Resolve) =>
      mount({ ...state([note('a', { ...CHANGED, ...over })], ['a']), current: { a: NOW } }, { onResolve });

    it.each([
      ['not yet reviewed: both choices', {}, ['Confirm on the new words', 'Keep as it was'], /the verdict was given to the earlier words/],
      ['kept on this very change: only confirm is left, still changed', { review: { decision: 'kept' as const, was: CHANGED.text, now: NOW, at: 5 } }, ['Confirm on the new words'], /kept as written; the verdict was given to the earlier words/],
      ['kept on an earlier change: asked again', { review: { decision: 'kept' as const, was: CHANGED.text, now: 'more than 300 staff were moved', at: 5 } }, ['Confirm on the new words', 'Keep as it was'], /— the verdict was given/],
    ])('%s', (_label, over, buttons, head) => {
      const el = mountChanged(over, async () => null);
      expect(texts(el, '.changed-actions button')).toEqual(buttons);
      expect(el.querySelector('.changed-head')?.textContent).toMatch(head);
      // However it was answered, a verdict on other words says so.
      expect(el.querySelector('.verdict')?.textContent).toBe('True (earlier words)');
    });

    it.each([
      ['confirm', 0],
      ['keep', 1],
    ] as const)('%s calls onResolve with the note and the choice', async (decision, button) => {
      const calls: Array<[string, string]> = [];
      const el = mountChanged({}, async (id, d) => (calls.push([id, d]), null));
      (el.querySelectorAll('.changed-actions button')[button] as HTMLButtonElement).click();
      await tick();
      expect(calls).toEqual([['a', decision]]);
    });

    it('shows the error when the choice could not be stored', async () => {
      const el = mountChanged({}, async () => 'The page changed again. Check the words now on the page, then confirm.');
      (el.querySelector('.changed-actions .confirm') as HTMLButtonElement).click();
      await tick();
      await tick();
      expect(el.querySelector('.changed [role=alert]')?.textContent).toMatch(/changed again/);
    });

    it('offers no choice where notes cannot be changed (no onResolve)', () => {
      expect(mountChanged({}).querySelector('.changed-actions')).toBeNull();
    });

    it('a confirmed note is on the new words: not changed, its verdict plain, and it says what it was written on', () => {
      const confirmed = note('a', { kind: 'claim', verdict: 'true', text: NOW, review: { decision: 'confirmed', was: CHANGED.text, now: NOW, at: 5 } });
      const el = mount({ ...state([confirmed], ['a']), current: { a: NOW } }, { onResolve: async () => null });
      expect(el.querySelector('.changed')).toBeNull();
      expect(el.querySelector('.verdict')?.textContent).toBe('True');
      expect(el.querySelector('.confirmed')?.textContent).toBe(`Confirmed on the page's new words (written on: ${CHANGED.text})`);
    });

    it('a claim tagged from a quote shows its speaker and role', () => {
      const el = mount(state([note('a', { kind: 'claim', verdict: 'unchecked', speaker: 'Ana Ruiz', speakerRole: 'mayor' })], ['a']));
      expect(el.querySelector('.who')?.textContent).toBe('Ana Ruiz, mayor');
    });
  });
});
