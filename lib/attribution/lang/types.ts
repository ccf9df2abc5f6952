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
  /**
   * Nouns of documents that can "speak" for their authors ("the report states", "the letter
   * reads"): a definite one refers back to the document last introduced with that noun, and the
   * speaker is its author ("a report by the Nuffield Trust").
   */
  documentNouns?: string[];
  /** Words that introduce a document's author ("by", "from", "de", "von", "от"). */
  authorMarkers?: string[];
  /**
   * Role nouns so general that any professional may be called so ("the doctor", "врач", "the
   * expert"): such a description keeps the current speaker rather than jumping to another person
   * whose role merely contains the word.
   */
  genericRoles?: string[];
  /**
   * Prepositions that name a source when they open the sentence before a comma ("Para o
   * economista X, a medida …", "Pour la ministre, …", "For Smith, …"); elsewhere they are no cue.
   */
  openingSources?: string[];
  /**
   * Phrases that hold a cue verb but make its subject the listener, not the speaker ("were told",
   * "was asked"): matched before the verb alone, and never a cue.
   */
  notCues?: string[];
  /** Common nouns are capitalised (German): "der FDP-Politiker" is a description, not a name. */
  nounsCapitalised?: boolean;
  /**
   * Sentence connectors and adverbs that open a clause and are never its subject, however they are
   * capitalised ("Sin embargo, apunta que …", "However, …"); several words allowed.
   */
  connectors?: string[];
  /**
   * The language drops a subject pronoun it can read from the verb ("“…”, confiesa." / "řekla"):
   * a third-person cue verb with no subject refers to the paragraph's topic person.
   */
  dropsSubject?: boolean;
  /** Cue words that are cues only right after a comma or a closing mark ("„…“, so der Minister"; not "So habe es …"). */
  afterCommaOnly?: string[];
  /**
   * Verb forms of a mood kept for reported speech (German Konjunktiv I: "sei", "habe", "liege"): a
   * sentence that uses one, with no cue of its own, goes on reporting the current speaker.
   */
  reportedMood?: string[];
  /**
   * Prepositions that mark the listener right after a cue verb ("dijo a El Faro", "a déclaré au
   * Monde", "said to reporters"): the words after them are not the subject.
   */
  listenerMarks?: string[];
  /**
   * Articles that only ever stand before a noun (never a clitic pronoun): a cue word right after
   * one is a noun ("the state", "a report", "el dicho"), not a speech verb.
   */
  /**
   * Phrases that say where quoted words can be read ("« … », peut-on lire dans Le Monde"): the
   * publication after them is the source, like "according to". Not reporting verbs for the quote
   * finder: charges quoted beside them ("mis en examen pour « recel … »") are no one's words.
   */
  readIn?: string[];
  nounArticles?: string[];
  /**
   * Articles that are also clitic pronouns ("le", "la"): only opening a sentence do they mark the
   * next word as a noun ("Le juge Bocock ajoute" — not "il le juge").
   */
  sentenceArticles?: string[];
  /** Auxiliaries and copulas: a cue word right before one is a noun, its subject ("Kim's mental state is …"). */
  auxiliariesAfter?: string[];
  /**
   * Participles among `verbs` that open a clause with no subject of its own after a comma ("Trump
   * attacked Clinton …, saying “…”"): their subject is the main clause's.
   */
  participles?: string[];
  /**
   * Verbs of judging or promising that take quoted words as their object ("X dismissed Estonia as
   * being in the “…”", "Obama condemned the test as “…”", "X is promising “jobs”"). Not speech cues: the name after one is
   * its object, never an inverted subject, so only a subject written before one counts, and only
   * for a quote later in its clause when no speech cue is there.
   */
  judgingVerbs?: string[];
  /** Words that, right after a speech verb, are what it says ("said yes", "dijo no"): the verb reports no quote. */
  ownObjects?: string[];
  /** Endings of the plural (or first/second person) forms among `verbs`: such a verb never points at one person. */
  notSingular?: RegExp;
}
