/** Scripts written without spaces between words: their entries are matched as substrings. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** How many words a gap (`…`) in an entry may stand for. */
const MAX_GAP = 3;

/**
 * Finds whether a text holds any entry of a word list, by looking words up in sets instead of
 * running one large case-insensitive alternation: no costly regex compilation on a page's first
 * analysis, and time linear in the text. Entries follow the lexicon convention: lower case, a
 * trailing `*` matches any ending (`declar*`), a space separates the words of a phrase.
 * Two more forms, for `endsWithEntry` only: `known … as` — a phrase with a gap of up to three
 * words (`known to fans as`, `known locally as`); and entries in scripts written without spaces
 * (Japanese `いわゆる`), which are matched as substrings because such text has no word breaks.
 */
export class WordMatcher {
  private readonly exact = new Set<string>();
  private readonly stems = new Set<string>();
  private readonly phrases: string[][] = [];
  /** The phrases by their first word, when it is a whole word; those that open with a stem apart. */
  private readonly phrasesByFirst = new Map<string, string[][]>();
  private readonly phrasesOpeningWithStem: string[][] = [];
  /** Gap phrases as [words before the gap, words after it]. */
  private readonly gapped: [string[], string[]][] = [];
  private readonly unspaced: string[] = [];
  private minStem = Infinity;
  private maxStem = 0;

  constructor(entries: Iterable<string>) {
    for (const raw of entries) {
      const entry = raw.toLowerCase().trim();
      if (!entry) continue;
      if (UNSPACED.test(entry)) {
        this.unspaced.push(entry);
      } else if (entry.includes('…')) {
        const [head, tail] = entry.split('…').map((part) => part.trim().split(/\s+/).filter(Boolean));
        if (head.length) this.gapped.push([head, tail ?? []]);
      } else if (entry.includes(' ')) {
        this.phrases.push(entry.split(/\s+/));
      } else if (entry.endsWith('*')) {
        const stem = entry.slice(0, -1);
        this.stems.add(stem);
        this.minStem = Math.min(this.minStem, stem.length);
        this.maxStem = Math.max(this.maxStem, stem.length);
      } else this.exact.add(entry);
    }
    for (const p of this.phrases) {
      if (p[0].endsWith('*')) this.phrasesOpeningWithStem.push(p);
      else this.phrasesByFirst.set(p[0], [...(this.phrasesByFirst.get(p[0]) ?? []), p]);
    }
  }

  /** Whether phrase `p` stands in `words` from `i`. */
  private static phraseAt(p: string[], words: string[], i: number): boolean {
    if (p.length > words.length - i) return false;
    for (let k = 0; k < p.length; k++) {
      const want = p[k];
      if (!(want.endsWith('*') ? words[i + k].startsWith(want.slice(0, -1)) : words[i + k] === want)) return false;
    }
    return true;
  }

  /** Whether `words` end with a gap phrase: its head, up to three other words, then its tail. */
  endsWithGapPhrase(words: string[]): boolean {
    const n = words.length;
    const same = (want: string[], at: number) => at >= 0 && want.every((w, k) => (w.endsWith('*') ? words[at + k]?.startsWith(w.slice(0, -1)) : words[at + k] === w));
    for (const [head, tail] of this.gapped) {
      if (!same(tail, n - tail.length)) continue;
      for (let gap = 1; gap <= MAX_GAP; gap++) if (same(head, n - tail.length - gap - head.length)) return true;
    }
    return false;
  }

  /** Whether `text` ends with an entry of a script written without spaces. */
  endsWithUnspaced(text: string): boolean {
    return this.unspaced.some((e) => text.endsWith(e));
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
    const lower = text.toLowerCase();
    if (this.unspaced.length && (whole ? this.unspaced.includes(lower.trim()) : this.unspaced.some((e) => lower.includes(e)))) return true;
    const words = lower.match(WORD) ?? [];
    if (whole) {
      if (words.length === 1) return this.matchesWord(words[0]);
      return this.phrases.some((p) => p.length === words.length && p.every((want, k) => (want.endsWith('*') ? words[k].startsWith(want.slice(0, -1)) : words[k] === want)));
    }
    for (let i = 0; i < words.length; i++) {
      if (this.matchesWord(words[i])) return true;
      // "dit-il", "s'exclame": the parts of a joined word count as words too.
      if (/['’.-]/.test(words[i]) && words[i].split(/['’.-]/).some((part) => this.matchesWord(part))) return true;
      // Only the phrases that can start with this word are tried.
      for (const p of this.phrasesByFirst.get(words[i]) ?? NONE) if (WordMatcher.phraseAt(p, words, i)) return true;
      for (const p of this.phrasesOpeningWithStem) if (WordMatcher.phraseAt(p, words, i)) return true;
    }
    return false;
  }
}

/** Whether `text` ends with an entry as whole words (ignoring trailing white space, commas, colons). */
export function endsWithEntry(matcher: WordMatcher, text: string): boolean {
  const tail = text.slice(-60).replace(/[\s,:]+$/u, '');
  const lower = tail.toLowerCase();
  if (matcher.endsWithUnspaced(lower)) return true;
  const words = lower.match(WORD) ?? [];
  // The entry must close the text: "the film (" does not end with "film".
  if (!words.length || !lower.endsWith(words[words.length - 1])) return false;
  for (let k = 1; k <= Math.min(4, words.length); k++) if (matcher.test(words.slice(-k).join(' '), true)) return true;
  return matcher.endsWithGapPhrase(words);
}

const NONE: string[][] = [];

/** A word: letters and digits, with inner apostrophes, hyphens and dots ("a.k.a", "so-called"). */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
