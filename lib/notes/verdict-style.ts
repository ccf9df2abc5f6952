import { VERDICTS, VERDICT_LABELS, type Verdict } from '../storage/schemas';

/**
 * How a claim's verdict shows in the page, the card and the popup: a colour, and for readers who
 * cannot tell the colours apart a line style and a glyph of its own (each verdict differs from
 * every other in both).
 */
export interface VerdictStyle {
  /** The line and the badge. */
  colour: string;
  /** The passage's tint (translucent, over the page's text). */
  tint: string;
  line: 'solid' | 'double' | 'dashed' | 'dotted';
  glyph: string;
}

export const VERDICT_STYLES: Record<Verdict, VerdictStyle> = {
  true: { colour: '#1a7f37', tint: 'rgba(26, 127, 55, 0.22)', line: 'solid', glyph: '✓' },
  'mostly-true': { colour: '#4f8a10', tint: 'rgba(79, 138, 16, 0.20)', line: 'double', glyph: '≈' },
  mixed: { colour: '#b35900', tint: 'rgba(230, 140, 0, 0.25)', line: 'dashed', glyph: '±' },
  'mostly-false': { colour: '#c4320a', tint: 'rgba(196, 50, 10, 0.20)', line: 'dotted', glyph: '!' },
  false: { colour: '#a40e26', tint: 'rgba(207, 34, 46, 0.25)', line: 'double', glyph: '✗' },
  unverifiable: { colour: '#6e40c9', tint: 'rgba(110, 64, 201, 0.18)', line: 'dashed', glyph: '?' },
  unchecked: { colour: '#57606a', tint: 'rgba(87, 96, 106, 0.18)', line: 'dotted', glyph: '…' },
};

/** The legend: every verdict with its glyph, colour and label, from true to unchecked. */
export function verdictLegend(): Array<{ verdict: Verdict; label: string } & VerdictStyle> {
  return VERDICTS.map((verdict) => ({ verdict, label: VERDICT_LABELS[verdict].label, ...VERDICT_STYLES[verdict] }));
}

/** The CSS class of a verdict's marks and badges (`v-mostly-false`). */
export const verdictClass = (v: Verdict) => `v-${v}`;

/** Styles for a claim's marks in the note overlay, one rule per verdict (`.claim.v-false`). */
export function verdictMarkCss(): string {
  return VERDICTS.map((v) => {
    const s = VERDICT_STYLES[v];
    const width = s.line === 'double' ? 4 : 2;
    return `.claim.${verdictClass(v)} { background-color: ${s.tint}; border-bottom: ${width}px ${s.line} ${s.colour}; }
.glyph.${verdictClass(v)} { background: ${s.colour}; }`;
  }).join('\n');
}
