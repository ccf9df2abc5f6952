import type { QuoteLexicon } from './types';

/**
 * Japanese. Words are not separated by spaces, so entries are matched as substrings of the text
 * (see WordMatcher); the reporting cue follows the quote (`「…」と述べた`).
 */
export const ja: QuoteLexicon = {
  cues: ['と述べ', 'と話し', 'と話す', 'と語っ', 'と語る', 'と指摘', 'と強調', 'と説明', 'と呼びかけ', 'と訴え', 'と明かし', 'とコメント', 'によると', 'と発表'],
  naming: ['いわゆる', '所謂', '通称', '愛称', 'という言葉', 'という名の', 'と名付けた'],
  works: ['映画', '小説', '番組', 'ドラマ', 'アルバム', '著書', '作品', 'シリーズ', 'キャンペーン', 'プロジェクト', '報告書'],
  determiners: [],
  titleSmallWords: [],
  interviewLabels: { question: [], answer: [] },
};
