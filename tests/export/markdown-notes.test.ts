import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../lib/export/index';
import { toMarkdown } from '../../lib/export/markdown';
import { markdownNoteFiles, noteFileTitle } from '../../lib/export/markdown-notes';
import { mergeCardClaims } from '../../lib/export/merge-card-claims';
import { textFragmentUrl, SHORT } from '../../lib/export/text-fragment';
import type { AnnotationRecord } from '../../lib/storage/schemas';
import { CLAIM, EXPORTED_AT, NOTE_RU, PAGE_1, PAGE_2, QUOTE, SAMPLE } from './sample';

const opts = { exportedAt: EXPORTED_AT };
const files = (annotations: AnnotationRecord[] = SAMPLE.annotations, pages = SAMPLE.pages) => [...markdownNoteFiles({ ...SAMPLE, pages, annotations }, opts)];
/** The front matter as key → raw YAML value. */
const frontMatter = (text: string): Record<string, string> => {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error('no front matter');
  return Object.fromEntries(m[1].split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
};

/** A claim tagged from a quote's card, as older versions stored it: a quote note and a claim over the same words. */
const CARD_QUOTE: AnnotationRecord = { ...QUOTE, id: 'card-quote', text: CLAIM.text, selectors: CLAIM.selectors, note: '', tags: ['Petition'], speakerRole: 'pulmonologist' };

describe('Markdown for note apps: one file per article', () => {
  it('one file per page, named by its title', () => {
    expect(files().map((f) => f.name)).toEqual(['Petition 18,000 signatures & counting.md', 'Пульмонолог «Ситуация 1 сложная».md']);
  });

  it.each([
    ['title', '"Petition: \\"18,000 signatures\\" & <counting>"'],
    ['url', `"${PAGE_1.url}"`],
    ['site', '"News Example"'],
    ['author', '"Ann Lee"'],
    ['published', '"2024-03-01"'],
    ['tags', '["Petition", "public-health", "Economy"]'],
    ['speakers', '["Sergey Morozov"]'],
  ])('front matter %s', (key, value) => expect(frontMatter(files()[0].text)[key]).toBe(value));

  it('front matter values are YAML (JSON strings parse as YAML double-quoted scalars)', () => {
    const fm = frontMatter(files()[0].text);
    expect(JSON.parse(fm.title)).toBe(PAGE_1.title);
    expect(JSON.parse(fm.tags)).toEqual(['Petition', 'public-health', 'Economy']);
  });

  it('a page without site, author or date leaves those keys out', () => {
    const fm = frontMatter(files()[1].text);
    expect(Object.keys(fm)).toEqual(['title', 'url', 'tags', 'speakers', 'exported']);
  });

  it('links are short references, listed at the end', () => {
    const text = files([NOTE_RU])[0].text;
    expect(text).toContain('[in the page][1]');
    const ref = /^\[1\]: <(.+)>$/m.exec(text)![1];
    const full = textFragmentUrl(NOTE_RU.pageUrl, NOTE_RU.selectors.quote);
    expect(ref).toBe(textFragmentUrl(NOTE_RU.pageUrl, NOTE_RU.selectors.quote, SHORT));
    expect(ref.length).toBeLessThan(full.length / 2);
    expect(ref).toContain('Ситуация');
  });

  it.each([
    ['the same title twice', ['Same', 'Same', 'same'], ['Same.md', 'Same (2).md', 'same (3).md']],
  ])('unique names: %s', (_name, titles, names) => {
    const pages = titles.map((title, i) => ({ ...PAGE_1, url: `https://n.example/${i}`, title }));
    const annotations = pages.map((p, i) => ({ ...NOTE_RU, id: `n${i}`, pageUrl: p.url }));
    expect(files(annotations, pages).map((f) => f.name)).toEqual(names);
  });

  it.each([
    ['path characters', 'a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j'],
    ['leading dots', '..hidden', 'hidden'],
    ['no title', '', 'n-example-a'],
  ])('file titles: %s', (_name, title, out) => expect(noteFileTitle(title, 'https://n.example/a')).toBe(out));
});

describe('a claim tagged from a card appears once', () => {
  it('merges the quote note into the claim: speaker, role, tags of both', () => {
    const shown = mergeCardClaims([CARD_QUOTE, CLAIM, NOTE_RU]);
    expect(shown.map((a) => a.id)).toEqual(['claim-1', NOTE_RU.id]);
    expect(shown[0]).toMatchObject({ kind: 'claim', verdict: 'mostly-false', speaker: 'Sergey Morozov', speakerRole: 'pulmonologist', tags: ['Economy', 'Petition'] });
  });

  it.each([
    ['another passage', { ...CARD_QUOTE, text: 'x', selectors: { ...CLAIM.selectors, quote: { ...CLAIM.selectors.quote, exact: 'other words' } } }],
    ['the same words elsewhere', { ...CARD_QUOTE, selectors: { ...CLAIM.selectors, position: { type: 'TextPositionSelector' as const, start: 900, end: 924 } } }],
    ['another page', { ...CARD_QUOTE, pageUrl: PAGE_2.url }],
    ['a deleted quote', { ...CARD_QUOTE, deletedAt: 5 }],
  ])('leaves apart: %s', (_name, quote) => expect(mergeCardClaims([quote, CLAIM])).toHaveLength(2));

  it.each([
    ['the single file', () => toMarkdown({ ...SAMPLE, annotations: [CARD_QUOTE, CLAIM] }, opts)],
    ['the note-app file', () => files([CARD_QUOTE, CLAIM])[0].text],
  ])('%s shows the passage once, with its speaker and verdict', (_name, make) => {
    const text = make();
    expect(text.match(/> nearly 18,000 signatures/g)).toHaveLength(1);
    expect(text).toContain('Sergey Morozov, pulmonologist');
    expect(text).toContain('Verdict: Mostly false');
  });
});

describe('the zip', () => {
  it('holds every file in a folder, unchanged, and the same notes give the same bytes', async () => {
    const build = () => buildExport('markdown-notes', SAMPLE, { ...opts, scope: 'all', yieldControl: async () => {} });
    const f = await build();
    expect(f.name).toMatch(/^sourcelight-all-2024-03-0[45]\.notes\.zip$/);
    expect(f.mime).toBe('application/zip');
    const zip = f.chunks[0] as Uint8Array;
    const entries = unzipSync(zip);
    const folder = f.name.replace('.notes.zip', '');
    expect(Object.keys(entries)).toEqual(files().map((x) => `${folder}/${x.name}`));
    expect(Object.values(entries).map((d) => strFromU8(d))).toEqual(files().map((x) => x.text));
    expect((await build()).chunks[0]).toEqual(zip);
  });
});
