import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextIndex, findAnchor, rangeFromOffsets } from '../../lib/anchoring/text-index';
import { unwrap, wrapSpans, type TextSpan } from '../../lib/highlight/wrap';

function spanOf(exact: string, prefix = ''): TextSpan {
  const index = buildTextIndex(document.body);
  const hit = findAnchor(index, { exact, prefix })!;
  const r = rangeFromOffsets(index, hit.start, hit.end)!;
  return { startContainer: r.startContainer as Text, startOffset: r.startOffset, endContainer: r.endContainer as Text, endOffset: r.endOffset };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('wrapSpans / unwrap (fallback without the Highlight API)', () => {
  it.each([
    ['one text node', '<p>He said “we will win” loudly.</p>', ['we will win']],
    ['across a link and emphasis', '<p>“the <a href="/x">market</a> is <em>broken</em>”, she said</p>', ['the market is broken']],
    ['a name inside a quote', '<p>“Ask Dr Ana Lima about it,” he said.</p>', ['Ask Dr Ana Lima about it', 'Ana Lima']],
    ['two quotes in one node', '<p>“one” and “two”</p>', ['one', 'two']],
  ])('%s: marks the text, then leaves the DOM exactly as it was', (_name, html, exacts) => {
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const nodesBefore = [...document.body.querySelectorAll('*')].flatMap((e) => [...e.childNodes]);
    const items = exacts.map((exact, i) => ({ key: `k${i}`, kind: i === 0 ? 'quote' : 'specialist', span: spanOf(exact) }));
    const wrapping = wrapSpans(items);

    for (const [i, exact] of exacts.entries()) {
      expect(wrapping.marks.get(`k${i}`)!.map((m) => m.textContent).join('')).toBe(exact);
    }
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(before, 'text/html').body.textContent);

    unwrap(wrapping);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('sourcelight-mark')).toBeNull();
    // The page's own text nodes are back, not copies of them.
    const nodesAfter = [...document.body.querySelectorAll('*')].flatMap((e) => [...e.childNodes]);
    expect(nodesAfter).toEqual(nodesBefore);
  });

  it('lists the kinds of every finding that covers a piece', () => {
    document.body.innerHTML = '<p>“Ask Dr Ana Lima about it,” he said.</p>';
    const wrapping = wrapSpans([
      { key: 'q1', kind: 'quote', span: spanOf('Ask Dr Ana Lima about it') },
      { key: 's1', kind: 'specialist', span: spanOf('Ana Lima') },
    ]);
    const name = wrapping.marks.get('s1')![0];
    expect(name.getAttribute('data-kind')).toBe('quote specialist');
    expect(name.getAttribute('data-keys')).toBe('q1 s1');
    unwrap(wrapping);
  });
});
