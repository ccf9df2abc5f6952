/**
 * Decode a saved HTML file's bytes the way a browser would: a byte-order mark first, then a
 * `<meta charset>` (or `http-equiv="Content-Type"`) declaration in the first kilobytes, else UTF-8.
 * Saved pages from Russian, Czech or older sites are often windows-1251, koi8-r or iso-8859-2.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const label = declaredCharset(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)));
  if (label) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: fall through to UTF-8, as browsers do.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** The charset a page declares in its head, if any. */
export function declaredCharset(head: string): string | null {
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1].toLowerCase() : null;
}
