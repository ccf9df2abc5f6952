import type { QuoteLexicon } from './types';

/**
 * Chinese, simplified and traditional (both spellings listed). Words are not separated by spaces,
 * so entries are matched as substrings of the text (see WordMatcher); single characters are left
 * out because they occur inside unrelated words (说 in 小说 "novel").
 */
export const zh: QuoteLexicon = {
  cues: ['表示', '指出', '强调', '強調', '认为', '認為', '坦言', '透露', '说道', '說道', '回应', '回應', '声明', '聲明'],
  naming: [
    '所谓', '所謂', '俗称', '俗稱', '号称', '號稱', '被称为', '被稱為', '称为', '稱為', '名为', '名為', '简称', '簡稱',
    // "for example": a span right after one is an example being mentioned (比如“…？”).
    '比如', '例如', '诸如', '諸如', '譬如',
  ],
  hedges: ['某种', '某種', '一种', '一種'],
  // “…”这样的问题 "a question like …", “…”之类的说法.
  examplesAfter: ['这样的', '這樣的', '这样一', '這樣一', '之类', '之類', '这类', '這類', '这种', '這種', '一类', '一類'],
  works: [
    '电影', '電影', '小说', '小說', '节目', '節目', '歌曲', '专辑', '專輯', '纪录片', '紀錄片', '报告', '報告', '计划', '計劃',
    // Category nouns right before the mark: the span names one of them (应用“…”, 项目“…”).
    '应用', '應用', '软件', '軟件', '产品', '產品', '品牌', '平台', '系统', '系統', '项目', '項目', '活动', '活動',
    '行动', '行動', '工程', '口号', '口號', '主题', '主題', '概念', '网站', '網站', '游戏', '遊戲', '栏目', '欄目',
    '倡议', '倡議', '战略', '戰略', '技术', '技術', '服务', '服務', '公司', '机构', '機構',
  ],
  determiners: [],
  titleSmallWords: [],
  interviewLabels: { question: [], answer: [] },
};
