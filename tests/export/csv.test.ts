import { describe, expect, it } from 'vitest';
import { BOM, CSV_COLUMNS, csvCell, evidenceCell, toCsv } from '../../lib/export/csv';
import { parseEvidence } from '../../lib/notes/evidence';
import type { AnnotationRecord } from '../../lib/storage/schemas';
import { CLAIM, EXPORTED_AT, NOTE_RU, SAMPLE } from './sample';

/** A strict RFC 4180 reader, to check the file reads back to the cells written. */
function readCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"') (quoted = true), i++;
    else if (c === ',') row.push(cell), (cell = ''), i++;
    else if (c === '\r' && s[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    else (cell += c), i++;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['see;=2+5', '"see;=2+5"'],
    ['a; b', '"a; b"'],
    ['Ситуация «сложная»', 'Ситуация «сложная»'],
    ['', ''],
  ])('%j → %j', (input, out) => expect(csvCell(input)).toBe(out));

  it.each([
    ['=1+2', "'=1+2"],
    ['+7 comments', "'+7 comments"],
    ['-5%', "'-5%"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', `"'\r=cmd"`],
    ['\0=cmd', "'\0=cmd"],
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
  ])('neutralises the formula %j', (input, out) => expect(csvCell(input)).toBe(out));

  it.each([['a=1'], ['x+y'], ['mail@example.org'], ['5-3']])('leaves %j alone (not at the start)', (input) => expect(csvCell(input)).toBe(input));
});

describe('toCsv', () => {
  const csv = toCsv(SAMPLE, { exportedAt: EXPORTED_AT });

  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back to one row per note with the original cells', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows[1][col('quote')]).toBe(SAMPLE.annotations[0].text);
    expect(rows[1][col('note')]).toBe(SAMPLE.annotations[0].note);
    expect(rows[2][col('note')]).toBe(`'${CLAIM.note}`);
    expect(rows[2][col('verdict')]).toBe('Mostly false');
    expect(rows[3][col('note')]).toBe(`'${NOTE_RU.note}`);
    expect(rows[3][col('tags')]).toBe('Здоровье');
  });
});

describe('CSV: evidence links keep their labels', () => {
  const LABELLED: AnnotationRecord = {
    ...CLAIM,
    evidence: ['https://reliefweb.int/report/gaza', 'https://stats.example/report?a=1&b=2', 'https://who.int/x'],
    evidenceLabels: ['UN OCHA report, "draft"', null, '=WHO\nfigures'],
  };
  const cellOf = (a: AnnotationRecord) => {
    const rows = readCsv(toCsv({ ...SAMPLE, annotations: [a] }, { exportedAt: EXPORTED_AT }).slice(1));
    return rows[1][CSV_COLUMNS.indexOf('evidence')];
  };

  it.each([
    ['each link on a line, its label before it', LABELLED, 'UN OCHA report, "draft" https://reliefweb.int/report/gaza\nhttps://stats.example/report?a=1&b=2\n=WHO figures https://who.int/x'],
    ['links without labels (an older note)', { ...LABELLED, evidenceLabels: undefined }, 'https://reliefweb.int/report/gaza\nhttps://stats.example/report?a=1&b=2\nhttps://who.int/x'],
    ['one link', { ...LABELLED, evidence: ['https://reliefweb.int/report/gaza'], evidenceLabels: ['UN OCHA report'] }, 'UN OCHA report https://reliefweb.int/report/gaza'],
    ['none', { ...LABELLED, evidence: [], evidenceLabels: [] }, ''],
  ])('%s', (_label, note, cell) => {
    expect(evidenceCell(note)).toBe(cell);
    expect(cellOf(note)).toBe(cell);
  });

  it('a cell reads back in the claim editor to the same links and labels', () => {
    const r = parseEvidence(evidenceCell(LABELLED));
    expect(r).toEqual({ ok: true, links: [
      { label: 'UN OCHA report, "draft"', url: 'https://reliefweb.int/report/gaza' },
      { label: null, url: 'https://stats.example/report?a=1&b=2' },
      { label: '=WHO figures', url: 'https://who.int/x' },
    ] });
  });

  it('a label that starts like a formula does not make the cell one', () => {
    const note = { ...LABELLED, evidence: ['https://who.int/x'], evidenceLabels: ['=1+2'] };
    expect(cellOf(note)).toBe("'=1+2 https://who.int/x");
  });
});
