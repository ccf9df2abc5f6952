import type { ArticleText } from '../article/types';
import type { Person } from '../people/types';
import type { QuoteSpan } from '../quotes/types';
import type { Attribution } from './types';

/** Attribute each quote to its speaker. (Placeholder until the attribution module lands.) */
export function attributeQuotes(
  _article: ArticleText,
  quotes: QuoteSpan[],
  _people: Person[],
  _lang: string | null,
): Attribution[] {
  return quotes.map(() => ({ speaker: null, speakerMention: null, speakerRole: null, cue: null }));
}
