/**
 * Links to a passage with a text fragment (https://wicg.github.io/scroll-to-text-fragment/):
 * `page#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`. Browsers match the terms on word
 * boundaries and within one block, so the context kept with a note (which may begin or end in
 * the middle of a word, or run into the next paragraph) is trimmed to whole words of the
 * passage's own block.
 */

/** Passages longer than this are linked by their first and last words (a shorter, sturdier URL). */
const MAX_EXACT = 300;
/** Words kept at each end of a long passage, and of the context. */
const EDGE_WORDS = 5;
const CONTEXT_WORDS = 3;

interface QuoteLike {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Percent-encode a term: everything URL-special, plus the directive's own `-`, `,` and `&`. */
export function encodeTerm(s: string): string {
  return encodeURIComponent(s).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The same as an IRI: letters beyond ASCII stay as they are (browsers encode them when they
 * follow the link), so a Cyrillic or Chinese passage's link is a third as long.
 */
export function encodeTermIri(s: string): string {
  return [...s].map((c) => (c.codePointAt(0)! > 0x7f && /[\p{L}\p{N}\p{M}]/u.test(c) ? c : encodeTerm(c))).join('');
}

/** How much of a passage a link spells out. */
export interface FragmentStyle {
  /** Passages longer than this are linked by their first and last words. */
  maxExact: number;
  edgeWords: number;
  contextWords: number;
  encode: (s: string) => string;
}

const FULL: FragmentStyle = { maxExact: MAX_EXACT, edgeWords: EDGE_WORDS, contextWords: CONTEXT_WORDS, encode: encodeTerm };
/** Short links for note apps: a few words at each end, little context, IRI characters. */
export const SHORT: FragmentStyle = { maxExact: 60, edgeWords: 3, contextWords: 2, encode: encodeTermIri };

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** The last few whole words of the prefix in the passage's block (its first word may be cut). */
function prefixTerm(prefix: string, n: number): string {
  const block = prefix.split(/\n/).pop() ?? '';
  const w = words(block);
  // Without a space before it, the first word might be the tail of a longer one.
  const whole = /^\s/.test(block) || block.length < prefix.length ? w : w.slice(1);
  return whole.slice(-n).join(' ');
}

/** The first few whole words of the suffix in the passage's block. */
function suffixTerm(suffix: string, n: number): string {
  const block = suffix.split(/\n/)[0];
  const w = words(block);
  const whole = /\s$/.test(block) || block.length < suffix.length ? w : w.slice(0, -1);
  return whole.slice(0, n).join(' ');
}

/** The `text=` directive for a passage. */
export function textDirective(q: QuoteLike, style: FragmentStyle = FULL): string {
  const blocks = q.exact
    .split(/\n/)
    .map((b) => words(b).join(' '))
    .filter(Boolean);
  if (!blocks.length) return '';
  let terms: string[];
  const single = blocks.length === 1 ? blocks[0] : null;
  const { maxExact, edgeWords, contextWords, encode } = style;
  if (single !== null && (single.length <= maxExact || words(single).length <= 2 * edgeWords)) terms = [single];
  else {
    const first = words(blocks[0]);
    const last = words(blocks[blocks.length - 1]);
    terms = [first.slice(0, edgeWords).join(' '), last.slice(-edgeWords).join(' ')];
  }
  const parts = terms.map(encode);
  const pre = prefixTerm(q.prefix, contextWords);
  const suf = suffixTerm(q.suffix, contextWords);
  if (pre) parts.unshift(`${encode(pre)}-`);
  if (suf) parts.push(`-${encode(suf)}`);
  return `text=${parts.join(',')}`;
}

/** The page address with a text fragment for the passage (any fragment the page had is replaced). */
export function textFragmentUrl(pageUrl: string, q: QuoteLike, style: FragmentStyle = FULL): string {
  const base = pageUrl.split('#')[0];
  const d = textDirective(q, style);
  return d ? `${base}#:~:${d}` : base;
}
