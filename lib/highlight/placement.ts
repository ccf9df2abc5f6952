/** Space kept between a floating panel and its anchor or the viewport's edge. */
export const GAP = 8;

export interface Box {
  left: number;
  top: number;
  bottom: number;
  width: number;
}

/**
 * Where a floating panel (the card, the selection toolbar) goes: below its anchor when it fits,
 * else above, else on the roomier side; aligned with the anchor's start or centred on it; always
 * inside the viewport.
 */
export function placePanel(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  align: 'start' | 'center',
): { left: number; top: number } {
  const wanted = align === 'start' ? anchor.left : anchor.left + anchor.width / 2 - size.width / 2;
  const left = Math.max(GAP, Math.min(wanted, viewport.width - size.width - GAP));
  const roomBelow = viewport.height - anchor.bottom - GAP;
  const roomAbove = anchor.top - GAP;
  const below = anchor.bottom + GAP;
  const above = Math.max(GAP, anchor.top - size.height - GAP);
  let top: number;
  if (size.height <= roomBelow) top = below;
  else if (size.height <= roomAbove) top = above;
  else top = roomBelow >= roomAbove ? below : above;
  return { left: Math.round(left), top: Math.round(top) };
}
