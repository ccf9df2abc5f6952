import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { NoteRow } from '../../components/library/NoteRow';
import type { AnnotationRecord } from '../../lib/storage/schemas';
import { storedNote } from '../storage/fresh-db';

function verdictOf(note: AnnotationRecord): string | null {
  const el = document.createElement('div');
  render(<NoteRow index={0} row={{ ok: true, note }} page={undefined} selected={false} active={false} onSelect={() => {}} />, el);
  return el.querySelector('.verdict')?.textContent ?? null;
}

describe('NoteRow: a claim whose words changed on the page', () => {
  const claim = storedNote({ id: 'c', kind: 'claim', verdict: 'true', text: 'more than 30 staff' });
  it.each([
    ['never reviewed', claim, 'True'],
    ['kept as written: the verdict is on the earlier words', { ...claim, review: { decision: 'kept' as const, was: 'more than 30 staff', now: 'more than 3 staff', at: 2 } }, 'True (earlier words: the page changed)'],
    ['confirmed on the new words', { ...claim, text: 'more than 3 staff', review: { decision: 'confirmed' as const, was: 'more than 30 staff', now: 'more than 3 staff', at: 2 } }, 'True'],
  ])('%s', (_l, note, label) => {
    expect(verdictOf(note)).toBe(label);
  });
});
