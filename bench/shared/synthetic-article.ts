/**
 * A synthetic news page of a given length, built from the real pages' paragraphs (their inner HTML,
 * links and quotes included) in turn, for measuring how the analysis grows with article length.
 * Paragraphs are taken with a regular expression so this needs no DOM in Node.
 */
export function syntheticArticle(pages: string[], size: { words?: number; bytes?: number }): string {
  const paragraphs: string[] = [];
  for (const html of pages) {
    for (const m of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
      const inner = m[1].trim();
      if (/<(script|style|iframe)\b/i.test(inner)) continue;
      if (inner.replace(/<[^>]+>/g, '').split(/\s+/).length > 12) paragraphs.push(inner);
    }
  }
  if (!paragraphs.length) throw new Error('syntheticArticle: no paragraphs in the given pages');
  const body: string[] = [];
  let words = 0;
  let bytes = 0;
  for (let i = 0; (size.words === undefined || words < size.words) && (size.bytes === undefined || bytes < size.bytes); i++) {
    const p = `<p>${paragraphs[i % paragraphs.length]}</p>`;
    body.push(p);
    words += p.replace(/<[^>]+>/g, '').split(/\s+/).length;
    bytes += p.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic article</title></head><body><article><h1>Synthetic article</h1>\n${body.join('\n')}\n</article></body></html>`;
}
