/**
 * Exporters build their output as a synchronous sequence of parts (a header, one part per
 * record, a footer). Small exports just join them; large ones go through `paced`, which hands the
 * parts over in chunks and gives the event loop a turn between chunks, so exporting 10,000 notes
 * never holds the popup's thread for more than one chunk's worth of work.
 */

/** Let other tasks (input, painting) run. A macrotask: a resolved promise would not let the UI in. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface PaceOptions {
  /** Parts per chunk. */
  every?: number;
  /** Called between chunks; defaults to a macrotask turn. */
  yieldControl?: () => Promise<void>;
}

/** The parts joined in chunks of `every`, yielding control between chunks. */
export async function* paced(parts: Iterable<string>, { every = 200, yieldControl = yieldToEventLoop }: PaceOptions = {}): AsyncGenerator<string> {
  let buf: string[] = [];
  for (const p of parts) {
    buf.push(p);
    if (buf.length >= every) {
      yield buf.join('');
      buf = [];
      await yieldControl();
    }
  }
  if (buf.length) yield buf.join('');
}

/** Collect chunks (e.g. for `new Blob(chunks)`). */
export async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const c of chunks) out.push(c);
  return out;
}
