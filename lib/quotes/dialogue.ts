import type { Block } from '../article/types';
import type { CompiledLexicon } from './lexicon';

/**
 * Speech set off by dashes instead of quotation marks.
 * - Interview dialogue: paragraphs that start with a dash (`- `, `– `, `— `) are utterances.
 *   Which of them are the interviewer's questions is read from the structure of the exchange
 *   (turns alternate; questions end with a question mark and are shorter than answers), never
 *   from the words of one page.
 * - Reported speech written as dialogue (Russian, Polish, Spanish news): a dash line that carries
 *   its own attribution (`- Text - powiedział rzecznik.`, `— Да, — сказал он.`), speech after a
 *   colon and a dash (`…z dziennikarzami: - Najpierw…`), or a paragraph without marks that ends
 *   with a dash and a reporting verb (`Text – odpowiedział Piotr Müller.`).
 */

const DASH_LINE = /^[-–—―]\s*(?=[\p{L}\p{N}"“«„‘'¿¡(…])/u;
const COLON_DASH = /:\s*[-–—―]\s*(?=[\p{Lu}"“«„¿¡])/u;
/** A dash after a full stop in mid-paragraph: speech when it ends with an attribution (`…wicepremierem. - To jest…`). */
const SENTENCE_DASH = /[.!?…]\s+[-–—―]\s+(?=[\p{Lu}"“«„¿¡])/u;
const DOUBLE_MARKS = /["“”„«»]/;
const OPENS_WITH_MARK = /^["“”„«»‘'‚]/;
/**
 * A dash inside an utterance that may open a trailing attribution: after punctuation and a space
 * (`…," - tells X`, `…, — сказал он`), glued to the next word (`—dijo él—`) or between spaces
 * (`złożone - powiedział`).
 */
const INNER_DASH = /(?:[,.!?…"”»'’]\s*[-–—―]\s*|\s[-–—―](?=\p{L})|\s[-–—―]\s+)/gu;
/** A dash that resumes the utterance after an attribution (`—dijo él—. Quizá`, `— сказал он. — Да`). */
const RESUME_DASH = /(?:(?<=[\s.,])[-–—―]|[-–—―](?=[.,]))[.,]?\s*(?=[\p{L}\p{N}"“«„¿¡…])/u;
/** Paragraphs of the answer that continue without a dash may sit between two dash lines. */
const MAX_GAP = 3;

export interface Utterance {
  blockIndex: number;
  turn: 'question' | 'answer';
  /** Where the speech starts in the block (after the dash). */
  from: number;
  /** The speech runs to the end of the block, with no attribution to cut off (labelled interviews). */
  whole?: boolean;
  /** The block continues the previous block's utterance (an answer over several paragraphs). */
  continues?: boolean;
  /** The speaker's name labelling the turn, as offsets in the article text (name-labelled interviews). */
  label?: { start: number; end: number };
}

export interface Piece {
  start: number;
  end: number;
  /** A piece after an attribution that does not name a speaker of its own continues the utterance. */
  continues: boolean;
}

/** Offsets (in the block) of the utterance's pieces: the words before a trailing attribution, and any resumption. */
export function utterancePieces(text: string, lex: CompiledLexicon, from: number): Piece[] {
  const pieces: Piece[] = [];
  let start = from;
  while (start < text.length) {
    const cut = trailingAttribution(text, start, lex, true);
    if (!cut) {
      pieces.push({ start, end: text.length, continues: pieces.length > 0 });
      break;
    }
    // A resumed piece with an attribution of its own may be another speaker's.
    pieces.push({ start, end: cut.dash, continues: false });
    const resume = RESUME_DASH.exec(text.slice(cut.after));
    if (!resume) break;
    start = cut.after + resume.index + resume[0].length;
  }
  return pieces.map((p) => ({ ...trim(text, p), continues: p.continues })).filter((p) => p.end > p.start);
}

/**
 * The first inner dash after `from` that opens the author's words. After punctuation or glued to
 * the next word: a reporting cue within three words, or (Russian style `…, — обратился министр к
 * залу.`) a comma, `!`, `?` or `…` before the dash and a short clause in lower case after it.
 * Between bare spaces, where a dash is also an aside: the cue must come first (`- dodał rzecznik`),
 * or right after a short lower-case pronoun (`- he said`), not after an article (`- a statement`).
 */
function trailingAttribution(text: string, from: number, lex: CompiledLexicon, lowerCaseClause: boolean): { dash: number; after: number } | null {
  INNER_DASH.lastIndex = from;
  for (let m = INNER_DASH.exec(text); m; m = INNER_DASH.exec(text)) {
    const head = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
    const words = head.split(/\s+/);
    const punctuated = /^[,.!?…"”»'’]/.test(m[0]);
    const bare = !punctuated && /\s$/.test(m[0]);
    let cued: boolean;
    // After an article the next word is a noun (`— a declaration that…`), not a reporting verb.
    const pronoun = /^\p{Ll}{1,4}$/u.test(words[0] ?? '') && !lex.determiners.has(words[0]);
    if (bare) cued = lex.cue.test(words[0] ?? '') || (pronoun && lex.cue.test(words[1] ?? ''));
    else cued = lex.cue.test(words.slice(0, 3).join(' '));
    const clause = head.split(/[.!?…]|\s[-–—―]/u)[0].split(/\s+/).filter(Boolean);
    const authorial = lowerCaseClause && /^[,!?…]/.test(m[0]) && /^\p{Ll}/u.test(head) && clause.length <= 14;
    if (cued || authorial) return { dash: m.index + (punctuated ? 1 : 0), after: m.index + m[0].length };
  }
  return null;
}

/** A paragraph without marks that ends with `– reporting verb …` (a short clause): the words before are speech. */
function endsWithAttribution(text: string, lex: CompiledLexicon): boolean {
  if (DOUBLE_MARKS.test(text)) return false;
  const cut = trailingAttribution(text, 0, lex, false);
  if (!cut || cut.dash < 12) return false;
  const clause = text.slice(cut.after);
  return clause.split(/\s+/).length <= 12 && !RESUME_DASH.test(clause);
}

function trim(text: string, p: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = p;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return { start, end };
}

const isQuestion = (text: string) => /\?\s*["”»“']?\s*$/.test(text);

/**
 * Find the dialogue paragraphs of an article and their turns. A run of dash lines counts as an
 * interview when it has two or more lines and at least one question; a lone dash line counts when
 * it carries its own attribution (`— Да, — сказал он.`). Lists written with dashes have neither.
 */
export function findDialogue(blocks: Block[], lex: CompiledLexicon): Map<number, Utterance> {
  const out = new Map<number, Utterance>();
  let section: number[] = [];
  let lastLine = -1;
  const close = () => {
    if (section.length) assignTurns(blocks, section, lex, out);
    section = [];
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'heading' || b.kind === 'title') {
      close();
      return;
    }
    if (b.kind !== 'paragraph' && b.kind !== 'other') return;
    if (!DASH_LINE.test(b.text)) {
      const colon = COLON_DASH.exec(b.text);
      const after = colon ? null : SENTENCE_DASH.exec(b.text);
      if (colon) out.set(i, { blockIndex: i, turn: 'answer', from: colon.index + colon[0].length });
      else if (after && trailingAttribution(b.text, after.index + after[0].length, lex, true)) {
        out.set(i, { blockIndex: i, turn: 'answer', from: after.index + after[0].length });
      } else if (endsWithAttribution(b.text, lex)) out.set(i, { blockIndex: i, turn: 'answer', from: 0 });
      return;
    }
    if (section.length && i - lastLine - 1 > MAX_GAP) close();
    section.push(i);
    lastLine = i;
  });
  close();
  return out;
}

function assignTurns(blocks: Block[], lines: number[], lex: CompiledLexicon, out: Map<number, Utterance>): void {
  const texts = lines.map((i) => blocks[i].text);
  const from = texts.map((t) => DASH_LINE.exec(t)?.[0].length ?? 0);
  if (lines.length < 2 || !texts.some(isQuestion)) {
    // Not an interview: keep only lines that attribute themselves.
    lines.forEach((i, k) => {
      if (trailingAttribution(texts[k], from[k], lex, true)) out.set(i, { blockIndex: i, turn: 'answer', from: from[k] });
    });
    return;
  }
  // Two hypotheses: the first line is a question, or an answer. Score each by how well questions
  // end with "?" and answers do not, and by questions being the shorter turns.
  const score = (firstIsQuestion: boolean) => {
    let s = 0;
    let qLen = 0;
    let qN = 0;
    let aLen = 0;
    let aN = 0;
    texts.forEach((t, k) => {
      const q = (k % 2 === 0) === firstIsQuestion;
      if (q === isQuestion(t)) s++;
      if (q) {
        qLen += t.length;
        qN++;
      } else {
        aLen += t.length;
        aN++;
      }
    });
    if (qN && aN && qLen / qN < aLen / aN) s += 1.5;
    return s;
  };
  const firstIsQuestion = score(true) >= score(false);
  lines.forEach((i, k) => {
    const turn = (k % 2 === 0) === firstIsQuestion ? 'question' : 'answer';
    out.set(i, { blockIndex: i, turn, from: from[k] });
    // Paragraphs without a dash before the next line continue this turn (an answer over several
    // paragraphs), unless they are speech of their own or open with a quotation mark.
    const next = lines[k + 1] ?? i;
    for (let j = i + 1; j < next; j++) {
      const b = blocks[j];
      if ((b.kind !== 'paragraph' && b.kind !== 'other') || out.has(j) || OPENS_WITH_MARK.test(b.text)) break;
      out.set(j, { blockIndex: j, turn, from: 0, whole: true, continues: true });
    }
  });
}
