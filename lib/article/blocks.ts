import { normalizeText } from '../text/normalize';
import type { ArticleText, Block, BlockKind } from './types';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'CAPTION',
]);
/** Elements whose text a reader never sees as article prose. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME']);

export const BLOCK_SEPARATOR = '\n\n';

function kindOf(tag: string, inBlockquote: boolean, inCaption: boolean): BlockKind {
  if (inBlockquote) return 'blockquote';
  if (inCaption) return 'caption';
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'list-item';
  if (tag === 'P' || tag === 'DIV' || tag === 'PRE' || tag === 'SECTION' || tag === 'ARTICLE') return 'paragraph';
  return 'other';
}

/**
 * Split an article element into reader-visible blocks (paragraphs, headings, list items, block
 * quotes, captions). A `<br>` also ends a block, because interview dialogue is often one line per
 * speaker inside a single paragraph. `title`, when given, becomes the first block.
 */
export function blocksFromElement(root: Element, title?: string | null): ArticleText {
  const raw: { kind: BlockKind; text: string; quoteGroup?: number }[] = [];
  if (title && title.trim()) raw.push({ kind: 'title', text: title });

  let buffer = '';
  let bufferKind: BlockKind = 'paragraph';
  let bufferGroup: number | undefined;
  let groupCounter = 0;

  const flush = () => {
    const text = normalizeText(buffer).trim();
    if (text) raw.push({ kind: bufferKind, text, quoteGroup: bufferGroup });
    buffer = '';
  };

  const walk = (node: Node, kind: BlockKind, group: number | undefined, inBq: boolean, inCap: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 /* text */) {
        if (!buffer) {
          bufferKind = kind;
          bufferGroup = group;
        }
        buffer += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1 /* element */) continue;
      const el = child as Element;
      const name = el.tagName;
      const tag = name.toUpperCase();
      if (SKIP_TAGS.has(name) || (tag !== name && SKIP_TAGS.has(tag))) continue;
      // Most elements of an article have no attribute at all: one call says so.
      if (el.hasAttributes() && (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        const bq = inBq || tag === 'BLOCKQUOTE';
        const cap = inCap || tag === 'FIGCAPTION' || tag === 'CAPTION';
        const g = tag === 'BLOCKQUOTE' && !inBq ? ++groupCounter : group;
        walk(el, kindOf(tag, bq, cap), g, bq, cap);
        flush();
      } else {
        walk(el, kind, group, inBq, inCap);
      }
    }
  };
  walk(root, 'paragraph', undefined, false, false);
  flush();
  dropRepeatedTitle(raw);

  const blocks: Block[] = [];
  let offset = 0;
  for (const b of raw) {
    if (blocks.length) offset += BLOCK_SEPARATOR.length;
    blocks.push({ ...b, start: offset, end: offset + b.text.length });
    offset += b.text.length;
  }
  return { text: raw.map((b) => b.text).join(BLOCK_SEPARATOR), blocks };
}

/** Compare headline texts: case, white space and closing punctuation aside. */
const headlineKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!?:;…]+$/u, '').trim();

/**
 * Many articles repeat their title as a heading at the top of the body. Keep one: the heading,
 * because it is text of the page (it can be highlighted), where the title comes from metadata.
 * Otherwise a quote in the headline would be found twice.
 */
function dropRepeatedTitle(raw: { kind: BlockKind; text: string }[]): void {
  if (raw[0]?.kind !== 'title') return;
  const key = headlineKey(raw[0].text);
  const repeat = raw.slice(1, 4).some((b) => b.kind === 'heading' && headlineKey(b.text) === key);
  if (repeat) raw.shift();
}

/** Build an ArticleText from plain paragraphs (tests, synthetic benchmarks). */
export function blocksFromParagraphs(paragraphs: string[], kind: BlockKind = 'paragraph'): ArticleText {
  const blocks: Block[] = [];
  let offset = 0;
  for (const p of paragraphs.map((s) => normalizeText(s).trim()).filter(Boolean)) {
    if (blocks.length) offset += BLOCK_SEPARATOR.length;
    blocks.push({ kind, text: p, start: offset, end: offset + p.length });
    offset += p.length;
  }
  return { text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), blocks };
}
