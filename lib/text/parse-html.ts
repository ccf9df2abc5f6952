/**
 * Parse an HTML string into a Document with the given DOMParser constructor (the browser's, or
 * happy-dom's in Node). `url` becomes the document's base so relative links resolve.
 */
export function parseHtml(parser: DOMParser, html: string, url?: string): Document {
  const doc = parser.parseFromString(html, 'text/html');
  if (url && doc.head && !doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.prepend(base);
  }
  return doc;
}
