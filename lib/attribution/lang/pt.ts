import type { CueTable } from './types';

export const pt: CueTable = {
  lang: 'pt',
  // "levar em conta", "se deu conta", "conta com": "conta" in set phrases is no speech verb.
  notCues: ['em conta', 'por conta', 'de conta', 'dá conta', 'deu conta', 'dar conta', 'conta com', 'contam com', 'contou com'],
  verbs: [
    'recomendou', 'recomenda', 'pediu', 'propôs', 'disse', 'diz', 'dizia', 'afirmou', 'afirma', 'falou', 'fala', 'declarou', 'declara', 'acrescentou', 'acrescenta',
    'explicou', 'explica', 'contou', 'conta', 'ressaltou', 'ressalta', 'destacou', 'destaca', 'completou', 'completa',
    'comentou', 'comenta', 'garantiu', 'garante', 'lembrou', 'lembra', 'avaliou', 'avalia', 'escreveu', 'escreve',
    'respondeu', 'responde', 'afirmara', 'disseram', 'relatou', 'relata', 'observou', 'observa', 'admitiu', 'admite',
    'reconheceu', 'reconhece', 'alertou', 'alerta', 'concluiu', 'insistiu', 'frisou', 'pontuou', 'opinou', 'declarara',
    'resumiu', 'resume', 'definiu', 'define', 'classificou', 'classifica', 'chamou', 'comparou', 'compara',
    'opina', 'pondera', 'ponderou', 'reforça', 'reforçou', 'defende', 'defendeu', 'critica', 'criticou', 'acredita', 'questiona',
    'questionou', 'enfatiza', 'enfatizou', 'desabafa', 'desabafou', 'lamenta', 'lamentou', 'conclui', 'argumenta', 'argumentou',
    'salienta', 'salientou', 'sublinha', 'sublinhou', 'reitera', 'reiterou', 'confessa', 'confessou', 'revela', 'revelou', 'dizem',
  ],
  sourceFirst: ['segundo', 'de acordo com', 'conforme', 'nas palavras de'],
  pronounPhrases: {},
  listenerMarks: ['ao', 'à', 'aos', 'às'],
  nounArticles: ['um', 'uma', 'uns', 'umas', 'seu', 'sua', 'seus', 'suas', 'meu', 'minha', 'nosso', 'nossa'],
  sentenceArticles: ['o', 'a', 'os', 'as'],
  fillers: ['também', 'ainda', 'já', 'depois', 'então', 'tinha', 'havia'],
  personPronouns: ['ele', 'ela', 'eles', 'elas', 'eu'],
  orgPronouns: [],
  timeWords: ['ontem', 'hoje', 'nesta', 'neste', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'também', 'ainda', 'depois'],
  documentNouns: ['relatório', 'estudo', 'carta', 'nota', 'comunicado', 'documento', 'pesquisa', 'sentença', 'parecer'],
  authorMarkers: ['de', 'do', 'da', 'dos', 'das', 'por', 'pelo', 'pela'],
  genericRoles: ['médico', 'médica', 'especialista', 'pesquisador', 'pesquisadora', 'cientista', 'professor', 'professora'],
  openingSources: ['para'],
  connectors: ['no entanto', 'entretanto', 'além disso', 'contudo', 'porém', 'todavia', 'também', 'ainda', 'assim', 'por isso', 'então', 'mas', 'e', 'depois', 'hoje', 'ontem', 'agora', 'inclusive', 'por sua vez', 'de fato', 'aliás', 'nesse sentido', 'neste sentido', 'por outro lado', 'ao mesmo tempo', 'em seguida', 'por fim', 'em contrapartida', 'por conseguinte', 'a propósito', 'além do mais', 'em primeiro lugar', 'logo'],
  dropsSubject: true,
  notSingular: /(?:m)$/u,
};
