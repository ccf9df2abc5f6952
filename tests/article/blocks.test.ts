import { describe, expect, it } from 'vitest';
import { blocksFromElement } from '../../lib/article/blocks';
import { parseDoc } from '../helpers';

const body = (html: string) => parseDoc(`<html><body><div id="a">${html}</div></body></html>`).getElementById('a')!;

describe('blocksFromElement: a title repeated as the first heading is kept once', () => {
  it.each([
    ['same text', 'Minister: "We will win"', '<h1>Minister: "We will win"</h1><p>Body.</p>', ['heading', 'paragraph']],
    ['case, spaces and closing punctuation aside', 'Floods hit  the north.', '<h2>Floods hit the North</h2><p>Body.</p>', ['heading', 'paragraph']],
    ['after a kicker line', 'Floods hit the north', '<p>Weather</p><h1>Floods hit the north</h1><p>Body.</p>', ['paragraph', 'heading', 'paragraph']],
    ['a different heading keeps the title', 'Floods hit the north', '<h1>Rain records broken</h1><p>Body.</p>', ['title', 'heading', 'paragraph']],
    ['a paragraph with the same words is not a heading', 'Floods hit the north', '<p>Floods hit the north</p><p>Body.</p>', ['title', 'paragraph', 'paragraph']],
    ['a heading far down the article', 'Floods', '<p>a</p><p>b</p><p>c</p><p>d</p><h2>Floods</h2>', ['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'heading']],
  ])('%s', (_name, title, html, kinds) => {
    const article = blocksFromElement(body(html), title);
    expect(article.blocks.map((b) => b.kind)).toEqual(kinds);
    // Offsets still index the text.
    for (const b of article.blocks) expect(article.text.slice(b.start, b.end)).toBe(b.text);
  });
});
