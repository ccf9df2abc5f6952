/**
 * The page as HTML for the off-page analysis. The `<head>` keeps only what the analysis reads
 * (title, meta, base, JSON-LD, the html/head attributes such as `lang`): news pages inline large
 * style sheets and scripts there (close to 1 MB on some), and every character sent costs the
 * page's main thread a copy. The body is sent as it is (Readability drops its scripts itself).
 */
const HEAD_KEEP = new Set(['title', 'meta', 'base']);

export function serializePage(doc: Document): string {
  const root = doc.documentElement;
  if (!root) return '';
  const parts: string[] = [doc.doctype ? '<!doctype html>' : '', openTag(root)];
  if (doc.head) {
    parts.push(openTag(doc.head));
    for (const el of doc.head.children) {
      const name = el.localName;
      const jsonLd = name === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? '');
      if (HEAD_KEEP.has(name) || jsonLd) parts.push(el.outerHTML);
    }
    parts.push('</head>');
  }
  if (doc.body) parts.push(doc.body.outerHTML);
  parts.push(`</${root.localName}>`);
  return parts.join('');
}

/** `<tag attr="…">` of an element, without its content. */
function openTag(el: Element): string {
  const shell = el.cloneNode(false) as Element;
  const html = shell.outerHTML;
  return html.slice(0, html.length - `</${shell.localName}>`.length);
}
