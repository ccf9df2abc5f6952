import { normalizeText } from '../text/normalize';

/**
 * The visible text of a live DOM subtree, normalised the way the article text is (white space
 * collapsed to single spaces, soft hyphens and zero-width marks dropped, NBSP → space), with a map
 * from every character back to the Text node and offset it came from. Block boundaries and `<br>`
 * become a space, so words never run together across paragraphs.
 *
 * Quote anchors are offsets in the Readability text, not in the live page, so findings are located
 * here by their text and context (`findAnchor`), never by their offsets.
 */
export interface TextIndex {
  /** Normalised visible text: single spaces, no leading space. */
  text: string;
  nodes: Text[];
  /** For each character of `text`: index into `nodes`, or -1 for a break we inserted. */
  nodeOf: Int32Array;
  /** For each character of `text`: offset in its Text node. */
  offsetOf: Int32Array;
}

export interface TextIndexOptions {
  /** Extra elements to leave out (hidden ones, our own UI). Called once per element. */
  skip?: (el: Element) => boolean;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'TEXTAREA', 'SELECT']);
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'CAPTION', 'IMG', 'VIDEO', 'AUDIO', 'PICTURE', 'BUTTON', 'INPUT',
]);
const ORDINARY = 0;
const SPACE = 1;
const INVISIBLE = 2;

/**
 * What a character is to a reader: white space (JavaScript's `\s`, NBSP and the typographic
 * spaces), invisible (soft hyphen, zero-width marks, BOM) or ordinary. Char codes rather than a
 * regular expression per character: this runs over every character of the page.
 */
export function kindOf(c: number): number {
  if (c > 32 && c < 127) return ORDINARY;
  switch (c) {
    case 9: case 10: case 11: case 12: case 13: case 32: case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000:
      return SPACE;
    case 0xad: case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff:
      return INVISIBLE;
  }
  return c >= 0x2000 && c <= 0x200a ? SPACE : ORDINARY;
}

/** Build the text index of `root`'s visible text. */
export function buildTextIndex(root: Element, options: TextIndexOptions = {}): TextIndex {
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const nodes: Text[] = [];

  const pushSpace = (node: number, offset: number) => {
    if (chars.length === 0 || chars[chars.length - 1] === ' ') return;
    chars.push(' ');
    nodeOf.push(node);
    offsetOf.push(offset);
  };

  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!data) continue;
        const n = nodes.push(child as Text) - 1;
        for (let i = 0; i < data.length; i++) {
          const kind = kindOf(data.charCodeAt(i));
          if (kind === INVISIBLE) continue;
          if (kind === SPACE) pushSpace(n, i);
          else {
            chars.push(data[i]);
            nodeOf.push(n);
            offsetOf.push(i);
          }
        }
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden') || options.skip?.(el)) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) pushSpace(-1, 0);
      walk(el);
      if (block) pushSpace(-1, 0);
    }
  };
  walk(root);
  if (chars[chars.length - 1] === ' ') {
    chars.pop();
    nodeOf.pop();
    offsetOf.pop();
  }
  return { text: chars.join(''), nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}

/** A DOM Range for `index.text.slice(start, end)`, trimmed of inserted breaks; null when empty. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  let s = start;
  let e = end - 1;
  while (s <= e && (index.nodeOf[s] < 0 || index.text[s] === ' ')) s++;
  while (e >= s && (index.nodeOf[e] < 0 || index.text[e] === ' ')) e--;
  if (s > e) return null;
  const startNode = index.nodes[index.nodeOf[s]];
  const endNode = index.nodes[index.nodeOf[e]];
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, index.offsetOf[s]);
  // The last character may be the first half of a surrogate pair: include its partner.
  const endOffset = index.offsetOf[e] + 1;
  const code = endNode.data.charCodeAt(endOffset - 1);
  range.setEnd(endNode, code >= 0xd800 && code <= 0xdbff ? Math.min(endOffset + 1, endNode.length) : endOffset);
  return range;
}

/** What `findAnchor` needs: the W3C TextQuote selector plus an optional position hint. */
export interface AnchorQuery {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Where the finding sits in its source text, as a fraction 0..1 (a tie-breaker only). */
  position?: number;
}

/** Normalise text for matching: the article text's normalisation, trimmed. */
export function normalizeForMatch(s: string): string {
  return normalizeText(s).trim();
}

const MAX_CANDIDATES = 500;

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0 && out.length < MAX_CANDIDATES; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** How many characters `a` and `b` share at their ends, ignoring spaces. */
function sharedTail(a: string, b: string): number {
  const x = a.replace(/ /g, '');
  const y = b.replace(/ /g, '');
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}

function sharedHead(a: string, b: string): number {
  const x = a.replace(/ /g, '');
  const y = b.replace(/ /g, '');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** Whether the characters just outside [start,end) are word boundaries (so "Li" does not match inside "Lin"). */
function atWordBoundaries(text: string, start: number, end: number, needle: string): boolean {
  const wordChar = /[\p{L}\p{N}]/u;
  const before = start > 0 && wordChar.test(text[start - 1]) && wordChar.test(needle[0]);
  const after = end < text.length && wordChar.test(text[end]) && wordChar.test(needle[needle.length - 1]);
  return !before && !after;
}

/** Pick the candidate whose surroundings best match the prefix/suffix, then the position hint. */
function best(index: TextIndex, candidates: { start: number; end: number }[], q: AnchorQuery): { start: number; end: number } | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const prefix = normalizeText(q.prefix ?? '');
  const suffix = normalizeText(q.suffix ?? '');
  let top: { start: number; end: number } | null = null;
  let topScore = -Infinity;
  for (const c of candidates) {
    let score = 0;
    if (prefix) score += sharedTail(index.text.slice(Math.max(0, c.start - prefix.length - 8), c.start), prefix);
    if (suffix) score += sharedHead(index.text.slice(c.end, c.end + suffix.length + 8), suffix);
    if (q.position !== undefined && index.text.length) score -= Math.abs(c.start / index.text.length - q.position) * 10;
    if (score > topScore) {
      topScore = score;
      top = c;
    }
  }
  return top;
}

/** Same text with spaces removed, and a map from its characters back into `text`. */
function spaceless(text: string): { text: string; map: Int32Array } {
  const map = new Int32Array(text.length);
  let out = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ') continue;
    out += text[i];
    map[n++] = i;
  }
  return { text: out, map: map.subarray(0, n) };
}

const spacelessCache = new WeakMap<TextIndex, { text: string; map: Int32Array }>();

/**
 * Find a TextQuote selector in the index: every occurrence of the normalised `exact`, the best by
 * prefix/suffix and position. When white space differs between the article text and the page (a
 * space dropped between inline elements), it retries ignoring spaces. Returns offsets into
 * `index.text`, or null.
 */
export function findAnchor(index: TextIndex, q: AnchorQuery): { start: number; end: number } | null {
  const exact = normalizeForMatch(q.exact);
  if (!exact) return null;
  const strict = occurrences(index.text, exact)
    .map((start) => ({ start, end: start + exact.length }))
    .filter((c) => atWordBoundaries(index.text, c.start, c.end, exact));
  if (strict.length) return best(index, strict, q);

  let flat = spacelessCache.get(index);
  if (!flat) spacelessCache.set(index, (flat = spaceless(index.text)));
  const needle = exact.replace(/ /g, '');
  const loose = occurrences(flat.text, needle)
    .map((s) => ({ start: flat.map[s], end: flat.map[s + needle.length - 1] + 1 }))
    .filter((c) => atWordBoundaries(index.text, c.start, c.end, exact));
  return best(index, loose, q);
}
