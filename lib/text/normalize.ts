/** Characters that are invisible to a reader and must not split words: soft hyphen, zero-width marks. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
/** Every kind of white space, including no-break and thin spaces. */
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Collapse white space and drop invisible characters, as a reader sees the text. */
export function normalizeText(s: string): string {
  return s.replace(INVISIBLE, '').replace(SPACES, ' ');
}
