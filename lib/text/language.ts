/**
 * The language a text is written in, from its own words: pages declare no language, or a wrong one
 * (a Spanish story on a site whose template says `lang="en"`). Every language table of the analysis
 * depends on this, so a page read with the wrong tables loses its speech verbs, titles and roles.
 *
 * Scripts decide first (Han without kana is Chinese, kana is Japanese, Cyrillic is Russian); Latin
 * text is scored by the share of its words that are frequent function words of each language. The
 * lists hold only words that are frequent in one language and rare in the others.
 */
const words = (s: string) => new Set(s.trim().split(/\s+/));

const FUNCTION_WORDS: Record<string, Set<string>> = {
  en: words(`the and of to is that was with for he she it this are have has were which would their they
    from but not by been who will said an`),
  es: words(`el los las del y que por con para pero más fue es como una su sus se al lo le ya también
    según está están este esta`),
  pt: words(`o os do da dos das não em ao uma com para mais foi é pelo pela no na nos também seu sua
    são está este esta`),
  fr: words(`le les des du est une dans pour pas qui sur avec au aux ce cette il elle ont été sont mais
    plus leur nous vous`),
  de: words(`der die und das ist nicht mit den dem ein eine auch sich von zu für auf im des wird sind
    hat wie oder aber nach bei`),
  it: words(`il della che di gli non per con nel alla anche degli sono delle dei dal questo questa
    una più ha era`),
  pl: words(`i w nie się na że z do jest to jak ale po od przez dla tak jego jej być przy`),
  cs: words(`a se na je že v s ve do jako pro ale které který která by jsou byl jeho také podle`),
};

const SCRIPT_LANGUAGES = new Set(['zh', 'ja', 'ru']);
const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

/** How many of the text's first 20,000 characters match a pattern. */
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Share of the words of `text` that are function words of each language. */
export function languageScores(text: string): Record<string, number> {
  const tokens = (text.toLowerCase().match(LATIN_WORD) ?? []).slice(0, 4000);
  const scores: Record<string, number> = {};
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
    let n = 0;
    for (const t of tokens) if (list.has(t)) n++;
    scores[lang] = tokens.length ? n / tokens.length : 0;
  }
  return scores;
}

/** The language the text's words say, or null when they say too little. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 20000);
  const han = count(sample, HAN);
  const kana = count(sample, KANA);
  const cyrillic = count(sample, CYRILLIC);
  const latin = (sample.match(LATIN_WORD) ?? []).join('').length;
  if (kana >= 20 && kana + han > latin) return 'ja';
  if (han >= 50 && han > latin) return 'zh';
  if (cyrillic >= 50 && cyrillic > latin) return 'ru';
  const scores = languageScores(sample);
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // Enough words, and one language clearly ahead of the next.
  if ((sample.match(LATIN_WORD) ?? []).length < 30 || best[1] < 0.12 || best[1] < 1.5 * second[1]) return null;
  return best[0];
}

/**
 * The language to analyse a text in: the declared one (a primary subtag) unless the text's own
 * words clearly say another; the text's when nothing is declared.
 */
export function textLanguage(text: string, declared: string | null): string | null {
  const guess = guessLanguage(text);
  if (!guess) return declared;
  if (!declared) return guess;
  if (guess === declared) return declared;
  // A declared language whose function words the text hardly uses is a template's, not the text's.
  // A script says more than a template: Han or Cyrillic text is not English, whatever the page says
  // (but Japanese writes Han too).
  if (SCRIPT_LANGUAGES.has(guess)) return SCRIPT_LANGUAGES.has(declared) && guess !== 'ru' && declared !== 'ru' ? declared : guess;
  const scores = languageScores(text.slice(0, 20000));
  const own = scores[declared];
  // A declared language we have no word list for (Dutch, Catalan…) stays.
  if (own === undefined) return declared;
  return own < 0.4 * scores[guess] ? guess : declared;
}
