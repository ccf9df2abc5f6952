import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../lib/text/decode-html';

const encode = (s: string) => new TextEncoder().encode(s);
/** "Привет" in windows-1251. */
const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];

describe('decodeHtml', () => {
  it.each([
    ['<meta charset="utf-8">', 'utf-8'],
    ["<meta charset='windows-1251' />", 'windows-1251'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">', 'iso-8859-2'],
    ['<meta name="viewport" content="width=device-width">', null],
  ])('reads the declared charset of %s', (head, want) => {
    expect(declaredCharset(head)).toBe(want);
  });

  it('decodes a windows-1251 page by its meta charset', () => {
    const bytes = new Uint8Array([...encode('<html><head><meta charset="windows-1251"></head><body><p>'), ...PRIVET_1251, ...encode('</p>')]);
    expect(decodeHtml(bytes)).toContain('<p>Привет</p>');
  });

  it('decodes UTF-8 by default and drops a byte-order mark', () => {
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('<p>Nováková</p>')]))).toBe('<p>Nováková</p>');
    expect(decodeHtml(encode('<p>«Привет»</p>'))).toBe('<p>«Привет»</p>');
  });

  it('falls back to UTF-8 on an unknown label', () => {
    expect(decodeHtml(encode('<meta charset="no-such-charset"><p>é</p>'))).toContain('<p>é</p>');
  });
});
