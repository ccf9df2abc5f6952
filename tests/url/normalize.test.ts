import { describe, expect, it } from 'vitest';
import { isTrackingParam, normalizeUrl } from '../../lib/url/normalize';

describe('normalizeUrl', () => {
  it.each([
    ['drops utm_* parameters', 'https://news.example/a?utm_source=x&utm_medium=y&id=3', 'https://news.example/a?id=3'],
    ['drops click ids', 'https://news.example/a?fbclid=abc&gclid=def&yclid=1&igshid=2', 'https://news.example/a'],
    ['drops mailchimp and GA ids', 'https://news.example/a?mc_cid=1&mc_eid=2&_ga=3&page=2', 'https://news.example/a?page=2'],
    ['drops the fragment', 'https://news.example/a#comments', 'https://news.example/a'],
    ['lower-cases scheme and host, keeps path case', 'HTTPS://News.Example/Politics/A', 'https://news.example/Politics/A'],
    ['drops the default https port', 'https://news.example:443/a', 'https://news.example/a'],
    ['drops the default http port', 'http://news.example:80/a', 'http://news.example/a'],
    ['keeps a non-default port', 'http://127.0.0.1:8080/a', 'http://127.0.0.1:8080/a'],
    ['sorts remaining parameters', 'https://news.example/a?b=2&a=1', 'https://news.example/a?a=1&b=2'],
    ['keeps repeated values in order', 'https://news.example/a?t=2&a=1&t=1', 'https://news.example/a?a=1&t=2&t=1'],
    ['drops a query made only of tracking', 'https://news.example/a?utm_campaign=z', 'https://news.example/a'],
    ['drops a bare question mark', 'https://news.example/a?', 'https://news.example/a'],
    ['drops credentials', 'https://user:pw@news.example/a', 'https://news.example/a'],
    ['trims blanks', '  https://news.example/a  ', 'https://news.example/a'],
  ])('%s', (_label, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it.each([
    ['same-host canonical wins', 'https://news.example/a?story=1&utm_source=t', 'https://news.example/2024/story-1', 'https://news.example/2024/story-1'],
    ['relative canonical resolves against the page', 'https://news.example/amp/story-1', '/story-1', 'https://news.example/story-1'],
    ['canonical on www. of the same site', 'https://m.news.example/s', 'https://www.news.example/s', 'https://www.news.example/s'],
    ['canonical is normalised too', 'https://news.example/x', 'https://news.example/s?utm_source=a#top', 'https://news.example/s'],
    ['foreign canonical is ignored', 'https://news.example/s?utm_source=a', 'https://evil.example/s', 'https://news.example/s'],
    ['non-http canonical is ignored', 'https://news.example/s', 'javascript:alert(1)', 'https://news.example/s'],
    ['canonical on another port is ignored', 'http://news.example:8080/s', 'https://news.example/s', 'http://news.example:8080/s'],
    ['canonical on another port, same scheme, is ignored', 'https://news.example:8443/s', 'https://news.example/s', 'https://news.example:8443/s'],
    ['http page cannot claim the https canonical', 'http://news.example/s', 'https://news.example/s', 'http://news.example/s'],
    ['https page cannot claim the http canonical', 'https://news.example/s', 'http://news.example/t', 'https://news.example/s'],
    ['explicit default port is the same port', 'https://news.example/s', 'https://news.example:443/t', 'https://news.example/t'],
    ['same non-default port is accepted', 'http://127.0.0.1:8080/s?utm_source=x', 'http://127.0.0.1:8080/t', 'http://127.0.0.1:8080/t'],
    ['empty canonical is ignored', 'https://news.example/s#x', '', 'https://news.example/s'],
  ])('%s', (_label, input, canonical, expected) => {
    expect(normalizeUrl(input, canonical)).toBe(expected);
  });

  it('returns null for something that is not an address', () => {
    expect(normalizeUrl('not a url')).toBeNull();
  });

  it.each([
    ['utm_content', true],
    ['UTM_Source', true],
    ['fbclid', true],
    ['id', false],
    ['page', false],
    ['q', false],
  ])('isTrackingParam(%s) = %s', (name, expected) => {
    expect(isTrackingParam(name)).toBe(expected);
  });
});
