import type { Selectors } from './selectors';
import { alignHead } from './match-align';
import { anchoredDistance, findMatchEnds, reverse } from './match-myers';
import { fold, foldText, foldedOffset, rawRange, type FoldedText } from './match-normalize';

/**
 * Finding a stored passage again in a page's text, in the order the Hypothesis client anchors:
 * 1. exact — the quote as a reader sees it (white space, typographic quotes and case do not
 *    count); repeats are told apart by their context and the old position;
 * 2. position — the old offsets, when the text there is still (almost) the passage and its
 *    context, e.g. a corrected typo;
 * 3. fuzzy — an approximate search tolerant of edits inside and around the passage, scored by
 *    text similarity, context similarity and distance from the old position.
 * A passage that is gone gives null: a note is better "not found" than attached to the wrong words.
 */
export interface Located {
  start: number;
  end: number;
  /** 0..1: how sure we are (1 = the same words in the same context). */
  score: number;
  method: 'exact' | 'position' | 'fuzzy';
}

/** Weights of the evidence, as in the Hypothesis client's match-quote. */
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;

/** The least text similarity a fuzzy match may have (1 − errors / length). */
const MIN_QUOTE_SIM = 0.75;
/** Both contexts at least this similar: the words between them may have changed more. */
const SURE_CONTEXT_SIM = 0.9;
/** The least text similarity of a passage whose context on both sides is intact. */
const MIN_QUOTE_SIM_IN_CONTEXT = 0.6;
/** Above this text similarity a fuzzy match is accepted even when its context changed too. */
const STRONG_QUOTE_SIM = 0.9;
/** Below this context similarity a match counts as standing in a different place. */
const MIN_CONTEXT_SIM = 0.5;
/** Passages shorter than this are common words: they need their context to be trusted. */
const SHORT_PASSAGE = 30;
/** Passages at least this long are not repeated nearly word for word by chance. */
const LONG_PASSAGE = 120;
/** Characters around the old position searched before the whole text. */
const NEAR = 4096;
/** How far a context may slide when compared with the page (characters). */
const CONTEXT_SLACK = 8;

/** Similarity 0..1 of a selector prefix with the text that ends at `at`. */
function prefixSim(text: string, at: number, prefix: string): number | null {
  if (!prefix) return null;
  const before = text.slice(Math.max(0, at - prefix.length - CONTEXT_SLACK), at);
  const { distance } = anchoredDistance(reverse(prefix), reverse(before));
  return 1 - distance / prefix.length;
}

/** Similarity 0..1 of a selector suffix with the text that starts at `at`. */
function suffixSim(text: string, at: number, suffix: string): number | null {
  if (!suffix) return null;
  const after = text.slice(at, at + suffix.length + CONTEXT_SLACK);
  const { distance } = anchoredDistance(suffix, after);
  return 1 - distance / suffix.length;
}

interface Want {
  exact: string;
  prefix: string;
  suffix: string;
  /** The old start in folded offsets, when a position was stored. */
  hint: number | null;
}

interface Scored {
  start: number;
  end: number;
  quoteSim: number;
  contextSim: number | null;
  /** Whether both a prefix and a suffix were compared. */
  bothContexts: boolean;
  score: number;
}

function scoreAt(text: string, want: Want, start: number, end: number, quoteSim: number): Scored {
  const p = prefixSim(text, start, want.prefix);
  const s = suffixSim(text, end, want.suffix);
  let total = W_QUOTE * quoteSim;
  let weight = W_QUOTE;
  if (p !== null) {
    total += W_PREFIX * p;
    weight += W_PREFIX;
  }
  if (s !== null) {
    total += W_SUFFIX * s;
    weight += W_SUFFIX;
  }
  if (want.hint !== null) {
    total += W_POSITION * (1 - Math.min(1, Math.abs(start - want.hint) / Math.max(1, text.length)));
    weight += W_POSITION;
  }
  const contexts = [p, s].filter((x): x is number => x !== null);
  const contextSim = contexts.length ? contexts.reduce((a, b) => a + b, 0) / contexts.length : null;
  return { start, end, quoteSim, contextSim, bothContexts: p !== null && s !== null, score: total / weight };
}

/** Whether a candidate is the stored passage and not merely similar words elsewhere. */
function trustworthy(c: Scored, length: number): boolean {
  const contextOk = c.contextSim === null || c.contextSim >= MIN_CONTEXT_SIM;
  // The same words, and more than a phrase: the passage, even if what surrounds it changed.
  if (c.quoteSim === 1 && length >= SHORT_PASSAGE) return true;
  if (length < SHORT_PASSAGE) {
    // A short passage is easily found elsewhere: only the same words, or one edit away in an
    // unchanged context.
    if (!contextOk) return false;
    if (c.quoteSim === 1) return true;
    const errors = Math.round((1 - c.quoteSim) * length);
    return errors <= 1 && length >= 8 && c.contextSim !== null && c.contextSim >= 0.8;
  }
  // Nearly the same words are enough, unless nothing around them is the same: a passage of a
  // sentence or two easily has a near-twin elsewhere (a title, a pull quote, a summary).
  if (c.quoteSim >= STRONG_QUOTE_SIM && (length >= LONG_PASSAGE || contextOk)) return true;
  if (c.quoteSim >= MIN_QUOTE_SIM && contextOk) return true;
  return c.quoteSim >= MIN_QUOTE_SIM_IN_CONTEXT && c.bothContexts && (c.contextSim ?? 0) >= SURE_CONTEXT_SIM;
}

function best(cands: Scored[]): Scored | null {
  let b: Scored | null = null;
  for (const c of cands) if (!b || c.score > b.score) b = c;
  return b;
}

/** A text prepared once for locating many passages in it (folding a long text is the costly part). */
export interface Matcher {
  locate(selectors: Selectors): Located | null;
}

export function createMatcher(rawText: string): Matcher {
  const folded: FoldedText = foldText(rawText);
  const text = folded.text;

  const result = (c: Scored, method: Located['method']): Located => {
    const r = rawRange(folded, c.start, c.end);
    return { start: r.start, end: r.end, score: Math.round(c.score * 1000) / 1000, method };
  };

  function exactStep(want: Want): Scored | null {
    const m = want.exact.length;
    // The common case on an unchanged page: the passage is where it was.
    if (want.hint !== null && text.startsWith(want.exact, want.hint)) {
      const c = scoreAt(text, want, want.hint, want.hint + m, 1);
      if (c.contextSim === null || c.contextSim === 1) return c;
    }
    const occurrences = (from: number, to: number): Scored[] => {
      const out: Scored[] = [];
      // indexOf cannot be told where to stop: search a slice so a window stays a window.
      const part = from === 0 && to >= text.length ? text : text.slice(from, to + m);
      for (let i = part.indexOf(want.exact); i >= 0; i = part.indexOf(want.exact, i + 1)) {
        out.push(scoreAt(text, want, from + i, from + i + m, 1));
      }
      return out;
    };
    // Next most common: the page gained or lost something before the passage. The same words
    // in the same context near the old place are the passage; no need to read the whole text.
    if (want.hint !== null) {
      const [lo, hi] = nearHint(want.hint, m);
      const near = occurrences(lo, hi).filter((c) => c.contextSim === 1);
      if (near.length) return best(near);
    }
    const b = best(occurrences(0, text.length));
    return b && trustworthy(b, m) ? b : null;
  }

  /** The stretch of text around an old position where a shifted passage is looked for first. */
  function nearHint(hint: number, m: number): [number, number] {
    return [Math.max(0, hint - NEAR - 2 * m), Math.min(text.length, hint + NEAR + 3 * m)];
  }

  function positionStep(want: Want): Scored | null {
    if (want.hint === null) return null;
    const m = want.exact.length;
    const here = text.slice(want.hint, want.hint + m);
    if (here.length < m) return null;
    const { distance, used } = anchoredDistance(want.exact, here);
    if (used !== m) return null;
    // Same length and both edges still touch their context: an in-place correction.
    const edge = 8;
    const before = want.prefix.slice(-edge);
    const after = want.suffix.slice(0, edge);
    if (!before || !after) return null;
    if (!text.startsWith(before, want.hint - before.length) || !text.startsWith(after, want.hint + m)) return null;
    const c = scoreAt(text, want, want.hint, want.hint + m, 1 - distance / m);
    return c.quoteSim >= STRONG_QUOTE_SIM ? c : null;
  }

  /**
   * The edges of a match that ends near `end0`: the start from the passage and its prefix read
   * backwards, then the end from the passage and its suffix read forwards, then the start again
   * from that end. Returns the edit distance of the passage to the text between the edges.
   */
  function refine(want: Want, end0: number, maxErrors: number): { start: number; end: number; errors: number } | null {
    const m = want.exact.length;
    const rExact = reverse(want.exact);
    const rPrefix = reverse(want.prefix);
    const startFrom = (e: number) => {
      const lo = Math.max(0, e - m - maxErrors - want.prefix.length - CONTEXT_SLACK);
      const r = alignHead(rExact, rPrefix, reverse(text.slice(lo, e)), lo === 0);
      return r && { start: e - r.column, errors: r.errors };
    };
    const endFrom = (s: number) => {
      const hi = Math.min(text.length, s + m + maxErrors + want.suffix.length + CONTEXT_SLACK);
      const r = alignHead(want.exact, want.suffix, text.slice(s, hi), hi === text.length);
      return r && { end: s + r.column, errors: r.errors };
    };
    const a = startFrom(end0);
    if (!a) return null;
    const b = endFrom(a.start);
    if (!b) return null;
    const c = startFrom(b.end);
    if (!c || c.start >= b.end) return null;
    return { start: c.start, end: b.end, errors: c.errors };
  }

  function fuzzyStep(want: Want): Scored | null {
    const m = want.exact.length;
    const maxErrors = Math.floor(m * (1 - MIN_QUOTE_SIM_IN_CONTEXT));
    if (maxErrors < 1) return null;
    const search = (from: number, to: number): Scored | null => {
      const ends = findMatchEnds(text, want.exact, maxErrors, from, to)
        // Few candidates deserve a closer look: the closest texts first.
        .sort((a, b) => a[1] - b[1])
        .slice(0, 20);
      const seen = new Set<string>();
      const cands: Scored[] = [];
      for (const [end] of ends) {
        const r = refine(want, end, maxErrors);
        if (!r || seen.has(`${r.start}:${r.end}`)) continue;
        seen.add(`${r.start}:${r.end}`);
        cands.push(scoreAt(text, want, r.start, r.end, Math.max(0, 1 - r.errors / m)));
      }
      const b = best(cands);
      return b && trustworthy(b, m) ? b : null;
    };
    // Edits are mostly local: near the old place first, and if the passage is there in its
    // context, that is it; otherwise the whole text.
    if (want.hint !== null) {
      const [lo, hi] = nearHint(want.hint, m);
      const near = search(lo, hi);
      if (near && near.bothContexts && (near.contextSim ?? 0) >= SURE_CONTEXT_SIM) return near;
      if (lo === 0 && hi === text.length) return near;
    }
    return search(0, text.length);
  }

  return {
    locate(selectors: Selectors): Located | null {
      const q = selectors.quote;
      const pos = selectors.position;
      // Trim the folded passage: white space at its edges is not part of what was marked.
      const full = fold(q.exact);
      const lead = full.length - full.trimStart().length;
      const exact = full.trim();
      if (!exact) return null;
      const prefix = fold(q.prefix) + full.slice(0, lead);
      const suffix = full.slice(lead + exact.length) + fold(q.suffix);
      let hint: number | null = null;
      if (pos && pos.start <= rawText.length) {
        hint = foldedOffset(folded, pos.start);
        // Skip folded white space the old offsets pointed into.
        while (text[hint] === ' ') hint++;
      }
      const want: Want = { exact, prefix, suffix, hint };
      const e = exactStep(want);
      if (e) return result(e, 'exact');
      const p = positionStep(want);
      if (p) return result(p, 'position');
      const f = fuzzyStep(want);
      if (f) return result(f, 'fuzzy');
      return null;
    },
  };
}

/** Find a stored passage in `text` (see createMatcher to locate many passages in one text). */
export function locate(text: string, selectors: Selectors): Located | null {
  return createMatcher(text).locate(selectors);
}
