import type { isProbablyReaderable as Readerable } from '@mozilla/readability';
// The package's index bundles all of Readability; this file holds the cheap pre-check alone, so the
// content script can decide whether a page is an article without carrying the parser.
// @ts-expect-error the package only types its index
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/** Cheap pre-check (no parse) used by the content script before it asks for an analysis. */
export function looksLikeArticle(doc: Document): boolean {
  return (isProbablyReaderable as typeof Readerable)(doc);
}
