import { describe, expect, it } from 'vitest';
import { highlightsEnabled, parseSitePrefs, siteOf, withHighlights } from '../../lib/settings/site-prefs';

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
