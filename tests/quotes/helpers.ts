import { blocksFromParagraphs } from '../../lib/article/blocks';
import type { ArticleText, BlockKind } from '../../lib/article/types';
import { detectQuotes } from '../../lib/quotes/detect';
import type { QuoteSpan } from '../../lib/quotes/types';

/** An article of plain paragraphs; `kinds` overrides the kind of some blocks (index → kind). */
export function article(paragraphs: string[], kinds: Record<number, BlockKind> = {}, groups: Record<number, number> = {}): ArticleText {
  const a = blocksFromParagraphs(paragraphs);
  a.blocks.forEach((b, i) => {
    if (kinds[i]) b.kind = kinds[i];
    if (groups[i] !== undefined) b.quoteGroup = groups[i];
  });
  return a;
}

/** The quoted words that detectQuotes finds in plain paragraphs. */
export function quoteTexts(paragraphs: string[], lang: string | null = null): string[] {
  const a = article(paragraphs);
  return detectQuotes(a, lang).map((s) => a.text.slice(s.start, s.end));
}

/** Spans with their text, for assertions on flags. */
export function quoteSpans(a: ArticleText, lang: string | null = null): (QuoteSpan & { text: string })[] {
  return detectQuotes(a, lang).map((s) => ({ ...s, text: a.text.slice(s.start, s.end) }));
}
