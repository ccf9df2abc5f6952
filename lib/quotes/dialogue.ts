import type { Block } from '../article/types';
import type { CompiledLexicon } from './lexicon';

/**
 * Interview dialogue: paragraphs that start with a dash (`- `, `– `, `— `) are utterances.
 * Which of them are the interviewer's questions is read from the structure of the exchange
 * (turns alternate; questions end with a question mark and are shorter than answers), never
 * from the words of one page.
 */

const DASH_LINE = /^[-–—―]\s*(?=[\p{L}\p{N}"“«„‘'¿¡(…])/u;
/**
 * A dash inside an utterance that may open a trailing attribution: after punctuation and a space
 * (`…," - tells X`, `…, — сказал он`) or glued to the next word (`—dijo él—`).
 */
const INNER_DASH = /(?:[,.!?…"”»'’]\s*[-–—―]\s*|\s[-–—―](?=\p{L}))/gu;
/** A dash that resumes the utterance after an attribution (`—dijo él—. Quizá`, `— сказал он. — Да`). */
const RESUME_DASH = /(?:(?<=[\s.,])[-–—―]|[-–—―](?=[.,]))[.,]?\s*(?=[\p{L}\p{N}"“«„¿¡…])/u;
/** Paragraphs of the answer that continue without a dash may sit between two dash lines. */
const MAX_GAP = 3;

export interface Utterance {
  blockIndex: number;
  turn: 'question' | 'answer';
}

/** Offsets (in the block) of the utterance's pieces: the words before a trailing attribution, and any resumption. */
export function utterancePieces(text: string, lex: CompiledLexicon): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  const first = DASH_LINE.exec(text);
  let start = first ? first[0].length : 0;
  while (start < text.length) {
    const cut = trailingAttribution(text, start, lex);
    if (!cut) {
      pieces.push({ start, end: text.length });
      break;
    }
    pieces.push({ start, end: cut.dash });
    const resume = RESUME_DASH.exec(text.slice(cut.after));
    if (!resume) break;
    start = cut.after + resume.index + resume[0].length;
  }
  return pieces.map((p) => trim(text, p)).filter((p) => p.end > p.start);
}

/**
 * The first inner dash after `from` that opens the author's words: followed within three words by
 * a reporting cue, or (the Russian-style `…, — обратился министр к залу.`) a comma, `!`, `?` or `…`
 * before the dash and a short clause starting in lower case after it.
 */
function trailingAttribution(text: string, from: number, lex: CompiledLexicon): { dash: number; after: number } | null {
  INNER_DASH.lastIndex = from;
  for (let m = INNER_DASH.exec(text); m; m = INNER_DASH.exec(text)) {
    const head = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
    const words = head.split(/\s+/).slice(0, 3).join(' ');
    const clause = head.split(/[.!?…]|\s[-–—―]/u)[0].split(/\s+/).filter(Boolean);
    const authorial = /^[,!?…]/.test(m[0]) && /^\p{Ll}/u.test(head) && clause.length <= 14;
    if (lex.cue.test(words) || authorial) {
      const punct = /^[,.!?…"”»'’]/.test(m[0]) ? 1 : 0;
      return { dash: m.index + punct, after: m.index + m[0].length };
    }
  }
  return null;
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
    if ((b.kind !== 'paragraph' && b.kind !== 'other') || !DASH_LINE.test(b.text)) return;
    if (section.length && i - lastLine - 1 > MAX_GAP) close();
    section.push(i);
    lastLine = i;
  });
  close();
  return out;
}

function assignTurns(blocks: Block[], lines: number[], lex: CompiledLexicon, out: Map<number, Utterance>): void {
  const texts = lines.map((i) => blocks[i].text);
  if (lines.length < 2 || !texts.some(isQuestion)) {
    // Not an interview: keep only lines that attribute themselves.
    lines.forEach((i, k) => {
      if (trailingAttribution(texts[k], 0, lex)) out.set(i, { blockIndex: i, turn: 'answer' });
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
    const q = (k % 2 === 0) === firstIsQuestion;
    out.set(i, { blockIndex: i, turn: q ? 'question' : 'answer' });
  });
}
