import { describe, expect, it } from 'vitest';
import { VERDICT_STYLES, verdictLegend, verdictMarkCss } from '../../lib/notes/verdict-style';
import { VERDICTS } from '../../lib/storage/schemas';

describe('verdict styles', () => {
  it('give every verdict its own colour and its own glyph (a cue that is not colour)', () => {
    const styles = VERDICTS.map((v) => VERDICT_STYLES[v]);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(VERDICTS.length);
    expect(new Set(styles.map((s) => s.glyph)).size).toBe(VERDICTS.length);
  });

  it('list every verdict in the legend, true first, with its label and glyph', () => {
    const legend = verdictLegend();
    expect(legend.map((l) => l.verdict)).toEqual([...VERDICTS]);
    expect(legend[0]).toMatchObject({ label: 'True', glyph: '✓' });
    expect(legend.find((l) => l.verdict === 'false')).toMatchObject({ label: 'False', glyph: '✗' });
  });

  it.each(VERDICTS)('has a mark rule for %s with its colour and line style', (v) => {
    const css = verdictMarkCss();
    const rule = css.slice(css.indexOf(`.claim.v-${v} {`));
    expect(rule.slice(0, rule.indexOf('}'))).toContain(`${VERDICT_STYLES[v].line} ${VERDICT_STYLES[v].colour}`);
  });
});
