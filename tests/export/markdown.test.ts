import { describe, expect, it } from 'vitest';
import { escapeInline, escapeLines, obsidianTag } from '../../lib/export/markdown-escape';
import { toMarkdown } from '../../lib/export/markdown';
import { markdownNoteFiles } from '../../lib/export/markdown-notes';
import { CLAIM, EXPORTED_AT, QUOTE, SAMPLE } from './sample';

describe('escapeInline', () => {
  it.each([
    ['# heading', '\\# heading'],
    ['## 2', '\\#\\# 2'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. item', '1\\. item'],
    ['2) item', '2\\) item'],
    ['---', '\\---'],
    ['    code', 'code'],
    ['> quote', '\\> quote'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[link](javascript:x)', '\\[link\\](javascript:x)'],
    ['![img](x)', '!\\[img\\](x)'],
    ['*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['a | b', 'a \\| b'],
    ['&amp;', '\\&amp;'],
    ['==mark== ~~del~~', '\\=\\=mark\\=\\= \\~\\~del\\~\\~'],
    ['#MeToo [[Page]] %%c%% $5 and $10 ^id', '\\#MeToo \\[\\[Page\\]\\] \\%\\%c\\%\\% \\$5 and \\$10 \\^id'],
    ['back\\slash', 'back\\\\slash'],
    ['Ситуация «сложная», 2024', 'Ситуация «сложная», 2024'],
    ['a - b, 3.5', 'a - b, 3.5'],
  ])('%j → %j', (input, out) => expect(escapeInline(input)).toBe(out));

  it('keeps line structure: one output line per input line', () => {
    expect(escapeLines('one\r\n\n# two')).toEqual(['one', '', '\\# two']);
  });
});

describe('obsidianTag', () => {
  it.each([
    ['climate', '#climate'],
    ['public health', '#public-health'],
    ['Здоровье', '#Здоровье'],
    ['2024', '#_2024'],
    ['a/b_c', '#a/b_c'],
    ['C++ & more!', '#C-more'],
    ['!!!', ''],
  ])('%j → %j', (input, out) => expect(obsidianTag(input)).toBe(out));
});

describe('toMarkdown', () => {
  it('a hostile quote stays inside its blockquote', () => {
    const text = '</blockquote><img src=x onerror=alert(1)>\n# Owned\n- [x](javascript:alert(1))\n    indented';
    const md = toMarkdown({ ...SAMPLE, annotations: [{ ...QUOTE, text, selectors: { quote: { ...QUOTE.selectors.quote, exact: text } } }] }, { exportedAt: EXPORTED_AT });
    const quoteLines = md.split('\n').filter((l) => l.startsWith('>'));
    expect(quoteLines.slice(0, 4)).toEqual([
      '> \\</blockquote\\>\\<img src\\=x onerror\\=alert(1)\\>',
      '> \\# Owned',
      '> \\- \\[x\\](javascript:alert(1))',
      '> indented',
    ]);
    expect(md).not.toMatch(/^#+ Owned/m);
  });

  it('links every quote to its place with a text fragment', () => {
    const md = toMarkdown(SAMPLE, { exportedAt: EXPORTED_AT });
    expect(md.match(/\[in the page\]\(<[^>]+#:~:text=[^>]+>\)/g)).toHaveLength(SAMPLE.annotations.length);
  });
});

describe('Markdown: evidence links keep their labels', () => {
  const LABELLED = { ...CLAIM, evidence: ['https://reliefweb.int/report/gaza', 'https://stats.example/report?a=1&b=2'], evidenceLabels: ['UN OCHA report [draft]', null] };
  const evidenceLine = (md: string) => md.split('\n').find((l) => l.startsWith('- Evidence:'));

  it.each([
    ['a labelled link is a link under its label; an unlabelled one stays bare', LABELLED, '- Evidence: [UN OCHA report \\[draft\\]](<https://reliefweb.int/report/gaza>), <https://stats.example/report?a=1&b=2>'],
    ['an older note without labels', { ...LABELLED, evidenceLabels: undefined }, '- Evidence: <https://reliefweb.int/report/gaza>, <https://stats.example/report?a=1&b=2>'],
    ['a label that would be markup stays text', { ...LABELLED, evidence: ['https://x.example/'], evidenceLabels: ['</a><img src=x> *bold*\n# h'] }, '- Evidence: [\\</a\\>\\<img src\\=x\\> \\*bold\\* \\# h](<https://x.example/>)'],
  ])('%s', (_label, note, line) => {
    expect(evidenceLine(toMarkdown({ ...SAMPLE, annotations: [note] }, { exportedAt: EXPORTED_AT }))).toBe(line);
  });

  it('the note-app files carry them too', () => {
    const [file] = [...markdownNoteFiles({ ...SAMPLE, annotations: [LABELLED] }, { exportedAt: EXPORTED_AT })];
    expect(evidenceLine(file.text)).toBe('- Evidence: [UN OCHA report \\[draft\\]](<https://reliefweb.int/report/gaza>), <https://stats.example/report?a=1&b=2>');
  });
});
