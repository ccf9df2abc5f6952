/** Who said a quote, as far as the article tells. */
export interface Attribution {
  /** Fullest name of the speaker (person or organisation), or null when the article names no one. */
  speaker: string | null;
  /** The words in the text that point at the source ("he", "Morozov", "a spokesperson"). */
  speakerMention: string | null;
  speakerRole: string | null;
  /** The cue that ties quote and speaker ("said", "according to", ":"). */
  cue: string | null;
  /**
   * The sieve that decided ("cue-after", "subject-drop", …), or why none did ("none"). See
   * `SIEVES` in trace.ts for every id and the pattern it reads.
   */
  sieve?: string;
  /** The words of the text the decision relied on (the mention, the cue, the topic's name). */
  evidence?: string[];
}
