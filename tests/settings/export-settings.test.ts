import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_SETTINGS, formFromSettings, parseExportSettings, settingsFromForm, type ExportSettingsForm } from '../../lib/settings/export-settings';

const form = (f: Partial<ExportSettingsForm>): ExportSettingsForm => ({ reviewerType: 'Organization', reviewerName: '', reviewerUrl: '', factCheckUrl: '', ...f });

describe('export settings from the options form', () => {
  it.each([
    ['nothing set', form({}), { reviewer: null, factCheckUrl: null }],
    ['a desk with its site and a page per claim', form({ reviewerName: ' Desk Check ', reviewerUrl: 'https://desk.example/', factCheckUrl: 'https://desk.example/checks/{id}' }), { reviewer: { type: 'Organization', name: 'Desk Check', url: 'https://desk.example/' }, factCheckUrl: 'https://desk.example/checks/{id}' }],
    ['a person without a site', form({ reviewerType: 'Person', reviewerName: 'Ana Lima' }), { reviewer: { type: 'Person', name: 'Ana Lima', url: null }, factCheckUrl: null }],
  ])('%s', (_name, f, settings) => expect(settingsFromForm(f)).toEqual({ ok: true, settings }));

  it.each([
    ['a site without a name', form({ reviewerUrl: 'https://desk.example/' }), 'reviewerName'],
    ['a javascript: site', form({ reviewerName: 'Desk', reviewerUrl: 'javascript:alert(1)' }), 'reviewerUrl'],
    ['a bare host as the fact-check page', form({ factCheckUrl: 'desk.example/checks' }), 'factCheckUrl'],
    ['a data: fact-check page', form({ factCheckUrl: 'data:text/html,{id}' }), 'factCheckUrl'],
    ['a 300-character name', form({ reviewerName: 'x'.repeat(300) }), 'reviewerName'],
  ])('%s is refused, naming the field', (_name, f, field) => {
    const r = settingsFromForm(f);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toEqual([field]);
  });

  it('the form shows what is stored', () => {
    const s = { reviewer: { type: 'Person' as const, name: 'Ana Lima', url: 'https://ana.example/' }, factCheckUrl: 'https://ana.example/{id}' };
    const r = settingsFromForm(formFromSettings(s));
    expect(r).toEqual({ ok: true, settings: s });
  });
});

describe('stored export settings', () => {
  it.each([
    ['missing', undefined],
    ['not an object', 'desk'],
    ['a reviewer with a javascript: url', { reviewer: { type: 'Organization', name: 'x', url: 'javascript:1' }, factCheckUrl: null }],
    ['an unknown reviewer type', { reviewer: { type: 'Robot', name: 'x', url: null }, factCheckUrl: null }],
  ])('%s gives the defaults', (_name, raw) => expect(parseExportSettings(raw)).toEqual(DEFAULT_EXPORT_SETTINGS));
});
