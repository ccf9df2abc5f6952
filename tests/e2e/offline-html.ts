/**
 * The saved pages point at their sites' scripts, stylesheets, fonts, images and frames. Offline,
 * each of those requests waits for a network that never answers, and a page's load event waits
 * for all of them: the e2e tests then time out on the network, not on us. So the page server
 * rewrites every sub-resource address that leaves 127.0.0.1 to a path of its own
 * (`https://cdn.example/a.js` -> `/__offsite/cdn.example/a.js`), which it refuses at once (404).
 * The page's elements and text stay as they were; only addresses change.
 *
 * Addresses the page's own scripts build at run time are not in the HTML: the browsers refuse
 * those themselves (a request route in Chromium, a dead proxy in Firefox).
 */

/** The path offsite addresses are rewritten to; the page server answers 404 under it. */
export const OFFSITE_PREFIX = '/__offsite/';

/** An absolute http(s) or protocol-relative address, not to this machine. */
const OFFSITE = /^(\s*)(?:https?:)?\/\/(?!(?:127\.0\.0\.1|localhost)(?:[:/?#]|$))/i;

const rewriteUrl = (url: string): string => url.replace(OFFSITE, `$1${OFFSITE_PREFIX}`);

/** Every address of a `srcset` ("a.jpg 1x, https://cdn/b.jpg 2x"). */
const rewriteSrcset = (value: string): string => value.replace(/(^|,)(\s*)(\S+)/g, (_m, comma: string, space: string, url: string) => comma + rewriteUrl(space + url));

/** Elements whose attributes load something, and those attributes. */
const LOADING_ATTRIBUTES: Record<string, string[]> = {
  script: ['src'],
  link: ['href', 'imagesrcset'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  body: ['background'],
  table: ['background'],
  td: ['background'],
};

/**
 * `<link>`s that fetch nothing keep their address (a canonical or alternate address is what the
 * page says about itself, and the extension may read it).
 */
const LINK_FETCHES = /\b(?:stylesheet|preload|modulepreload|prefetch|prerender|preconnect|dns-prefetch|icon|apple-touch-icon|manifest|import)\b/i;

/** A start tag, its attributes allowed to hold `>` inside quotes. */
const START_TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /(\s)([a-zA-Z_:][-a-zA-Z0-9_:.]*)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)/g;

/** CSS anywhere in the page (style elements and attributes): `url(...)` and `@import "..."`. */
const CSS_URL = /(url\(\s*(?:&quot;|&#39;|["'])?)([^)"'&]*)/gi;
const CSS_IMPORT = /(@import\s+["'])([^"']*)/gi;

/** `html` with every sub-resource address off this machine rewritten under OFFSITE_PREFIX. */
export function offlineHtml(html: string): string {
  return html
    .replace(START_TAG, (tag: string, name: string, attributes: string) => {
      const loading = LOADING_ATTRIBUTES[name.toLowerCase()];
      if (!loading) return tag;
      if (name.toLowerCase() === 'link' && !LINK_FETCHES.test(/\srel\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/i.exec(attributes)?.[1] ?? '')) return tag;
      const rewritten = attributes.replace(ATTRIBUTE, (attr: string, space: string, key: string, eq: string, quoted: string) => {
        if (!loading.includes(key.toLowerCase())) return attr;
        const q = quoted[0] === '"' || quoted[0] === "'" ? quoted[0] : '';
        const value = q ? quoted.slice(1, -1) : quoted;
        const next = key.toLowerCase().endsWith('srcset') ? rewriteSrcset(value) : rewriteUrl(value);
        return `${space}${key}${eq}${q}${next}${q}`;
      });
      return `<${name}${rewritten}>`;
    })
    .replace(CSS_URL, (_m, head: string, url: string) => head + rewriteUrl(url))
    .replace(CSS_IMPORT, (_m, head: string, url: string) => head + rewriteUrl(url));
}
