import { describe, expect, it } from 'vitest';
import { evidenceErrors, formatEvidence, parseEvidence } from '../../lib/notes/evidence';

describe('parseEvidence: the links', () => {
  it.each([
    ['a link', 'https://reliefweb.int/report/x', [{ label: null, url: 'https://reliefweb.int/report/x' }]],
    ['label before the link', 'UN OCHA report https://reliefweb.int/report/x', [{ label: 'UN OCHA report', url: 'https://reliefweb.int/report/x' }]],
    ['a bare host gets https', 'reliefweb.int/report/x', [{ label: null, url: 'https://reliefweb.int/report/x' }]],
    ['label and bare host', 'OCHA: reliefweb.int/report/x', [{ label: 'OCHA', url: 'https://reliefweb.int/report/x' }]],
    ['separator dash dropped from the label', 'WHO fact sheet — who.int/news', [{ label: 'WHO fact sheet', url: 'https://who.int/news' }]],
    ['http kept', 'http://example.org/a', [{ label: null, url: 'http://example.org/a' }]],
    ['angle brackets and a trailing full stop', 'See <https://example.org/a>.', [{ label: 'See', url: 'https://example.org/a' }]],
    [
      'one per line, blank lines skipped',
      'First https://a.example/1\n\n  second.example/2  \r\nThird, the report: https://c.example/3',
      [
        { label: 'First', url: 'https://a.example/1' },
        { label: null, url: 'https://second.example/2' },
        { label: 'Third, the report', url: 'https://c.example/3' },
      ],
    ],
    ['empty field', '  \n ', []],
    ['a label with dots in words', 'Dr. Smith’s data e.g. https://x.example/d', [{ label: 'Dr. Smith’s data e.g.', url: 'https://x.example/d' }]],
  ])('%s', (_name, text, links) => {
    expect(parseEvidence(text)).toEqual({ ok: true, links });
  });
});

describe('parseEvidence: errors name the field and the line', () => {
  it.each([
    ['no link', 'https://ok.example/1\nUN OCHA report', 'Evidence links, line 2: no link in “UN OCHA report”'],
    ['two links on a line', 'https://a.example/1 https://b.example/2', 'Evidence links, line 1: more than one link'],
    ['text after the link', 'https://a.example/1 UN report', 'Evidence links, line 1: text after the link (“UN report”)'],
    ['not a web address', '\n\nftp://files.example/x', 'Evidence links, line 3: “ftp://files.example/x” is not a web address'],
    ['a script address', 'javascript:alert(1)', 'Evidence links, line 1: “javascript:alert(1)” is not a web address'],
  ])('%s', (_name, text, start) => {
    const r = parseEvidence(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(evidenceErrors(r.issues)[0].startsWith(start)).toBe(true);
  });

  it('reports every bad line, not only the first', () => {
    const r = parseEvidence('one\nhttps://fine.example\ntwo');
    expect(r.ok ? [] : r.issues.map((i) => i.line)).toEqual([1, 3]);
  });

  it('refuses more than 50 links', () => {
    const r = parseEvidence(Array.from({ length: 51 }, (_, i) => `https://e.example/${i}`).join('\n'));
    expect(r.ok ? null : evidenceErrors(r.issues)).toEqual(['Evidence links: 51 links; at most 50.']);
  });
});

describe('formatEvidence', () => {
  it('writes label and link per line, and reads back the same', () => {
    const links = [{ label: 'UN OCHA report', url: 'https://reliefweb.int/r' }, { label: null, url: 'https://a.example/' }];
    expect(formatEvidence(links)).toBe('UN OCHA report https://reliefweb.int/r\nhttps://a.example/');
    expect(parseEvidence(formatEvidence(links))).toEqual({ ok: true, links });
  });
});
