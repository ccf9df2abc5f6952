/**
 * Answers of a pure function of one word, kept: the name finder asks the same questions about the
 * same words many times over (every token, then every run, then every role phrase), and some
 * answers cost a scan of hundreds of endings (German role compounds).
 *
 * The store is bounded, so a long-lived analysis page does not grow it without end: it keeps two
 * generations of at most `limit` words each. When the young one is full it becomes the old one and
 * the words asked for again are carried over as they are met. Emptying a single store when full
 * (as before) dropped every answer at once: an article with more distinct words than the limit
 * (100k words) lost the answers of its commonest words too, and computed them again after each
 * flush, so the cost grew faster than the article.
 */
export function memoWord<T>(f: (word: string) => T, limit = 20_000): (word: string) => T {
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  return (word) => {
    let a = young.get(word);
    if (a !== undefined || young.has(word)) return a as T;
    a = old.get(word);
    if (a === undefined && !old.has(word)) a = f(word);
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(word, a as T);
    return a as T;
  };
}

/** `memoWord` for a function of a word and a table: one store per table (tables are built once and never changed). */
export function memoWordPer<K extends object, T>(f: (word: string, table: K) => T, limit = 20_000): (word: string, table: K) => T {
  const perTable = new WeakMap<K, (word: string) => T>();
  // Calls come in long runs on one table (one article, one lexicon): the last one is kept at hand.
  let lastTable: K | null = null;
  let last: ((word: string) => T) | null = null;
  return (word, table) => {
    if (table !== lastTable) {
      let g = perTable.get(table);
      if (!g) perTable.set(table, (g = memoWord((w) => f(w, table), limit)));
      lastTable = table;
      last = g;
    }
    return last!(word);
  };
}
