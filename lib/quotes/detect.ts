import type { ArticleText } from '../article/types';
import type { QuoteSpan } from './types';

/** Find direct quotes in an article's blocks. (Placeholder: straight and curly double quotes only.) */
export function detectQuotes(article: ArticleText, _lang: string | null): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  article.blocks.forEach((block, blockIndex) => {
    const re = /["“]([^"“”]+)["”]/g;
    for (let m = re.exec(block.text); m; m = re.exec(block.text)) {
      const start = block.start + m.index + 1;
      spans.push({ start, end: start + m[1].length, kind: 'marks', blockIndex });
    }
  });
  return spans;
}
