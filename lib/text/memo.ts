/**
 * Answers of a pure function of one word, kept: the name finder asks the same questions about the
 * same words many times over (every token, then every run, then every role phrase), and some
 * answers cost a scan of hundreds of endings (German role compounds). The store is emptied when it
 * reaches `limit` words, so a long-lived analysis page does not grow it without end.
 */
export function memoWord<T>(f: (word: string) => T, limit = 20_000): (word: string) => T {
  const answers = new Map<string, T>();
  return (word) => {
    let a = answers.get(word);
    if (a === undefined && !answers.has(word)) {
      if (answers.size >= limit) answers.clear();
      a = f(word);
      answers.set(word, a);
    }
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
