/**
 * Finds whether a text holds any entry of a word list, by looking words up in sets instead of
 * running one large case-insensitive alternation: no costly regex compilation on a page's first
 * analysis, and time linear in the text. Entries follow the lexicon convention: lower case, a
 * trailing `*` matches any ending (`declar*`), a space separates the words of a phrase.
 */
export class WordMatcher {
  private readonly exact = new Set<string>();
  private readonly stems = new Set<string>();
  private readonly phrases: string[][] = [];
  private minStem = Infinity;
  private maxStem = 0;

  constructor(entries: Iterable<string>) {
    for (const raw of entries) {
      const entry = raw.toLowerCase().trim();
      if (!entry) continue;
      if (entry.includes(' ')) {
        this.phrases.push(entry.split(/\s+/));
      } else if (entry.endsWith('*')) {
        const stem = entry.slice(0, -1);
        this.stems.add(stem);
        this.minStem = Math.min(this.minStem, stem.length);
        this.maxStem = Math.max(this.maxStem, stem.length);
      } else this.exact.add(entry);
    }
  }

  private matchesWord(word: string): boolean {
    if (this.exact.has(word)) return true;
    for (let n = this.minStem; n <= Math.min(this.maxStem, word.length); n++) if (this.stems.has(word.slice(0, n))) return true;
    return false;
  }

  /**
   * Whether `text` holds an entry as whole words (a phrase's last word may be a stem); with
   * `whole`, whether the text *is* one entry.
   */
  test(text: string, whole = false): boolean {
    const words = text.toLowerCase().match(WORD) ?? [];
    if (whole) {
      if (words.length === 1) return this.matchesWord(words[0]);
      return this.phrases.some((p) => p.length === words.length && p.every((want, k) => (want.endsWith('*') ? words[k].startsWith(want.slice(0, -1)) : words[k] === want)));
    }
    for (let i = 0; i < words.length; i++) {
      if (this.matchesWord(words[i])) return true;
      // "dit-il", "s'exclame": the parts of a joined word count as words too.
      if (/['’.-]/.test(words[i]) && words[i].split(/['’.-]/).some((part) => this.matchesWord(part))) return true;
      for (const p of this.phrases) {
        if (p.length > words.length - i) continue;
        let ok = true;
        for (let k = 0; k < p.length && ok; k++) {
          const want = p[k];
          ok = want.endsWith('*') ? words[i + k].startsWith(want.slice(0, -1)) : words[i + k] === want;
        }
        if (ok) return true;
      }
    }
    return false;
  }
}

/** Whether `text` ends with an entry as whole words (ignoring trailing white space, commas, colons). */
export function endsWithEntry(matcher: WordMatcher, text: string): boolean {
  const tail = text.slice(-60).replace(/[\s,:]+$/u, '');
  const lower = tail.toLowerCase();
  const words = lower.match(WORD) ?? [];
  // The entry must close the text: "the film (" does not end with "film".
  if (!words.length || !lower.endsWith(words[words.length - 1])) return false;
  for (let k = 1; k <= Math.min(4, words.length); k++) if (matcher.test(words.slice(-k).join(' '), true)) return true;
  return false;
}

/** A word: letters and digits, with inner apostrophes, hyphens and dots ("a.k.a", "so-called"). */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
