/** Space kept between a floating panel and its anchor or the viewport's edge. */
export const GAP = 8;

export interface Box {
  left: number;
  top: number;
  bottom: number;
  width: number;
}

export type Side = 'below' | 'above' | 'right' | 'left' | 'over';

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * Where a floating panel (the card, the selection toolbar, the note editor) goes, always inside the
 * viewport: below its anchor when it fits, else above, else beside it (right, then left) when it
 * fits there, aligned with the anchor's start or centred on it. When it fits nowhere without
 * covering the anchor it goes over it, still whole in the viewport (a panel taller than the
 * viewport is capped by its own CSS and scrolls inside itself), so its buttons are never off screen.
 */
export function placePanel(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  align: 'start' | 'center',
): { left: number; top: number; side: Side } {
  const wanted = align === 'start' ? anchor.left : anchor.left + anchor.width / 2 - size.width / 2;
  const left = clamp(wanted, GAP, viewport.width - size.width - GAP);
  const inView = (top: number) => clamp(top, GAP, viewport.height - size.height - GAP);
  const at = (l: number, t: number, side: Side) => ({ left: Math.round(l), top: Math.round(t), side });
  if (size.height <= viewport.height - anchor.bottom - 2 * GAP) return at(left, inView(anchor.bottom + GAP), 'below');
  if (size.height <= anchor.top - 2 * GAP) return at(left, inView(anchor.top - size.height - GAP), 'above');
  const right = anchor.left + anchor.width;
  const fitsHigh = size.height <= viewport.height - 2 * GAP;
  if (fitsHigh && size.width <= viewport.width - right - 2 * GAP) return at(right + GAP, inView(anchor.top), 'right');
  if (fitsHigh && size.width <= anchor.left - 2 * GAP) return at(anchor.left - size.width - GAP, inView(anchor.top), 'left');
  // Over the anchor: on its roomier side as far as the viewport allows.
  const roomBelow = viewport.height - anchor.bottom;
  return at(left, inView(roomBelow >= anchor.top ? anchor.bottom + GAP : anchor.top - size.height - GAP), 'over');
}
