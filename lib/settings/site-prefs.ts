import { z } from 'zod';

/**
 * Per-site preferences (for now: highlights on or off), kept in the extension's key-value storage
 * (`browser.storage.local`, readable from content scripts) under one key. A site is a host name:
 * turning highlights off on one article of a site turns them off on its other articles too.
 */
export const SITE_PREFS_KEY = 'sitePrefs';

export const SitePrefSchema = z.object({ highlights: z.boolean() });
export const SitePrefsSchema = z.record(z.string(), SitePrefSchema);
export type SitePrefs = z.infer<typeof SitePrefsSchema>;

/** The site key of a page address: its host name, for http(s) pages only. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase().replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Stored preferences, or none when the stored value is missing or malformed. */
export function parseSitePrefs(raw: unknown): SitePrefs {
  const r = SitePrefsSchema.safeParse(raw);
  return r.success ? r.data : {};
}

/** Highlights are on unless the reader turned them off for this site. */
export function highlightsEnabled(prefs: SitePrefs, site: string | null): boolean {
  return site ? (prefs[site]?.highlights ?? true) : true;
}

/** New preferences with highlights set for `site`; the default (on) is not stored. */
export function withHighlights(prefs: SitePrefs, site: string, on: boolean): SitePrefs {
  const next = { ...prefs };
  if (on) delete next[site];
  else next[site] = { highlights: false };
  return next;
}
