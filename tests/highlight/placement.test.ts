import { describe, expect, it } from 'vitest';
import { placePanel } from '../../lib/highlight/placement';

const viewport = { width: 1000, height: 800 };
const size = { width: 200, height: 100 };
const at = (left: number, top: number, bottom: number, width = 100) => ({ left, top, bottom, width });

describe('placePanel', () => {
  it.each([
    ['below the anchor when it fits', at(100, 100, 120), 'start', { left: 100, top: 128 }],
    ['above when there is no room below', at(100, 700, 720), 'start', { left: 100, top: 592 }],
    ['centred on the anchor', at(400, 100, 120, 100), 'center', { left: 350, top: 128 }],
    ['kept inside the right edge', at(950, 100, 120), 'start', { left: 792, top: 128 }],
    ['kept inside the left edge', at(0, 100, 120, 20), 'center', { left: 8, top: 128 }],
  ] as const)('%s', (_name, anchor, align, want) => {
    expect(placePanel(anchor, size, viewport, align)).toEqual(want);
  });

  it('takes the roomier side when it fits on neither', () => {
    expect(placePanel(at(100, 300, 320), { width: 200, height: 600 }, viewport, 'start').top).toBe(328);
    expect(placePanel(at(100, 500, 520), { width: 200, height: 600 }, viewport, 'start').top).toBe(8);
  });
});
