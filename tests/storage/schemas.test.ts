import { describe, expect, it } from 'vitest';
import { AnnotationRecordSchema, tagKey, TagNameSchema, VERDICT_LABELS, VERDICTS, VerdictSchema } from '../../lib/storage/schemas';
import { PAGE, sel } from './fresh-db';

const base = {
  id: 'x', pageUrl: PAGE, selectors: sel('words'), text: 'words', note: '', tags: [], colour: null, kind: 'note',
  verdict: null, evidence: [], speaker: null, createdAt: 1, updatedAt: 1, deletedAt: null, words: ['words'],
};

describe('verdict scale', () => {
  it('is the documented scale, in order', () => {
    expect(VERDICTS).toEqual(['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'unverifiable', 'unchecked']);
  });

  it.each(VERDICTS.map((v) => [v]))('%s has a label and a description', (v) => {
    expect(VERDICT_LABELS[v].label.length).toBeGreaterThan(0);
    expect(VERDICT_LABELS[v].description.length).toBeGreaterThan(0);
  });

  it('rates from false (1) to true (5); the others are not ratings', () => {
    expect(VERDICTS.map((v) => VERDICT_LABELS[v].rating)).toEqual([5, 4, 3, 2, 1, null, null]);
  });

  it.each(['True', 'half-true', ''])('refuses "%s"', (v) => {
    expect(VerdictSchema.safeParse(v).success).toBe(false);
  });
});

describe('AnnotationRecordSchema', () => {
  it('accepts a well-formed note', () => {
    expect(AnnotationRecordSchema.safeParse(base).success).toBe(true);
  });

  it.each([
    ['a claim without a verdict', { kind: 'claim' }, 'verdict'],
    ['a note with a verdict', { verdict: 'true' }, 'verdict'],
    ['a highlight with a speaker', { kind: 'highlight', speaker: 'X' }, 'speaker'],
    ['the same tag twice', { tags: ['Climate', 'climate'] }, 'tags'],
    ['an unknown kind', { kind: 'opinion' }, 'kind'],
    ['an empty text', { text: '' }, 'text'],
    ['a named colour', { colour: 'red' }, 'colour'],
    ['a negative time', { createdAt: -1 }, 'createdAt'],
    ['a javascript: page address', { pageUrl: 'javascript:alert(1)' }, 'pageUrl'],
    ['a data: page address', { pageUrl: 'data:text/html,hi' }, 'pageUrl'],
    ['a file: page address', { pageUrl: 'file:///home/x.html' }, 'pageUrl'],
    ['a javascript: evidence link', { kind: 'claim', verdict: 'false', evidence: ['javascript:alert(1)'] }, 'evidence'],
  ])('refuses %s', (_l, over, path) => {
    const r = AnnotationRecordSchema.safeParse({ ...base, ...over });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0])).toContain(path);
  });
});

describe('tag names', () => {
  it.each([
    ['  Climate   change ', 'Climate change', 'climate change'],
    ['COVID-19', 'COVID-19', 'covid-19'],
  ])('"%s" is stored as "%s" with key "%s"', (raw, name, key) => {
    expect(TagNameSchema.parse(raw)).toBe(name);
    expect(tagKey(raw)).toBe(key);
  });

  it.each(['', '   ', 'x'.repeat(65)])('refuses "%s"', (raw) => {
    expect(TagNameSchema.safeParse(raw).success).toBe(false);
  });
});
