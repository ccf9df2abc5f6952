import { describe, expect, it } from 'vitest';
import { parseImport } from '../../lib/export/import';
import { toWebAnnotationJson } from '../../lib/export/web-annotation';

/** Annotations as the Hypothesis API and client write them (ids, times and fields as they come). */
const PAGE = 'https://news.example/2024/petition';
const range = { type: 'RangeSelector', startContainer: '/main[1]/article[1]/p[2]', startOffset: 8, endContainer: '/main[1]/article[1]/p[2]', endOffset: 32 };
const annotation = (over: Record<string, unknown> = {}) => ({
  id: 'Xq1-bH3pEe6tUKu0T3sYyA',
  created: '2024-03-02T10:00:00.123456+00:00',
  updated: '2024-03-03T11:30:00.654321+00:00',
  user: 'acct:ana@hypothes.is',
  uri: PAGE,
  text: 'Check the figure against the registry.',
  tags: ['Petition', 'numbers'],
  group: '__world__',
  permissions: { read: ['group:__world__'], admin: ['acct:ana@hypothes.is'], update: ['acct:ana@hypothes.is'], delete: ['acct:ana@hypothes.is'] },
  target: [{ source: PAGE, selector: [range, { type: 'TextPositionSelector', start: 133, end: 157 }, { type: 'TextQuoteSelector', exact: 'nearly 18,000 signatures', prefix: 'We collected ', suffix: ', "more than' }] }],
  document: { title: ['Petition: 18,000 signatures and counting'] },
  links: { html: 'https://hypothes.is/a/Xq1-bH3pEe6tUKu0T3sYyA', incontext: 'https://hyp.is/Xq1-bH3pEe6tUKu0T3sYyA/news.example/2024/petition' },
  flagged: false,
  hidden: false,
  user_info: { display_name: 'Ana' },
  ...over,
});
const PAGE_NOTE = annotation({ id: 'page-note-1', target: [{ source: PAGE }], text: 'A page note' });
const REPLY = annotation({ id: 'reply-1', references: ['Xq1-bH3pEe6tUKu0T3sYyA'], target: [{ source: PAGE }], text: 'Agreed' });

const clientExport = { export_date: '2024-06-01T09:00:00.000Z', export_userid: 'acct:ana@hypothes.is', client_version: '1.1460.0', annotations: [annotation(), PAGE_NOTE, REPLY] };
const searchResponse = { total: 3, rows: [annotation(), PAGE_NOTE, REPLY] };

describe('Hypothesis files', () => {
  it.each([
    ['its client’s export', clientExport],
    ['its API search response', searchResponse],
  ])('%s is read: the annotation becomes a note, page notes and replies are reported', (_name, file) => {
    const r = parseImport(JSON.stringify(file, null, 1), { now: 0 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.parsed.format).toBe('hypothesis');
    expect(r.parsed.annotations).toHaveLength(1);
    const note = r.parsed.annotations[0].record;
    expect(note).toMatchObject({
      id: 'Xq1-bH3pEe6tUKu0T3sYyA',
      pageUrl: PAGE,
      text: 'nearly 18,000 signatures',
      note: 'Check the figure against the registry.',
      tags: ['Petition', 'numbers'],
      kind: 'note',
      createdAt: Date.parse('2024-03-02T10:00:00.123Z'),
      updatedAt: Date.parse('2024-03-03T11:30:00.654Z'),
    });
    expect(r.parsed.invalid.map((i) => [i.index, i.reason])).toEqual([
      [1, expect.stringContaining('whole page')],
      [2, expect.stringContaining('reply')],
    ]);
  });

  it('keeps document.title as the page title', () => {
    const r = parseImport(JSON.stringify(searchResponse));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.parsed.pages).toEqual([expect.objectContaining({ url: PAGE, title: 'Petition: 18,000 signatures and counting' })]);
  });

  it('keeps the RangeSelector with the note, and exports it again', () => {
    const r = parseImport(JSON.stringify(searchResponse), { now: 0 });
    if (!r.ok) throw new Error(r.error.message);
    const note = r.parsed.annotations[0].record;
    expect(note.selectors.range).toEqual(range);
    const out = JSON.parse(toWebAnnotationJson({ pages: [], annotations: [note], tags: [] }, { exportedAt: new Date(0) }));
    expect(out.first.items[0].target.selector).toContainEqual(range);
    // And back again: nothing lost.
    const again = parseImport(JSON.stringify(out), { now: 0 });
    expect(again.ok && again.parsed.annotations[0].record).toEqual(note);
  });

  it('a malformed RangeSelector is a specific error', () => {
    const bad = annotation({ target: [{ source: PAGE, selector: [{ ...range, startOffset: -1 }, { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }] }] });
    const r = parseImport(JSON.stringify({ total: 1, rows: [bad] }));
    expect(r.ok && r.parsed.invalid[0].reason).toMatch(/^RangeSelector: startOffset/);
  });

  it.each([
    ['a client export without its list', { export_date: 'x', client_version: '1', annotations: 'no' }, 'Hypothesis export has no list'],
  ])('%s is refused with a clear message', (_name, file, message) => {
    const r = parseImport(JSON.stringify(file));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(message);
  });
});
