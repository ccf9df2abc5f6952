import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { parseHtml, withoutSvgRawText } from '../../lib/text/parse-html';

const parser = () => new new Window().DOMParser() as unknown as DOMParser;

describe('parseHtml', () => {
  it.each([
    ['a style inside an icon', '<body><svg viewBox="0 0 9 9"><style>.a{fill:red}</style><path d="M0 0"/></svg><p>The story goes on.</p></body>'],
    ['a style inside the defs of a logo', '<body><svg><defs><style>.b{stroke:#fff}</style></defs></svg><p>The story goes on.</p></body>'],
    ['a script inside an icon', '<body><svg><script>var x = 1;</script></svg><p>The story goes on.</p></body>'],
    ['an icon without a style', '<body><svg><title>Logo</title></svg><p>The story goes on.</p></body>'],
  ])('keeps the text after %s', (_, html) => {
    const doc = parseHtml(parser(), html);
    expect(doc.querySelector('p')?.textContent).toBe('The story goes on.');
  });
});

describe('withoutSvgRawText', () => {
  it.each([
    ['drops a style inside an svg', '<svg><style>.a{}</style><g/></svg>', '<svg><g/></svg>'],
    ['keeps a style outside any svg', '<style>p{}</style><svg><g/></svg>', '<style>p{}</style><svg><g/></svg>'],
    ['keeps a page without svg as it is', '<p>No icons here.</p>', '<p>No icons here.</p>'],
    ['keeps a script of the page body', '<script>x()</script><svg><path/></svg><p>t</p>', '<script>x()</script><svg><path/></svg><p>t</p>'],
  ])('%s', (_, html, want) => {
    expect(withoutSvgRawText(html)).toBe(want);
  });
});
