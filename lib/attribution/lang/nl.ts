import type { CueTable } from './types';

export const nl: CueTable = {
  lang: 'nl',
  verbs: [
    'zegt', 'zei', 'zeiden', 'gezegd', 'aldus', 'verklaart', 'verklaarde', 'vertelt', 'vertelde', 'schrijft', 'schreef',
    'benadrukt', 'benadrukte', 'voegt', 'voegde', 'waarschuwt', 'waarschuwde', 'stelt', 'stelde', 'reageert', 'reageerde',
    'legt', 'legde', 'meent', 'meende', 'vindt', 'vond', 'zegt', 'antwoordt', 'antwoordde', 'erkent', 'erkende',
    'spreekt', 'sprak', 'vraagt', 'vroeg', 'twitterde', 'laat', 'liet', 'beaamt', 'beaamde', 'concludeert', 'concludeerde',
  ],
  sourceFirst: ['volgens', 'naar verluidt'],
  pronounPhrases: {},
  fillers: ['ook', 'nog', 'al', 'dan', 'later', 'eerder', 'heeft', 'had'],
  personPronouns: ['hij', 'zij', 'ze', 'hem', 'haar', 'ik', 'wij', 'we'],
  orgPronouns: ['het'],
  timeWords: ['gisteren', 'vandaag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ook', 'nog', 'later'],
  documentNouns: ['rapport', 'onderzoek', 'brief', 'verklaring', 'studie', 'vonnis'],
  authorMarkers: ['van', 'door'],
  genericRoles: ['arts', 'dokter', 'expert', 'deskundige', 'onderzoeker', 'wetenschapper', 'hoogleraar'],
  openingSources: ['voor'],
  connectors: ['echter', 'ook', 'daarnaast', 'bovendien', 'maar', 'en', 'toch', 'verder'],
};
