import type { CueTable } from './types';

const participles = ['saying', 'adding', 'noting', 'explaining', 'writing', 'telling', 'warning', 'insisting', 'arguing', 'asking', 'recalling', 'stressing', 'calling'];

const stems = [
  ['say', 'says', 'said'], participles, ['tell', 'tells', 'told'], ['write', 'writes', 'wrote', 'written'],
  ['note', 'notes', 'noted'], ['add', 'adds', 'added'], ['explain', 'explains', 'explained'],
  ['assure', 'assures', 'assured'], ['recall', 'recalls', 'recalled'], ['continue', 'continues', 'continued'],
  ['comment', 'comments', 'commented'], ['state', 'states', 'stated'], ['declare', 'declares', 'declared'],
  ['insist', 'insists', 'insisted'], ['argue', 'argues', 'argued'], ['admit', 'admits', 'admitted'],
  ['warn', 'warns', 'warned'], ['reply', 'replies', 'replied'], ['answer', 'answers', 'answered'],
  ['claim', 'claims', 'claimed'], ['observe', 'observes', 'observed'], ['remark', 'remarks', 'remarked'],
  ['stress', 'stresses', 'stressed'], ['emphasize', 'emphasizes', 'emphasized'], ['emphasise', 'emphasises', 'emphasised'],
  ['acknowledge', 'acknowledges', 'acknowledged'], ['concede', 'concedes', 'conceded'], ['suggest', 'suggests', 'suggested'],
  ['urge', 'urges', 'urged'], ['announce', 'announces', 'announced'], ['confirm', 'confirms', 'confirmed'],
  ['conclude', 'concludes', 'concluded'], ['tweet', 'tweets', 'tweeted'], ['post', 'posts', 'posted'],
  ['recount', 'recounts', 'recounted'], ['describe', 'describes', 'described'], ['vow', 'vows', 'vowed'],
  ['predict', 'predicts', 'predicted'], ['ask', 'asks', 'asked'], ['agree', 'agrees', 'agreed'],
  ['complain', 'complains', 'complained'], ['report', 'reports', 'reported'], ['reveal', 'reveals', 'revealed'],
  ['maintain', 'maintains', 'maintained'], ['point out', 'points out', 'pointed out'], ['go on', 'goes on', 'went on'],
  ['testify', 'testifies', 'testified'], ['exclaim', 'exclaims', 'exclaimed'], ['whisper', 'whispers', 'whispered'],
  ['shout', 'shouts', 'shouted'], ['joke', 'jokes', 'joked'], ['cry', 'cries', 'cried'], ['sigh', 'sighs', 'sighed'],
  ['recommend', 'recommends', 'recommended'], ['advise', 'advises', 'advised'], ['caution', 'cautions', 'cautioned'],
  ['put it', 'puts it'], ['call', 'calls', 'called'],
  ['promise', 'promises', 'promised'], ['plead', 'pleads', 'pleaded'], ['counter', 'counters', 'countered'],
  ['respond', 'responds', 'responded'], ['retort', 'retorts', 'retorted'], ['muse', 'muses', 'mused'],
  ['quip', 'quips', 'quipped'], ['demand', 'demands', 'demanded'], ['boast', 'boasts', 'boasted'], ['concur', 'concurs', 'concurred'],
  ['mention', 'mentions', 'mentioned'], ['indicate', 'indicates', 'indicated'], ['specify', 'specifies', 'specified'],
  ['lament', 'laments', 'lamented'], ['sum up', 'sums up', 'summed up'], ['spell out', 'spells out', 'spelled out'], ['read', 'reads'], ['add in', 'adds in'], ['elaborate', 'elaborates', 'elaborated'],
];

/** Participles of the judging verbs below: "Romney fired back, attacking Trump for “…”". */
const judgingParticiples = ['dismissing', 'condemning', 'denouncing', 'decrying', 'praising', 'criticizing', 'criticising', 'accusing', 'mocking', 'attacking', 'blasting'];

export const en: CueTable = {
  lang: 'en',
  verbs: stems.flat(),
  participles: [...participles, ...judgingParticiples],
  judgingVerbs: [
    'dismiss', 'dismisses', 'dismissed', 'condemn', 'condemns', 'condemned', 'denounce', 'denounces', 'denounced', 'decry', 'decries', 'decried',
    'praise', 'praises', 'praised', 'brand', 'brands', 'branded', 'label', 'labels', 'labeled', 'labelled', 'criticize', 'criticizes', 'criticized',
    'criticise', 'criticises', 'criticised', 'accuse', 'accuses', 'accused', 'mock', 'mocks', 'mocked', 'attack', 'attacks', 'attacked', 'blast', 'blasts', 'blasted',
    ...judgingParticiples,
    // Promising quoted words: "Trump is promising lower taxes and “jobs, jobs, jobs”".
    'promising', 'pledging', 'vowing',
    'laud', 'lauds', 'lauded', 'hail', 'hails', 'hailed', 'applaud', 'applauds', 'applauded', 'commend', 'commends', 'commended',
  ],
  ownObjects: ['yes', 'no', 'nothing', 'so'],
  sourceFirst: ['posted by', 'written by', 'tweeted by', 'shared by', 'signed by', 'said by', 'according to', 'in the words of', 'the words of', 'as quoted by', 'quoting'],
  pronounPhrases: {},
  listenerMarks: ['to'],
  // Possessive determiners too: "his comments", "their statement" (not "her", also an object).
  nounArticles: ['the', 'an', 'his', 'its', 'their', 'our', 'my', 'your'],
  auxiliariesAfter: ['is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must'],
  fillers: ['has', 'had', 'have', 'was', 'is', 'also', 'then', 'later', 'once', 'previously', 'earlier', 'recently', 'further', 'simply', 'just', 'again', 'would', 'will', 'later', 'has also', 'had also', 'then', 'famously', 'reportedly', 'publicly', 'privately', 'first', 'once said'],
  personPronouns: ['he', 'she', 'they', 'i', 'we', 'him', 'her'],
  orgPronouns: ['it'],
  timeWords: ['today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'last', 'this', 'on', 'in', 'at', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'also', 'then', 'once'],
  notCues: ['was told', 'were told', 'been told', 'being told', 'is told', 'are told', 'be told', 'was asked', 'were asked', 'been asked', 'is asked', 'are asked', 'be asked', 'was called', 'were called', 'is called', 'are called', 'so-called'],
  documentNouns: ['report', 'study', 'letter', 'statement', 'survey', 'paper', 'review', 'document', 'memo', 'filing', 'lawsuit', 'complaint', 'ruling', 'judgment', 'analysis', 'audit', 'inquiry', 'post', 'email', 'note', 'tweet', 'message', 'sign', 'blog'],
  authorMarkers: ['by', 'from'],
  genericRoles: ['doctor', 'physician', 'expert', 'specialist', 'scientist', 'researcher', 'official', 'professor', 'academic', 'analyst', 'clinician'],
  openingSources: ['for'],
  connectors: ['however', 'moreover', 'furthermore', 'also', 'then', 'still', 'yet', 'but', 'and', 'so', 'meanwhile', 'instead', 'nevertheless', 'nonetheless', 'indeed', 'later', 'now', 'today', 'yesterday', 'additionally', 'in addition', 'at the same time', 'afterwards', 'earlier'],
};
