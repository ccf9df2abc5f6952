import { describe, expect, it } from 'vitest';
import { CueMatcher } from '../../lib/attribution/cues';
import { documents } from '../../lib/attribution/discourse';
import { cueTablesFor } from '../../lib/attribution/lang';
import { article } from '../quotes/helpers';

describe('documents named with their author', () => {
  const cues = new CueMatcher(cueTablesFor('en'));
  const authors = (paragraphs: string[]) => {
    const a = article(paragraphs);
    return documents(a, cues, () => false).map((d) => `${d.noun}: ${a.text.slice(d.authorStart, d.authorEnd)}`);
  };

  // Paragraphs without a document noun are skipped before being split into words: the nouns are
  // still found in any case, and a noun inside a longer word is still no noun.
  it.each([
    ['a noun after other paragraphs', ['The council met on Monday.', 'Nothing was decided.', 'A report by the Nuffield Trust found gaps.'], ['report: the Nuffield Trust found gaps']],
    ['a noun in capitals', ['A REPORT BY the harbour board came out.'], ['report: the harbour board came out']],
    ['a possessive author', ["Stanford's study was cited."], ['study: Stanford']],
    ['a noun inside a longer word', ['The reporters by the gate waited.', 'Studying by night helps.'], []],
  ])('%s', (_name, paragraphs, expected) => {
    expect(authors(paragraphs)).toEqual(expected);
  });
});
