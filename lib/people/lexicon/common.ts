/** Language-independent name knowledge. */

/**
 * Lower-case particles inside names: "Osama bin Laden", "Lula da Silva", "Ludwig van Beethoven".
 * Not the conjunctions "y" / "e": "Ana Ruiz y Pablo Gil", "Lima y Cusco" are two names, not one.
 */
export const NAME_PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le',
  'bin', 'ibn', 'bint', 'al', 'el', 'ben', 'ter', 'ten', 'zu', 'st',
]);

/**
 * Particles that only follow another one ("van der Waals", "von der Leyen"): alone they are the
 * German article ("am Rande der Erschöpfung"), not part of a name.
 */
export const SECOND_PARTICLES = new Set(['der', 'den']);

/** Prefixes glued to a surname by a hyphen or an apostrophe: "al-Bashir", "d'Estaing" (not the article "l’": "l’Etat" names no one). */
export const GLUED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ul|ud|bin|ben|d|o|di|de|da|van|von)['’-](?=\p{Lu})/u;

/** Academic and professional degrees written after a name: "Sergey Morozov, PhD". */
export const DEGREES = new Set([
  'phd', 'ph.d', 'md', 'm.d', 'mph', 'msc', 'bsc', 'ma', 'mba', 'dphil', 'dsc', 'frcp', 'frcs', 'frcpc', 'facp',
  'facc', 'rn', 'np', 'pharmd', 'dds', 'dmd', 'dvm', 'psyd', 'edd', 'jd', 'llm', 'csc', 'drsc', 'mrcp', 'mrcgp',
  'mbbs', 'mbchb', 'faan', 'facs', 'pa-c', 'lcsw', 'rd', 'ms', 'dnp',
]);

/** Name suffixes that are not roles. */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq']);

/**
 * Titles that also open names of things ("General Motors", "Major League", "Prince Edward"): alone
 * they do not make a one-word name a person.
 */
export const WEAK_TITLES = new Set(['general', 'gen', 'major', 'maj', 'captain', 'capt', 'chief', 'king', 'queen', 'prince', 'princess', 'lord', 'lady', 'sir', 'dame', 'saint', 'premier', 'admiral', 'commander', 'judge', 'justice', 'general', 'général', 'generál']);

/**
 * Particles written capitalised inside a name ("Philippe El Saïr", "Mohammed Ben Salem", "Marine Le
 * Pen", "Robert De Niro"): they continue a name between two name words, though alone they are
 * function words ("El", "Le").
 */
export const INNER_PARTICLES = new Set(['El', 'Al', 'Ben', 'Bin', 'Ibn', 'Abu', 'Abou', 'Bou', 'Ould', 'Le', 'La', 'De', 'Del', 'Della', 'Di', 'Da', 'Van', 'Von', 'Ter', 'Ten']);
