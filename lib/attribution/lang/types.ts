/** What the attribution module knows about one language. Adding a language is adding one of these. */
export interface CueTable {
  lang: string;
  /** Speech and writing verbs in every form used in reporting ("said", "says", "told", "déclaré"). */
  verbs: string[];
  /** Phrases whose source follows them ("according to X", "selon X", "по словам X"). */
  sourceFirst: string[];
  /** Phrases that name their source with a pronoun inside them ("по его словам" → "он"). */
  pronounPhrases: Record<string, string>;
  /** Auxiliaries and adverbs that sit between a subject and its cue verb ("has", "also", "a"). */
  fillers: string[];
  /** Pronouns that refer to a person / to an organisation, as subjects. */
  personPronouns: string[];
  orgPronouns: string[];
  /** Words that can follow an inverted cue before its subject ("said on Friday X", "a déclaré jeudi X"). */
  timeWords: string[];
}
