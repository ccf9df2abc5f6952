/** Who said a quote, as far as the article tells. */
export interface Attribution {
  /** Fullest name of the speaker (person or organisation), or null when the article names no one. */
  speaker: string | null;
  /** The words in the text that point at the source ("he", "Morozov", "a spokesperson"). */
  speakerMention: string | null;
  speakerRole: string | null;
  /** The cue that ties quote and speaker ("said", "according to", ":"). */
  cue: string | null;
}
