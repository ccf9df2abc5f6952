import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesDb } from '../../lib/storage/db';
import { addNote, updateNote, type NoteInput } from '../../lib/storage/notes';
import { AnnotationRecordSchema } from '../../lib/storage/schemas';
import { freshDb, PAGE, sel } from './fresh-db';

/** Evidence links keep the label the reader wrote before each (lib/notes/evidence). */

let db: NotesDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const claim = (over: Partial<NoteInput> = {}): NoteInput => ({ pageUrl: PAGE, selectors: sel('nearly 18,000 people'), kind: 'claim', verdict: 'false', ...over });

async function add(over: Partial<NoteInput>) {
  const r = await addNote(db, claim(over), 1000, () => 'c1');
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

const A = 'https://reliefweb.int/a';
const B = 'https://b.example/b';

describe('evidence labels', () => {
  it.each([
    ['labels kept, one per link', [A, B], ['UN OCHA report', null], ['UN OCHA report', null]],
    ['no label at all: nothing stored', [A, B], [null, null], undefined],
    ['no labels given', [A], undefined, undefined],
  ] as const)('%s', async (_name, evidence, labels, stored) => {
    const a = await add({ evidence: [...evidence], ...(labels ? { evidenceLabels: [...labels] } : {}) });
    expect(a.evidence).toEqual(evidence);
    expect(a.evidenceLabels).toEqual(stored);
    expect((await db.annotations.get('c1'))?.evidenceLabels).toEqual(stored);
  });

  it('updates labels with the links; new links without labels drop the old labels', async () => {
    await add({ evidence: [A], evidenceLabels: ['UN report'] });
    const relabelled = await updateNote(db, 'c1', { evidence: [A, B], evidenceLabels: ['UN report', 'Budget'] }, 2000);
    expect(relabelled.ok && relabelled.value.evidenceLabels).toEqual(['UN report', 'Budget']);
    const bare = await updateNote(db, 'c1', { evidence: [B] }, 3000);
    expect(bare.ok && bare.value).toMatchObject({ evidence: [B] });
    expect(bare.ok && bare.value.evidenceLabels).toBeUndefined();
    const noteOnly = await updateNote(db, 'c1', { note: 'checked' }, 4000);
    expect(noteOnly.ok && noteOnly.value.evidence).toEqual([B]);
  });

  it('a record with a label count other than its link count is refused', () => {
    const r = AnnotationRecordSchema.safeParse({
      id: 'x', pageUrl: PAGE, selectors: sel('x'), text: 'x', note: '', tags: [], colour: null, kind: 'claim', verdict: 'false',
      evidence: [A], evidenceLabels: ['one', 'two'], speaker: null, createdAt: 1, updatedAt: 1, deletedAt: null, words: [],
    });
    expect(r.success).toBe(false);
  });
});
