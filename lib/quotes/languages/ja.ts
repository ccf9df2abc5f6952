import type { QuoteLexicon } from './types';

/**
 * Japanese. Words are not separated by spaces, so entries are matched as substrings of the text
 * (see WordMatcher); the reporting cue follows the quote (`「…」と述べた`).
 */
export const ja: QuoteLexicon = {
  cues: ['と述べ', 'と話し', 'と話す', 'と語っ', 'と語る', 'と指摘', 'と強調', 'と説明', 'と呼びかけ', 'と訴え', 'と明かし', 'とコメント', 'によると', 'と発表'],
  naming: ['いわゆる', '所謂', '通称', '愛称', 'という言葉', 'という名の', 'と名付けた'],
  hedges: ['一種の', 'ある種の'],
  // 「…」 is speech when a quoting particle follows it (と述べた, って言った); otherwise it names
  // or marks a term (アプリ「…」を発売, 「…」を重視).
  speechParticles: ['と', 'って', 'などと'],
  works: [
    '映画', '小説', '番組', 'ドラマ', 'アルバム', '著書', '作品', 'シリーズ', 'キャンペーン', 'プロジェクト', '報告書',
    // Category nouns right before the mark: the span names one of them (アプリ「…」, 技術基盤「…」).
    'アプリ', 'サービス', 'ソフト', 'システム', '技術', '基盤', '製品', '商品', 'ブランド', 'ツール', 'サイト', 'ゲーム',
    '機能', '制度', '事業', '施設', 'イベント', 'プラン', 'プラットフォーム', 'キャラクター', '企画', '書籍',
  ],
  determiners: [],
  titleSmallWords: [],
  interviewLabels: { question: [], answer: [] },
};
