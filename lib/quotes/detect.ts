import type { ArticleText, Block } from '../article/types';
import { LETTER_OR_NUMBER, MARK, nextOf, runEnd } from '../text/chars';
import { blockquotePieces, blockquoteSignature } from './blockquote';
import { findDialogue, utterancePieces, type Piece } from './dialogue';
import { splitIncise } from './incise';
import { findLabelledInterview } from './interview';
import { dropPullQuotes } from './duplicates';
import { countWords, judgeSpan, MAX_LISTED } from './filter';
import { lexiconFor, type CompiledLexicon } from './lexicon';
import { OPENERS } from './marks';
import { LEADING_ELLIPSIS, scanDoubleMarks, scanSingleMarks, type MarkedRun } from './scan';
import type { QuoteSpan } from './types';

/**
 * Find direct quotes in an article's blocks: words inside quotation marks (every convention of
 * `marks.ts`, cut around an author's incise), interview dialogue (dash lines, or turns labelled
 * `Q:`/`A:` or with names), and block quotes that do not repeat a body quote (pull quotes). Spans
 * are sorted, do not overlap, and cover the words only. One pass over each block; the context looked at around a span is bounded,
 * so the cost grows linearly with the article.
 */
export function detectQuotes(article: ArticleText, lang: string | null): QuoteSpan[] {
  const lex = lexiconFor(lang);
  const recurs = recurrenceCounter(article.blocks);
  // Labelled transcripts win over dash lines: a labelled turn may contain a dash.
  const dialogue = new Map([...findDialogue(article.blocks, lex), ...findLabelledInterview(article.blocks, lex)]);
  const spans: QuoteSpan[] = [];
  /** The opening mark of an accepted quote left open at the end of the previous block, if any. */
  let openAtEnd: string | null = null;

  article.blocks.forEach((block, blockIndex) => {
    const utterance = dialogue.get(blockIndex);
    if (utterance) {
      // Quotes in marks before speech that starts mid-paragraph (`"A," he said. - B - dodał.`).
      if (!utterance.whole && utterance.from > 1) markedQuotes(block, blockIndex, lex, null, spans, recurs, utterance.from);
      const pieces = utterance.whole ? [wholePiece(block.text, utterance.from)] : utterancePieces(block.text, lex, utterance.from);
      for (const p of pieces) {
        if (p.end <= p.start) continue;
        if (utterance.continues) p.continues = true;
        const span = at(block, p, 'dialogue', blockIndex, p.continues, utterance.turn);
        if (utterance.label) span.label = utterance.label;
        spans.push(span);
      }
      openAtEnd = null;
      return;
    }
    if (block.kind === 'blockquote') {
      const prev = article.blocks[blockIndex - 1];
      const sameQuote = prev?.kind === 'blockquote' && prev.quoteGroup === block.quoteGroup && spans.at(-1)?.blockIndex === blockIndex - 1;
      const next = article.blocks[blockIndex + 1];
      const lastOfGroup = !(next?.kind === 'blockquote' && next.quoteGroup === block.quoteGroup);
      // The last paragraph of a block quote that is only a name (with credentials) signs it.
      if (sameQuote && lastOfGroup && blockquoteSignature(block.text)) {
        openAtEnd = null;
        return;
      }
      blockquotePieces(block).forEach((p, k) => {
        spans.push(at(block, p, 'blockquote', blockIndex, k > 0 || sameQuote));
      });
      openAtEnd = null;
      return;
    }
    openAtEnd = markedQuotes(block, blockIndex, lex, openAtEnd, spans, recurs);
  });
  return dropPullQuotes(spans, article.text);
}

/** Quotes inside marks in one block; returns the opening mark of a quote left open at its end. */
function markedQuotes(
  block: Block,
  blockIndex: number,
  lex: CompiledLexicon,
  continuing: string | null,
  spans: QuoteSpan[],
  recurs: (words: string) => number,
  limit = block.text.length,
): string | null {
  const text = limit < block.text.length ? block.text.slice(0, limit) : block.text;
  const reopened = OPENERS.get(text[0])?.level === 'double';
  const carry = continuing && !reopened ? OPENERS.get(continuing) : undefined;
  const double = scanDoubleMarks(text, carry);
  const runs = [...double, ...scanSingleMarks(text, double)].sort((a, b) => a.open - b.open);
  let previous: MarkedRun | null = null;
  let openAtEnd: string | null = null;
  for (const [k, run] of runs.entries()) {
    const words = trimRun(text, run);
    const listed = listedWith(text, runs[k - 1], run) || listedWith(text, run, runs[k + 1]);
    const spanText = text.slice(words.start, words.end).replace(/[,.]$/u, '');
    const verdict = judgeSpan(
      {
        text, blockKind: block.kind, start: words.start, end: words.end, open: Math.max(0, run.open),
        after: run.close < 0 ? text.length : run.close + 1, level: run.level, listed,
        recurs: countWords(spanText) <= 6 ? () => recurs(spanText) : undefined,
      },
      lex,
    );
    if (verdict !== 'quote') continue;
    const continues = previous
      ? isSplitQuote(text.slice(previous.close + 1, run.open), lex)
      : !!continuing && run.open <= 0;
    // An incise inside the marks (`« A, a-t-il dit. B »`) makes a split quote.
    const pieces = run.level === 'double' && lex.inciseInsideMarks ? splitIncise(text, words.start, words.end, lex) : [words];
    pieces.forEach((p, k) => spans.push(at(block, p, 'marks', blockIndex, continues || k > 0)));
    previous = run;
    openAtEnd = run.close < 0 ? run.mark : null;
  }
  return openAtEnd;
}

/** Block kinds whose repeats of a phrase count: running text, not display copies (titles, pull quotes). */
const RUNNING_TEXT = new Set(['paragraph', 'list-item']);

/**
 * Counts the paragraphs of running text that hold a phrase (case-sensitive, marked or not): a
 * name recurs across the article, where a speaker may repeat words within one paragraph
 * (`"Stop it," she says. "Stop it."`). Each phrase is counted once; only short ones are asked for.
 * Each count reads every paragraph, so past a few phrases (long articles) the paragraphs are
 * indexed by their words, and only those holding the phrase's rarest inner word are read.
 */
export function recurrenceCounter(blocks: Block[]): (phrase: string) => number {
  const running = blocks.filter((b) => RUNNING_TEXT.has(b.kind));
  const cache = new Map<string, number>();
  let index: Map<string, number[]> | null = null;
  let asked = 0;
  return (phrase) => {
    let n = cache.get(phrase);
    if (n !== undefined) return n;
    n = 0;
    if (phrase) {
      const within = ++asked > SCANS_BEFORE_INDEX ? blocksWithInnerWord(phrase, (index ??= wordIndex(running))) : null;
      if (within) {
        for (const i of within) if (running[i].text.includes(phrase)) n++;
      } else {
        for (const b of running) if (b.text.includes(phrase)) n++;
      }
    }
    cache.set(phrase, n);
    return n;
  };
}

/** Phrases counted by reading every paragraph before an index of their words is built (it costs about as much as this many reads). */
const SCANS_BEFORE_INDEX = 16;
/** A word as the index keys it: a maximal run of letters, marks and digits. */
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Words shorter than this are not indexed: they are the commonest (the, and, der, que), so never a
 * phrase's rarest word, and skipping them makes the index about a third cheaper to build.
 */
const MIN_INDEXED = 4;

/** For each word of MIN_INDEXED characters or more, the (ascending) indices of the blocks that hold it as a whole word. */
function wordIndex(blocks: Block[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  // WORD_RUN's words, read with lib/text/chars.ts (no match object per word).
  const WORD_CHAR = LETTER_OR_NUMBER | MARK;
  blocks.forEach((b, i) => {
    const text = b.text;
    for (let start = nextOf(text, 0, WORD_CHAR), end = 0; start < text.length; start = nextOf(text, end, WORD_CHAR)) {
      end = runEnd(text, start, WORD_CHAR);
      if (end - start < MIN_INDEXED) continue;
      const word = text.slice(start, end);
      const list = index.get(word);
      if (!list) index.set(word, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return index;
}

/**
 * The blocks that may hold `phrase`: those holding its rarest inner word, one with a non-word
 * character on both sides inside the phrase, which any block holding the phrase holds as a whole
 * word. Null when the phrase has no inner word long enough to be indexed (its first and last words
 * may be parts of longer ones).
 */
function blocksWithInnerWord(phrase: string, index: Map<string, number[]>): number[] | null {
  let best: number[] | null = null;
  for (const m of phrase.matchAll(WORD_RUN)) {
    if (m.index === 0 || m.index + m[0].length === phrase.length || m[0].length < MIN_INDEXED) continue;
    const list = index.get(m[0]) ?? [];
    if (!best || list.length < best.length) best = list;
  }
  return best;
}

/** Commas and at most one short lower-case word (and, or, et, und, и, або…) between two marked spans. */
const LIST_GAP = /^[\s,;]*(?:\p{Ll}{1,4}[\s,]*)?$/u;

/**
 * Two closed marked spans one after the other form a list (`"A" and "B"`, `«A», «B»`) when only a
 * list gap separates them and each is a short phrase (at most MAX_LISTED words, no inner punctuation).
 */
function listedWith(text: string, first: MarkedRun | undefined, second: MarkedRun | undefined): boolean {
  if (!first || !second || first.close < 0 || second.open < 0) return false;
  if (!LIST_GAP.test(text.slice(first.close + 1, second.open))) return false;
  const short = (r: MarkedRun) => {
    // A list item may end as a question or an exclamation (`« Comment écrire un tract ? »`).
    const t = text.slice(r.start, r.end).trim().replace(/\s*[,.?!]$/u, '');
    return countWords(t) <= MAX_LISTED && !/[,.;:!?…]/.test(t);
  };
  return short(first) && short(second);
}

/**
 * The text between two quotes of one paragraph belongs to a split quote (`"A," he said. "B."`)
 * when it is a short attribution: a reporting cue, and no new sentence that could bring in
 * another speaker before the second quote.
 */
function isSplitQuote(gap: string, lex: CompiledLexicon): boolean {
  const g = gap.trim();
  if (!g) return true;
  if (g.split(/\s+/).length > 40 || !lex.cue.test(g)) return false;
  // A sentence boundary inside the gap (not after a short abbreviation such as "Mr.").
  const inner = g.replace(/[.!?…:]+$/u, '');
  return !/(?<!\b\p{Lu}\p{Ll}{0,3})[.!?…]\s+\p{Lu}/u.test(inner);
}

function wholePiece(text: string, from: number): Piece {
  return { ...trimRun(text, { start: from, end: text.length }), continues: false };
}

function trimRun(text: string, run: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = run;
  while (start < end && /\s/.test(text[start])) start++;
  // A leading ellipsis marks words left out, not words of the quote.
  const ellipsis = LEADING_ELLIPSIS.exec(text.slice(start, Math.min(end, start + 12)));
  if (ellipsis && start + ellipsis[0].length < end) start += ellipsis[0].length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function at(
  block: Block,
  p: { start: number; end: number },
  kind: QuoteSpan['kind'],
  blockIndex: number,
  continues: boolean,
  turn?: QuoteSpan['turn'],
): QuoteSpan {
  const span: QuoteSpan = { start: block.start + p.start, end: block.start + p.end, kind, blockIndex };
  if (continues) span.continues = true;
  if (turn) span.turn = turn;
  return span;
}
