import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/article/extract';
import { BLOCK_SEPARATOR } from '../../lib/article/blocks';

import { fixture, parseDoc as parse } from '../helpers';

const seed = fixture('seed-004.html');

describe('extractArticle', () => {
  it('keeps the metadata of a real news page', () => {
    const a = extractArticle(parse(seed))!;
    expect(a.title).toBe('Opposition to Ukraine war grows among Russian radiologists');
    expect(a.siteName).toBe('AuntMinnieEurope.com');
    expect(a.lang).toBe('en');
    expect(a.publishedTime).toBe('2022-04-04T17:06:00Z');
  });

  it('gives blocks whose offsets point into the article text', () => {
    const a = extractArticle(parse(seed))!;
    expect(a.blocks.length).toBeGreaterThan(10);
    for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(b.text);
    expect(a.text.split(BLOCK_SEPARATOR).length).toBe(a.blocks.length);
    expect(a.text).toContain('I resigned from my CEO position on 30 March');
    expect(a.text).not.toContain('Subscribe');
  });

  it('does not touch the document it is given', () => {
    const doc = parse(seed);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  // The offscreen document parses each page for one analysis: it skips the clone.
  it.each(['seed-000.html', 'seed-004.html', 'guardian-1.html', 'liberation-1.html'])('gives the same article from a document it owns (%s)', (name) => {
    const html = fixture(name);
    const fromClone = extractArticle(parse(html))!;
    const owned = parse(html);
    const before = owned.documentElement.outerHTML;
    const fromOwned = extractArticle(owned, { owned: true })!;
    expect({ ...fromOwned, html: fromOwned.html }).toEqual({ ...fromClone, html: fromClone.html });
    // Proof that no clone was made: Readability changed the very document.
    expect(owned.documentElement.outerHTML).not.toBe(before);
  });

  it('returns null for a page that is not an article', () => {
    expect(extractArticle(parse('<html><body><nav><a href="/">Home</a></nav></body></html>'))).toBeNull();
  });
});
