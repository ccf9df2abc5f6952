/** Wait until the browser is idle (or `timeout` ms at most), so analysis stays off the critical path. */
export function whenIdle(timeout = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 50);
  });
}

/** Give the main thread back to the page (input, rendering) before continuing. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A budget per slice of work: about half a frame, so a slice never makes a long task on its own. */
export const SLICE_MS = 8;

/**
 * Run `steps` (a generator) in slices of at most SLICE_MS, yielding to the page between slices.
 * `cancelled` is checked after every yield. Returns the results, or null when cancelled, the longest
 * slice and the time spent working (without the waits).
 */
export async function runInSlices<T>(steps: Iterator<T>, cancelled: () => boolean): Promise<{ results: T[]; longest: number; busy: number } | null> {
  const results: T[] = [];
  let longest = 0;
  let busy = 0;
  for (;;) {
    const t0 = performance.now();
    let done = false;
    while (performance.now() - t0 < SLICE_MS) {
      const next = steps.next();
      if (next.done) {
        done = true;
        break;
      }
      results.push(next.value);
    }
    const slice = performance.now() - t0;
    longest = Math.max(longest, slice);
    busy += slice;
    if (done) return { results, longest, busy };
    await yieldToPage();
    if (cancelled()) return null;
  }
}
