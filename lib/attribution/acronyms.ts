import type { ArticleText } from '../article/types';

/** An acronym in parentheses: "(DGSA)", "(FDA)". */
const ACRONYM = /\((\p{Lu}[\p{Lu}\p{N}&.-]{2,9})\)/gu;
/** How many words before the parenthesis a full name may take. */
const NAME_WORDS = 8;

/**
 * The name an acronym in parentheses stands for: of the words before it (up to a punctuation mark),
 * the longest run that starts with a capitalised word with the acronym's first letter and has
 * two words or more ("la Dirección Nacional de Servicios Agrícolas (DGSA)",
 * "la Commission des infractions fiscales (CIF)"). Null for "SANTIAGO (AFP)", "Joe Biden (USA)".
 */
function nameBefore(text: string, acronym: string): string | null {
  const words = text.split(/[,;:.!?()\[\]"“”«»]/u).pop()!.trim().split(/\s+/).filter(Boolean).slice(-NAME_WORDS);
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i][0] === acronym[0] && /^\p{Lu}\p{Ll}/u.test(words[i])) return words.slice(i).join(' ');
  }
  return null;
}

/**
 * The acronyms an article defines, with the full names they stand for: a speaker given by its
 * acronym is named as the article names it in full (the fullest name, as the guidelines ask). An
 * acronym defined twice with different names is left out.
 */
export function definedAcronyms(article: ArticleText): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  for (const b of article.blocks) {
    ACRONYM.lastIndex = 0;
    for (let m = ACRONYM.exec(b.text); m; m = ACRONYM.exec(b.text)) {
      const acronym = m[1];
      const name = nameBefore(b.text.slice(Math.max(0, m.index - 200), m.index), acronym);
      if (!name) continue;
      const had = out.get(acronym);
      if (had !== undefined && had !== name) clash.add(acronym);
      out.set(acronym, name);
    }
  }
  for (const a of clash) out.delete(a);
  return out;
}
