import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { zh } from './zh';
import type { QuoteLexicon } from './types';

export type { QuoteLexicon } from './types';

/** One lexicon per language (primary subtag). Ukrainian and Slovak share their neighbours' tables. */
export const LEXICONS: Record<string, QuoteLexicon> = { en, fr, pt, es, it, de, nl, ru, uk: ru, cs, sk: cs, pl, ja, zh };
