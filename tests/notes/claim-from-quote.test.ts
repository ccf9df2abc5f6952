import { describe, expect, it } from 'vitest';
import { quoteNoteToExtend } from '../../lib/notes/claim-from-quote';
import type { AnnotationRecord } from '../../lib/storage/schemas';
import { sel, storedNote } from '../storage/fresh-db';

const WORDS = 'we will open the terminal in 2027';
const n = (id: string, over: Partial<AnnotationRecord> = {}) => storedNote({ id, kind: 'quote', speaker: 'Maria Lopez', selectors: sel(WORDS), text: WORDS, ...over });

describe('quoteNoteToExtend', () => {
  it.each([
    ['the quote note over the same words', [n('q')], 'q'],
    ['the newest of two', [n('old', { createdAt: 1 }), n('new', { createdAt: 5 })], 'new'],
    ['none: the quote note is deleted', [n('q', { deletedAt: 9 })], undefined],
    ['none: a note (not a quote) over the words', [n('x', { kind: 'note', speaker: null })], undefined],
    ['none: a claim already', [n('x', { kind: 'claim', verdict: 'true' })], undefined],
    ['none: a quote over other words', [n('q', { selectors: sel('other words') })], undefined],
    ['none: no notes', [], undefined],
  ])('%s', (_l, notes, id) => {
    expect(quoteNoteToExtend(notes, WORDS)?.id).toBe(id);
  });
});
