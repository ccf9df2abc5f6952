import { PeopleSourceSchema, peopleSource, type PeopleSource } from '../storage/people';

/**
 * The people of the pages analysed lately, kept for the note the reader may save on one of them
 * (the note records its page's people for "people across articles"). Kept in a key-value area
 * that outlives the background's worker (`browser.storage.session` in the extension), not only in
 * its memory: Chrome stops an idle MV3 worker after about 30 s, long before most readers annotate.
 */

/** The parts of `browser.storage.StorageArea` used here. */
export interface KeyValueArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const ORDER_KEY = 'people:order';
const pageKey = (url: string) => `people:${url}`;

export class KeptPeople {
  private order: string[] | null = null;
  /** Keeps run one after another: each rewrites the order. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly area: KeyValueArea,
    private readonly limit = 30,
  ) {}

  /** Pages kept, oldest first (read from the area once per worker). */
  private async loadOrder(): Promise<string[]> {
    if (this.order) return this.order;
    const raw = (await this.area.get([ORDER_KEY]))[ORDER_KEY];
    this.order = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
    return this.order;
  }

  /** Keep the people of `url`'s latest analysis (the oldest page beyond the limit is dropped). */
  keep(url: string, analysis: PeopleSource): Promise<void> {
    const run = this.queue.then(() => this.write(url, analysis));
    this.queue = run.catch(() => {});
    return run;
  }

  private async write(url: string, analysis: PeopleSource): Promise<void> {
    const order = (await this.loadOrder()).filter((u) => u !== url);
    order.push(url);
    const dropped = order.splice(0, Math.max(0, order.length - this.limit));
    this.order = order;
    await this.area.set({ [pageKey(url)]: peopleSource(analysis), [ORDER_KEY]: order });
    if (dropped.length) await this.area.remove(dropped.map(pageKey));
  }

  /** The people of `url`'s latest analysis, or null (never analysed, dropped, or unreadable). */
  async get(url: string): Promise<PeopleSource | null> {
    const raw = (await this.area.get([pageKey(url)]))[pageKey(url)];
    const r = PeopleSourceSchema.safeParse(raw);
    return r.success ? r.data : null;
  }
}

/** An area in memory (Firefox MV2's background page is never stopped; and tests). */
export function memoryArea(): KeyValueArea {
  const m = new Map<string, unknown>();
  return {
    get: async (keys) => Object.fromEntries(keys.filter((k) => m.has(k)).map((k) => [k, structuredClone(m.get(k))])),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) m.set(k, structuredClone(v));
    },
    remove: async (keys) => {
      for (const k of keys) m.delete(k);
    },
  };
}
