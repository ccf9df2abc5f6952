import type { QuoteLexicon } from './types';

export const en: QuoteLexicon = {
  cues: [
    'say', 'says', 'said', 'saying', 'tell*', 'told', 'add', 'adds', 'added', 'adding', 'note', 'notes', 'noted',
    'explain*', 'stated', 'claim*', 'insist*', 'admit*', 'argue*', 'recall*', 'warn*',
    'write', 'writes', 'wrote', 'written', 'ask', 'asks', 'asked', 'repl*', 'respond*', 'according to',
    'comment*', 'continued', 'describ*', 'assur*', 'vow*', 'declar*', 'announc*', 'conclud*', 'suggest*',
    'acknowledg*', 'conced*', 'emphasi*', 'stress*', 'tweet*', 'posted', 'quoted', 'confirm*', 'promis*',
    'complain*', 'predict*', 'recount*', 'remark*', 'reveal*', 'urged', 'urges', 'insists', 'believes', 'thinks',
    'called it', 'called for', 'put it', 'in a statement', 'spokes*', 'mutter*', 'shout*', 'whisper*',
  ],
  naming: [
    'called', 'so-called', 'so called', 'titled', 'entitled', 'named', 'dubbed', 'nicknamed', 'known as',
    'termed', 'labelled', 'labeled', 'branded', 'coined', 'the word', 'the term', 'the phrase',
    'phrases like', 'words like', 'terms like', 'such as', 'the name', 'the name of', 'by the name of', 'under the name',
    'referred to as', 'the expression', 'the concept of', 'the notion of', 'the slogan', 'the hashtag', 'the motto',
    'the label', 'the brand', 'the title', 'tagline', 'aka', 'a.k.a.',
    // A gap of up to three words: "known to fans as", "referred to locally as", "nicknamed by the press".
    'known … as', 'referred … to as', 'referred to … as', 'nicknamed …',
    // "what virologists call", "what the industry calls".
    'what … call', 'what … calls',
  ],
  // A hedge: the author's own loose wording ("a kind of "digital colonialism"").
  hedges: ['kind of', 'sort of', 'form of', 'type of'],
  works: [
    'book', 'novel', 'memoir', 'film', 'movie', 'song', 'album', 'series', 'sitcom', 'programme',
    'program', 'paper', 'article', 'column', 'essay', 'poem', 'play', 'musical', 'opera', 'podcast', 'documentary',
    'exhibition', 'painting', 'game', 'app', 'magazine', 'newspaper', 'headline', 'slogan', 'hashtag', 'campaign',
    'operation', 'project', 'study', 'episode', 'blog', 'newsletter', 'brand', 'initiative',
  ],
  determiners: ['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'some', 'any'],
  finiteVerbs: [
    'is', 'are', 'was', 'were', 'am', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
    'shall', 'should', 'can', 'could', 'may', 'might', 'must', "isn't", "wasn't", "won't", "can't", "don't", "doesn't",
  ],
  titleSmallWords: ['of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs', 'vs.', 'but', 'nor', 'into', 'is', 'it'],
  interviewLabels: { question: ['Q', 'Question'], answer: ['A', 'Answer'] },
};
