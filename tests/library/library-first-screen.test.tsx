import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Library } from '../../components/library/Library';
import { ListSource } from '../../components/library/list-source';
import type { NotesDb } from '../../lib/storage/db';
import { wordsOf } from '../../lib/storage/words';
import { freshDb } from '../storage/fresh-db';

/**
 * The library's first screen waits for no total: the rows are on screen before the count (or a
 * search's full list of matches) is even asked for, the count line says it is counting meanwhile
 * (data-counting, aria-busy, rows of unknown set size), and data-count is the final total.
 */
/** Enough notes that neither the list nor the search's matches fit in one page of ids. */
const N = 400;
const text = (i: number) => `${i % 4 ? 'budget' : 'vaccine'} passage ${i}`;
const base = Date.UTC(2024, 0, 1);
let db: NotesDb;

beforeAll(async () => {
  db = freshDb('library-first-screen');
  await db.pages.put({ url: 'https://news.example/a', title: 'Story A', site: 'News', byline: null, publishedTime: null, firstVisit: 1, lastVisit: 1 });
  await db.tags.put({ key: 'health', name: 'Health', colour: '#5b8ff9', count: 1, createdAt: 1 });
  await db.annotations.bulkPut(
    Array.from({ length: N }, (_, i) => {
      const at = base + i * 60_000;
      return {
        id: `${at.toString(36).padStart(9, '0')}-${i}`, pageUrl: 'https://news.example/a',
        selectors: { quote: { type: 'TextQuoteSelector' as const, exact: text(i), prefix: '', suffix: '' } },
        text: text(i), note: '', tags: [], colour: null, kind: 'note' as const, verdict: null, evidence: [], speaker: null,
        createdAt: at, updatedAt: at, deletedAt: null, words: wordsOf(text(i)),
      };
    }),
  );
});

afterEach(() => vi.restoreAllMocks());

const waitFor = async <T,>(get: () => T | null | undefined | false, what: string): Promise<T> => {
  for (let i = 0; i < 400; i++) {
    const v = get();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
};

const passages = (el: Element) => [...el.querySelectorAll('[role=listitem] .passage')].map((p) => /“(.*)”/.exec(p.textContent ?? '')?.[1]);
const countLine = (el: Element) => el.querySelector('.count')!;

function mount() {
  const el = document.createElement('div');
  document.body.append(el);
  const timings: Array<[string, number]> = [];
  // What the page showed when the total was first asked for.
  const atComplete: Array<{ passages: Array<string | undefined>; page: string | null | undefined; tags: Array<string | null>; counting: string | null; busy: string | null; setSize: string | null }> = [];
  const complete = ListSource.prototype.complete;
  vi.spyOn(ListSource.prototype, 'complete').mockImplementation(function (this: ListSource) {
    atComplete.push({
      passages: passages(el),
      page: el.querySelector('[role=listitem] .meta a')?.textContent,
      tags: [...el.querySelectorAll('#f-tag option')].map((o) => o.textContent),
      counting: countLine(el).getAttribute('data-counting'),
      busy: countLine(el).getAttribute('aria-busy'),
      setSize: el.querySelector('[role=listitem]')?.getAttribute('aria-setsize') ?? null,
    });
    return complete.call(this);
  });
  render(<Library db={db} onTiming={(what, _ms, count) => timings.push([what, count])} />, el);
  return { el, timings, atComplete, unmount: () => render(null, el) };
}

describe('the library first screen', () => {
  it('shows the newest rows before asking for the count, then the total', async () => {
    const { el, timings, atComplete, unmount } = mount();
    await waitFor(() => countLine(el).getAttribute('data-count') === String(N), 'the total');
    // Asked once, and only once the rows were on screen, newest first, marked as still counting.
    expect(atComplete).toHaveLength(1);
    expect(atComplete[0].passages.slice(0, 3)).toEqual([text(N - 1), text(N - 2), text(N - 3)]);
    // The first rows carry their page's title, read with them (the menus' page list comes later).
    // The menus are filled after the first rows, before the count (which would hold them up).
    expect(atComplete[0]).toMatchObject({ page: 'Story A', tags: ['Any', 'Health'], counting: 'true', busy: 'true', setSize: '-1' });
    // The first render reported the ids read so far, not a total.
    expect(timings[0][0]).toBe('first-render');
    expect(timings[0][1]).toBeLessThan(N);
    // Counted: the line, the attributes and the rows' set size say so.
    expect(countLine(el).textContent).toContain(`${N} notes`);
    expect(countLine(el).hasAttribute('data-counting')).toBe(false);
    expect(countLine(el).getAttribute('aria-busy')).toBe('false');
    await waitFor(() => el.querySelector('[role=listitem]')?.getAttribute('aria-setsize') === String(N), 'the set size');
    unmount();
  });

  it('shows a search’s first matches before its count, then the count of every match', async () => {
    const { el, timings, atComplete, unmount } = mount();
    await waitFor(() => countLine(el).getAttribute('data-count') === String(N), 'the total');
    const box = el.querySelector<HTMLInputElement>('#q')!;
    box.value = 'vaccine';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => countLine(el).getAttribute('data-count') === String(N / 4), 'the search count');
    expect(atComplete).toHaveLength(2);
    expect(atComplete[1].passages.slice(0, 2)).toEqual([text(N - 4), text(N - 8)]);
    expect(atComplete[1].counting).toBe('true');
    const search = timings.find(([what]) => what === 'search');
    expect(search?.[1]).toBeLessThan(N / 4);
    expect(countLine(el).textContent).toContain(`${N / 4} notes match`);
    unmount();
  });
});
