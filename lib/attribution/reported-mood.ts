import type { ArticleText } from '../article/types';
import type { QuoteSpan } from '../quotes/types';
import type { CueMatcher } from './cues';
import { otherPersonNamed, type TopicMark } from './topic';
import { sentenceStarts, tokenize } from './tokens';
import type { Attribution } from './types';

/**
 * A quote inside a sentence written in the mood of reported speech (German Konjunktiv I: `Der
 * Markt sei „größer als vor COVID-19“.`), with no cue of its own, goes on reporting the speaker
 * last quoted: the writer marks the words as someone's, and the someone is whoever the text was
 * reporting. It abstains when another person is named between that speaker's quote and this one,
 * when the last quote's source was left unnamed, or when no mood verb stands outside the quote.
 */
export function reportedMood(
  article: ArticleText,
  spans: QuoteSpan[],
  k: number,
  done: Attribution[],
  marks: TopicMark[],
  cues: CueMatcher,
): Attribution | null {
  if (!cues.reportedMood.size) return null;
  const q = spans[k];
  const mood = moodWordAround(article, q, cues);
  if (!mood) return null;
  for (let j = k - 1; j >= 0; j--) {
    const a = done[j];
    if (!a.speaker) {
      // "said one operative": the words were someone's, left unnamed; nobody is guessed.
      if (a.speakerMention) return null;
      continue;
    }
    if (otherPersonNamed(marks, spans[j].end, q.start, a.speaker)) return null;
    return { speaker: a.speaker, speakerMention: null, speakerRole: a.speakerRole, cue: mood, sieve: 'reported-mood', evidence: [mood, `${a.speaker} (the speaker last quoted)`] };
  }
  return null;
}

/**
 * A mood verb outside the quote in the quote's sentence ("sei", "habe"), matched in lower case only.
 * A quote that is a whole sentence by itself (`… habe sich „verfestigt“. „Das steht auf der
 * Agenda.“ Die Reise sei …`) is read with the sentences on either side of it in its paragraph.
 */
function moodWordAround(article: ArticleText, q: QuoteSpan, cues: CueMatcher): string | null {
  const block = article.blocks[q.blockIndex];
  const { text } = article;
  const head = text.slice(block.start, q.start);
  const starts = sentenceStarts(head);
  const from = block.start + starts[starts.length - 1];
  const tail = text.slice(q.end, block.end);
  const afterStarts = sentenceStarts(tail.replace(/^["”»“’'‹›]+/u, (m) => ' '.repeat(m.length)));
  const to = q.end + (afterStarts[1] ?? tail.length);
  const alone = /[.!?…]\s*$/u.test(text.slice(q.start, q.end)) && !/[\p{L}\p{N}]/u.test(text.slice(from, q.start));
  const ranges = alone
    ? [[block.start + (starts[starts.length - 2] ?? starts[starts.length - 1]), from], [q.end, to]]
    : [[from, q.start], [q.end, to]];
  for (const [a, b] of ranges) {
    // A German noun is capitalised: only a lower-case form is the verb ("sei", not "Sei…").
    for (const t of tokenize(text.slice(a, b), a)) if (cues.reportedMood.has(t.text)) return t.text;
  }
  return null;
}
