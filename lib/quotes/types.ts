/** A detected direct quote, as offsets into `ArticleText.text` (the words inside the marks). */
export interface QuoteSpan {
  start: number;
  end: number;
  kind: 'marks' | 'dialogue' | 'blockquote';
  /** Index into `ArticleText.blocks` of the block holding the quote. */
  blockIndex: number;
  /**
   * True when this span continues the previous quote: the second half of a split quote
   * (`"A," he said. "B."`) or the next paragraph of a multi-paragraph quote.
   */
  continues?: boolean;
  /** For interview dialogue: whether the line reads as the interviewer's question or an answer. */
  turn?: 'question' | 'answer';
  /**
   * For a turn of an interview labelled with names (`Marco Ferri: …`): offsets in the article text
   * of the name that labels the turn (of the turn it continues, for a later paragraph).
   */
  label?: { start: number; end: number };
}
