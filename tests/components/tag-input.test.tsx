import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { TagInput } from '../../components/notes/TagInput';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('TagInput suggestions', () => {
  it('asks for no suggestions and shows none before the reader types', async () => {
    const suggest = vi.fn(async () => [{ name: 'secret-source', colour: '#000000', count: 3 }]);
    const el = document.createElement('div');
    await act(async () => render(<TagInput tags={[]} onChange={() => {}} suggest={suggest} />, el));
    await flush();
    expect(suggest).not.toHaveBeenCalled();
    expect(el.querySelector('.offers')).toBeNull();
  });

  it('offers matching tags once something is typed', async () => {
    const suggest = vi.fn(async (typed: string) => (typed === 'se' ? [{ name: 'secret-source', colour: '#000000', count: 3 }] : []));
    const el = document.createElement('div');
    document.body.append(el);
    await act(async () => render(<TagInput tags={[]} onChange={() => {}} suggest={suggest} />, el));
    const input = el.querySelector('input')!;
    await act(async () => {
      input.value = 'se';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      await flush();
    });
    expect(suggest).toHaveBeenCalledWith('se');
    expect(el.querySelector('.offers')?.textContent).toContain('secret-source');
    el.remove();
  });
});
