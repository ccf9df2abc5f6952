import { describe, expect, it } from 'vitest';
import { elementAtPath, pointAtTextOffset, resolveRangeSelector } from '../../lib/anchoring/range-selector';
import { parseDoc } from '../helpers';

const PAGE = `<html><body><main><article>
<h1>Petition</h1><p id="a">First paragraph.</p><p id="b">We collected <b>nearly</b> 18,000 signatures.</p><div><p id="c">Inside a div.</p></div>
</article></main></body></html>`;

const body = () => parseDoc(PAGE).body;

describe('elementAtPath: the simple paths Hypothesis writes, from the body', () => {
  it.each([
    ['/main[1]/article[1]/p[2]', 'b'],
    ['/main[1]/article[1]/p[1]', 'a'],
    ['/MAIN[1]/Article[1]/P[2]', 'b'],
    ['/main/article/p', 'a'],
    ['/main[1]/article[1]/div[1]/p[1]', 'c'],
  ])('%s is the paragraph #%s', (path, id) => {
    expect(elementAtPath(body(), path)?.id).toBe(id);
  });

  it.each([
    ['a position past the last of its name', '/main[1]/article[1]/p[3]'],
    ['a name not there', '/main[1]/section[1]/p[1]'],
    ['position 0', '/main[1]/article[0]'],
    ['a full XPath', '//p[2]'],
    ['a text() step', '/main[1]/article[1]/p[2]/text()[1]'],
    ['a predicate', "/main[1]/article[1]/p[@id='b']"],
    ['a relative path', 'main[1]/article[1]'],
  ])('%s gives null', (_label, path) => {
    expect(elementAtPath(body(), path)).toBeNull();
  });

  it('the empty path and "/" are the root', () => {
    const b = body();
    expect(elementAtPath(b, '')).toBe(b);
    expect(elementAtPath(b, '/')).toBe(b);
  });
});

describe('pointAtTextOffset: characters of the text content, through inline elements', () => {
  const p = () => body().querySelector('#b')!;
  it.each([
    [0, 'We collected ', 0],
    [13, 'nearly', 0],
    [16, 'nearly', 3],
    [19, ' 18,000 signatures.', 0],
    [38, ' 18,000 signatures.', 19],
  ])('offset %i is in "%s" at %i', (offset, node, at) => {
    const hit = pointAtTextOffset(p(), offset);
    expect(hit && [hit.node.data, hit.offset]).toEqual([node, at]);
  });

  it('an offset past the text gives null', () => {
    expect(pointAtTextOffset(p(), 39)).toBeNull();
  });
});

describe('resolveRangeSelector', () => {
  it('gives the boundaries of the words the selector names', () => {
    const b = body();
    const r = resolveRangeSelector(b, { type: 'RangeSelector', startContainer: '/main[1]/article[1]/p[2]', startOffset: 13, endContainer: '/main[1]/article[1]/p[2]', endOffset: 26 })!;
    expect([r.startContainer.data.slice(r.startOffset), r.endContainer.data.slice(0, r.endOffset)]).toEqual(['nearly', ' 18,000']);
  });

  it('a start and an end in different elements', () => {
    const b = body();
    const r = resolveRangeSelector(b, { type: 'RangeSelector', startContainer: '/main[1]/article[1]/p[1]', startOffset: 6, endContainer: '/main[1]/article[1]/p[2]', endOffset: 12 })!;
    expect([r.startContainer.data.slice(r.startOffset), r.endContainer.data.slice(0, r.endOffset)]).toEqual(['paragraph.', 'We collected']);
  });

  it.each([
    ['its start path is gone', { startContainer: '/main[1]/article[1]/p[9]' }],
    ['its end path is gone', { endContainer: '/main[1]/aside[1]' }],
    ['its end offset runs past the text', { endOffset: 400 }],
  ])('null when %s', (_label, over) => {
    const sel = { type: 'RangeSelector' as const, startContainer: '/main[1]/article[1]/p[2]', startOffset: 0, endContainer: '/main[1]/article[1]/p[2]', endOffset: 5, ...over };
    expect(resolveRangeSelector(body(), sel)).toBeNull();
  });
});
