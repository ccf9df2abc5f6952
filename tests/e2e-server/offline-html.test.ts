import { describe, expect, it } from 'vitest';
import { offlineHtml } from '../e2e/offline-html';

/** The e2e page server's rewrite: nothing a saved page loads may leave 127.0.0.1. */
describe('offlineHtml rewrites what would be fetched from elsewhere', () => {
  it.each([
    ['a script', '<script src="https://cdn.example/app.js" async></script>', '<script src="/__offsite/cdn.example/app.js" async></script>'],
    ['a protocol-relative script', "<script src='//cdn.example/a.js'></script>", "<script src='/__offsite/cdn.example/a.js'></script>"],
    ['an unquoted image', '<img src=http://img.example/a.png alt="a > b">', '<img src=/__offsite/img.example/a.png alt="a > b">'],
    ['a stylesheet', '<link rel="stylesheet" href="https://css.example/s.css">', '<link rel="stylesheet" href="/__offsite/css.example/s.css">'],
    ['a preload', '<LINK HREF="https://f.example/x.woff2" REL=preload>', '<LINK HREF="/__offsite/f.example/x.woff2" REL=preload>'],
    ['a srcset', '<img srcset="https://i.example/a.jpg 1x, /b.jpg 2x,https://i.example/c.jpg 3x">', '<img srcset="/__offsite/i.example/a.jpg 1x, /b.jpg 2x,/__offsite/i.example/c.jpg 3x">'],
    ['a frame', '<iframe src="https://ads.example/frame" width=1></iframe>', '<iframe src="/__offsite/ads.example/frame" width=1></iframe>'],
    ['a video poster', '<video poster="https://v.example/p.jpg"></video>', '<video poster="/__offsite/v.example/p.jpg"></video>'],
    ['CSS in a style element', '<style>@import "https://c.example/x.css"; .a{background:url(https://c.example/bg.png)}</style>', '<style>@import "/__offsite/c.example/x.css"; .a{background:url(/__offsite/c.example/bg.png)}</style>'],
    ['CSS in a style attribute', '<div style="background-image: url(&quot;https://c.example/a.png&quot;)">', '<div style="background-image: url(&quot;/__offsite/c.example/a.png&quot;)">'],
  ])('%s', (_label, html, expected) => {
    expect(offlineHtml(html)).toBe(expected);
  });
});

describe('offlineHtml leaves alone what is local or fetches nothing', () => {
  it.each([
    ['a relative script', '<script src="/static/app.js"></script>'],
    ['a script on this machine', '<script src="http://127.0.0.1:4000/a.js"></script>'],
    ['a link to another page', '<a href="https://other.example/story">Other story</a>'],
    ['the canonical address', '<link rel="canonical" href="https://news.example/story">'],
    ['an inline image', '<img src="data:image/gif;base64,R0lGOD">'],
    ['a data attribute the page reads itself', '<img data-src="https://i.example/lazy.jpg">'],
    ['text that mentions an address', '<p>See https://example.org/report for the figures.</p>'],
  ])('%s', (_label, html) => {
    expect(offlineHtml(html)).toBe(html);
  });
});
