import { describe, expect, it } from 'vitest';
import { article, quoteSpans } from './helpers';

/** Paragraphs with block quotes at the given indexes (each its own <blockquote>). */
const withBlockquotes = (paragraphs: string[], at: number[]) =>
  article(
    paragraphs,
    Object.fromEntries(at.map((i) => [i, 'blockquote' as const])),
    Object.fromEntries(at.map((i, k) => [i, k + 1])),
  );

describe('pull quotes', () => {
  it.each([
    [
      'a copy contained in a body quote',
      ['“I never planned to stop. I just got tired of motorways and bad sandwiches,” Rowe said.', '“I just got tired of motorways and bad sandwiches”'],
      [1],
    ],
    [
      'a copy placed before the body quote',
      ['“We will rebuild every school in the valley”', 'The mayor was firm. “We will rebuild every school in the valley, whatever it costs,” she said.'],
      [0],
    ],
    [
      'a nearly equal copy with an edited word',
      ['“The river has never been this low in living memory,” the farmer said.', '“The river has never been this low in our memory”'],
      [1],
    ],
    [
      'a copy joining both halves of a split quote',
      ['“We were not warned,” she said. “Nobody told us the dam was failing.”', 'We were not warned. Nobody told us the dam was failing.'],
      [1],
    ],
  ])('drops %s', (_name, paragraphs, bq) => {
    const spans = quoteSpans(withBlockquotes(paragraphs, bq), 'en');
    expect(spans.some((s) => s.kind === 'blockquote')).toBe(false);
    expect(spans.length).toBeGreaterThan(0);
  });

  it('keeps a block quote whose words are not quoted in the body', () => {
    const spans = quoteSpans(
      withBlockquotes(['“We were not warned,” she said.', 'Eighty years young and back on the road. See you in Leeds!'], [1]),
      'en',
    );
    expect(spans.map((s) => s.kind)).toEqual(['marks', 'blockquote']);
  });

  it('keeps a block quote that only shares a short phrase with a body quote', () => {
    const spans = quoteSpans(
      withBlockquotes(['“We were not warned,” she said.', 'We were not warned about the flood, the fire, or the storm that followed them.'], [1]),
      'en',
    );
    expect(spans.map((s) => s.kind)).toEqual(['marks', 'blockquote']);
  });

  it('does not let the paragraph after a dropped copy continue an unrelated quote', () => {
    const a = article(
      ['“We were not warned,” she said.', 'We were not warned', 'Our homes are gone and nobody has called us since.'],
      { 1: 'blockquote', 2: 'blockquote' },
      { 1: 1, 2: 1 },
    );
    const spans = quoteSpans(a, 'en');
    expect(spans.map((s) => [s.kind, s.text, !!s.continues])).toEqual([
      ['marks', 'We were not warned,', false],
      ['blockquote', 'Our homes are gone and nobody has called us since.', false],
    ]);
  });
});
