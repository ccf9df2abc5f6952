import type { ArticleText } from '../article/types';
import { LETTER_OR_NUMBER, MARK, nextOf, startsUpper, wordEnd } from '../text/chars';
import type { Lexicon } from './lexicon';
import { nameLike } from './words';

/** A word of the article text, with what a name finder needs to know about its surroundings. */
export interface Token {
  /** Surface form, including an abbreviation's dot ("Dr.", "J.") but not a possessive "’s". */
  text: string;
  start: number;
  end: number;
  /** Lower case, without a trailing dot. */
  lower: string;
  block: number;
  /** Text between the previous token of the same block and this one ('' for the first). */
  gap: string;
  /** First word of a block or a sentence: capitalisation there is weak evidence of a name. */
  sentenceStart: boolean;
  /** Followed by a possessive "’s" / "'s". */
  possessive: boolean;
  /** Starts with an upper-case letter (`/^\p{Lu}/u`): asked of every token, by every reader. */
  capital: boolean;
  /** Capitalised like a name (`isNameWord`, words.ts): asked of every token, by every reader. */
  nameWord: boolean;
}

/** Characters of a word: `[\p{L}\p{M}\p{N}]`; a word is `C+(?:['’-]C+)*` (lib/text/chars.ts). */
const WORD_CHAR = LETTER_OR_NUMBER | MARK;
const SENTENCE_GAP = /[.!?:;…]|["“«„‘(\[]\s*$|^\s*[-–—]/;

/**
 * The tokens of each article, per lexicon: the name finder and the attribution's evidence read the
 * same tokens, and an article is not changed once extracted.
 */
const tokensOf = new WeakMap<ArticleText, WeakMap<Lexicon, Token[]>>();

/**
 * Split the article into tokens, block by block (a name never spans two blocks). Linear time, once
 * per article and lexicon; the array is shared, so callers must not change it.
 */
export function tokenize(article: ArticleText, lex: Lexicon): Token[] {
  let perLex = tokensOf.get(article);
  if (!perLex) tokensOf.set(article, (perLex = new WeakMap()));
  let tokens = perLex.get(lex);
  if (!tokens) perLex.set(lex, (tokens = split(article, lex)));
  return tokens;
}

/** The abbreviations of each lexicon (built once: the '*' lexicon holds every language's titles). */
const abbreviationsOf = new WeakMap<Lexicon, Set<string>>();

function split(article: ArticleText, lex: Lexicon): Token[] {
  // Short titles are abbreviations ("Gen.", "Dra."), but not whole role nouns: "ante el juez. Dicha …" ends a sentence.
  let abbreviations = abbreviationsOf.get(lex);
  if (!abbreviations) {
    abbreviations = new Set([...lex.titles, ...lex.honorifics].filter((w) => w.length <= 5 && !lex.roleNouns.has(w)).map((w) => w.replace(/\.$/, '')));
    abbreviationsOf.set(lex, abbreviations);
  }
  const tokens: Token[] = [];
  article.blocks.forEach((block, b) => {
    const text = article.text.slice(block.start, block.end);
    let prevEnd = 0;
    let first = true;
    for (let start = nextOf(text, 0, WORD_CHAR), wordEndAt = 0; start < text.length; start = nextOf(text, wordEndAt, WORD_CHAR)) {
      wordEndAt = wordEnd(text, start, WORD_CHAR);
      let word = text.slice(start, wordEndAt);
      let possessive = false;
      // A possessive "’s" / "'s" (compared by hand: this runs for every word of the article).
      const apostrophe = word[word.length - 2];
      if (word.length > 3 && word[word.length - 1] === 's' && (apostrophe === '’' || apostrophe === "'")) {
        word = word.slice(0, -2);
        possessive = true;
      }
      let end = start + word.length;
      const lower = word.toLowerCase();
      // Keep the dot of an initial or an abbreviated title, so it does not end the sentence.
      if (!possessive && text[end] === '.' && (/^\p{Lu}$/u.test(word) || abbreviations.has(lower))) {
        word += '.';
        end += 1;
      }
      const gap = text.slice(prevEnd, start);
      const capital = startsUpper(word);
      tokens.push({
        text: word,
        start: block.start + start,
        end: block.start + end,
        lower,
        block: b,
        gap,
        // A single space, the commonest gap, holds nothing that ends a sentence.
        sentenceStart: first || (gap !== ' ' && SENTENCE_GAP.test(gap)),
        possessive,
        capital,
        nameWord: nameLike(word),
      });
      prevEnd = possessive ? end + 2 : end;
      first = false;
    }
  });
  return tokens;
}
