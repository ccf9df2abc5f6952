import type { QuoteLexicon } from './types';

export const pt: QuoteLexicon = {
  cues: [
    'disse', 'diz', 'dizem', 'disseram', 'dizendo', 'afirm*', 'declar*', 'explic*', 'segundo', 'acrescent*',
    'falou', 'fala', 'ressalt*', 'destac*', 'contou', 'conta', 'lembr*', 'complet*', 'avali*', 'garant*',
    'respond*', 'comentou', 'escreveu', 'escreve', 'ressalv*', 'defend*', 'critic*', 'observ*', 'admit*',
    'reconhec*', 'alert*', 'pontu*', 'argument*', 'conforme', 'de acordo com', 'relatou', 'revelou', 'questionou',
  ],
  naming: [
    'chamado', 'chamada', 'chamados', 'chamadas', 'intitulado', 'intitulada', 'batizado', 'batizada', 'apelidado',
    'apelidada', 'denominado', 'denominada', 'conhecido como', 'conhecida como', 'o termo', 'a palavra',
    'a expressão', 'o slogan', 'a hashtag', 'o lema', 'o nome', 'suposto', 'suposta', 'tal',
    // A gap of up to three words: "conhecido pelos torcedores como", "apelidado pela imprensa".
    'conhecido … como', 'conhecida … como', 'apelidado …', 'apelidada …',
  ],
  hedges: ['espécie de', 'sorte de', 'forma de', 'tipo de'],
  works: [
    'livro', 'romance', 'filme', 'canção', 'música', 'álbum', 'programa', 'série', 'novela', 'artigo', 'coluna',
    'ensaio', 'poema', 'peça', 'espetáculo', 'documentário', 'exposição', 'quadro', 'jogo', 'aplicativo', 'revista',
    'jornal', 'título', 'slogan', 'campanha', 'operação', 'projeto', 'relatório', 'estudo', 'plano', 'podcast',
  ],
  determiners: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'este', 'esta', 'esse', 'essa', 'seu', 'sua', 'seus', 'suas', 'do', 'da', 'dos', 'das', 'no', 'na'],
  titleSmallWords: ['de', 'do', 'da', 'dos', 'das', 'e', 'o', 'a', 'os', 'as', 'em', 'no', 'na', 'por', 'para', 'com'],
  inciseInsideMarks: true,
  interviewLabels: { question: ['P', 'Pergunta'], answer: ['R', 'Resposta'] },
};
