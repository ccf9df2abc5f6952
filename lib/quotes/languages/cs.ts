import type { QuoteLexicon } from './types';

/** Czech and Slovak. */
export const cs: QuoteLexicon = {
  cues: [
    'řekl*', 'uvedl*', 'dodal*', 'prohlásil*', 'uvádí', 'říká', 'říkají', 'podle', 'vysvětlil*', 'vysvětluje',
    'upozornil*', 'zdůraznil*', 'napsal*', 'píše', 'odpověděl*', 'sdělil*', 'poznamenal*', 'konstatoval*',
    'míní', 'tvrdí', 'tvrdil*', 'povedal*', 'uviedol*', 'dodáva', 'hovorí', 'podľa', 'napísal*',
    'doplnil*', 'doplňuje', 'dodává', 'popsal*', 'oznámil*', 'vzkázal*', 'připustil*', 'varoval*', 'prohlašuje',
    'říkal*', 'svěřil*', 'zdůvodnil*', 'odmítl*', 'potvrdil*', 'ujistil*', 'poznamenává', 'dodala', 'konstatuje',
  ],
  naming: ['takzvaný', 'takzvaná', 'takzvané', 'takzvaných', 'tzv.', 'zvaný', 'zvaná', 'nazvaný', 'nazvaná', 'přezdívaný', 'přezdívaná', 'pod názvem', 'známý jako', 'známá jako', 'slovo', 'termín', 'heslo', 'tzv', 'takzvan*', 'tzv', 'zvan*', 'nazvan*'],
  hedges: ['svého druhu', 'jakýsi', 'jakási', 'jakési', 'jakousi', 'jakémsi', 'jakýmsi'],
  works: ['kniha', 'knihu', 'román', 'film', 'píseň', 'album', 'pořad', 'pořadu', 'seriál', 'článek', 'sloupek', 'esej', 'báseň', 'hra', 'hru', 'dokument', 'výstava', 'obraz', 'aplikace', 'časopis', 'noviny', 'titul', 'kampaň', 'operace', 'projekt', 'zpráva', 'zprávu', 'studie', 'plán', 'podcast', 'strana', 'strany', 'hnutí', 'knih*', 'knize', 'film*', 'písn*', 'píseň', 'seriál*', 'článk*', 'román*', 'pořad*', 'kampan*', 'projekt*', 'studi*', 'album*', 'výstav*', 'dokument*', 'program*'],
  determiners: ['ten', 'ta', 'to', 'ty', 'jeho', 'její', 'jejich', 'svůj', 'svou'],
  titleSmallWords: ['a', 'i', 'v', 've', 'na', 'za', 'pro', 'o', 'z', 'ze', 's', 'se', 'do', 'od'],
  interviewLabels: { question: ['Otázka'], answer: ['Odpověď'] },
  articleless: true,
};
