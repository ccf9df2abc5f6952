/** A span of article text naming someone. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** A named person (or organisation) found in the article, with every mention merged into one entry. */
export interface Person {
  id: string;
  /** Fullest form the article gives, without titles ("Sergey Morozov"). */
  name: string;
  /** Other forms in the text: surname alone, other transliterations, titled forms. */
  aliases: string[];
  /** Role phrases as the article words them ("pulmonologist", "deputy chairman of …"). */
  roles: string[];
  mentions: Mention[];
  /** Presented by expertise, profession, title or role: a named specialist. */
  specialist: boolean;
  kind: 'person' | 'organization';
}
