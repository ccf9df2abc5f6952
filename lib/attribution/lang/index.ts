import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { uk } from './uk';
import { zh } from './zh';
import type { CueTable } from './types';

export type { CueTable } from './types';

export const CUE_TABLES: Record<string, CueTable> = { en, fr, de, es, pt, it, nl, ru, uk, cs, pl, zh };

/**
 * The cue tables to use for an article: its own language plus English (English quotes and
 * cue phrases turn up in articles of every language); every table when the language is unknown.
 */
export function cueTablesFor(lang: string | null): CueTable[] {
  const own = lang ? CUE_TABLES[lang] : undefined;
  if (!own) return Object.values(CUE_TABLES);
  return own === en ? [en] : [own, en];
}
