import type { Block } from '../article/types';
import type { Utterance } from './dialogue';
import type { CompiledLexicon } from './lexicon';

/**
 * Interviews written as a transcript: each turn starts with a label, either the interviewer's and
 * interviewee's turn words of the language tables (`Q:`/`A:`, `P.`/`R.`, `В.`/`О.`) or their
 * names or initials with a colon (`Smith: …`, usually in bold). The answers are the
 * interviewee's words (guidelines: "interviews written as dialogue").
 *
 * A label is also a dateline, a "Photo:" credit or an "Update:" note, and a turn letter is also
 * a name's initial, so the labels only count when they form an exchange: turn words need both a
 * question and an answer label, three turns and one question that ends with a question mark, and
 * a turn is words of a sentence, not a bare name; names need two speakers with two turns each, one of whom (the interviewer) mostly asks
 * questions while the other does not.
 */

/**
 * A label at the start of a paragraph: a turn word or letter followed by a colon or full stop
 * (and perhaps a dash), or a name of up to four capitalised words (lower-case particles allowed,
 * even first: "von der Leyen") followed by a colon. Group 1 is the label, the match ends where the words start.
 */
const LABEL =
  /^((?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3})){0,3}?)\s*(?:[:.]\s*[-–—]?|\s[-–—])\s*(?=[\p{L}\p{N}"“«„‘'¿¡(…])/u;
/** A paragraph's turn ends with a question (a closing mark may follow the question mark). */
const QUESTION = /\?\s*["”»“']?\s*$/;
/**
 * A turn's words that are only capitalised words, with no sentence mark (`P. Kowalski Piotr
 * Kowalski` in a score table): an initial and a name, not an utterance. Two words at least, the
 * last without a full stop (`Olaf Scholz: No.` is an answer).
 */
const NAME_ONLY = /^(?:\p{Lu}[\p{L}'’-]*\.?\s+)+\p{Lu}[\p{L}'’-]*$/u;
/** Unlabelled paragraphs continuing a turn may sit between two labelled ones. */
const MAX_GAP = 3;

interface Turn {
  blockIndex: number;
  /** The label's key: a turn word in lower case, or a speaker's last name in lower case. */
  key: string;
  /** Set for turn words; names get their role from the exchange. */
  role?: 'question' | 'answer';
  byName: boolean;
  from: number;
  /** Length of the label's words at the start of the block. */
  labelLength: number;
  question: boolean;
}

const TURN_KINDS = new Set(['paragraph', 'other', 'list-item']);

function labelOf(text: string, lex: CompiledLexicon): Omit<Turn, 'blockIndex'> | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  if (NAME_ONLY.test(text.slice(m[0].length).trim())) return null;
  const label = m[1].replace(/[.]+$/, '');
  const role = lex.labels.get(label.toLowerCase());
  const separator = m[0].slice(m[1].length).trim();
  const question = QUESTION.test(text);
  if (role) return { key: label.toLowerCase(), role, byName: false, from: m[0].length, labelLength: label.length, question };
  // A name needs a colon: "J. Smith said" and "U.S. officials" start with capitals and a full stop.
  if (!separator.startsWith(':')) return null;
  const words = label.split(/\s+/);
  const key = words[words.length - 1].toLowerCase();
  return { key, byName: true, from: m[0].length, labelLength: label.length, question };
}

/** The turns of a labelled interview, as utterances (`whole`: the label's paragraph to its end). */
export function findLabelledInterview(blocks: Block[], lex: CompiledLexicon): Map<number, Utterance> {
  const turns: Turn[] = [];
  blocks.forEach((b, i) => {
    if (!TURN_KINDS.has(b.kind)) return;
    const t = labelOf(b.text, lex);
    if (t) turns.push({ ...t, blockIndex: i });
  });
  const byWord = turns.filter((t) => t.role);
  const questions = byWord.filter((t) => t.role === 'question').length;
  // The interviewer asks: at least one question turn ends with a question mark. Letters that are
  // turn words somewhere (`P.`, `R.`, `D.`) are also initials of names in lists and tables.
  const asks = byWord.some((t) => t.role === 'question' && t.question);
  let chosen: Turn[] = [];
  if (asks && byWord.length - questions >= 1 && byWord.length >= 3) chosen = byWord;
  else chosen = nameTurns(turns.filter((t) => t.byName));

  const out = new Map<number, Utterance>();
  chosen.forEach((t, k) => {
    const turn = t.role ?? 'answer';
    const start = blocks[t.blockIndex].start;
    const label = t.byName ? { start, end: start + t.labelLength } : undefined;
    out.set(t.blockIndex, { blockIndex: t.blockIndex, turn, from: t.from, whole: true, label });
    // Paragraphs without a label up to the next turn continue this one.
    const next = chosen[k + 1]?.blockIndex;
    if (next === undefined || next - t.blockIndex - 1 > MAX_GAP) return;
    for (let i = t.blockIndex + 1; i < next; i++) {
      if (!TURN_KINDS.has(blocks[i].kind)) break;
      out.set(i, { blockIndex: i, turn, from: 0, whole: true, continues: true, label });
    }
  });
  return out;
}

/** Name-labelled turns that form an interview, with the interviewer's marked as questions; [] if none. */
function nameTurns(turns: Turn[]): Turn[] {
  const stats = new Map<string, { n: number; q: number }>();
  for (const t of turns) {
    const s = stats.get(t.key) ?? { n: 0, q: 0 };
    s.n++;
    if (t.question) s.q++;
    stats.set(t.key, s);
  }
  const speakers = [...stats].filter(([, s]) => s.n >= 2);
  if (speakers.length < 2) return [];
  const share = ([, s]: [string, { n: number; q: number }]) => s.q / s.n;
  speakers.sort((a, b) => share(b) - share(a));
  const [interviewer, ...others] = speakers;
  if (share(interviewer) < 0.5 || others.some((o) => share(o) >= 0.5)) return [];
  const keep = new Set(speakers.map(([k]) => k));
  return turns
    .filter((t) => keep.has(t.key))
    .map((t) => ({ ...t, role: t.key === interviewer[0] ? 'question' : 'answer' }));
}
