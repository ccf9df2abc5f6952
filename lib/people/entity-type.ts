import type { ArticleText, Block } from '../article/types';
import { lexiconFor, TABLES, type Lexicon } from './lexicon';
import { tokenize, type Token } from './tokens';
import { isNameWord } from './words';

/** What a capitalised name in an article stands for. Only a person (or an organisation) may be a speaker. */
export type EntityType = 'person' | 'organisation' | 'place' | 'other';

/**
 * What the whole article says about each word, read once: how it is written elsewhere and what
 * stands before it. Keys are lower-case words.
 */
export interface DocEvidence {
  lex: Lexicon;
  /** Written in lower case somewhere: a common noun, adjective or verb ("strip", "explaining"). */
  lower: Set<string>;
  /** Written capitalised where no sentence starts: capitals there are the word's own. */
  midCaps: Set<string>;
  /** Capitalised right after a lower-case determiner or article ("eine Leere", "die Aussetzung"): a noun. */
  afterDeterminer: Set<string>;
  /** Alone right after a place preposition ("in Ukraine", "aus Chicago"): a place. */
  afterPlace: Set<string>;
  /** The last word of a run of two capitalised name words or more ("Machtlinger" of "Robert Machtlinger"). */
  surnames: Set<string>;
}

/** Build the evidence of an article's tokens. Linear time. */
export function docEvidence(tokens: Token[], lex: Lexicon): DocEvidence {
  const ev: DocEvidence = { lex, lower: new Set(), midCaps: new Set(), afterDeterminer: new Set(), afterPlace: new Set(), surnames: new Set() };
  const capital = (t: Token) => /^\p{Lu}/u.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!capital(t)) {
      ev.lower.add(t.lower);
      continue;
    }
    if (!t.sentenceStart) ev.midCaps.add(t.lower);
    const before = tokens[i - 1];
    const tight = before !== undefined && before.block === t.block && t.gap === ' ' && !capital(before);
    if (tight && (lex.determiners.has(before.lower) || lex.articles.has(before.lower))) ev.afterDeterminer.add(t.lower);
    const next = tokens[i + 1];
    const alone = !(next && next.block === t.block && next.gap === ' ' && capital(next)) && !t.possessive;
    if (tight && alone && lex.placePrepositions.has(before.lower)) ev.afterPlace.add(t.lower);
    // "Robert Machtlinger", "Frau Nowak": a name word after another one (not a function word) ends a name.
    if (alone && before !== undefined && before.block === t.block && t.gap === ' ' && !before.possessive &&
      isNameWord(before) && isNameWord(t) && !lex.stopWords.has(before.lower) && !lex.sentenceConnectors.has(before.lower)) ev.surnames.add(t.lower);
  }
  return ev;
}

/**
 * The type of a one-word name from what the article says about the word. A word that opens
 * sentences as a connector ("Sin embargo", "Además"), that the article also writes in lower case,
 * that stands after a determiner as a noun, or after "in" as a place, names no one. In a language
 * that capitalises every noun, a lone capitalised word needs positive person evidence: it ends a
 * multi-word name somewhere. Acronyms ("ARD", "DGSA") are organisations.
 */
export function typeWord(word: string, ev: DocEvidence): EntityType {
  const w = word.replace(/[.,;:]+$/, '');
  const lower = w.toLowerCase();
  if (/^\p{Lu}{2,}$/u.test(w)) return 'organisation';
  const { lex } = ev;
  if (lex.sentenceConnectors.has(lower)) return 'other';
  if (lex.capitalNouns) return ev.surnames.has(lower) && !ev.afterDeterminer.has(lower) ? 'person' : 'other';
  // "the Times", "El Faro": capitalised after an article where capitals are a name's own: a title or a firm.
  if (ev.afterDeterminer.has(lower) && ev.midCaps.has(lower)) return 'organisation';
  if ((lex.stopWords.has(lower) || lex.months.has(lower)) && !ev.midCaps.has(lower)) return 'other';
  if (ev.lower.has(lower)) return 'other';
  if (ev.afterPlace.has(lower) && !ev.surnames.has(lower)) return 'place';
  // Capitalised only where sentences start: nothing says the capital is the word's own.
  if (!ev.midCaps.has(lower)) return 'other';
  return 'person';
}

/** How many words of the text each language table lists as function words (first 20,000 characters). */
export function functionWordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const sample = text.slice(0, 20000).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  for (const [lang, table] of Object.entries(TABLES)) {
    const stop = new Set(table.stopWords);
    counts.set(lang, sample.reduce((n, w) => n + (stop.has(w) ? 1 : 0), 0));
  }
  return counts;
}

/** The language table whose function words the text uses most (the resolver knows the text, not its language). */
export function guessLanguage(text: string): string | null {
  const counts = functionWordCounts(text);
  let best: string | null = null;
  for (const [lang, n] of counts) if (n > 0 && (best === null || n > counts.get(best)!)) best = lang;
  return best;
}

/**
 * The language to read names in: the declared one, unless the text's function words plainly belong
 * to another table (a Spanish story in a page declared English: "el Régimen" then is an article and
 * a noun, not a name). Plainly: half as many again, and twenty more (English lists many short words
 * that Romance texts use too, so a Spanish page counts about 1.6 times more Spanish ones).
 */
export function effectiveLanguage(text: string, declared: string | null): string | null {
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0] ?? null;
  if (!primary || !TABLES[primary]) return declared;
  const counts = functionWordCounts(text);
  const own = counts.get(primary) ?? 0;
  const best = guessLanguage(text);
  return best && best !== primary && counts.get(best)! >= 1.5 * own + 20 ? best : declared;
}

let cached: { text: string; ev: DocEvidence } | null = null;

/** Evidence for an article given as plain text (paragraphs joined by a blank line). Remembers the last text. */
export function textEvidence(text: string): DocEvidence {
  if (cached?.text === text) return cached.ev;
  const lex = lexiconFor(guessLanguage(text));
  const blocks: Block[] = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    blocks.push({ kind: 'paragraph', text: part, start: at, end: at + part.length });
    at += part.length + 2;
  }
  const article: ArticleText = { text, blocks };
  const ev = docEvidence(tokenize(article, lex), lex);
  cached = { text, ev };
  return ev;
}

/**
 * May this name, found by the attribution in the article `text` but not among the people found,
 * be given as a speaker? A person or an organisation may; a place, a connector, a common noun
 * capitalised at a sentence start or (German) a lone noun may not. Names of several words are
 * judged by their first word when it is a connector ("Además Juan" is not read here) and otherwise
 * let through: the attribution has its own organisation heads.
 */
export function typeSpeakerName(text: string, name: string): EntityType {
  const words = name.split(/\s+/).filter(Boolean);
  if (!words.length) return 'other';
  const ev = textEvidence(text);
  if (words.length === 1) return typeWord(words[0], ev);
  if (ev.lex.sentenceConnectors.has(words[0].toLowerCase())) return 'other';
  return 'person';
}
