import { describe, expect, it } from 'vitest';
import { GAP, placePanel } from '../../lib/highlight/placement';

const viewport = { width: 1000, height: 800 };
const size = { width: 200, height: 100 };
const at = (left: number, top: number, bottom: number, width = 100) => ({ left, top, bottom, width });

describe('placePanel', () => {
  it.each([
    ['below the anchor when it fits', at(100, 100, 120), 'start', { left: 100, top: 128, side: 'below' }],
    ['above when there is no room below', at(100, 700, 720), 'start', { left: 100, top: 592, side: 'above' }],
    ['centred on the anchor', at(400, 100, 120, 100), 'center', { left: 350, top: 128, side: 'below' }],
    ['kept inside the right edge', at(950, 100, 120), 'start', { left: 792, top: 128, side: 'below' }],
    ['kept inside the left edge', at(0, 100, 120, 20), 'center', { left: 8, top: 128, side: 'below' }],
  ] as const)('%s', (_name, anchor, align, want) => {
    expect(placePanel(anchor, size, viewport, align)).toEqual(want);
  });

  // A tall editor (500 px) with a passage half-way down an 800 px viewport: no room above or below.
  const tall = { width: 320, height: 500 };
  it.each([
    ['beside, on the right, when neither above nor below has room', at(100, 380, 420, 300), { left: 408, top: 292, side: 'right' }],
    ['beside, on the left, when the right has no room', at(600, 380, 420, 380), { left: 272, top: 292, side: 'left' }],
    ['over the anchor, on the roomier side, when the sides have no room either', at(40, 300, 340, 900), { left: 40, top: 292, side: 'over' }],
    ['over the anchor, whole in the viewport, when the roomier side is above', at(40, 460, 500, 900), { left: 40, top: 8, side: 'over' }],
  ] as const)('%s', (_name, anchor, want) => {
    expect(placePanel(anchor, tall, viewport, 'start')).toEqual(want);
  });

  it.each([
    [at(100, 300, 320), 600],
    [at(100, 500, 520), 600],
    [at(100, 780, 798, 900), 780],
    [at(100, -200, -180), 400],
    [at(100, 900, 920), 400],
  ])('always whole inside the viewport: anchor %j, height %i', (anchor, height) => {
    const p = placePanel(anchor, { width: 200, height }, viewport, 'center');
    expect(p.top).toBeGreaterThanOrEqual(GAP);
    expect(p.top + height).toBeLessThanOrEqual(viewport.height - GAP);
    expect(p.left).toBeGreaterThanOrEqual(GAP);
    expect(p.left + 200).toBeLessThanOrEqual(viewport.width - GAP);
  });
});
