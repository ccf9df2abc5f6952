import { describe, expect, it } from 'vitest';
import { alwaysAnalyze, highlightsEnabled, parseSitePrefs, siteOf, withAlwaysAnalyze, withHighlights } from '../../lib/settings/site-prefs';

describe('per-site highlight preference', () => {
  it.each([
    ['https://www.Example.org/news/1', 'example.org'],
    ['http://127.0.0.1:8080/a.html', '127.0.0.1'],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('%s → site %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('is on by default and remembers "off" per site', () => {
    let prefs = parseSitePrefs(undefined);
    expect(highlightsEnabled(prefs, 'a.org')).toBe(true);
    prefs = withHighlights(prefs, 'a.org', false);
    expect(highlightsEnabled(prefs, 'a.org')).toBe(false);
    expect(highlightsEnabled(prefs, 'b.org')).toBe(true);
    prefs = withHighlights(prefs, 'a.org', true);
    expect(prefs).toEqual({});
  });

  it('ignores malformed stored values', () => {
    expect(parseSitePrefs({ 'a.org': { highlights: 'no' } })).toEqual({});
    expect(parseSitePrefs('x')).toEqual({});
  });
});

describe('always analyze a site', () => {
  it('is off by default, remembered per site, and kept apart from the highlights switch', () => {
    let prefs = parseSitePrefs(undefined);
    expect(alwaysAnalyze(prefs, 'a.org')).toBe(false);
    prefs = withAlwaysAnalyze(prefs, 'a.org', true);
    expect(prefs).toEqual({ 'a.org': { analyze: true } });
    expect(alwaysAnalyze(prefs, 'a.org')).toBe(true);
    expect(alwaysAnalyze(prefs, 'b.org')).toBe(false);
    expect(alwaysAnalyze(prefs, null)).toBe(false);
    prefs = withHighlights(prefs, 'a.org', false);
    expect(prefs).toEqual({ 'a.org': { analyze: true, highlights: false } });
    prefs = withAlwaysAnalyze(prefs, 'a.org', false);
    expect(prefs).toEqual({ 'a.org': { highlights: false } });
    expect(highlightsEnabled(prefs, 'a.org')).toBe(false);
    prefs = withHighlights(prefs, 'a.org', true);
    expect(prefs).toEqual({});
  });

  it.each([
    [{ 'a.org': { analyze: true } }, { 'a.org': { analyze: true } }],
    [{ 'a.org': { analyze: 'yes' } }, {}],
    [{ 'a.org': { analyze: false } }, {}],
    [{ 'a.org': { analyze: true, script: 'x' } }, {}],
    [{ 'a.org': {} }, { 'a.org': {} }],
  ])('stored %j is read as %j (zod-checked)', (raw, want) => {
    expect(parseSitePrefs(raw)).toEqual(want);
  });
});
