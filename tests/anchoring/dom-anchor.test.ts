import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { anchorFindings, findingKey, lazyIndex, parseFindingKey } from '../../lib/anchoring/dom-anchor';
import { buildTextIndex } from '../../lib/anchoring/text-index';
import { fixture, parseDoc } from '../helpers';

/** The page's markup without what happy-dom would try to fetch (stylesheets, frames, scripts). */
function inert(html: string): string {
  const doc = parseDoc(html);
  doc.querySelectorAll('link, iframe, script').forEach((el) => el.remove());
  return doc.documentElement.innerHTML;
}

describe('finding keys', () => {
  it.each([
    ['quote', 'q3', undefined, 'quote:q3'],
    ['specialist', 's1', 0, 'specialist:s1:0'],
  ] as const)('%s %s %s ↔ %s', (kind, id, mention, key) => {
    expect(findingKey(kind, id, mention)).toBe(key);
    expect(parseFindingKey(key)).toEqual({ kind, id });
  });
  it('rejects other keys', () => {
    expect(parseFindingKey('note:1')).toBeNull();
  });
});

describe('anchorFindings', () => {
  it('locates every quote and specialist mention of a real page, one finding per step', () => {
    const html = fixture('seed-000.html');
    const analysis = analyze(parseDoc(html));
    document.documentElement.innerHTML = inert(html);
    const steps = [...anchorFindings([lazyIndex(() => buildTextIndex(document.body))], analysis)];
    const mentions = analysis.specialists.reduce((n, s) => n + s.mentions.length, 0);
    expect(steps).toHaveLength(analysis.quotes.length + mentions);
    const quoteItems = steps.filter((s) => s?.kind === 'quote');
    expect(quoteItems).toHaveLength(analysis.quotes.length);
    expect(steps.filter((s) => s === null).length / steps.length).toBeLessThan(0.05);
  });

  it('falls back to the next index when the first lacks the text (hidden in the first)', () => {
    document.body.innerHTML = '<p>Intro.</p><div class="more">She said “we are ready”.</div>';
    const analysis = analyze(parseDoc(`<html><body><article><p>${'Filler sentence for length. '.repeat(10)}</p><p>She said “we are ready”.</p></article></body></html>`));
    expect(analysis.quotes.map((q) => q.text)).toEqual(['we are ready']);
    const visibleOnly = lazyIndex(() => buildTextIndex(document.body, { skip: (el) => el.classList.contains('more') }));
    expect([...anchorFindings([visibleOnly], analysis)]).toEqual([null]);
    const all = lazyIndex(() => buildTextIndex(document.body));
    const [item] = [...anchorFindings([visibleOnly, all], analysis)];
    expect(item?.key).toBe('quote:q1');
    expect(item?.span.startContainer.data.slice(item.span.startOffset, item.span.endOffset)).toBe('we are ready');
  });
});
