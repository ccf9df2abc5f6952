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

function trim(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
