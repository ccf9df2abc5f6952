import type { QuoteLexicon } from './types';

/**
 * Chinese, simplified and traditional (both spellings listed). Words are not separated by spaces,
 * so entries are matched as substrings of the text (see WordMatcher); single characters are left
 * out because they occur inside unrelated words (说 in 小说 "novel").
 */
export const zh: QuoteLexicon = {
  cues: ['表示', '指出', '强调', '強調', '认为', '認為', '坦言', '透露', '说道', '說道', '回应', '回應', '声明', '聲明'],
  naming: ['所谓', '所謂', '俗称', '俗稱', '号称', '號稱', '被称为', '被稱為', '称为', '稱為', '名为', '名為', '简称', '簡稱'],
  works: ['电影', '電影', '小说', '小說', '节目', '節目', '歌曲', '专辑', '專輯', '纪录片', '紀錄片', '报告', '報告', '计划', '計劃'],
  determiners: [],
  titleSmallWords: [],
  interviewLabels: { question: [], answer: [] },
};
