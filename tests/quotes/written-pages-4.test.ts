import { describe } from 'vitest';
import { itFindsTheQuotesOf, type WrittenPage } from './written';

/**
 * Fourth round of written pages (tests/fixtures/written-quotes-4), one per rule of the round that
 * followed the field test: Chinese quotes closed after 。 and reopened right after the speaker,
 * Chinese terms, names and example questions in “…”, Japanese names in 「…」 next to quotes tied
 * by と, a French hedge (`une sorte de « … »`) next to quoted wording of a bill, and an English
 * naming frame, hedge and block-quote signature. Each page's quotes were decided from the
 * guidelines (shared/eval/GUIDELINES.md) before the detector ran on it.
 * `required`: the quotes, in page order (an entry ending with "…" matches by its first words).
 * `either`: spans the guidelines leave optional. Anything else found is a false positive.
 */

const PAGES: WrittenPage[] = [
  {
    file: 'returnees-zh.html',
    lang: 'zh',
    required: [
      // `…奖学金。”王晓雨说，“现在…`: the mark after 。 closes; the one after ，opens the second half.
      '我本科毕业后就去德国读研了。那时候最关心的是签证和奖学金。',
      '现在我更关注国内的就业政策和人才引进计划。',
      '要让更多年轻人留在家乡创业，县城需要更好的公共服务和更低的创业成本。',
      '如果家乡有合适的机会，我愿意回去做点事情。',
      '我们将进一步完善留学人员回国服务体系，为他们提供更多支持。',
    ],
    // Not quotes: “新一线城市” (a term), 应用“留学生就业服务平台” (a name), the question before 这样的 (an example).
    either: [],
  },
  {
    file: 'launch-ja.html',
    lang: 'ja',
    required: [
      '若い世代に、銀行をもっと身近に感じてもらいたい。アプリはその入り口になる',
      // A sentence of its own, its speaker in the next sentence (こう話す).
      '紙の家計簿は三日で挫折した。自動で記録してくれるなら続けられそうだ',
    ],
    // A survey answer is a short collective fragment (optional). Not quotes: アプリ「…」（iOS/Android）,
    // サービス「…」, 「使いやすさ」と「安心感」を重視 (terms, no quoting particle).
    either: ['なかなか続かない'],
  },
  {
    file: 'trawl-fr.html',
    lang: 'fr',
    required: [
      // The bill's wording, after `de` and `pour`: quoted text of a document (selon le projet de loi).
      'santé publique et de sécurité sanitaire',
      'l’évaluation des politiques de soins',
      'Nous ne vendrons jamais ces données, et aucun assureur n’y aura accès',
      'Une fois les données réunies, la tentation de les utiliser pour autre chose sera très forte',
    ],
    // Not quotes: une sorte de « grand entrepôt national de santé » (the author's hedge), connu sous
    // le nom de « Plateforme des données de soins » (a name).
    either: [],
  },
  {
    file: 'sleep-en.html',
    lang: 'en',
    required: [
      'What we call a decision is really the end of a long accumulation,',
      'The surprising part is how early the brain settles on an answer. By the time people press a button, the choice has already been made somewhere below awareness.',
      'We are measuring timing, not freedom,',
      'Those are very different questions.',
    ],
    // Not quotes: bears the name of "sequential evidence sampling." (a term), the block quote's
    // signature line "Maria Okafor, Ph.D.", a kind of "free will problem," (a hedge).
    either: [],
  },
];

describe('pages written for the rules of the field test (round 4)', () => itFindsTheQuotesOf('written-quotes-4', PAGES));
