/** Characters that are invisible to a reader and must not split words: soft hyphen, zero-width marks. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
/**
 * Every kind of white space, including no-break and thin spaces (all of them `\s`), where a run of
 * it is more than the one plain space it becomes: two characters or more, or one that is not a
 * plain space. A lone space, most of the gaps of a text, is left as it is rather than replaced by
 * itself, so the replacement has far fewer matches to copy around.
 */
const SPACES = /\s{2,}|[^\S ]/g;

/** Collapse white space and drop invisible characters, as a reader sees the text. */
export function normalizeText(s: string): string {
  return s.replace(INVISIBLE, '').replace(SPACES, ' ');
}
