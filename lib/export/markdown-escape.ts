/**
 * Escaping page text (and imported notes) for Markdown, so a quote cannot open a heading, a list,
 * a link, raw HTML, or Obsidian's own syntax (`#tag`, `==highlight==`, `%%comment%%`, `$math$`,
 * `[[link]]`, `^block-id`). CommonMark lets any ASCII punctuation be backslash-escaped, so the
 * escapes are safe everywhere; only characters that can start structure are escaped, so the
 * file stays readable as plain text.
 */
const INLINE = /[\\`*_[\]<>#|~=$%^&{}]/g;

/** Escape one line of text for inline use. */
export function escapeInline(s: string): string {
  // Leading white space could make an indented code block; a leading -, + or "1." a list or a rule.
  return s
    .replace(/^\s+/, '')
    .replace(INLINE, '\\$&')
    .replace(/^[-+]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Escape a text that may hold line breaks; returns its lines (blank lines kept). */
export function escapeLines(s: string): string[] {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => escapeInline(l.replace(/[\t\v\f\u00a0]+/g, ' ').trimEnd()));
}

/** As a single line (titles, names): line breaks become spaces. */
export function escapeOneLine(s: string): string {
  return escapeInline(s.replace(/\s+/g, ' ').trim());
}

/** A link destination in the `<…>` form, which needs only `<`, `>` and line breaks kept out. */
export function linkDestination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/** An Obsidian tag: `#` and a name without spaces or punctuation other than `_`, `-`, `/`. */
export function obsidianTag(name: string): string {
  const t = name.normalize('NFC').replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_\-/]/gu, '').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
  // A tag of digits only is not a tag in Obsidian; an underscore makes it one.
  return t ? `#${/^\d+$/.test(t) ? `_${t}` : t}` : '';
}
