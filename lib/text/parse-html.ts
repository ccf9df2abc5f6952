/** An inline SVG element, from its opening tag to its closing tag (inline SVGs rarely nest). */
const SVG = /<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi;
/** A `<style>` or `<script>` element with its content. */
const RAW_TEXT = /<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/**
 * Drop `<style>` and `<script>` elements inside inline SVGs. happy-dom (Node) drops everything
 * after such an element to the end of the document (capricorn86/happy-dom#2231), so a page whose
 * logo or icon carries its own CSS loses its whole article. They hold no text a reader sees, so a
 * browser's parse of the rest is the same with or without them.
 */
export function withoutSvgRawText(html: string): string {
  if (!/<svg\b/i.test(html)) return html;
  return html.replace(SVG, (svg) => (/<(?:style|script)\b/i.test(svg) ? svg.replace(RAW_TEXT, '') : svg));
}

/**
 * Parse an HTML string into a Document with the given DOMParser constructor (the browser's, or
 * happy-dom's in Node). `url` becomes the document's base so relative links resolve.
 */
export function parseHtml(parser: DOMParser, html: string, url?: string): Document {
  const doc = parser.parseFromString(withoutSvgRawText(html), 'text/html');
  if (url && doc.head && !doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.prepend(base);
  }
  return doc;
}
