import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CSS, HIGHLIGHT_NAMES, MARK_CSS, MARK_TAG } from '../../lib/highlight/styles';

/** The declarations of the first rule in `css` whose selector contains `selector`. */
function rule(css: string, selector: string): string {
  const at = css.indexOf(selector);
  expect(at, selector).toBeGreaterThanOrEqual(0);
  return css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
}

// Links are underlined solid, most often in blue: a specialist's mark must not read as one.
const LINK_BLUES = [/37,\s*99,\s*235/, /#2563eb/i, /\bblue\b/i, /0,\s*0,\s*238/, /#0000ee/i];

describe('specialist highlight style', () => {
  it.each([
    ['CSS highlight', HIGHLIGHT_CSS, `::highlight(${HIGHLIGHT_NAMES.specialist})`],
    ['fallback wrapper', MARK_CSS, `${MARK_TAG}[data-kind~="specialist"]`],
  ])('%s: a dotted underline in a colour that is not a link blue', (_name, css, selector) => {
    const decl = rule(css, selector);
    expect(decl).toMatch(/text-decoration:\s*underline dotted/);
    for (const blue of LINK_BLUES) expect(decl).not.toMatch(blue);
  });

  it('differs from the quote style (solid underline)', () => {
    expect(rule(HIGHLIGHT_CSS, `::highlight(${HIGHLIGHT_NAMES.quote})`)).toMatch(/text-decoration:\s*underline 2px/);
  });
});
