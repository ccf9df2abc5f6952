import type { QuoteLexicon } from './types';

export const fr: QuoteLexicon = {
  cues: [
    'dit', 'dire', 'disait', 'déclar*', 'affirm*', 'expliqu*', 'ajout*', 'selon', 'estim*', 'assur*', 'indiqu*',
    'soulign*', 'précis*', 'confi*', 'racont*', 'répond*', 'rappel*', 'insist*', 'reconn*', 'lanc*', 'écrit',
    'écrivait', 'avertit', 'averti', 'prévient', 'martel*', 'poursui*', 'conclu*', 'commenté', 'commente',
    'annonc*', 'regrett*', 'dénonc*', 'témoign*', 'confirm*', 'admet', 'admis', 'observ*', 'tweet*',
    "d'après", 'd’après', 'a-t-il', 'a-t-elle', 'selon lui', 'selon elle',
  ],
  naming: [
    'appelé', 'appelée', 'appelés', 'appelées', 'intitulé', 'intitulée', 'baptisé', 'baptisée', 'surnommé',
    'surnommée', 'dénommé', 'dénommée', 'nommé', 'nommée', 'soi-disant', 'prétendu', 'prétendue',
    'le mot', 'les mots', 'le terme', 'l’expression', "l'expression", 'le slogan', 'le hashtag', 'la formule',
    'qualifié de', 'qualifiée de', 'connu sous le nom de', 'connue sous le nom de', 'sous le nom de',
    // A gap of up to three words: "connu de ses fans comme", "surnommé par la presse".
    'connu … comme', 'connue … comme', 'surnommé …', 'surnommée …',
  ],
  hedges: ['sorte de', 'forme de', 'espèce de', 'genre de', 'type de'],
  works: [
    'livre', 'roman', 'film', 'chanson', 'album', 'émission', 'série', 'programme', 'article', 'tribune',
    'chronique', 'essai', 'poème', 'pièce', 'spectacle', 'documentaire', 'exposition', 'tableau', 'jeu',
    'application', 'magazine', 'journal', 'titre', 'slogan', 'hashtag', 'campagne', 'opération', 'projet',
    'rapport', 'étude', 'plan', 'podcast', 'festival',
  ],
  determiners: ['le', 'la', 'les', 'l’', "l'", 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'du', 'au', 'aux'],
  titleSmallWords: ['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'à', 'au', 'aux', 'en', 'sur', 'pour', 'par', 'un', 'une'],
  inciseInsideMarks: true,
  interviewLabels: { question: ['Q', 'Question'], answer: ['R', 'Réponse'] },
};
