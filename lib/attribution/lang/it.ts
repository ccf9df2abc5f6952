import type { CueTable } from './types';

export const it: CueTable = {
  lang: 'it',
  verbs: [
    'dice', 'ha detto', 'detto', 'disse', 'dichiara', 'dichiarato', 'dichiarò', 'afferma', 'affermato', 'affermò',
    'aggiunge', 'aggiunto', 'aggiunse', 'spiega', 'spiegato', 'spiegò', 'sottolinea', 'sottolineato', 'sottolineò',
    'racconta', 'raccontato', 'raccontò', 'scrive', 'scritto', 'scrisse', 'commenta', 'commentato', 'commentò',
    'assicura', 'assicurato', 'osserva', 'osservato', 'ricorda', 'ricordato', 'conclude', 'concluso', 'avverte',
    'avvertito', 'ammette', 'ammesso', 'risponde', 'risposto', 'precisa', 'precisato', 'insiste', 'insistito',
    'denuncia', 'denunciato', 'annuncia', 'annunciato', 'ribadisce', 'ribadito', 'conferma', 'confermato',
    'sostiene', 'sostenuto', 'rileva', 'rilevato', 'evidenzia', 'lamenta', 'lamentato', 'confessa', 'confessato', 'continua',
    'prosegue', 'chiarisce', 'chiarito', 'replica', 'replicato', 'incalza', 'spiegano', 'dicono', 'raccontano',
  ],
  sourceFirst: ['secondo', 'a detta di', 'stando a', 'come ha detto'],
  pronounPhrases: {},
  listenerMarks: ['a', 'al', 'alla', 'ai', 'agli', 'alle'],
  fillers: ['ha', 'aveva', 'anche', 'poi', 'ancora', 'già', 'inoltre'],
  personPronouns: ['lui', 'lei', 'egli', 'ella', 'loro', 'io', 'noi'],
  orgPronouns: [],
  timeWords: ['ieri', 'oggi', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'anche', 'poi', 'ancora'],
  documentNouns: ['rapporto', 'studio', 'lettera', 'comunicato', 'nota', 'documento', 'sentenza', 'indagine'],
  authorMarkers: ['di', 'del', 'della', 'dal', 'dalla'],
  genericRoles: ['medico', 'esperto', 'esperta', 'specialista', 'ricercatore', 'ricercatrice', 'scienziato', 'professore', 'professoressa'],
  openingSources: ['per'],
  connectors: ['tuttavia', 'inoltre', 'però', 'anche', 'poi', 'quindi', 'invece', 'intanto', 'oggi', 'ieri', 'ora', 'ma', 'e', 'infatti', 'comunque', 'dunque', 'pertanto', 'eppure', 'in effetti', 'a proposito', "d'altra parte", 'd’altra parte', 'in questo senso', 'allo stesso tempo', 'per questo', 'in seguito', 'infine', 'del resto', 'peraltro'],
  dropsSubject: true,
  notSingular: /(?:no)$/u,
};
