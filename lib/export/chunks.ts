/**
 * Exporters build their output as a synchronous sequence of parts (a header, one part per
 * record, a footer). Small exports just join them; large ones go through `paced`, which hands the
 * parts over in chunks and gives the event loop a turn between chunks, so exporting 10,000 notes
 * never holds the popup's thread for more than one chunk's worth of work.
 */

/** Let other tasks (input, painting) run. A macrotask: a resolved promise would not let the UI in. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface PaceOptions {
  /** Parts per chunk (at most). */
  every?: number;
  /** Called between chunks; defaults to a macrotask turn. */
  yieldControl?: () => Promise<void>;
  /**
   * A chunk also ends once this many milliseconds went into making it, so a slow machine (or long
   * parts) never holds the thread much longer than a frame, whatever `every` says.
   */
  sliceMs?: number;
}

/** Main-thread time spent on one slice of work before the page gets a turn (about a frame). */
export const SLICE_MS = 12;

export const clock = (): number => (typeof performance === 'undefined' ? Date.now() : performance.now());

/** The parts joined in chunks of `every` (or of `sliceMs` of work), yielding control between chunks. */
export async function* paced(parts: Iterable<string>, { every = 200, yieldControl = yieldToEventLoop, sliceMs = SLICE_MS }: PaceOptions = {}): AsyncGenerator<string> {
  let buf: string[] = [];
  let start = clock();
  for (const p of parts) {
    buf.push(p);
    if (buf.length >= every || clock() - start >= sliceMs) {
      // Empty parts are an exporter's pauses in long work before its output: a turn, no chunk.
      const chunk = buf.join('');
      if (chunk) yield chunk;
      buf = [];
      await yieldControl();
      start = clock();
    }
  }
  const rest = buf.join('');
  if (rest) yield rest;
}

/**
 * `items` sorted by `cmp` (stable) without holding the thread: returned as is when already in
 * order (a linear check), else sorted in runs and merged, with a turn whenever a slice of work
 * passes `sliceMs`. May return `items` itself or a new array.
 */
export async function sortInSlices<T>(items: T[], cmp: (a: T, b: T) => number, yieldControl: () => Promise<void> = yieldToEventLoop, sliceMs = SLICE_MS): Promise<T[]> {
  let inOrder = true;
  for (let i = 1; i < items.length && inOrder; i++) if (cmp(items[i - 1], items[i]) > 0) inOrder = false;
  if (inOrder) return items;
  let start = clock();
  const turn = async () => {
    if (clock() - start < sliceMs) return;
    await yieldControl();
    start = clock();
  };
  const RUN = 1000;
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += RUN) {
    runs.push(items.slice(i, i + RUN).sort(cmp));
    await turn();
  }
  while (runs.length > 1) {
    const next: T[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      if (r + 1 === runs.length) {
        next.push(runs[r]);
        continue;
      }
      const [a, b] = [runs[r], runs[r + 1]];
      const out: T[] = new Array(a.length + b.length);
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < a.length || j < b.length) {
        out[k++] = j >= b.length || (i < a.length && cmp(a[i], b[j]) <= 0) ? a[i++] : b[j++];
        if ((k & 1023) === 0) await turn();
      }
      next.push(out);
    }
    runs = next;
  }
  return runs[0];
}

/** Collect chunks (e.g. for `new Blob(chunks)`). */
export async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const c of chunks) out.push(c);
  return out;
}
