import type { BlockKind } from '../article/types';
import type { CompiledLexicon } from './lexicon';
import { charLength, CJK, classAt, LETTER_OR_NUMBER, SPACE } from '../text/chars';
import { scanDoubleMarks, scanSingleMarks } from './scan';

/**
 * Deciding whether a marked run is someone's words or a term, a name, a nickname or a title.
 * The signals are general ones (length, case, punctuation, the words right before the mark, a
 * reporting cue in the same sentence), never words of one page.
 */

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Scripts written without spaces, case or articles (Chinese, Japanese). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Punctuation inside a span that makes it more than a term (Latin and full-width forms). */
const PUNCTUATION = /[,.;:!?…，。、；：！？]/u;
/** A span that ends as a sentence does. */
const SENTENCE_END = /[.!?…。！？]$/u;
/**
 * The most words of each span in a list of short quoted spans (`«avoir le trac», «des papillons
 * dans le ventre»`): phrases being mentioned, idioms or slogans, when no cue makes them speech.
 */
export const MAX_LISTED = 6;
/** The most words (two characters each) of an uncued unpunctuated span read as a term in Chinese. */
const MAX_UNSPACED_TERM = 8;
/** How often a short span must recur in the article's paragraphs to be read as a name. */
const MIN_RECURRENCES = 3;
/** How far around a span the same-sentence context may reach (keeps the scan linear). */
const WINDOW = 140;

/** Words in a span; text without spaces (Chinese, Japanese) counts two characters as a word. */
export function countWords(text: string): number {
  // The runs between white space (`\s`) that hold a letter or a digit (`[\p{L}\p{N}]`), and the
  // characters of Han, Hiragana, Katakana and Hangul, in one pass over the character classes
  // (lib/text/chars.ts).
  let n = 0;
  let cjk = 0;
  let counted = false;
  for (let i = 0; i < text.length;) {
    const k = classAt(text, i);
    i += charLength(k);
    if (k & SPACE) counted = false;
    else if (k & LETTER_OR_NUMBER && !counted) {
      n++;
      counted = true;
    }
    if (k & CJK) cjk++;
  }
  return Math.max(n, Math.ceil(cjk / 2));
}

/** The part of the sentence before `at` (at most WINDOW characters). */
export function sentenceBefore(text: string, at: number): string {
  const w = text.slice(Math.max(0, at - WINDOW), at);
  // Full-width sentence marks end a sentence without a space (Chinese, Japanese).
  const m = /(?:[.!?…]\s+|[。！？])(?=[^.!?…。！？]*$)/u.exec(w);
  return m ? w.slice(m.index + m[0].length) : w;
}

/** The part of the sentence after `at` (at most WINDOW characters). */
export function sentenceAfter(text: string, at: number): string {
  const w = text.slice(at, at + WINDOW);
  const m = /[.!?…](\s|$)|[。！？]/u.exec(w.replace(/^[.!?…]+/, (s) => ' '.repeat(s.length)));
  return m ? w.slice(0, m.index) : w;
}

/** Title Case: every word that is not a small word starts with a capital (or a digit). */
export function isTitleCase(span: string, small: ReadonlySet<string>): boolean {
  const words = span.split(/[\s\-–—/]+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  let capitals = 0;
  for (const [i, w] of words.entries()) {
    if (/^[\p{Lu}\p{N}]/u.test(w)) capitals++;
    else if (i === 0 || !small.has(w.toLowerCase())) return false;
  }
  return capitals >= 2;
}

/**
 * The span's own words: nested quoted phrases (`It’s ‘Showtime at the Palace.’`) taken out with
 * their marks. A nested title or name says nothing about whether the outer span is one.
 */
export function withoutNested(span: string): string {
  const double = scanDoubleMarks(span);
  const runs = [...double, ...scanSingleMarks(span, double)].filter((r) => r.open >= 0 && r.close >= 0).sort((a, b) => a.open - b.open);
  if (!runs.length) return span;
  let out = '';
  let from = 0;
  for (const r of runs) {
    out += span.slice(from, r.open);
    from = r.close + 1;
  }
  return (out + span.slice(from)).replace(/\s+/g, ' ').trim();
}

export interface SpanContext {
  /** The block's text. */
  text: string;
  blockKind: BlockKind;
  /** Offsets of the span's words (already trimmed) and of its marks in the block. */
  start: number;
  end: number;
  open: number;
  /** Offset just after the closing mark (or the block end). */
  after: number;
  level: 'double' | 'single';
  /**
   * How many of the article's paragraphs and list items hold the span's words, marked or not
   * (undefined when not counted). A short phrase the article keeps repeating is the name of
   * a thing it is about (a campaign, an app, a group), not someone's words. A function, called
   * only when the verdict depends on it: counting reads the whole article.
   */
  recurs?: () => number;
  /**
   * The span is one of a list of short quoted spans (`"leveraging synergies" and "moving the
   * needle"`): a neighbouring marked span of at most MAX_LISTED words is joined to it only by commas
   * or one short word (and, or, et, und, и…).
   */
  listed?: boolean;
}

/**
 * The span may qualify the noun right after its closing mark (`the "danger to life" warning`, `a
 * "zero tolerance" policy`): a lower-case word follows after a space, that is not a small word
 * of titles (a preposition, a conjunction) and is not the subject of a reporting verb (`"…" he
 * said`).
 */
function qualifiesNoun(ctx: SpanContext, lex: CompiledLexicon): boolean {
  const m = /^ (\p{Ll}[\p{L}-]*)(?:\s+([\p{L}]+))?/u.exec(ctx.text.slice(ctx.after, ctx.after + 60));
  if (!m) return false;
  // The noun itself may look like a cue ("warning"): only a cue after it gives away a speaker.
  return !lex.titleSmallWords.has(m[1]) && !(m[2] && lex.cue.test(m[2]));
}

/**
 * The words before the opening mark end with a capitalised noun after an article and at most
 * two lower-case words (`in der Talkshow `, `den neuen Social-Media-Filter `): the span is in
 * apposition to that noun, its name. Only meaningful where every noun is capitalised.
 */
function nounBefore(before: string, lex: CompiledLexicon): boolean {
  const words = before.trimEnd().split(/\s+/).slice(-4);
  if (!/^\p{Lu}[\p{L}\p{N}-]*$/u.test(words.at(-1) ?? '')) return false;
  for (let k = words.length - 2; k >= 0; k--) {
    if (lex.determiners.has(words[k].toLowerCase())) return true;
    if (!/^\p{Ll}/u.test(words[k])) return false;
  }
  return false;
}

/** A reporting cue within three words after the marks or two before: `…», — заявил он`, `he said "…"`. */
function adjacentCue(ctx: SpanContext, lex: CompiledLexicon): boolean {
  const after = ctx.text.slice(ctx.after, ctx.after + 60).replace(/^[\s,.;:!?…\-–—―]+/u, '').split(/\s+/).slice(0, 3).join(' ');
  const before = ctx.text.slice(Math.max(0, ctx.open - 60), ctx.open).replace(/[\s,:\-–—―]+$/u, '').split(/\s+/).slice(-2).join(' ');
  return lex.cue.test(after) || lex.cue.test(before);
}

/** A span that ends with a comma, `!` or `?` inside its marks, as a clause of speech does. */
const SHORT_UTTERANCE_END = /[,!?，！？]$/u;

/** A reporting cue among the first three words after the closing mark (`"…," řekl Novák`). */
function cueRightAfter(ctx: SpanContext, lex: CompiledLexicon): boolean {
  const after = ctx.text.slice(ctx.after, ctx.after + 60).replace(/^[\s,\-–—―]+/u, '').split(/\s+/).slice(0, 3).join(' ');
  return lex.cue.test(after);
}

/** A list comma, then the next corner-bracket span: `」、「`. */
const LISTED_NEXT = /^\s*[、，,]\s*[「『]/u;
/** How many spans of such a list the particle test follows (keeps it bounded). */
const LIST_HOPS = 8;

/**
 * A quoting particle ties the span to a reporting verb after it (Japanese `「…」と述べた`). In a
 * list of spans joined by list commas (`「A」、「B」と語った`) the particle after the last one ties
 * every span of the list: the commas separate utterances of one speaker.
 */
function tiedByParticle(ctx: SpanContext, lex: CompiledLexicon): boolean {
  const particles = lex.speechParticles;
  if (!particles) return false;
  let after = ctx.after;
  for (let hop = 0; hop < LIST_HOPS; hop++) {
    const following = ctx.text.slice(after, after + 4);
    // `「A」と「B」` lists two names: a particle followed by another mark is a conjunction.
    if (particles.some((p) => following.startsWith(p) && !/^[「『“"]/u.test(following.slice(p.length)))) return true;
    const next = LISTED_NEXT.exec(ctx.text.slice(after, after + 8));
    if (!next) return false;
    const close = ctx.text.slice(after + next[0].length, after + WINDOW).search(/[」』]/u);
    if (close < 0) return false;
    after += next[0].length + close + 1;
  }
  return false;
}

/**
 * Spans in text without spaces (Chinese, Japanese), which has no case and no articles to give a
 * term away: a span followed by words that make it an example (`“…”这样的问题`) is a term; a
 * span that is not a sentence, followed by a bracket (`「…」（iOS/Android）`), is a name; and in
 * a language whose quotes are tied to their cue by a particle (Japanese `「…」と述べた`), a span
 * without that particle, a colon before it or a sentence of its own is a name or a term.
 * Null when none of these decides.
 */
function judgeUnspaced(ctx: SpanContext, lex: CompiledLexicon, span: string, words: number): Verdict | null {
  const following = ctx.text.slice(ctx.after, ctx.after + 12);
  if (tiedByParticle(ctx, lex)) return null;
  if (words <= 30 && lex.examplesAfter.some((w) => following.startsWith(w))) return 'term';
  const sentence = SENTENCE_END.test(span);
  if (words <= 15 && !sentence && /^\s*[（(]/u.test(following)) return 'name';
  if (lex.speechParticles) {
    const introduced = /[:：]\s*$/u.test(ctx.text.slice(Math.max(0, ctx.open - 4), ctx.open));
    const ownSentence = /^\s*(?:[。．.!！?？]|$)/u.test(following);
    if (!introduced && !sentence && !ownSentence) return 'term';
  }
  return null;
}

export type Verdict = 'quote' | 'short' | 'naming' | 'work' | 'title-case' | 'term' | 'name' | 'nickname' | 'uncued-single';

/** Why a marked span is or is not a quote. */
export function judgeSpan(ctx: SpanContext, lex: CompiledLexicon): Verdict {
  const span = ctx.text.slice(ctx.start, ctx.end);
  const words = countWords(span);
  // One or two words are terms, names or optional fragments, unless they end as an utterance
  // does inside the marks and a reporting cue follows at once (`"Absolutely," she said`).
  const shortSpeech = words < 3 && SHORT_UTTERANCE_END.test(span) && cueRightAfter(ctx, lex);
  if (words < 3 && !shortSpeech) return 'short';
  const before = ctx.text.slice(Math.max(0, ctx.open - 60), ctx.open);
  if (words <= 15 && lex.namingBefore.test(before)) return 'naming';
  if (words <= 15 && lex.workBefore.test(before)) return 'work';
  if (shortSpeech) return 'quote';
  const bareSpan = span.replace(/[,.]$/u, '');
  // An utterance's end inside the marks and a cue right after (`"Stop it," she says`) is speech, however often repeated.
  const uttered = SHORT_UTTERANCE_END.test(span) && cueRightAfter(ctx, lex);
  // A name starts with a capital; a lower-case phrase the article keeps coming back to is a claim
  // it is about (`Trump’s claim of “thousands of shootings”`), still someone's words.
  const named = /^[\p{Lu}\p{N}]/u.test(span) && !uttered;
  if (named && words <= 6 && !PUNCTUATION.test(bareSpan) && (ctx.recurs?.() ?? 0) >= MIN_RECURRENCES) return 'name';
  // "a kind of", "une forme de": the marks are the author's hedge on a short phrase.
  if (words <= 6 && !PUNCTUATION.test(span.replace(/[,.]$/u, '')) && lex.hedgeBefore.test(before)) return 'term';
  const around = (at: number) => UNSPACED.test(ctx.text[at] ?? '');
  const unspaced = UNSPACED.test(span) || around(ctx.open - 1) || around(ctx.after);
  if (unspaced) {
    const verdict = judgeUnspaced(ctx, lex, span, words);
    if (verdict) return verdict;
  }
  // A sentence may end inside a nested quote (`It’s ‘Showtime.’ Really.`).
  const sentence = /[.!?…]['’"”»]*\s+\S/u.test(span.replace(/[.!?…]+$/u, ''));
  // Title Case is judged on the span's own words: a nested capitalised title does not make a
  // sentence that quotes it a title (`It’s ‘Showtime at the Palace.’`).
  if (lex.caseRules && words <= 12 && !sentence && isTitleCase(withoutNested(span), lex.titleSmallWords)) return 'title-case';

  const introduced = /[:：]\s*$/u.test(before);
  const punctuated = PUNCTUATION.test(span);
  // A noun that a short span qualifies is no reporting cue, even when it looks like one (`kept
  // the "danger to life" warning in place`): the cue test skips it.
  let after = sentenceAfter(ctx.text, ctx.after);
  if (words <= 4 && !punctuated && lex.determinerBefore.test(before) && qualifiesNoun(ctx, lex)) after = after.replace(/^\s*\S+/u, '');
  const cued = introduced || lex.cue.test(sentenceBefore(ctx.text, ctx.open)) || lex.cue.test(after);
  // Where every noun is capitalised (German), a span of three words or more with no lower-case
  // word but the small words of titles has no verb: it names a work, a campaign or a thing
  // (`das Team „Drei Engel für Charlie“`), unless a reporting cue makes it a fragment of speech
  // (`sprach von einer „Gefahr für die Demokratie“`) that no noun right before it names.
  if (!lex.caseRules && words >= 3 && words <= 8 && !sentence && !SENTENCE_END.test(span) &&
    isTitleCase(withoutNested(span), lex.titleSmallWords) && (!cued || nounBefore(before, lex))) {
    return 'title-case';
  }
  // Short spans listed together without a reporting cue are words being mentioned (`talk about
  // "leveraging synergies" and "moving the needle"`). A trailing comma inside the marks (American
  // style) does not make a span a sentence.
  if (!cued && words <= MAX_LISTED && ctx.listed && !/[,.;:!?…]/.test(span.replace(/\s*[,.?!]$/u, ''))) return 'term';
  // An uncued noun phrase of a few words (`no such thing as "the sharing economy."`): it opens
  // with a lower-case determiner and has no finite verb. A full stop inside the marks (American
  // style) is no evidence of a sentence in a span this short.
  if (!cued && words <= 4 && !PUNCTUATION.test(bareSpan) && lex.finiteVerb && lex.determiners.has(bareSpan.split(/\s+/)[0]) && !lex.finiteVerb.test(bareSpan)) {
    return 'term';
  }
  // Text without spaces or case (Chinese): speech there comes as clauses with their own
  // punctuation, or with a cue; an uncued span of a few words with no punctuation at all is a
  // term, a name or a model (构建“互联网+直销基地”模式, 成为…的“数字实验场”).
  if (!cued && unspaced && !lex.speechParticles && words <= MAX_UNSPACED_TERM && !punctuated) return 'term';
  if (words <= 4 && !punctuated) {
    if (!cued && lex.determinerBefore.test(before)) return 'term'; // the "war on terror"
    // Without articles (Russian, Polish, Czech; any Cyrillic text) a term has no determiner to give it
    // away: an uncued lower-case phrase of a few words (система «единого окна для пациентов») is one.
    if (!cued && (lex.articleless || CYRILLIC.test(span)) && /^\p{Ll}/u.test(span)) return 'term';
    // Nor in scripts without case: an uncued short span that the sentence runs on after, with no
    // punctuation between (向人类“最终的边疆”出发 "set out for the “final frontier”"), is a term.
    if (!cued && unspaced && /^\p{L}/u.test(ctx.text[ctx.after] ?? '') && !tiedByParticle(ctx, lex)) return 'term';
    // A short capitalised span is a name («Russian Railways», „Alternative für Deutschland“)
    // unless a reporting cue is right next to it: a cue elsewhere in the sentence is often about
    // the organisation, not its words.
    if (lex.caseRules && /^\p{Lu}/u.test(span) && !introduced && !adjacentCue(ctx, lex)) return 'name';
  }
  // Lorenz, "the father of chaos," / the singer, known to fans as "the Queen of the Dales," — a
  // short appositive that starts with a determiner, set off by a comma shortly before it, and is
  // not a sentence of its own.
  const appositive = /,[^,.!?;:]{0,40}$/u.test(before) && !/[.!?…]$/u.test(span);
  if (!cued && words <= 6 && appositive && lex.determinerBefore.test(`${span.split(/\s/)[0]} `)) {
    return 'nickname';
  }
  if (ctx.level === 'single' && !cued && ctx.blockKind !== 'title' && ctx.blockKind !== 'heading') return 'uncued-single';
  return 'quote';
}
