/**
 * What the quote detector needs to know about one language. Entries are lower case; a trailing
 * `*` matches any word ending (`declar*` → declared, declara, déclare…), a space separates the
 * words of a phrase.
 */
export interface QuoteLexicon {
  /** Reporting verbs and phrases: words near a span that show it is someone's speech. */
  cues: string[];
  /**
   * Prepositional cues ("according to") that name a source without a speech verb, where the
   * attribution tables do not list them already: an aside they open inside a quote is not an
   * author's incise.
   */
  sources?: string[];
  /** Words right before a span that show it is a name, a term or a title, not speech. */
  naming: string[];
  /**
   * Hedges right before a span that show the author's own loose wording, a term (`a kind of`,
   * `une forme de`, `una especie de`): a short span after one is not speech.
   */
  hedges?: string[];
  /**
   * Unspaced scripts: words right after the closing mark that present the span as an example or
   * a kind of thing (Chinese `“…”这样的问题` "a question like …").
   */
  examplesAfter?: string[];
  /**
   * Languages whose reporting cue follows the quote through a particle (Japanese `「…」と述べた`,
   * `「…」って`): a span there is speech only when such a particle follows it, a colon introduces
   * it, or it is a sentence of its own; otherwise it is a name or a term (`アプリ「…」を公開`).
   */
  speechParticles?: string[];
  /** Nouns for works and named things whose titles follow in quotes ("the book", "le film"). */
  works: string[];
  /** Articles, demonstratives and possessives: a short span right after one reads as a term. */
  determiners: string[];
  /**
   * Finite auxiliaries and copulas (is, was, has, will…): a short span that opens with a
   * lower-case determiner and holds none of them is a noun phrase, a term being mentioned, not a
   * sentence, even with a full stop inside the marks. Without this table the rule is off.
   */
  finiteVerbs?: string[];
  /** Words that stay lower case inside Title Case names and titles. */
  titleSmallWords: string[];
  /**
   * Languages that capitalise every noun (German): a capitalised span there says nothing about
   * it being a name or a title, so the case-based rules are off.
   */
  nounsCapitalised?: boolean;
  /**
   * Labels that start the turns of an interview written as a transcript (`Q:`/`A:`, `P.`/`R.`):
   * the interviewer's and the interviewee's, without the colon or full stop that follows them.
   */
  interviewLabels: { question: string[]; answer: string[] };
  /**
   * Languages whose typography puts the author's incise inside the quotation marks
   * (`« A, a-t-il dit, B »`, `«A —dijo—, B»`); elsewhere a clause such as `, to say the least,`
   * inside a quote is the speaker's own words.
   */
  inciseInsideMarks?: boolean;
  /**
   * Languages without articles (Russian, Polish, Czech): a short term in quotes has no
   * determiner before it to give it away, so an uncued lower-case span of a few words is read
   * as a term.
   */
  articleless?: boolean;
}
