import type { ArticleText } from '../article/types';
import type { QuoteSpan } from '../quotes/types';
import type { CueMatch, CueMatcher } from './cues';
import { PREPOSITIONS } from './subject';
import { COMPLEMENTISERS, isCapitalized, isWord, nameRunEnd, sentenceStarts, tokenize, type Token } from './tokens';

/** A speech verb whose subject the language left out ("“…”, confiesa.", "Agrega que …"). */
export interface DroppedCue {
  cue: CueMatch;
  /** Where the verb stands: after the quote or before it. */
  side: 'after' | 'before';
  /** The verb form names several people (or the speaker's own "I"/"we"): no one person spoke. */
  plural: boolean;
}

/** Words that open a clause of their own: a verb right after one has no subject in the words before it. */
const CLAUSE_OPENERS = new Set(['y', 'e', 'pero', 'mas', 'ma', 'et', 'mais', 'and', 'but', 'a', 'ale', 'i', 'и', 'но', 'і', 'але', 'però']);
const DEFINITE = new Set(['el', 'la', 'los', 'las', 'o', 'a', 'os', 'as', 'il', 'lo', 'gli', 'le', 'der', 'die', 'das', 'the']);
/**
 * A lower-case gerund of a subject-dropping language (es, pt, it), with a clitic glued on (and its
 * written accent: "refiriéndose", "explicándole") or not.
 */
const GERUND = /^\p{Ll}{2,}(?:(?:ando|iendo|yendo|endo|indo)|(?:ándo|iéndo|yéndo|éndo|índo)(?:se|lo|la|le|les|los|las|nos|si|ci))$/u;
/** Words with a gerund's ending that are none. */
const NOT_GERUNDS = new Set(['cuando', 'quando', 'estupendo', 'tremendo', 'horrendo']);
/** Conjunctions that open a subordinate clause ("Aunque sabe que …, confiesa"), in subject-dropping languages. */
const SUBORDINATORS = new Set(['aunque', 'si', 'cuando', 'mientras', 'porque', 'como', 'embora', 'quando', 'enquanto', 'sebbene', 'mentre', 'perché']);
/** Closing marks and spaces, then a comma or a dash: the quote is the object of what follows. */
const AFTER_LINK = /^["”»’'“‘]*\s*(?:,|[–—-])\s*/u;

/**
 * The cue of a quote's sentence whose verb has no subject of its own, in a language that drops
 * subject pronouns: `“…”, confiesa.` / `“…” –lamenta–` (nothing but the verb, or the verb and a
 * prepositional phrase, after the quote), or `Sin embargo, apunta que … “…”` / `Agrega que …
 * “…”` (nothing but connectors between the clause start and the verb). The verb must name one
 * third person (not "dijeron"). Returns null when the verb has a subject, or the words around it
 * could hold one (an article and a noun, a name): the cue sieves have read those already.
 */
export function droppedSubjectCue(article: ArticleText, q: QuoteSpan, cues: CueMatcher, nextStart: number): DroppedCue | null {
  if (!cues.dropsSubject || q.kind === 'dialogue') return null;
  const { text, blocks } = article;
  const block = blocks[q.blockIndex];
  return after(text, q, cues, Math.min(nextStart, block.end)) ?? before(text, q, cues, block.start);
}

function after(text: string, q: QuoteSpan, cues: CueMatcher, limit: number): DroppedCue | null {
  const rest = text.slice(q.end, limit);
  // The comma or the ?!… may close the quoted words inside the marks („…,“ uvedla. / “…?” pregunta).
  // A comma counts only with a closing mark after it: a quote that ends on a bare comma was cut inside the
  // quotation (“Estos periodistas, que…, dicen… No…”), and the verb after it is the quoted one's own.
  const last = text.slice(q.end - 2, q.end);
  const closed = /[?!…]["”»’'“‘]*$/u.test(last) ? /^["”»’'“‘]*\s+/u : /,["”»’'“‘]*$/u.test(last) ? /^["”»’'“‘]+\s+/u : null;
  const link = AFTER_LINK.exec(rest) ?? closed?.exec(rest) ?? null;
  if (!link) return null;
  const start = q.end + link[0].length;
  const clause = text.slice(start, limit);
  const cut = sentenceStarts(clause)[1] ?? clause.length;
  const tokens = tokenize(clause.slice(0, cut), start);
  let i = 0;
  while (i < tokens.length && cues.fillers.has(tokens[i].text.toLowerCase())) i++;
  const cue = cues.find(clause.slice(0, cut), start).find((c) => c.start === tokens[i]?.start);
  if (!cue || cue.sourceFirst || cue.pronoun) return null;
  let j = i;
  while (j < tokens.length && tokens[j].start < cue.end) j++;
  return subjectless(tokens.slice(j), cues) ? { cue, side: 'after', plural: !cues.singularVerb(cue.text) } : null;
}

/**
 * The words after a verb hold no subject: nothing, a closing dash, or a prepositional phrase with
 * no name and no article-led noun ("gritó en una conferencia" — not "dijo en Madrid el ministro").
 */
function subjectless(tokens: Token[], cues: CueMatcher): boolean {
  let words = tokens.filter((t) => isWord(t.text));
  // "explicó a La Estrella de Panamá.": the listener's name after its mark is no subject.
  if (words.length > 1 && cues.listenerMarks.has(words[0].text.toLowerCase())) {
    let j = 1;
    while (j < words.length && DEFINITE.has(words[j].text.toLowerCase())) j++;
    const name = j;
    j = nameRunEnd(words, j);
    if (j > name) words = words.slice(j);
  }
  if (!words.length) return true;
  if (/^[–—-]$/.test(tokens[0].text)) return true;
  // "“…”, agregó refiriéndose a la ciudadanía": a gerund clause after the verb is no subject.
  if (GERUND.test(words[0].text) && !NOT_GERUNDS.has(words[0].text)) return true;
  if (!PREPOSITIONS.has(words[0].text.toLowerCase())) return false;
  if (words.some((t) => isCapitalized(t.text) || cues.personPronouns.has(t.text.toLowerCase()))) return false;
  // "dijo en rueda de prensa el ministro": a definite article further on may open the subject;
  // "en la sala", "el 7 de mayo" (a date) do not.
  return !words.some((t, i) => i > 1 && DEFINITE.has(t.text.toLowerCase()) && !PREPOSITIONS.has(words[i - 1].text.toLowerCase()) && words[i + 1] && !/^\d/.test(words[i + 1].text) && !cues.timeWords.has(words[i + 1].text.toLowerCase()));
}

function before(text: string, q: QuoteSpan, cues: CueMatcher, blockStart: number): DroppedCue | null {
  const head = text.slice(blockStart, q.start);
  const starts = sentenceStarts(head);
  const sStart = blockStart + starts[starts.length - 1];
  const sentence = text.slice(sStart, q.start);
  const found = cues.find(sentence, sStart).filter((c) => !c.sourceFirst && !c.pronoun);
  const cue = found[found.length - 1];
  if (!cue) return null;
  // The verb introduces what follows: "que …", a colon, or the quote itself, with no other cue between.
  const between = tokenize(text.slice(cue.end, q.start), cue.end).filter((t) => isWord(t.text));
  if (between.length && !COMPLEMENTISERS.has(between[0].text.toLowerCase()) && !/:\s*["“„«]?\s*$/u.test(text.slice(cue.end, q.start))) return null;
  // Nothing before the verb in its clause but connectors, adverbs and numbers ("Cuatro años
  // después, valora que …"); a clause opener ("pero sostiene") counts as the clause's start.
  const tokens = tokenize(text.slice(sStart, cue.start), sStart);
  // "Según entiende, “…”": an "according to" word right before the verb reads "as (she) sees it".
  if (tokens.length && cues.isSourceWord(tokens[tokens.length - 1].text)) tokens.pop();
  let k = tokens.length;
  while (k > 0 && tokens[k - 1].text !== ',' && !CLAUSE_OPENERS.has(tokens[k - 1].text.toLowerCase())) k--;
  if (k < tokens.length) return null;
  if (k > 0 && CLAUSE_OPENERS.has(tokens[k - 1].text.toLowerCase())) return null;
  const words = tokens.map((t) => t.text.toLowerCase().replace(/\.$/, ''));
  // "Aunque sabe que el FSLN ejercía control …, confiesa que …": a fronted subordinate clause runs
  // to the comma before the verb; it holds no subject of the verb.
  if (tokens.length > 2 && SUBORDINATORS.has(words[0]) && tokens[tokens.length - 1].text === ',') return { cue, side: 'before', plural: !cues.singularVerb(cue.text) };
  for (let s = 0; s < tokens.length; ) {
    const n = cues.connectorAt(words, s);
    if (n) s += n;
    else if (!isWord(tokens[s].text) || /^\d/.test(tokens[s].text) || cues.timeWords.has(words[s]) || cues.fillers.has(words[s])) s++;
    else if (s === 0 && tokens.length <= 5 && !tokens.slice(1).some((t) => isCapitalized(t.text)) && !/^(?:el|la|los|las|o|a|os|as|il|lo|le|der|die|das|the)$/u.test(words[0])) {
      // A short fronted adverbial: "Cuatro años después,", "Un día después," is not a subject either.
      s = tokens.findIndex((t, x) => x > 0 && t.text === ',');
      if (s < 0) return null;
    } else return null;
  }
  return { cue, side: 'before', plural: !cues.singularVerb(cue.text) };
}
