import type { QuoteLexicon } from './types';

export const de: QuoteLexicon = {
  cues: [
    'sagt', 'sagte', 'sagten', 'gesagt', 'sagen', 'erklärt*', 'betont*', 'so der', 'so die', 'laut', 'fügte',
    'fügt', 'meint*', 'warnt*', 'kritisiert*', 'schreibt', 'schrieb', 'geschrieben', 'berichtet*', 'erzählt*',
    'antwortet*', 'sprach', 'spricht', 'äußert*', 'teilte', 'teilt', 'mitgeteilt', 'bestätigt*', 'räumt*',
    'räumte', 'sagte er', 'sagte sie', 'zufolge', 'verspricht', 'versprach', 'forderte', 'fordert', 'ergänzt*',
    'unterstreicht', 'unterstrich', 'bekräftigt*', 'beklagt*', 'mahnt*',
  ],
  naming: [
    'genannt', 'genannte', 'genannten', 'sogenannt*', 'so genannt*', 'namens', 'titel', 'betitelt',
    'bezeichnet', 'getauft', 'spitzname', 'das wort', 'der begriff', 'den begriff', 'das schlagwort',
    'der slogan', 'den slogan', 'das motto', 'unter dem namen', 'bekannt als',
  ],
  hedges: ['eine art', 'einer art', 'art von', 'form von', 'so etwas wie'],
  works: [
    'buch', 'roman', 'film', 'lied', 'song', 'album', 'sendung', 'serie', 'show', 'artikel', 'kolumne', 'essay',
    'gedicht', 'stück', 'theaterstück', 'dokumentation', 'ausstellung', 'gemälde', 'spiel', 'app', 'magazin',
    'zeitung', 'titel', 'slogan', 'kampagne', 'operation', 'projekt', 'bericht', 'studie', 'plan', 'podcast', 'programm',
  ],
  // With the contractions of a preposition and an article (im = in dem, zur = zu der).
  determiners: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'sein', 'seine', 'ihr', 'ihre',
    'dieser', 'diese', 'dieses', 'im', 'am', 'zum', 'zur', 'beim', 'vom',
  ],
  nounsCapitalised: true,
  // With the small words of English titles, which German text often cites (`„Escape the Scan“`).
  titleSmallWords: [
    'der', 'die', 'das', 'und', 'oder', 'von', 'vom', 'zu', 'zum', 'zur', 'im', 'in', 'am', 'an', 'auf', 'für', 'mit', 'des', 'dem', 'den',
    'bei', 'beim', 'vor', 'nach', 'über', 'unter', 'gegen', 'ohne', 'aus', 'ein', 'eine', 'einer', 'eines', 'einem',
    'the', 'of', 'and', 'a', 'for', 'to', 'on', 'at', 'from', 'with', 'by',
  ],
  interviewLabels: { question: ['F', 'Frage'], answer: ['A', 'Antwort'] },
};
