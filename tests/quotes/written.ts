import { expect, it } from 'vitest';
import { extractArticle } from '../../lib/article/extract';
import { detectQuotes } from '../../lib/quotes/detect';
import { fixture, parseDoc } from '../helpers';

/**
 * A page written for the quote detector. Its quotes were decided from the guidelines
 * (shared/eval/GUIDELINES.md) before the detector ran on it.
 * `required`: the quotes, in page order (an entry ending with "…" matches by its first words).
 * `either`: spans the guidelines leave optional (interview questions, headlines, slogans, short
 * fragments): they may be found or not. Anything else found is a false positive.
 * `missed`: quotes the detector is known to miss (with the reason next to them): checked to be
 * still missed, so the table is updated when a rule starts finding them.
 */
export interface WrittenPage {
  file: string;
  lang: string;
  required: string[];
  either: string[];
  missed?: string[];
}

const matches = (found: string, entry: string) => (entry.endsWith('…') ? found.startsWith(entry.slice(0, -1)) : found === entry);

/** One test per page of `tests/fixtures/<folder>/`. */
export function itFindsTheQuotesOf(folder: string, pages: WrittenPage[]): void {
  it.each(pages.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    const a = extractArticle(parseDoc(fixture(`${folder}/${page.file}`)))!;
    expect(a).toBeTruthy();
    const found = detectQuotes(a, page.lang).map((s) => a.text.slice(s.start, s.end));
    const asserted = found.filter((t) => !page.either.some((e) => matches(t, e)));
    // Compare as lists so that a failure shows every miss and every false positive at once.
    const shown = asserted.map((t) => page.required.find((r) => matches(t, r)) ?? t);
    expect(shown).toEqual(page.required);
    for (const m of page.missed ?? []) expect(found.some((t) => matches(t, m))).toBe(false);
  });
}
