/**
 * The normalised address of a page: the key notes are stored under, so that the same
 * article reached from a newsletter, a social post or a search result finds its notes.
 */

/** Query parameters that only track where a reader came from; they never change the page. */
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'ysclid',
  'igshid', 'igsh', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok',
  'twclid', 'ttclid', 'li_fat_id', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv',
  's_cid', 'cmpid', 'ocid', 'icid', 'ncid', 'sr_share', 'smid', 'at_medium',
  'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'xtor', 'ito',
  'wt_mc', 'wt.mc_id', 'ref_src', 'ref_url', 'spm', 'rb_clickid',
]);
/** Parameter families: any name starting with one of these is tracking. */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'at_', 'ga_'];

/** Whether a query parameter name only tracks the visit. */
export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_EXACT.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443', 'ftp:': '21' };

/**
 * Same site: the same scheme and port (a page on http, or on another port, is another server and
 * must not claim an https page's notes), and the same host once a leading "www.", "m.", "amp." or
 * "mobile." is ignored (a site's mobile and AMP copies name the desktop page as canonical).
 */
function sameSite(a: URL, b: URL): boolean {
  const strip = (h: string) => h.replace(/^(www|m|amp|mobile)\./, '');
  const port = (u: URL) => u.port || DEFAULT_PORTS[u.protocol] || '';
  return /^https?:$/.test(b.protocol) && a.protocol === b.protocol && port(a) === port(b) && strip(a.hostname) === strip(b.hostname);
}

function clean(u: URL): string {
  // URL already lower-cases scheme and host and drops default ports for special schemes;
  // we repeat the port check for schemes it does not know.
  if (u.port && DEFAULT_PORTS[u.protocol] === u.port) u.port = '';
  u.hash = '';
  u.username = '';
  u.password = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTrackingParam(k));
  // A stable order so that ?a=1&b=2 and ?b=2&a=1 are one page; values keep their order per key.
  kept.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  u.search = kept.length ? new URLSearchParams(kept).toString() : '';
  let out = u.toString();
  // An empty query leaves no "?", but URL keeps a bare "?" when search was "?" only.
  if (out.endsWith('?')) out = out.slice(0, -1);
  return out;
}

/**
 * Normalise a page address. `canonical` is the page's `<link rel=canonical>` href (possibly
 * relative); it wins only when it points to the same site, because a page can claim any
 * canonical address and we must not file notes under another site's key (`sameSite`).
 * Returns null when `url` is not a parseable absolute address.
 */
export function normalizeUrl(url: string, canonical?: string | null): string | null {
  let page: URL;
  try {
    page = new URL(url.trim());
  } catch {
    return null;
  }
  if (canonical && canonical.trim()) {
    try {
      const c = new URL(canonical.trim(), page);
      if (sameSite(page, c)) return clean(c);
    } catch {
      // An unparseable canonical is ignored; the page's own address is used.
    }
  }
  return clean(page);
}
