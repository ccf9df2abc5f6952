/**
 * Quotation-mark conventions, one row per convention. Adding a convention is adding a row.
 *
 * `open` is the opening mark, `close` the marks that may end it (several where typographers
 * disagree). `level` says how far the mark can be trusted: 'double' marks are never apostrophes,
 * so they are paired first, may nest and may run to the end of a paragraph when the closing mark
 * is missing; 'single' marks share their glyphs with apostrophes (`don't`, `Russians'`), so they
 * are only paired in strict positions, outside double quotes, and never left open.
 * `spaced` marks may have a (no-break) space inside (French `« oui »`).
 * Chinese title marks `《…》` are deliberately absent: they name works, never speech.
 */
export interface MarkConvention {
  open: string;
  close: string[];
  level: 'double' | 'single';
  spaced?: boolean;
  /** Where the convention is used (documentation only). */
  usage: string;
}

export const MARK_CONVENTIONS: MarkConvention[] = [
  { open: '"', close: ['"', '”', '“'], level: 'double', spaced: true, usage: 'straight quotes, every language (closed by a curly mark on sloppy pages)' },
  // Sloppy pages mix curly and straight marks (“…"), so a straight mark may close a curly quote.
  { open: '“', close: ['”', '"'], level: 'double', usage: 'English, Spanish, Portuguese, Italian, Chinese' },
  { open: '„', close: ['“', '”', '"'], level: 'double', usage: 'German, Czech, Slovak („…“); Polish, Hungarian, Romanian, Dutch („…”)' },
  { open: '”', close: ['”'], level: 'double', usage: 'Swedish, Finnish' },
  { open: '«', close: ['»'], level: 'double', spaced: true, usage: 'French (with inner spaces), Russian, Spanish, Portuguese, Italian, Ukrainian' },
  { open: '»', close: ['«', '»'], level: 'double', usage: 'German, Danish, Czech (»…«); Swedish, Finnish (»…»)' },
  { open: '‹', close: ['›'], level: 'double', spaced: true, usage: 'French, Swiss single guillemets' },
  { open: '›', close: ['‹'], level: 'double', usage: 'German single guillemets' },
  { open: '「', close: ['」'], level: 'double', spaced: true, usage: 'Japanese, traditional Chinese' },
  { open: '『', close: ['』'], level: 'double', spaced: true, usage: 'Japanese, traditional Chinese (inner)' },
  { open: '‘', close: ['’', "'"], level: 'single', usage: 'English, Spanish, Portuguese (inner or headlines)' },
  { open: "'", close: ["'", '’'], level: 'single', usage: 'straight single quotes (British headlines)' },
  { open: '‚', close: ['‘', '’'], level: 'single', usage: 'German, Czech, Polish inner quotes' },
];

/** Conventions by opening mark. */
export const OPENERS: ReadonlyMap<string, MarkConvention> = new Map(MARK_CONVENTIONS.map((c) => [c.open, c]));

/** Every character that can close a double-level quote. */
const DOUBLE_CLOSERS = new Set(MARK_CONVENTIONS.filter((c) => c.level === 'double').flatMap((c) => c.close));
const SINGLE_MARKS = new Set(MARK_CONVENTIONS.filter((c) => c.level === 'single').flatMap((c) => [c.open, ...c.close]));

/** True for characters the double-level scanner must look at. */
export function isDoubleMark(ch: string): boolean {
  const c = OPENERS.get(ch);
  return (c !== undefined && c.level === 'double') || DOUBLE_CLOSERS.has(ch);
}

/** True for characters the single-level scanner must look at. */
export function isSingleMark(ch: string): boolean {
  return SINGLE_MARKS.has(ch);
}

/** Every quotation mark of the table, for trimming and folding. */
export const ALL_MARKS = new Set(MARK_CONVENTIONS.flatMap((c) => [c.open, ...c.close]));
