import type { QuoteLexicon } from './types';

export const nl: QuoteLexicon = {
  cues: ['zegt', 'zei', 'zeiden', 'gezegd', 'aldus', 'verklaar*', 'volgens', 'vertelt', 'vertelde', 'schrijft', 'schreef', 'benadrukt*', 'voegt', 'voegde', 'waarschuwt*', 'stelt', 'stelde'],
  sources: ['volgens', 'naar verluidt'],
  naming: ['genaamd', 'zogenaamd*', 'zogeheten', 'zogenoemd*', 'getiteld', 'bijnaam', 'bekend als', 'het woord', 'de term'],
  hedges: ['soort', 'een soort van', 'vorm van'],
  works: ['boek', 'roman', 'film', 'lied', 'album', 'programma', 'serie', 'artikel', 'column', 'gedicht', 'toneelstuk', 'documentaire', 'tentoonstelling', 'spel', 'tijdschrift', 'krant', 'titel', 'campagne', 'operatie', 'project', 'rapport', 'studie', 'podcast'],
  determiners: ['de', 'het', 'een', 'deze', 'die', 'dit', 'dat', 'zijn', 'haar', 'hun'],
  titleSmallWords: ['de', 'het', 'een', 'van', 'en', 'in', 'op', 'voor', 'met'],
  interviewLabels: { question: ['V', 'Vraag'], answer: ['A', 'Antwoord'] },
};
