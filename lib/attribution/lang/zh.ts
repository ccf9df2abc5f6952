import type { CueTable } from './types';

/**
 * Chinese: no spaces between words, so these cues are matched at the marks by `../zh.ts`
 * ("NAME表示：“…”", "”NAME说，“"), not by the word matcher. Longest forms first.
 */
export const zh: CueTable = {
  lang: 'zh',
  verbs: [
    '补充说', '进一步指出', '告诉记者', '接着说', '强调说', '表示', '指出', '认为', '强调', '提出', '介绍', '解释', '称', '说道', '说', '坦言',
    '透露', '回忆', '写道', '谈到', '问道', '回答', '声称', '宣称', '建议', '呼吁', '感叹', '直言', '笑称', '坦承', '补充',
  ],
  sourceFirst: ['据', '根据'],
  pronounPhrases: {},
  /** Adverbs between a subject and its verb ("他还说", "汉森进一步指出"). */
  fillers: ['也', '还', '又', '则', '就', '再次', '曾', '都', '同时', '随后', '接着', '最后', '继续', '更', '首先', '此前', '对此'],
  personPronouns: ['他', '她', '他们', '她们', '我'],
  orgPronouns: [],
  timeWords: [],
};
