import { describe, expect, it } from 'vitest';
import { buildTextIndex, findAnchor, rangeFromOffsets } from '../../lib/anchoring/text-index';
import { analyze } from '../../lib/analyze';
import { fixture, parseDoc } from '../helpers';

/** The page's markup without what happy-dom would try to fetch (stylesheets, frames, scripts). */
function inert(html: string): string {
  const doc = parseDoc(html);
  doc.querySelectorAll('link, iframe, script').forEach((el) => el.remove());
  return doc.documentElement.innerHTML;
}

// happy-dom only builds working Ranges in the window's own document, so the live page is `document`.
function body(html: string): Element {
  document.body.innerHTML = html;
  return document.body;
}

/** Find `exact` in the HTML and return the text of the resulting DOM Range. */
function locate(html: string, exact: string, prefix = '', suffix = ''): string | null {
  const index = buildTextIndex(body(html));
  const hit = findAnchor(index, { exact, prefix, suffix });
  if (!hit) return null;
  return rangeFromOffsets(index, hit.start, hit.end)?.toString() ?? null;
}

describe('buildTextIndex', () => {
  it.each([
    ['collapses white space', '<p>one \n\t two</p>', 'one two'],
    ['NBSP becomes a space', '<p>a&nbsp;b</p>', 'a b'],
    ['drops soft hyphens and zero-width marks', '<p>in&shy;for\u200bmation</p>', 'information'],
    ['decodes entities', '<p>Tom &amp; Jerry&#8217;s</p>', 'Tom & Jerry\u2019s'],
    ['breaks between blocks', '<p>end.</p><p>Start</p>', 'end. Start'],
    ['breaks at <br>', 'line one<br>line two', 'line one line two'],
    ['joins inline elements without a break', '<p>un<em>der</em><a href="#">line</a></p>', 'underline'],
    ['skips scripts, styles and hidden elements', '<p>a<script>x()</script><style>p{}</style><span hidden>no</span> b</p>', 'a b'],
  ])('%s', (_name, html, text) => {
    expect(buildTextIndex(body(html)).text).toBe(text);
  });

  it('lets the caller skip more elements', () => {
    const index = buildTextIndex(body('<p>keep <span class="x">drop</span>this</p>'), { skip: (el) => el.classList.contains('x') });
    expect(index.text).toBe('keep this');
  });
});

describe('findAnchor → Range', () => {
  it.each([
    ['split across <a> and <em>', '<p>He said \u201cthe <a href="#">market</a> is <em>broken</em> today\u201d.</p>', 'the market is broken today'],
    ['NBSP inside the quote', '<p>\u201cten&nbsp;per cent\u201d</p>', 'ten per cent'],
    ['soft hyphen inside the quote', '<p>\u201cun&shy;believable results\u201d</p>', 'unbelievable results'],
    ['entities inside the quote', '<p>\u201cR&amp;D matters\u201d</p>', 'R&D matters'],
    ['collapsed white space', '<p>\u201cwe   will\n   see\u201d</p>', 'we will see'],
    ['a space the article text lacks', '<p>\u201cwe will <b>see</b> </p>', 'we willsee'],
  ])('%s', (_name, html, exact) => {
    const found = locate(html, exact);
    expect(found?.replace(/\s+/g, ' ').replace(/\u00ad/g, '')).toBe(
      exact === 'we willsee' ? 'we will see' : exact,
    );
  });

  it('returns null when the text is not there', () => {
    expect(locate('<p>nothing here</p>', 'missing words')).toBeNull();
  });

  it('does not match inside a longer word', () => {
    expect(locate('<p>Lindqvist spoke.</p>', 'Lin')).toBeNull();
  });

  it.each([
    ['the first', 'said Ada: ', 0],
    ['the second', 'said Bo: ', 1],
  ])('picks %s of two repeated passages by its prefix', (_name, prefix, which) => {
    const root = body('<p>said Ada: <q>we agree</q>.</p><p>said Bo: <q>we agree</q>.</p>');
    const index = buildTextIndex(root);
    const hit = findAnchor(index, { exact: 'we agree', prefix })!;
    const range = rangeFromOffsets(index, hit.start, hit.end)!;
    expect(range.startContainer).toBe(root.querySelectorAll('q')[which].firstChild);
  });

  it('uses the suffix and then the position hint to break ties', () => {
    const root = body('<p>Smith left. Smith stayed. Smith won.</p>');
    const index = buildTextIndex(root);
    expect(findAnchor(index, { exact: 'Smith', suffix: ' stayed.' })!.start).toBe(12);
    expect(findAnchor(index, { exact: 'Smith', position: 0.9 })!.start).toBe(26);
  });
});

describe('anchoring the analyzer output in the page it came from', () => {
  it.each(['seed-000.html', 'seed-004.html', 'guardian-1.html'])('%s: every quote is found', (name) => {
    const html = fixture(name);
    const analysis = analyze(parseDoc(html));
    expect(analysis.quotes.length).toBeGreaterThan(0);
    document.documentElement.innerHTML = inert(html);
    const index = buildTextIndex(document.body);
    const missed = analysis.quotes.filter((q) => {
      const hit = findAnchor(index, { ...q.anchor, position: q.anchor.start / analysis.textLength });
      const text = hit && rangeFromOffsets(index, hit.start, hit.end)?.toString();
      return !text || !text.replace(/[\s\u00ad\u00a0]/g, '').includes(q.text.replace(/\s/g, ''));
    });
    expect(missed.map((q) => q.text)).toEqual([]);
  });
});
