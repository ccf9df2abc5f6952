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

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** The last few whole words of the prefix in the passage's block (its first word may be cut). */
function prefixTerm(prefix: string): string {
  const block = prefix.split(/\n/).pop() ?? '';
  const w = words(block);
  // Without a space before it, the first word might be the tail of a longer one.
  const whole = /^\s/.test(block) || block.length < prefix.length ? w : w.slice(1);
  return whole.slice(-CONTEXT_WORDS).join(' ');
}

/** The first few whole words of the suffix in the passage's block. */
function suffixTerm(suffix: string): string {
  const block = suffix.split(/\n/)[0];
  const w = words(block);
  const whole = /\s$/.test(block) || block.length < suffix.length ? w : w.slice(0, -1);
  return whole.slice(0, CONTEXT_WORDS).join(' ');
}

/** The `text=` directive for a passage. */
export function textDirective(q: QuoteLike): string {
  const blocks = q.exact
    .split(/\n/)
    .map((b) => words(b).join(' '))
    .filter(Boolean);
  if (!blocks.length) return '';
  let terms: string[];
  const single = blocks.length === 1 ? blocks[0] : null;
  if (single !== null && (single.length <= MAX_EXACT || words(single).length <= 2 * EDGE_WORDS)) terms = [single];
  else {
    const first = words(blocks[0]);
    const last = words(blocks[blocks.length - 1]);
    terms = [first.slice(0, EDGE_WORDS).join(' '), last.slice(-EDGE_WORDS).join(' ')];
  }
  const parts = terms.map(encodeTerm);
  const pre = prefixTerm(q.prefix);
  const suf = suffixTerm(q.suffix);
  if (pre) parts.unshift(`${encodeTerm(pre)}-`);
  if (suf) parts.push(`-${encodeTerm(suf)}`);
  return `text=${parts.join(',')}`;
}

/** The page address with a text fragment for the passage (any fragment the page had is replaced). */
export function textFragmentUrl(pageUrl: string, q: QuoteLike): string {
  const base = pageUrl.split('#')[0];
  const d = textDirective(q);
  return d ? `${base}#:~:${d}` : base;
}
