import { z } from 'zod';

/**
 * Per-site preferences (highlights on or off; analyze every page even when it does not look like
 * an article), kept in the extension's key-value storage
 * (`browser.storage.local`, readable from content scripts) under one key. A site is a host name:
 * turning highlights off on one article of a site turns them off on its other articles too.
 */
export const SITE_PREFS_KEY = 'sitePrefs';

export const SitePrefSchema = z.strictObject({
  /** Stored only when off (on is the default). */
  highlights: z.boolean().optional(),
  /** "Always analyze this site": pages judged not an article are analyzed anyway. Stored only when on. */
  analyze: z.literal(true).optional(),
});
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

/** `prefs` with `site`'s entry changed by `patch`; defaults are not stored, nor an empty entry. */
function withSite(prefs: SitePrefs, site: string, patch: Partial<Record<'highlights' | 'analyze', boolean | undefined>>): SitePrefs {
  const entry: Record<string, unknown> = { ...prefs[site], ...patch };
  for (const k of Object.keys(entry)) if (entry[k] === undefined) delete entry[k];
  const next = { ...prefs };
  if (Object.keys(entry).length) next[site] = entry as SitePrefs[string];
  else delete next[site];
  return next;
}

/** New preferences with highlights set for `site`; the default (on) is not stored. */
export function withHighlights(prefs: SitePrefs, site: string, on: boolean): SitePrefs {
  return withSite(prefs, site, { highlights: on ? undefined : false });
}

/** Whether the reader asked to analyze every page of `site`, article-like or not. */
export function alwaysAnalyze(prefs: SitePrefs, site: string | null): boolean {
  return !!site && prefs[site]?.analyze === true;
}

/** New preferences with "always analyze" set for `site` (off is the default, not stored). */
export function withAlwaysAnalyze(prefs: SitePrefs, site: string, on: boolean): SitePrefs {
  return withSite(prefs, site, { analyze: on ? true : undefined });
}
