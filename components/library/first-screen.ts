/**
 * What the library's first screen needs and shows before the total is known: the rows to read
 * before a list is shown, the count line while counting, and timing marks for measurements.
 */

/** Rows read before a new list is shown: a screenful (800 px of 96 px rows) and the list's overscan. */
export const FIRST_ROWS = 16;

/** The rows a new list reads before it is shown: those in view, or the first screenful. */
export function firstRows([start, end]: readonly [number, number]): [number, number] {
  return [start, Math.max(end, start + FIRST_ROWS)];
}

/** The count line: "Loading notes…" before any list, "Counting…" until the total, then the total. */
export function countLabel(list: { total: number | null; shown: number } | null, filtered: boolean): string {
  const match = filtered ? ' match' : '';
  if (!list) return 'Loading notes…';
  if (list.total === null) return `Counting… ${list.shown.toLocaleString()}+ notes${match}`;
  return `${list.total.toLocaleString()} ${list.total === 1 ? 'note' : 'notes'}${match}`;
}

/**
 * A performance mark named `sl:<what>` (query started, first ids, first rows, count known): the
 * library bench reads them to see what the first screen waited for.
 */
export function mark(what: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`sl:${what}`);
}
