import type { CompiledLexicon } from './lexicon';

/**
 * An author's incise inside the marks: French and Italian put the attribution inside one pair of
 * guillemets (`« A, a assuré un porte-parole. B. »`, `« Oui, dit-il, c'est vrai »`), Spanish sets
 * it off with dashes (`«No lo sé —dijo el ministro—, quizá mañana»`). The guidelines count such a
 * quote as two (a split quote), so the words are cut around the incise.
 *
 * An incise is a short clause in lower case after a comma or a dash, with a speech verb of the
 * page's language in its first two words (not a source preposition: `, selon nous,` is part of the quote), closed by a
 * comma, a full stop or a dash, and followed by more quoted words. Each candidate looks at a
 * bounded window, so the cost stays linear in the quote's length.
 */

/** A comma, or a dash with a space before it (`—dijo`), that may open an incise. */
const OPENING = /,\s+|\s[-–—]\s?/gu;
/**
 * The end of an incise: a comma or full stop, or a dash with any punctuation right after it (a
 * hyphen only after a space: `porte-parole` does not end one).
 */
const CLOSING = /[,.;!?…]|\s[-–—][,.]?|[–—][,.]?/u;
/**
 * An incise opened by a dash closes at the next dash only: dashes come in pairs, so commas inside
 * belong to the incise (`—ha dicho la ministra de Inclusión, Elma Saiz, en la rueda de prensa—,`).
 */
const DASH_CLOSING = /\s[-–—][,.]?|[–—][,.]?/u;
const WINDOW = 140;
const MAX_WORDS = 10;
/** A dash pair is unambiguous, so it may hold a longer incise (a name and its role, a place). */
const MAX_DASHED_WORDS = 18;

export interface Piece {
  start: number;
  end: number;
}

/** The pieces of the quoted words `text[start, end)` around any incise; one piece when there is none. */
export function splitIncise(text: string, start: number, end: number, lex: CompiledLexicon): Piece[] {
  const pieces: Piece[] = [];
  let from = start;
  OPENING.lastIndex = start;
  for (let m = OPENING.exec(text); m && m.index < end; m = OPENING.exec(text)) {
    const clauseStart = m.index + m[0].length;
    const window = text.slice(clauseStart, Math.min(end, clauseStart + WINDOW));
    const dashed = /[-–—]/.test(m[0]);
    const close = (dashed ? DASH_CLOSING.exec(window) : null) ?? CLOSING.exec(window);
    if (!close || !/^\p{Ll}/u.test(window)) continue;
    const clause = window.slice(0, close.index);
    const words = clause.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > (dashed && /[-–—]/.test(close[0]) ? MAX_DASHED_WORDS : MAX_WORDS)) continue;
    if (lex.sourceStart.test(clause) || !lex.speechVerb.test(words.slice(0, 2).join(' '))) continue;
    // More quoted words must follow the incise.
    let next = clauseStart + close.index + close[0].length;
    while (next < end && /[\s,.;:\-–—]/u.test(text[next])) next++;
    if (text.slice(next, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 2) continue;
    // The first piece keeps its comma, as in `"A," he said.`; a dash is left out.
    const cut = m[0].startsWith(',') ? m.index + 1 : m.index;
    pieces.push(trim(text, from, cut));
    from = next;
    OPENING.lastIndex = next;
  }
  pieces.push(trim(text, from, end));
  return pieces.filter((p) => p.end > p.start);
}

function trim(text: string, start: number, end: number): Piece {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
