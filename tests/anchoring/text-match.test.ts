import { describe as group, expect, it } from 'vitest';
import { extractArticle } from '../../lib/article/extract';
import { describe, type Selectors } from '../../lib/anchoring/selectors';
import { createMatcher, locate } from '../../lib/anchoring/text-match';
import { fixture, parseDoc } from '../helpers';

const page = extractArticle(parseDoc(fixture('seed-004.html')))!.text;

const LONG = 'Morozov said that nearly 18,000 people have so far signed this petition, including many radiologists.';
const SHORT = 'many radiologists';

/** Selectors for the first occurrence of `passage` in `text`. */
function mark(text: string, passage: string): Selectors {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not in text: ${passage}`);
  return describe(text, start, start + passage.length);
}

const replace = (from: string, to: string) => (t: string) => {
  if (!t.includes(from)) throw new Error(`edit does not apply: ${from}`);
  return t.replace(from, to);
};
const NEW_PARAGRAPH = 'Editor’s note: this article was updated on 5 April with comments from a second radiologist.\n\n';

/**
 * The table of page edits: [label, passage marked on the original page, edit, what must be found
 * on the edited page (null: nothing), method expected].
 */
const EDITS: Array<[string, string, (t: string) => string, string | null, string]> = [
  ['unchanged page', LONG, (t) => t, LONG, 'exact'],
  ['paragraph inserted before', LONG, replace('Morozov said that', NEW_PARAGRAPH + 'Morozov said that'), LONG, 'exact'],
  ['paragraph inserted at the top', LONG, (t) => NEW_PARAGRAPH + t, LONG, 'exact'],
  ['white space re-flowed', LONG, replace('people have so far', 'people\n  have so  far'), LONG.replace('people have so far', 'people\n  have so  far'), 'exact'],
  ['typographic apostrophe', 'the signatories\' names are obscured', replace("signatories' names", 'signatories’ names'), 'the signatories’ names are obscured', 'exact'],
  ['case changed', LONG, replace('Morozov said', 'MOROZOV said'), 'MOROZOV said that nearly 18,000 people have so far signed this petition, including many radiologists.', 'exact'],
  ['typo corrected in place', LONG, replace('nearly 18,000', 'nearly 19,000'), 'Morozov said that nearly 19,000 people have so far signed this petition, including many radiologists.', 'position'],
  ['word changed inside, same length', LONG, replace('nearly 18,000 people', 'almost 18,000 people'), 'Morozov said that almost 18,000 people have so far signed this petition, including many radiologists.', 'position'],
  ['word changed inside', LONG, replace('nearly 18,000 people', 'roughly 18,000 people'), 'Morozov said that roughly 18,000 people have so far signed this petition, including many radiologists.', 'fuzzy'],
  ['words inserted inside', LONG, replace('signed this petition', 'signed this open online petition'), 'Morozov said that nearly 18,000 people have so far signed this open online petition, including many radiologists.', 'fuzzy'],
  ['words deleted inside', LONG, replace(' so far', ''), 'Morozov said that nearly 18,000 people have signed this petition, including many radiologists.', 'fuzzy'],
  ['edits inside and around', LONG, (t) => replace('Dr. Sergey Morozov, PhD.', 'Photo: Dr. Sergey Morozov.')(replace('18,000 people', '18,500 people')(t)), 'Morozov said that nearly 18,500 people have so far signed this petition, including many radiologists.', 'fuzzy'],
  ['words inserted near the start', LONG, replace('Morozov said that', 'Morozov, who left his post, said that'), 'Morozov, who left his post, said that nearly 18,000 people have so far signed this petition, including many radiologists.', 'fuzzy'],
  ['words inserted near the end', LONG, replace('many radiologists.', 'many radiologists and surgeons.'), 'Morozov said that nearly 18,000 people have so far signed this petition, including many radiologists and surgeons.', 'fuzzy'],
  ['words added right after the passage', LONG, replace('many radiologists.', 'many radiologists. The petition is online.'), LONG, 'exact'],
  ['passage moved to the end', LONG, (t) => t.replace(LONG, '') + '\n\n' + LONG, LONG, 'exact'],
  ['passage removed', LONG, replace(LONG, ''), null, ''],
  ['passage rewritten', LONG, replace(LONG, 'Thousands of doctors, many of them radiologists, have put their names to the petition, Morozov said.'), null, ''],
  ['edited passage whose near-twin stands elsewhere', 'signed this petition, including many radiologists', (t) => replace(LONG, 'Morozov said the petition was signed by thousands.')(t) + '\n\nPhoto caption: radiologists signed the petition, including many radiologists', null, ''],
  ['short passage kept', SHORT, replace('Morozov said that', NEW_PARAGRAPH + 'Morozov said that'), SHORT, 'exact'],
  ['short passage removed, same words elsewhere', SHORT, (t) => replace(LONG, '')(t) + '\n\nThe petition was later shared by many radiologists abroad.', null, ''],
];

group('locate on a table of page edits', () => {
  it.each(EDITS)('%s', (_label, passage, edit, expected, method) => {
    const sel = mark(page, passage);
    const edited = edit(page);
    const found = locate(edited, sel);
    if (expected === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found).not.toBeNull();
    // The expected words must be the ones found at the place the edit left them.
    const at = edited.indexOf(expected, Math.max(0, found!.start - 1));
    expect(edited.slice(found!.start, found!.end)).toBe(expected);
    expect(found!.start).toBe(at);
    expect(found!.method).toBe(method);
  });
});

group('repeated passages', () => {
  const text = [
    'The minister said the plan was sound. Critics disagreed.',
    'Later the minister said the plan was sound, but the vote failed.',
    'At dawn the minister said the plan was sound once more.',
  ].join('\n\n');
  const occurrences = (() => {
    const out: number[] = [];
    for (let i = text.indexOf('the plan was sound'); i >= 0; i = text.indexOf('the plan was sound', i + 1)) out.push(i);
    return out;
  })();

  it.each([0, 1, 2])('finds occurrence %i by its context', (k) => {
    const s = occurrences[k];
    const sel = describe(text, s, s + 'the plan was sound'.length);
    expect(locate(text, sel)?.start).toBe(s);
    // Without the position hint the context alone decides.
    expect(locate(text, { quote: sel.quote })?.start).toBe(s);
  });

  it.each([0, 1, 2])('finds occurrence %i after a paragraph is inserted before all of them', (k) => {
    const s = occurrences[k];
    const sel = describe(text, s, s + 'the plan was sound'.length);
    const edited = 'A new first paragraph.\n\n' + text;
    expect(locate(edited, sel)?.start).toBe(s + 'A new first paragraph.\n\n'.length);
  });

  it('uses the old position when the contexts are identical', () => {
    const rep = 'Same line here.\n\nSame line here.\n\nSame line here.';
    const s = rep.lastIndexOf('line');
    const sel = describe(rep, s, s + 4, 6);
    const mid = rep.indexOf('line', rep.indexOf('line') + 1);
    sel.quote.prefix = 'Same ';
    sel.quote.suffix = ' here';
    expect(locate(rep, sel)?.start).toBe(s);
    sel.position = { type: 'TextPositionSelector', start: mid, end: mid + 4 };
    expect(locate(rep, sel)?.start).toBe(mid);
  });
});

group('edge cases', () => {
  it('gives the raw offsets around folded white space', () => {
    const text = 'One.\n\n\n  Two  words here.';
    const sel = describe('One. Two words here.', 5, 14);
    const found = locate(text, sel)!;
    expect(text.slice(found.start, found.end)).toBe('Two  words');
  });

  it('a passage on an empty page is not found', () => {
    expect(locate('', mark(page, LONG))).toBeNull();
  });

  it('a blank passage is not found', () => {
    expect(locate(page, { quote: { type: 'TextQuoteSelector', exact: '   ', prefix: '', suffix: '' } })).toBeNull();
  });

  it('one matcher locates many passages of the same text', () => {
    const m = createMatcher(page);
    const sentences = page.split(/(?<=\.)\s+/).filter((s) => s.length > 40);
    for (const s of sentences) {
      const found = m.locate(mark(page, s));
      expect(page.slice(found!.start, found!.end)).toBe(s);
    }
  });
});
