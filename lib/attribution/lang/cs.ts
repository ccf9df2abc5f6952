import type { CueTable } from './types';

// Czech past tense: masculine "řekl", feminine "řekla", plural "řekli".
const forms = (stem: string) => [stem, `${stem}a`, `${stem}i`, `${stem}o`];

export const cs: CueTable = {
  lang: 'cs',
  verbs: [
    ...forms('řekl'), ...forms('uvedl'), ...forms('dodal'), ...forms('prohlásil'), ...forms('napsal'), ...forms('vysvětlil'),
    ...forms('upozornil'), ...forms('zdůraznil'), ...forms('poznamenal'), ...forms('sdělil'), ...forms('odpověděl'),
    ...forms('potvrdil'), ...forms('konstatoval'), ...forms('doplnil'), ...forms('míníl'), ...forms('varoval'), ...forms('svěřil'),
    'říká', 'tvrdí', 'míní', 'uvádí', 'dodává', 'vysvětluje', 'píše', 'upozorňuje', 'zdůrazňuje', 'říkají', 'myslí',
  ],
  sourceFirst: ['podle', 'slovy'],
  pronounPhrases: { 'podle jeho slov': 'on', 'podle jejích slov': 'ona' },
  fillers: ['také', 'též', 'už', 'již', 'pak', 'dále', 'ještě', 'se', 'to'],
  personPronouns: ['on', 'ona', 'oni', 'já', 'my', 'něj', 'ní', 'něho'],
  orgPronouns: [],
  timeWords: ['v', 've', 'včera', 'dnes', 'pondělí', 'úterý', 'středu', 'čtvrtek', 'pátek', 'sobotu', 'neděli', 'také', 'pro', 'serveru', 'deníku'],
  documentNouns: ['zpráva', 'zprávě', 'studie', 'dopis', 'dopise', 'prohlášení', 'rozsudek', 'průzkum'],
  authorMarkers: ['od'],
  genericRoles: ['lékař', 'lékařka', 'odborník', 'odbornice', 'expert', 'expertka', 'vědec', 'vědkyně', 'profesor', 'profesorka'],
  connectors: ['však', 'ale', 'také', 'rovněž', 'navíc', 'dále', 'proto', 'přesto', 'a', 'dnes', 'včera', 'nicméně', 'zároveň', 'pak'],
  dropsSubject: true,
  notSingular: /(?:li|ly|lo|ají|ějí|í)$/u,
};
