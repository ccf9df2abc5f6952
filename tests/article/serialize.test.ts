import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { serializePage } from '../../lib/article/serialize';
import { fixture, parseDoc } from '../helpers';

describe('serializePage', () => {
  it.each(['guardian-1.html', 'liberation-1.html', 'seed-000.html', 'seed-004.html'])(
    '%s: the analysis of the sent HTML is the analysis of the page',
    (name) => {
      const doc = parseDoc(fixture(name));
      const sent = serializePage(doc);
      expect(analyze(parseDoc(sent), { url: 'https://example.org/a' })).toEqual(analyze(doc, { url: 'https://example.org/a' }));
      // The head's style sheets and scripts are left behind.
      expect(sent.length).toBeLessThanOrEqual(doc.documentElement.outerHTML.length + 20);
    },
    30_000, // a 1 MB page, analyzed twice in happy-dom
  );

  it.each([
    ['style sheet', '<style>p { color: red }</style>', 'color: red', false],
    ['script', '<script>var tracking = 1;</script>', 'tracking', false],
    ['stylesheet link', '<link rel="stylesheet" href="/a.css">', 'a.css', false],
    ['JSON-LD metadata', '<script type="application/ld+json">{"author":"Ada Byline"}</script>', 'Ada Byline', true],
    ['title', '<title>The Title</title>', 'The Title', true],
    ['meta', '<meta property="og:site_name" content="The Site">', 'The Site', true],
  ])('head %s kept: %s', (_label, head, marker, kept) => {
    const doc = parseDoc(`<!doctype html><html lang="de"><head>${head}</head><body><p>Text &amp; more</p></body></html>`);
    const sent = serializePage(doc);
    expect(sent.includes(marker)).toBe(kept);
    expect(sent.startsWith('<!doctype html><html lang="de"><head>')).toBe(true);
    expect(sent.endsWith('<body><p>Text &amp; more</p></body></html>')).toBe(true);
  });
});
