import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import type { PageState } from '../../lib/messages';

const notArticle: PageState = {
  status: 'not-article', url: 'https://shop.example/mugs', analysis: null, highlightsOn: true, mode: 'highlight-api',
  anchored: { quotes: [], specialists: [] }, timings: null, errors: [],
};

async function popup(props: Partial<PopupViewProps> = {}, alwaysAnalyze = false) {
  const el = document.createElement('div');
  document.body.append(el);
  const calls: unknown[] = [];
  await act(async () =>
    render(
      <PopupView
        model={{ kind: 'page', state: notArticle, site: 'shop.example', alwaysAnalyze }}
        onToggle={() => {}}
        onReveal={() => {}}
        onAnalyze={() => calls.push('analyze')}
        onAlwaysAnalyze={(on) => calls.push(['always', on])}
        notes={<p class="the-notes">notes here</p>}
        {...props}
      />,
      el,
    ),
  );
  return { el, calls };
}

const panels = (el: Element) => [...el.querySelectorAll('[role="tabpanel"]')].map((p) => `${p.id}:${(p as HTMLElement).hidden ? 'hidden' : 'shown'}`);

describe('PopupView', () => {
  it('shows one tab panel at a time; the arrow keys and clicks change it; the notes stay mounted', async () => {
    const { el } = await popup();
    expect([...el.querySelectorAll('[role="tab"]')].map((t) => t.textContent)).toEqual(['Findings', 'Notes', 'Export']);
    expect(panels(el)).toEqual(['panel-findings:shown', 'panel-notes:hidden', 'panel-export:hidden']);
    expect(el.querySelector('.the-notes')).not.toBeNull();
    await act(async () => void el.querySelector<HTMLElement>('#tab-findings')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })));
    expect(panels(el)).toEqual(['panel-findings:hidden', 'panel-notes:hidden', 'panel-export:shown']);
    await act(async () => el.querySelector<HTMLElement>('#tab-notes')!.click());
    expect(panels(el)).toEqual(['panel-findings:hidden', 'panel-notes:shown', 'panel-export:hidden']);
    expect(el.querySelector('#tab-notes')?.getAttribute('aria-selected')).toBe('true');
    el.remove();
  });

  it.each([
    [false, true],
    [true, false],
  ])('a page that is not an article offers “always analyze” (now %s; a click asks for %s)', async (now, asked) => {
    const { el, calls } = await popup({}, now);
    const box = el.querySelector<HTMLInputElement>('.always input[type="checkbox"]')!;
    expect(box.checked).toBe(now);
    expect(el.querySelector('.always')?.textContent).toContain('Always analyze pages on shop.example');
    await act(async () => box.click());
    expect(calls).toEqual([['always', asked]]);
    el.remove();
  });
});
