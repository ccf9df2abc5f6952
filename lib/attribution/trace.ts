import type { Attribution } from './types';

/**
 * Every sieve id an attribution can carry, with the pattern it reads. The id is stored on the
 * attribution (`sieve`) with the words it relied on (`evidence`), so "why this speaker?" is
 * answered from the data: `npm run analyze -- --explain page.html` prints both.
 */
export const SIEVES: Record<string, string> = {
  label: 'an interview turn labelled with a name or initials ("Marco Ferri: …")',
  zh: 'a Chinese cue against the marks ("他说：「…」")',
  'cue-after': 'a speech verb after the quote with its subject ("“…,” he said" / "said Mr. Reeves")',
  'dash-credit': 'a dash and a bare name after the quote ("“…” – Dr. Anna Weber")',
  'inverted-name': 'a verb the table does not know and a name, closing the sentence ("“…,” kroutí hlavou Novák." / "“…?” Vitter demanded.")',
  'cue-before': 'a speech verb before the quote with its subject ("Mr Obama said it was “…”")',
  'opening-source': 'an opening "for X," phrase naming a listed person ("Para o economista X, a medida “…”")',
  'possessive-words': '"In X\'s words, “…”"',
  'colon-name': 'a bare name and a colon ("Dr. Weber: “…”")',
  'colon-subject': 'the person opening a sentence that ends in a colon before the quote ("X est plus nuancée : «…»")',
  'colon-intro': 'a speech cue ending the previous paragraph with a colon',
  'statement-intro': 'a statement noun ending the previous paragraph with a colon ("The statement said:")',
  'blockquote-intro': 'a speech cue in the paragraph before a block quote',
  'blockquote-credit': 'a credit just after a block quote',
  signature: 'a block quote signed on its last line',
  'dialogue-continuation': 'the second half of a dialogue line keeps its speaker',
  interviewee: 'an interview answer belongs to the interviewee',
  interviewer: 'an interview question is the interviewer\'s',
  coordinated: 'a quote joined by "and" to one whose cue stands before it: the same speaker ("X went on about “A” and “B”")',
  'same-sentence': 'one attribution for two quotes of one sentence ("«A» … et «B», selon X")',
  continuation: 'a quote continuing the previous one (split or multi-paragraph quote)',
  resumed: 'a first-person quote opening its paragraph after one paragraph naming no one: the speaker before it',
  echo: 'a headline, subheading or caption quoting words the body quotes: the body quote\'s speaker',
  document: 'the sentence\'s subject is a nameless document ("el informe ubicó “…”")',
  'weak-cue': 'a cue whose subject names nobody, kept as the describing words',
  'subject-drop': 'a 3rd-person speech verb with no subject of its own: the paragraph\'s topic person ("“…”, confiesa.")',
  'topic-continuation': 'a quote with no cue in a paragraph whose other quotes share one speaker',
  'paragraph-cue': 'the speaker of an earlier sentence of the paragraph with a cue',
  'paragraph-person': 'the person an earlier sentence of the paragraph names',
  'preceding-paragraph': 'the person the previous paragraph is about',
  withheld: 'a guess from the context whose measured precision is too low (the candidate is in the evidence)',
  none: 'no sieve was sure',
};

/** One line per quote: the sieve that decided (or none), the speaker, and the evidence words. */
export function explainLine(index: number, text: string, a: Attribution): string {
  const quote = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  const who = a.speaker ?? (a.speakerMention ? `null (“${a.speakerMention}”)` : 'null');
  const evidence = a.evidence?.length ? ` evidence: ${a.evidence.map((e) => `“${e}”`).join(', ')}` : '';
  const sieve = a.sieve ?? 'none';
  return `q${index + 1} [${sieve}] ${who} ← “${quote}”${evidence}${sieve === 'none' ? ` (${a.speakerMention ? 'the words name no one' : 'no sieve applied'})` : ''}`;
}

/** The speaker a withheld guess would have named (kept first in its evidence as "sieve: name"), or null. */
export function withheldCandidate(a: Attribution): string | null {
  if (a.sieve !== 'withheld' || !a.evidence?.length) return null;
  const at = a.evidence[0].indexOf(': ');
  return at < 0 ? null : a.evidence[0].slice(at + 2);
}

/** What a reader is shown for an attribution, with a withheld guess marked as such (tests and --explain). */
export function shownSpeaker(a: Attribution): string | null {
  const candidate = withheldCandidate(a);
  return a.speaker ?? (candidate ? `withheld: ${candidate}` : null);
}
