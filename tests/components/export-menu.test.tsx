import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../components/ExportMenu';
import { ExportSettingsForm } from '../../components/ExportSettingsForm';
import type { ExportSettings } from '../../lib/settings/export-settings';
import { CLAIM, NOTE_RU, QUOTE, SAMPLE } from '../export/sample';

const flush = () => new Promise((r) => setTimeout(r, 0));
const DESK: ExportSettings = { reviewer: { type: 'Organization', name: 'Desk Check', url: 'https://desk.example/' }, factCheckUrl: 'https://desk.example/{id}' };

let el: HTMLElement;
afterEach(() => {
  render(null, el);
  el.remove();
  vi.restoreAllMocks();
});

async function exportAs(format: string, settings: ExportSettings) {
  el = document.createElement('div');
  document.body.append(el);
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const data = { ...SAMPLE, annotations: [QUOTE, CLAIM, NOTE_RU, { ...CLAIM, id: 'c2', verdict: 'false' as const }] };
  await act(async () => render(<ExportMenu scope="all" load={async () => data} settings={async () => settings} />, el));
  const select = el.querySelector('select')!;
  await act(async () => {
    select.value = format;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await act(async () => {
    el.querySelector<HTMLButtonElement>('button.primary')!.click();
    for (let i = 0; i < 20; i++) await flush();
  });
  return { status: el.querySelector('[role="status"]')!.textContent, file: blobs.length ? await blobs[0].text() : '' };
}

describe('ExportMenu', () => {
  it('ClaimReview: counts the claims written (not the notes) and carries the options’ reviewer and page', async () => {
    const { status, file } = await exportAs('claim-review', DESK);
    expect(status).toMatch(/^Saved 2 claims as sourcelight-all-\d{4}-\d{2}-\d{2}\.claim-review\.jsonld\.$/);
    const graph = JSON.parse(file)['@graph'];
    expect(graph.map((r: { url: string }) => r.url)).toEqual(['https://desk.example/claim-1', 'https://desk.example/c2']);
    expect(graph[0].author.name).toBe('Desk Check');
  });

  it('ClaimReview without options: says what is left out', async () => {
    const { status } = await exportAs('claim-review', { reviewer: null, factCheckUrl: null });
    expect(status).toContain('no "url"');
    expect(status).toContain('no "author"');
  });

  it('Web Annotation: counts notes, under its own file name', async () => {
    const { status } = await exportAs('web-annotation', DESK);
    expect(status).toMatch(/^Saved 4 notes as sourcelight-all-\d{4}-\d{2}-\d{2}\.web-annotation\.jsonld\.$/);
  });
});

describe('ExportSettingsForm', () => {
  it('names the field in error and saves nothing until it is right', async () => {
    el = document.createElement('div');
    document.body.append(el);
    const save = vi.fn(async () => {});
    await act(async () => render(<ExportSettingsForm load={async () => ({ reviewer: null, factCheckUrl: null })} save={save} />, el));
    await act(async () => void (await flush()));
    const type = async (id: string, v: string) => {
      const input = el.querySelector<HTMLInputElement>(`#${id}`)!;
      await act(async () => {
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    };
    await type('opt-reviewerName', 'Desk Check');
    await type('opt-factCheckUrl', 'desk.example/{id}');
    await act(async () => void el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(save).not.toHaveBeenCalled();
    expect(el.querySelector('#opt-factCheckUrl')!.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#opt-factCheckUrl-error')?.textContent).toContain('http(s)');
    await type('opt-factCheckUrl', 'https://desk.example/{id}');
    await act(async () => void el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(save).toHaveBeenCalledWith({ reviewer: { type: 'Organization', name: 'Desk Check', url: null }, factCheckUrl: 'https://desk.example/{id}' });
  });
});
