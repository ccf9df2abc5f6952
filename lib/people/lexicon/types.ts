/**
 * Language knowledge used to find people and their roles. One table per language (`en.ts`,
 * `fr.ts`, …); adding a language is adding a table and registering it in `index.ts`.
 * Every entry is lower case; multi-word entries are not supported (tables hold single words).
 */
export interface PeopleLexicon {
  /** Titles that carry a role when written before a name: "Dr.", "Prof.", "President". */
  titles: string[];
  /** Forms of address that mark a person but carry no role: "Mr", "Mme", "Herr". */
  honorifics: string[];
  /** Nouns that present someone by profession, expertise or office: "pulmonologist", "ministre". */
  roleNouns: string[];
  /** Word endings that make a role noun on their own: "-ologist", "-ologue". */
  roleSuffixes: string[];
  /**
   * Feminine forms of the role nouns, as `[masculine ending, feminine ending]` pairs applied to every
   * role noun and compound head of the table: Spanish "arquitecto" → "arquitecta", "director" →
   * "directora"; German "Sekretär" → "Sekretärin"; French "directeur" → "directrice". A derived form
   * that is no word does no harm; one that is another word belongs in `notRoles`.
   */
  feminine?: [string, string][];
  /**
   * Endings that a role noun (or its feminine) takes in other cases and in the plural, appended to
   * every one: German "Experte" → "Experten", "Humorist" → "Humoristen", "Ärztin" → "Ärztinnen".
   */
  nounEndings?: string[];
  /**
   * Endings only common nouns have, in a language that capitalises nouns (German "-ung", "-heit",
   * "-schaft"): "Verbreitung von Killerrobotern" is no name, whatever its capitals.
   */
  commonNounEndings?: string[];
  /** Articles and determiners of that language only, before which a capitalised word is a noun ("der Backstube"). */
  nounMarkers?: string[];
  /**
   * Words that a role suffix or a feminine ending would make a role noun, but that are not: Spanish
   * "revista" (-ista), "política" (politics, from "político"), French "liste", "triste". An entry
   * starting with "-" is an ending: German "-frist" ("Abgabefrist").
   */
  notRoles?: string[];
  /** Prefixes glued to a role noun: Spanish "exdirector", "subdirectora", Polish "wiceminister". */
  rolePrefixes?: string[];
  /** Elided articles glued to the next word by an apostrophe: French "l’urgentiste", "d’après". */
  elisions?: string[];
  /** Adjectives that follow a role noun before the name: "presidente eleito Jair Bolsonaro". */
  postAdjectives: string[];
  /** "a meteorologist named X": words between a role noun and the name. */
  namedWords: string[];
  /**
   * Definite articles that never stand right before a person's name in news prose ("the Johnson
   * administration", "des Deutschen Roten Kreuzes"): a run right after one names a thing.
   */
  articles?: string[];
  /**
   * Singular definite articles: "The former vice president had …" opening the sentence after a
   * sentence about one named person describes that person (not "his lawyer", not "a doctor").
   */
  definiteArticles?: string[];
  /** Articles and possessive determiners that may open a role phrase. */
  determiners: string[];
  /**
   * Prepositions fused with an article ("al", "ao", "du", "zum"): like a determiner they open a role
   * phrase written before a name ("dijo al presidente del tribunal, X"), but stay out of it.
   */
  articlePrepositions?: string[];
  /**
   * Endings of adjectives that follow a role noun before the name, where the language puts
   * adjectives after nouns: Spanish "el ingeniero civil X", "el médico forense X".
   */
  postAdjectiveEndings?: string[];
  /** Adverbs allowed at the head of an apposition: "X, now a physical oceanographer". */
  appositionLeads: string[];
  /** Forms of "to be" for "X is a professor" and "X, who is a professor". */
  copulas: string[];
  /** Relative pronouns for persons: "X, who …". */
  relativeWho: string[];
  /**
   * Verbs that present expertise or an office after a relative pronoun: "X, who studies food supply
   * chains at Cornell", "X, who leads the unit" (present tense, third person).
   */
  expertiseVerbs?: string[];
  /**
   * Words that make the next noun a role after a name even when the table lacks it: "X, former
   * striker of …", Czech "někdejší útočník", French "ancien", German "ehemaliger" (a hyphenated
   * "ex-" counts too).
   */
  formerWords?: string[];
  /**
   * Nouns that present a role only with an institution as complement: "a member of Ennahda’s
   * secretariat", "board member X" (not "members of the public").
   */
  complementRoles?: string[];
  /**
   * Role nouns that also present firms ("Minecraft developer Mojang", "the broadcaster ITV"): they
   * make a one-word name a person only when more evidence says so.
   */
  firmRoles?: string[];
  /** Role nouns that are a role only as the head of a phrase, never right before a name: "fellow Ennahda members". */
  phraseOnlyRoles?: string[];
  /**
   * "Tunisian Islamists", "Syrian Kurds"… a group, not a person: word endings of a nationality
   * adjective and of a plural group noun (both must match a two-word run).
   */
  groupEndings?: { adjective: string[]; plural: string[] };
  /**
   * Verbs of employment after a relative pronoun: "X, who works for the Transportation Department"
   * (an affiliation with a named organisation is a role; "who works for a living" is not).
   */
  affiliationVerbs?: string[];
  /** Prepositions that join an affiliation verb to the organisation: "works *for*", "works *at*". */
  affiliationPrepositions?: string[];
  /** Organisation words that name a place, not an employer: "works in Main Street". */
  placeWords?: string[];
  /** "as" in "who works there as a nurse": the phrase after it may be a role. */
  asWords?: string[];
  /**
   * Conjunctions that open a clause ("but", "although", Spanish "sino"): a role phrase ends before one,
   * and a phrase that opens with one is no apposition ("El Faro, but a collaborator …").
   */
  conjunctions?: string[];
  /** "and" joining names: "cabinet ministers A and B" gives the role to each. */
  andWords?: string[];
  /** Plural endings of role nouns with their singular ones ("ministers" → "minister", "fishermen" → "fisherman"). */
  pluralEndings?: [string, string][];
  /**
   * Party labels that describe a person after a determiner and a place ("the Virginia Democrat",
   * "an Ohio Republican"): such a phrase is a role of the name it is apposed to, never a name.
   */
  partyNouns?: string[];
  /** Prepositions that end the head of a role phrase: "professor *of* radiology". */
  prepositions: string[];
  /** Speech verbs and "according to" words: evidence that a name is a person (or a speaker). */
  cueWords: string[];
  /** Speech verbs that continue the previous speaker: "…, added X" (X is who spoke just before). */
  continuationCues: string[];
  /** Indefinite articles: "a second respected radiologist" is nobody in particular. */
  indefinites: string[];
  /** Kinship nouns: evidence of a person, never a role ("her mother, Fiona"). */
  kinNouns: string[];
  /** Words for years of age after a number in apposition: "Antoine, 32 *ans*", "Ana, 41 *años*". */
  /** Words between a full name and another name of the same person: "alias", "dit", "genannt", "known as". */
  aliasWords?: string[];
  ageWords?: string[];
  /**
   * Words that say a name is withheld or changed ("que prefiere omitir su *nombre*", "*prénom*
   * modifié", "not her real *name*"): a first name in quotation marks in such a sentence is a pseudonym.
   */
  pseudonymWords?: string[];
  /** Capitalised words that never start a name: function words, days, common adjectives, places. */
  stopWords: string[];
  /**
   * Sentence connectors and adverbs that open a clause ("However", "Sin embargo", "Además", "Zudem"):
   * capitalised only because they start a sentence, never a name (name edges, entity typing).
   */
  sentenceConnectors?: string[];
  /**
   * Prepositions that put a place after them ("in Ukraine", "aus Chicago", "en Managua"): a lone
   * capitalised word there is place evidence for that word across the document (entity typing).
   */
  placePrepositions?: string[];
  /** Month names: may end a name ("Theresa May") but never start one. */
  months: string[];
  /** Set when organisation names start with their head noun (Romance languages): then only a first word counts. */
  orgHeadFirst?: boolean;
  /** Words that make a capitalised run an organisation or a place when first or last. */
  orgWords: string[];
  /** Set when every noun is capitalised (German): a capital letter then says little about a name. */
  capitalNouns?: boolean;
  /** Set when nouns and names inflect (Czech "Petra Nováka"): match stems, not whole words. */
  inflected?: boolean;
  /**
   * Role nouns and organisation words that also count as the head of a compound, where a language
   * glues nouns together (German "Gesundheits|minister", "Haus|arzt", "Krankenhaus|gesellschaft").
   * Only heads that no common surname ends with belong here.
   */
  compoundHeads?: string[];
  /**
   * Words after which a name stands in an oblique case (Czech "podle Petry Novákové", Russian
   * "по словам Иванова"), so the form is not the nominative one a name should be given in.
   */
  obliqueLeads?: string[];
  /**
   * Case endings that turn an oblique name form back into the nominative: `[oblique, nominative]`
   * pairs, longest first, for surnames and first names of each gender.
   */
  nominative?: NominativeRules;
}

/** Rules to rebuild the nominative of a name seen only in an oblique case (inflected languages). */
export interface NominativeRules {
  feminine: { surname: [string, string][]; first: [string, string][] };
  masculine: { surname: [string, string][]; first: [string, string][] };
  /** A vowel that drops in the oblique cases, put back after stripping an ending: `[pattern, replacement]` ("Pavl" → "Pavel"). */
  mobileVowel?: [string, string];
}
