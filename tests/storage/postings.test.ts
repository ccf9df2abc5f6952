import { describe, expect, it } from 'vitest';
import { BLOCK, buildBlocks, indexedWords, replanWord, wordChanges, type PostingRecord } from '../../lib/storage/postings';

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => `id${String(from + i).padStart(5, '0')}`);
const block = (word: string, list: string[], from = list[0]): PostingRecord => ({ word, from, ids: list });

describe('indexedWords: what the multi-entry words index holds for a stored record', () => {
  it.each([
    [{ words: ['a', 'b', 'a'] }, ['a', 'b']],
    [{ words: ['a', 3, null, { x: 1 }, 'c'] }, ['a', 'c']],
    [{ words: 'lone' }, ['lone']],
    [{ words: 7 }, []],
    [{}, []],
    [null, []],
    ['words', []],
    [{ words: [] }, []],
  ])('%j → %j', (raw, out) => {
    expect(indexedWords(raw)).toEqual(out);
  });
});

describe('wordChanges', () => {
  it('gives each word the ids that gain it and the ids that lose it', () => {
    const c = wordChanges([
      { id: 'n1', before: ['a', 'b'], after: ['b', 'c'] },
      { id: 'n2', before: [], after: ['a'] },
      { id: 'n3', before: ['c'], after: [] },
      { id: 'n4', before: ['d'], after: ['d'] },
    ]);
    expect(Object.fromEntries(c)).toEqual({ a: { add: ['n2'], remove: ['n1'] }, c: { add: ['n1'], remove: ['n3'] } });
  });
});

describe('replanWord: a word\'s blocks after a change', () => {
  const full = block('w', ids(0, BLOCK));
  it.each<[string, PostingRecord[], { add: string[]; remove: string[] }, { put: PostingRecord[]; del: string[] }]>([
    ['a first id makes the first block', [], { add: ['b', 'a'], remove: [] }, { put: [block('w', ['a', 'b'])], del: [] }],
    ['an append to a full block starts a new block, leaving the full one as it is', [full], { add: ids(BLOCK, 1), remove: [] }, { put: [block('w', ids(BLOCK, 1))], del: [] }],
    ['an id below every block joins the first block, which takes it as its lower bound', [block('w', ['m', 'n'])], { add: ['a'], remove: [] }, { put: [block('w', ['a', 'm', 'n'])], del: ['m'] }],
    ['removing the first id keeps the block\'s key (a lower bound)', [block('w', ['a', 'b', 'c'])], { add: [], remove: ['a'] }, { put: [block('w', ['b', 'c'], 'a')], del: [] }],
    ['removing the last id deletes the block', [block('w', ['a'])], { add: [], remove: ['a'] }, { put: [], del: ['a'] }],
    [
      'changes spread over two blocks are cut again from the left',
      [block('w', ids(0, BLOCK)), block('w', ids(BLOCK, 2))],
      { add: [], remove: [ids(0, 1)[0]] },
      { put: [block('w', [...ids(1, BLOCK - 1), ids(BLOCK, 1)[0]], ids(0, 1)[0]), block('w', ids(BLOCK + 1, 1))], del: [ids(BLOCK, 1)[0]] },
    ],
    ['an unchanged result writes nothing', [block('w', ['a', 'b'])], { add: [], remove: ['zz'] }, { put: [], del: [] }],
  ])('%s', (_, affected, change, out) => {
    expect(replanWord('w', affected, change)).toEqual(out);
  });

  it('builds full blocks in id order from ids in any order', () => {
    const all = ids(0, 2 * BLOCK + 3);
    const blocks = buildBlocks(new Map([['w', [...all].reverse()]]));
    expect(blocks.map((b) => [b.from, b.ids.length])).toEqual([
      [all[0], BLOCK],
      [all[BLOCK], BLOCK],
      [all[2 * BLOCK], 3],
    ]);
    expect(blocks.flatMap((b) => b.ids)).toEqual(all);
  });
});
