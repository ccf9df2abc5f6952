import { describe, expect, it, vi } from 'vitest';
import type { RangeSelector, Selectors } from '../../lib/anchoring/selectors';
import { buildTextIndex } from '../../lib/anchoring/text-index';
import { parseImport } from '../../lib/export/import';
import { anchorNotes, byRange, rangeOffsetsIn } from '../../lib/notes/anchor-notes';
import { parseDoc } from '../helpers';

/**
 * A note imported from Hypothesis keeps its RangeSelector. When the quote selector no longer finds
 * the passage (its context changed around a short passage), the range is tried, and trusted only
 * when the words it selects now are the note's words.
 */
const page = (items: string[], after = 'A rival petition gathered 18,000 signatures too, its organisers said.') => `<html><body><main><article>
<h1>Petition: the figures</h1><p>The campaign in figures, as of this week:</p>
<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>
<p>${after}</p>
</article></main></body></html>`;

const ORIGINAL = page(['Launched by three students in March 2024', '18,000 signatures', 'Goal: 25,000 before the council meets in June']);
const EXACT = '18,000 signatures';
/** What the Hypothesis client stored for the second item: its path from the body and offsets in it. */
const RANGE: RangeSelector = { type: 'RangeSelector', startContainer: '/main[1]/article[1]/ul[1]/li[2]', startOffset: 0, endContainer: '/main[1]/article[1]/ul[1]/li[2]', endOffset: EXACT.length };

function selectorsOn(html: string, range: RangeSelector | undefined): Selectors {
  const text = buildTextIndex(parseDoc(html).body).text;
  const start = text.indexOf(EXACT);
  return {
    quote: { type: 'TextQuoteSelector', exact: EXACT, prefix: text.slice(start - 32, start), suffix: text.slice(start + EXACT.length, start + EXACT.length + 32) },
    position: { type: 'TextPositionSelector', start, end: start + EXACT.length },
    ...(range ? { range } : {}),
  };
}

function anchorOn(html: string, selectors: Selectors) {
  const body = parseDoc(html).body;
  const index = buildTextIndex(body);
  const r = anchorNotes(index.text, [{ id: 'h1', selectors }], rangeOffsetsIn(body, index));
  const f = r.found[0];
  return { found: f && { method: f.method, words: index.text.slice(f.start, f.end), inItem: index.nodes[index.nodeOf[f.start]].parentElement?.localName }, missing: r.missing };
}

/** The list around the item rewritten: neither context of the short passage is left. */
const REWRITTEN = page(['Started by students from the technical college', '18,000 signatures', 'Next: a hearing at city hall, date to be set']);

describe('anchorNotes: a RangeSelector when the quote selector fails', () => {
  it.each([
    ['the page unchanged: the quote selector finds it', ORIGINAL, RANGE, { found: { method: 'exact', words: EXACT, inItem: 'li' }, missing: [] }],
    ['the list rewritten around the item: the range finds it, in the item and not in the rival paragraph', REWRITTEN, RANGE, { found: { method: 'range', words: EXACT, inItem: 'li' }, missing: [] }],
    ['the same, with other case and spacing in the page', page(['Started by students from the technical college', '18,000&nbsp; Signatures', 'Next: a hearing at city hall, date to be set']), { ...RANGE, endOffset: 18 }, { found: { method: 'range', words: '18,000 Signatures', inItem: 'li' }, missing: [] }],
    ['the item now says other words: the range selects them, and they are not the note’s', page(['Started by students from the technical college', '19,500 signatories', 'Next: a hearing at city hall, date to be set']), RANGE, { found: undefined, missing: ['h1'] }],
    ['an item added before it: the path now holds another item', page(['Started by students from the technical college', 'Backed by two unions', '18,000 signatures', 'Next: a hearing at city hall']), RANGE, { found: undefined, missing: ['h1'] }],
    ['the range selects only part of the words', REWRITTEN, { ...RANGE, endOffset: 6 }, { found: undefined, missing: ['h1'] }],
    ['the range selects more than the words', page(['Started by students from the technical college', '18,000 signatures and counting', 'Next: a hearing at city hall']), { ...RANGE, endOffset: 30 }, { found: undefined, missing: ['h1'] }],
    ['the list is gone (no such path)', `<html><body><main><article><p>Started by students from the technical college.</p><p>${EXACT}</p><p>Next: a hearing.</p></article></main></body></html>`, RANGE, { found: undefined, missing: ['h1'] }],
    ['its offsets run past the item', REWRITTEN, { ...RANGE, startOffset: 40, endOffset: 57 }, { found: undefined, missing: ['h1'] }],
    ['a note without a RangeSelector', REWRITTEN, undefined, { found: undefined, missing: ['h1'] }],
  ])('%s', (_label, html, range, expected) => {
    expect(anchorOn(html, selectorsOn(ORIGINAL, range))).toEqual(expected);
  });

  it('the range is not read when the quote selector finds the passage', () => {
    const rangeOffsets = vi.fn(() => null);
    const text = buildTextIndex(parseDoc(ORIGINAL).body).text;
    anchorNotes(text, [{ id: 'h1', selectors: selectorsOn(ORIGINAL, RANGE) }], rangeOffsets);
    expect(rangeOffsets).not.toHaveBeenCalled();
  });
});

describe('byRange: only the note’s own words', () => {
  const text = 'The campaign: 18,000 signatures. A rival: 19,500 signatories.';
  const sel = (exact: string): Selectors => ({ quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, range: RANGE });
  it.each([
    ['the same words', '18,000 signatures', { start: 14, end: 31 }, { start: 14, end: 31 }],
    ['the same words in other case and quotes', '18,000 SIGNATURES', { start: 14, end: 31 }, { start: 14, end: 31 }],
    ['other words', '18,000 signatures', { start: 42, end: 60 }, null],
    ['offsets outside the text', '18,000 signatures', { start: 50, end: 90 }, null],
    ['an empty range', '18,000 signatures', { start: 14, end: 14 }, null],
    ['no range on the page', '18,000 signatures', null, null],
  ])('%s', (_label, exact, offsets, expected) => {
    expect(byRange(text, sel(exact), () => offsets)).toEqual(expected);
  });
});

describe('a Hypothesis import, anchored on a page that changed', () => {
  it('keeps its RangeSelector through the import and is found by it', () => {
    const s = selectorsOn(ORIGINAL, RANGE);
    const file = { total: 1, rows: [{
      id: 'hyp-1', created: '2024-03-02T10:00:00+00:00', updated: '2024-03-02T10:00:00+00:00', uri: 'https://news.example/petition', text: 'Check against the registry', tags: [],
      // Hypothesis counts the text content of the body (newlines and all): its position is not ours.
      target: [{ source: 'https://news.example/petition', selector: [RANGE, { type: 'TextPositionSelector', start: 201, end: 218 }, { type: 'TextQuoteSelector', exact: EXACT, prefix: s.quote.prefix, suffix: s.quote.suffix }] }],
    }] };
    const r = parseImport(JSON.stringify(file), { now: 0 });
    if (!r.ok) throw new Error(r.error.message);
    expect(anchorOn(REWRITTEN, r.parsed.annotations[0].record.selectors)).toEqual({ found: { method: 'range', words: EXACT, inItem: 'li' }, missing: [] });
  });
});
