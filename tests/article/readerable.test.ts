import { describe, expect, it } from 'vitest';
import { looksLikeArticle, weightedLength } from '../../lib/article/readerable';
import { fixture, parseDoc } from '../helpers';

const page = (head: string, body: string) => parseDoc(`<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`);
const paras = (texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('');

/** A story told in one- and two-sentence paragraphs, every one under 140 characters. */
const SHORT_STORY = [
  'Young drivers in the north-east are paying twice as much for insurance as they did three years ago.',
  'Figures seen by this programme show the average premium for a 19-year-old has passed £2,000.',
  '"I save all month and it still goes on the car," says Lena Moss, who drives to a care home.',
  'She works night shifts and there is no bus at four in the morning.',
  'Insurers say young drivers make more claims, and repairs have become more expensive.',
  'A black box that records how you drive can bring the price down, but not for everyone.',
  '"It felt like being watched," says another driver, Sam Okafor, who took his off after a month.',
  'The government says it is talking to the industry about the cost of cover.',
];

/** A Chinese story in paragraphs of two or three sentences: dense characters, few of them. */
const CHINESE_STORY = [
  '记者近日走访多个乡镇发现，越来越多的农户开始通过手机直播销售自家的农产品，收入明显增加。一些村子还成立了合作社，统一组织货源和发货。',
  '“以前一车橘子要等人上门收，现在直播一晚上就能卖完。”种植户李春梅说，今年她家的收入翻了一番。',
  '县里还建起了冷链仓库和快递站点，农产品从田间到城市餐桌的时间缩短到两天以内。物流成本下降以后，更多外地客商也愿意来这里采购。',
  '当地负责人表示，下一步将培训更多年轻人学习电商运营，让更多村民搭上数字经济的快车。',
  '在镇上的电商服务中心，十几名年轻人正对着手机屏幕介绍当地的茶叶、腊肉和竹编产品，不时回答网友的提问。',
  '“很多人是看了直播才第一次知道我们这个小山村。”服务中心负责人王海说，去年中心帮助村民卖出农产品三百多万元。',
  '不过，也有农户反映，直播带货对产品质量和包装提出了更高要求，一些老人仍然不太会使用手机。有的农户担心，一旦出现差评，辛苦积累的口碑就会受到影响。',
  '对此，县里组织志愿者上门教学，并统一设计了包装和标识，帮助小农户把好产品卖出好价钱。',
];

describe('looksLikeArticle', () => {
  it.each(['seed-000.html', 'seed-004.html', 'guardian-1.html', 'liberation-1.html'])('says yes for the news page %s', (name) => {
    expect(looksLikeArticle(parseDoc(fixture(name)))).toBe(true);
  });

  it.each([
    ['a story in short paragraphs with og:type article', page('<meta property="og:type" content="article">', paras(SHORT_STORY))],
    ['a story in short paragraphs with JSON-LD NewsArticle', page('<script type="application/ld+json">{"@context":"https://schema.org","@type":["NewsArticle","Thing"],"headline":"x"}</script>', paras(SHORT_STORY))],
    ['a story in short paragraphs inside one <article>', page('', `<header><a href="/">Home</a></header><article><h1>Premiums</h1>${paras(SHORT_STORY)}</article>`)],
    ['a story in short paragraphs with microdata', page('', `<div itemscope itemtype="https://schema.org/NewsArticle">${paras(SHORT_STORY)}</div>`)],
    ['a Chinese story in short paragraphs, with no metadata', page('', `<div class="main">${paras(CHINESE_STORY)}</div>`)],
  ])('says yes for %s', (_name, doc) => {
    expect(looksLikeArticle(doc)).toBe(true);
  });

  it.each([
    ['a story in short paragraphs that does not say it is an article', page('', paras(SHORT_STORY))],
    [
      'a search page',
      page(
        '<meta property="og:type" content="website">',
        `<form role="search"><input type="search" name="q" value="bus fares"><button>Search</button></form><ol>${Array.from(
          { length: 10 },
          (_, i) => `<li><h3><a href="/r${i}">Bus fares to rise in spring, council confirms (${i})</a></h3><p>Bus fares in the city will rise by ten pence from April, the council confirmed on Tuesday after a long consultation with passengers and operators…</p></li>`,
        ).join('')}</ol>`,
      ),
    ],
    [
      'a product list of cards',
      page(
        '<meta property="og:type" content="website"><script type="application/ld+json">{"@type":"ItemList","itemListElement":[]}</script>',
        `<h1>Rain jackets</h1><div class="grid">${Array.from(
          { length: 12 },
          (_, i) => `<article class="product"><h2>Trail jacket ${i}</h2><p>A light, packable rain jacket with taped seams, two zipped pockets and an adjustable hood. Made from recycled nylon.</p><span>€89</span></article>`,
        ).join('')}</div>`,
      ),
    ],
    [
      'a login form',
      page('', '<main><h1>Sign in</h1><form><label>Email <input type="email"></label><label>Password <input type="password"></label><button>Sign in</button></form><p>Forgot your password? We will send you a link to reset it.</p></main>'),
    ],
    [
      'a section front of story cards with their standfirsts',
      page(
        '<meta property="og:type" content="website">',
        Array.from(
          { length: 8 },
          (_, i) => `<article><h2><a href="/s${i}">Story ${i}</a></h2><p>Ministers met on Tuesday to discuss the budget, with cuts to transport and housing on the table and a vote expected before the summer recess.</p></article>`,
        ).join(''),
      ),
    ],
  ])('says no for %s', (_name, doc) => {
    expect(looksLikeArticle(doc)).toBe(false);
  });
});

describe('weightedLength', () => {
  it.each([
    ['plain Latin text', 'The bridge opens in May.', 24],
    ['Chinese characters and full stops count three each', '新桥五月开通。', 3 * 7],
    ['Japanese kana and kanji', 'ひらがな漢字', 18],
    ['Korean syllables', '다리가', 9],
  ])('%s', (_name, text, want) => {
    expect(weightedLength(text)).toBe(want);
  });
});
