import type { QuoteLexicon } from './types';

export const it: QuoteLexicon = {
  cues: [
    'ha detto', 'detto', 'dice', 'dicono', 'dichiar*', 'afferm*', 'spieg*', 'secondo', 'aggiun*', 'sottoline*',
    'precis*', 'raccont*', 'rispos*', 'rispond*', 'scritto', 'scrive', 'avvert*', 'ammess*', 'ammette', 'conferm*',
    'osserv*', 'ricord*', 'insist*', 'annunci*', 'ribad*', 'evidenzi*',
  ],
  sources: ['secondo', 'a detta di', 'stando a'],
  naming: [
    'chiamato', 'chiamata', 'intitolato', 'intitolata', 'soprannominato', 'soprannominata', 'denominato',
    'denominata', 'battezzato', 'battezzata', 'cosiddett*', 'conosciuto come',
    'noto come', 'il termine', 'la parola', "l'espressione", 'l’espressione', 'lo slogan', "l'hashtag", 'il nome',
    // A gap of up to three words: "conosciuto dai tifosi come", "soprannominato dalla stampa".
    'conosciuto … come', 'conosciuta … come', 'noto … come', 'nota … come', 'soprannominato …', 'soprannominata …',
  ],
  hedges: ['sorta di', 'specie di', 'forma di', 'tipo di'],
  works: [
    'libro', 'romanzo', 'film', 'canzone', 'album', 'programma', 'serie', 'articolo', 'rubrica', 'saggio',
    'poesia', 'opera', 'spettacolo', 'documentario', 'mostra', 'quadro', 'gioco', 'app', 'rivista', 'giornale',
    'titolo', 'slogan', 'campagna', 'operazione', 'progetto', 'rapporto', 'studio', 'piano', 'podcast',
  ],
  determiners: ['il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'l’', 'un', 'uno', 'una', "un'", 'questo', 'questa', 'suo', 'sua', 'del', 'della'],
  titleSmallWords: ['di', 'del', 'della', 'dei', 'delle', 'e', 'il', 'la', 'lo', 'in', 'a', 'al', 'per', 'con', 'da'],
  inciseInsideMarks: true,
  interviewLabels: { question: ['D', 'Domanda'], answer: ['R', 'Risposta'] },
};
