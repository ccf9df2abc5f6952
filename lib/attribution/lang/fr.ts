import type { CueTable } from './types';

export const fr: CueTable = {
  lang: 'fr',
  verbs: [
    'révèle', 'révélé', 'révélait', 'dit', 'dis', 'disait', 'dira', 'déclare', 'déclaré', 'déclarait', 'ajoute', 'ajouté', 'ajoutait', 'explique', 'expliqué',
    'expliquait', 'affirme', 'affirmé', 'affirmait', 'précise', 'précisé', 'estime', 'estimé', 'souligne', 'souligné',
    'assure', 'assuré', 'raconte', 'raconté', 'confie', 'confié', 'indique', 'indiqué', 'poursuit', 'poursuivi',
    'martèle', 'martelé', 'lance', 'lancé', 'insiste', 'insisté', 'rappelle', 'rappelé', 'reconnaît', 'reconnu',
    'écrit', 'écrivait', 'note', 'noté', 'observe', 'observé', 'répond', 'répondu', 'commente', 'commenté',
    'annonce', 'annoncé', 'admet', 'admis', 'avertit', 'averti', 'prévient', 'prévenu', 'regrette', 'regretté',
    'conclut', 'conclu', 'témoigne', 'témoigné', 'relève', 'relevé', 'déplore', 'déploré', 'juge', 'jugé', 'soutient', 'soutenu',
    'résume', 'résumé', 'lâche', 'lâché', 's’exclame', "s'exclame", 'exclamé', 'glisse', 'glissé', 'tweeté', 'signale', 'signalé',
  ],
  sourceFirst: ['selon', "d'après", 'd’après', 'pour reprendre les mots de', 'aux dires de'],
  pronounPhrases: {},
  listenerMarks: ['à', 'au', 'aux'],
  nounArticles: ['un', 'une', 'des', 'du'],
  sentenceArticles: ['le', 'la', 'les', 'l'],
  fillers: ['a', 'avait', 'aurait', 'est', 'encore', 'aussi', 'également', 'ensuite', 'alors', 'déjà', 'a-t-il', 'a-t-elle', 't-il', 't-elle'],
  personPronouns: ['il', 'elle', 'ils', 'elles', 'je', 'nous', 'lui'],
  orgPronouns: [],
  timeWords: ['hier', 'aujourd’hui', "aujourd'hui", 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'matin', 'soir', 'encore', 'aussi', 'également', 'ensuite', 'alors', 'déjà', 'plus', 'tard', 'à', 'au', 'la', 'presse'],
  documentNouns: ['rapport', 'étude', 'lettre', 'communiqué', 'courrier', 'enquête', 'note', 'document', 'arrêt', 'jugement', 'avis'],
  authorMarkers: ['de', 'du', 'des', 'par'],
  genericRoles: ['médecin', 'expert', 'experte', 'spécialiste', 'chercheur', 'chercheuse', 'scientifique', 'professeur', 'responsable'],
  openingSources: ['pour'],
  connectors: ['cependant', 'pourtant', 'toutefois', 'néanmoins', 'en outre', 'par ailleurs', 'aussi', 'ensuite', 'puis', 'alors', 'mais', 'et', 'or', 'donc', "d'ailleurs", 'd’ailleurs', 'enfin', "aujourd'hui", 'aujourd’hui', 'hier', 'désormais', 'également', 'de son côté', 'de leur côté', 'en effet', 'par contre', 'en revanche', 'de plus', 'à ce propos', 'à cet égard', 'dans ce sens', 'par conséquent', 'en même temps', 'au contraire', 'ainsi', 'plus tard', 'de même'],
};
