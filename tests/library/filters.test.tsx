import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Filters } from '../../components/library/Filters';
import { EMPTY_FILTER, dateRangeError, timeRange, type LibraryFilter } from '../../components/library/query';

describe('dateRangeError', () => {
  it.each([
    [null, null, false],
    ['2024-03-01', null, false],
    [null, '2024-03-01', false],
    ['2024-03-01', '2024-03-01', false],
    ['2024-03-01', '2024-03-02', false],
    ['2024-03-02', '2024-03-01', true],
    ['2025-01-01', '2024-12-31', true],
  ] as const)('from %s to %s: refused %s', (from, to, refused) => {
    expect(dateRangeError(from, to) !== null).toBe(refused);
  });

  it('an inverted pair gives no time range (never an IndexedDB range)', () => {
    expect(timeRange({ from: '2024-03-02', to: '2024-03-01' })).toBeNull();
  });
});

const choices = { tags: [], sites: new Map(), speakers: [], pages: new Map() };

async function mount() {
  const el = document.createElement('div');
  document.body.append(el);
  const sent: LibraryFilter[] = [];
  let filter = EMPTY_FILTER;
  const draw = () => render(<Filters filter={filter} sort="newest" choices={choices} onFilter={(f) => { filter = f; sent.push(f); void draw(); }} onSort={() => {}} />, el);
  await act(async () => draw());
  const change = async (id: string, value: string) => {
    await act(async () => {
      const input = el.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };
  return { el, sent, change };
}

describe('Filters: the date range', () => {
  it('keeps From after To in the form with an error that names both fields, and passes on no filter', async () => {
    const { el, sent, change } = await mount();
    await change('f-to', '2024-03-01');
    expect(sent.at(-1)).toMatchObject({ from: null, to: '2024-03-01' });
    const before = sent.length;
    await change('f-from', '2024-03-05');
    expect(sent.length).toBe(before);
    const error = el.querySelector('[role="alert"]');
    expect(error?.textContent).toContain('“From” (2024-03-05) is after “To” (2024-03-01)');
    expect(el.querySelector('#f-from')?.getAttribute('aria-invalid')).toBe('true');
    el.remove();
  });

  it.each([
    ['clearing From', 'f-from', '', { from: null, to: '2024-03-01' }],
    ['clearing To', 'f-to', '', { from: '2024-03-05', to: null }],
    ['moving To after From', 'f-to', '2024-03-09', { from: '2024-03-05', to: '2024-03-09' }],
  ])('%s clears the error and applies the valid range', async (_name, id, value, want) => {
    const { el, sent, change } = await mount();
    await change('f-to', '2024-03-01');
    await change('f-from', '2024-03-05');
    await change(id, value);
    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(el.querySelector('#f-from')?.getAttribute('aria-invalid')).toBeNull();
    expect(sent.at(-1)).toMatchObject(want);
    el.remove();
  });
});
