import type { ArticleText, Block } from '../article/types';
import { lexiconFor, type Lexicon } from './lexicon';
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
  /** The last word of a run of two capitalised name words or more ("Brandauer" of "Ilse Brandauer"). */
  surnames: Set<string>;
}

/** Evidence already built, per token array (tokenize shares one per article) and lexicon. */
const built = new WeakMap<Token[], WeakMap<Lexicon, DocEvidence>>();

/**
 * Build the evidence of an article's tokens. Linear time, once per token array: the name finder
 * and the attribution both ask for it. Callers must not change it.
 */
export function docEvidence(tokens: Token[], lex: Lexicon): DocEvidence {
  let perLex = built.get(tokens);
  if (!perLex) built.set(tokens, (perLex = new WeakMap()));
  let ev = perLex.get(lex);
  if (!ev) perLex.set(lex, (ev = buildEvidence(tokens, lex)));
  return ev;
}

function buildEvidence(tokens: Token[], lex: Lexicon): DocEvidence {
  const ev: DocEvidence = { lex, lower: new Set(), midCaps: new Set(), afterDeterminer: new Set(), afterPlace: new Set(), surnames: new Set() };
  const capital = (t: Token) => t.capital;
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
    // "Ilse Brandauer", "Frau Nowak": a name word after another one (not a function word) ends a name.
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

/** The evidence of a whole article read with one language's tables (tokenized once). */
export function articleEvidence(article: ArticleText, lang: string | null): DocEvidence {
  const lex = lexiconFor(lang);
  return docEvidence(tokenize(article, lex), lex);
}

/** Evidence for an article given as plain text (paragraphs joined by a blank line). */
export function textEvidence(text: string, lang: string | null): DocEvidence {
  const blocks: Block[] = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    blocks.push({ kind: 'paragraph', text: part, start: at, end: at + part.length });
    at += part.length + 2;
  }
  return articleEvidence({ text, blocks }, lang);
}

/**
 * May this name, found by the attribution in the article `text` but not among the people found,
 * be given as a speaker? A person or an organisation may; a place, a connector, a common noun
 * capitalised at a sentence start or (German) a lone noun may not. Names of several words are
 * judged by their first word when it is a connector ("Además Juan" is not read here) and otherwise
 * let through: the attribution has its own organisation heads.
 */
export function typeSpeakerName(name: string, ev: DocEvidence): EntityType {
  const words = name.split(/\s+/).filter(Boolean);
  if (!words.length) return 'other';
  if (words.length === 1) return typeWord(words[0], ev);
  if (ev.lex.sentenceConnectors.has(words[0].toLowerCase())) return 'other';
  return 'person';
}
