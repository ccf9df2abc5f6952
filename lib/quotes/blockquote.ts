import type { Block } from '../article/types';
import { countWords } from './filter';
import { scanDoubleMarks } from './scan';

/**
 * Block quotes reproduce someone's words even without marks: one span per paragraph of the
 * `<blockquote>`. Two kinds of lines inside embeds are not words of the quoted person: the
 * signature line of a social post (`— Name (@handle) May 1, 2020`) and the embed's own
 * boilerplate ("View this post on Instagram").
 */

const SIGNATURE = /^[-–—―]\s*\S/u;
const EMBED_BOILERPLATE = /^(view this post on instagram|a post shared by|watch on youtube|see more on)/i;
/** Links that embeds append to the post text. */
const TRAILING_LINKS = /(\s+(https?:\/\/|pic\.twitter\.com\/|www\.)\S*)+$/i;

/** Offsets (in the block) of the quoted words of a block-quote paragraph, or [] when it holds none. */
export function blockquotePieces(block: Block): { start: number; end: number }[] {
  const text = block.text;
  if (EMBED_BOILERPLATE.test(text)) return [];
  if (SIGNATURE.test(text) && countWords(text) <= 15) return [];
  // Marks inside the block quote that carry most of its text: take the words inside them.
  const runs = scanDoubleMarks(text).filter((r) => countWords(text.slice(r.start, r.end)) >= 3);
  const marked = runs.reduce((n, r) => n + (r.end - r.start), 0);
  if (runs.length && marked >= text.length / 2) return runs.map((r) => trim(text, r.start, r.end));
  const end = text.length - (TRAILING_LINKS.exec(text)?.[0].length ?? 0);
  if (countWords(text.slice(0, end)) < 3) return [];
  return [trim(text, 0, end)];
}

/** A capitalised name word or an initial (`Jane`, `O’Neil`, `Smith-Jones`, `J.`). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{Ll}|\p{Lu}\.)`;
/** Lower-case particles inside names (`Luis de Miranda`, `Ruud van Nistelrooy`). */
const PARTICLE = String.raw`(?:de|da|di|do|du|van|von|der|den|del|della|la|le|bin|ibn|al|el)`;
/**
 * A line that is only a name of two to four words, then optionally credentials, a title or an
 * organisation after a comma, a dash or in brackets (`Jane Doe, Ph.D.`, `Jane Doe, director of
 * the Sleep Lab`, `Jane Doe (Acme Corp.)`). A full stop may only end an abbreviation (`Ph.D.`,
 * `Corp.`, `Jr.`), never a word of a sentence (`God Bless America.`).
 */
const SIGNATURE_LINE = new RegExp(
  String.raw`^[-–—―]?\s*(${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){1,3})` +
    String.raw`(?:\s*(?:,|\s[-–—|]|\()\s*[^.!?;:…]*(?:\.[^\s.!?;:…][^.!?;:…]*)*\.?\)?)?$`,
  'u',
);
const ABBREVIATION_END = /(?:^|[\s.(,])(?:\p{Lu}[\p{L}]{0,3}|\p{Ll})\.\)?$/u;

/**
 * The name of a block quote's closing signature line (`Michael Reyes, Ph.D.` under the quoted
 * text), as offsets into `text`, or null when the line is more than a name with credentials. Such
 * a line is not the quoted person's words but says who they are: attribution may take it as the
 * speaker of the block quote it ends.
 */
export function blockquoteSignature(text: string): { start: number; end: number } | null {
  const t = text.trim();
  if (t.length > 200 || countWords(t) > 16) return null;
  const m = SIGNATURE_LINE.exec(t);
  if (!m) return null;
  // A line ending with a full stop must end with an abbreviation.
  if (/\.\)?$/.test(t) && !ABBREVIATION_END.test(t)) return null;
  const start = text.indexOf(t) + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
