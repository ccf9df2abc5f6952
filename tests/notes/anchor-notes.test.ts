import { describe, expect, it } from 'vitest';
import { describe as describeSel } from '../../lib/anchoring/selectors';
import { buildTextIndex } from '../../lib/anchoring/text-index';
import { anchorNotes } from '../../lib/notes/anchor-notes';
import { offsetsOfRange } from '../../lib/notes/range-offsets';
import { parseDoc } from '../helpers';

const PAGE = `<html><body><article>
  <h1>Bridge plan delayed</h1>
  <p>The city council met on <b>Monday</b> to discuss the river crossing.</p>
  <p>"We will build the bridge by 2027," said the mayor, Ana Ruiz, to applause.</p>
  <p>Critics said the budget of 40 million euros was far too small for a project of this size.</p>
</article></body></html>`;

function textOf(html: string): string {
  return buildTextIndex(parseDoc(html).body).text;
}

/** A note made on PAGE over `exact`, as the toolbar would make it. */
function noteOver(exact: string, id = 'n1') {
  const text = textOf(PAGE);
  const start = text.indexOf(exact);
  return { id, selectors: describeSel(text, start, start + exact.length) };
}

const PASSAGE = 'the budget of 40 million euros was far too small';

describe('anchorNotes: the page changed since the note was made', () => {
  it.each([
    ['unchanged', PAGE, 'exact'],
    ['a paragraph inserted before', PAGE.replace('<h1>', '<p>Breaking: new details emerged overnight about the council vote.</p><h1>'), 'exact'],
    ['a word changed inside', PAGE.replace('far too small', 'much too small'), 'fuzzy'],
    ['white space and markup changed', PAGE.replace('40 million euros', '40&nbsp;million <i>euros</i>'), 'exact'],
  ])('%s: found (%s)', (_label, html, method) => {
    const text = textOf(html);
    const r = anchorNotes(text, [noteOver(PASSAGE)]);
    expect(r.missing).toEqual([]);
    expect(r.found[0].method).toBe(method);
    expect(text.slice(r.found[0].start, r.found[0].end)).toMatch(/^the budget of 40 million euros was (far|much) too small$/);
  });

  it.each([
    ['the paragraph removed', PAGE.replace(/<p>Critics[^<]*<\/p>/, '')],
    ['the paragraph rewritten', PAGE.replace(/<p>Critics[^<]*<\/p>/, '<p>Supporters praised the plan as long overdue.</p>')],
  ])('%s: not found, never attached elsewhere', (_label, html) => {
    expect(anchorNotes(textOf(html), [noteOver(PASSAGE)])).toEqual({ found: [], missing: ['n1'] });
  });

  it('locates several notes in one pass, each on its own', () => {
    const r = anchorNotes(textOf(PAGE), [noteOver('Monday', 'a'), noteOver('Ana Ruiz', 'b'), { id: 'c', selectors: describeSel('gone words here', 0, 15) }]);
    expect(r.found.map((f) => f.id)).toEqual(['a', 'b']);
    expect(r.missing).toEqual(['c']);
  });
});

describe('offsetsOfRange: a selection in the page to offsets in its visible text', () => {
  const doc = parseDoc(PAGE);
  const index = buildTextIndex(doc.body);
  const ps = doc.querySelectorAll('p');

  const b = (startContainer: Node, startOffset: number, endContainer: Node, endOffset: number) => ({ startContainer, startOffset, endContainer, endOffset });
  it.each([
    ['inside one text node', () => b(ps[2].firstChild!, 17, ps[2].firstChild!, 42), 'budget of 40 million euro'],
    ['across inline markup', () => b(ps[0].firstChild!, 4, ps[0].lastChild!, 11), 'city council met on Monday to discuss'],
    ['a whole paragraph (element boundaries)', () => b(ps[1], 0, ps[1], ps[1].childNodes.length), '"We will build the bridge by 2027," said the mayor, Ana Ruiz, to applause.'],
    ["a triple click: up to the next paragraph's start", () => b(ps[1].firstChild!, 0, ps[2], 0), '"We will build the bridge by 2027," said the mayor, Ana Ruiz, to applause.'],
    ['from before the article to inside it', () => b(doc.body, 0, ps[0].firstChild!, 8), 'Bridge plan delayed The city'],
  ])('%s', (_label, make, expected) => {
    const o = offsetsOfRange(index, make());
    expect(o && index.text.slice(o.start, o.end)).toBe(expected);
  });

  it('gives null for a collapsed selection', () => {
    expect(offsetsOfRange(index, b(ps[0].firstChild!, 3, ps[0].firstChild!, 3))).toBeNull();
  });
});

describe('locateNotes: one note per step', () => {
  it('yields each note in order, found or missing, and anchorNotes collects the same', async () => {
    const { locateNotes, collect } = await import('../../lib/notes/anchor-notes');
    const notes = [noteOver('Monday', 'a'), { id: 'gone', selectors: describeSel('no such words', 0, 13) }, noteOver('Ana Ruiz', 'b')];
    const steps = [...locateNotes(textOf(PAGE), notes)];
    expect(steps.map((s) => s.id)).toEqual(['a', 'gone', 'b']);
    expect(collect(steps)).toEqual(anchorNotes(textOf(PAGE), notes));
  });
});
