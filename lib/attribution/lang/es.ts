import type { CueTable } from './types';

export const es: CueTable = {
  lang: 'es',
  // "tomar en cuenta", "se dio cuenta", "cuenta con": "cuenta" in set phrases is no speech verb.
  notCues: ['en cuenta', 'a cuenta', 'por cuenta', 'de cuenta', 'da cuenta', 'dio cuenta', 'dan cuenta', 'dieron cuenta', 'cuenta con', 'cuentan con', 'contó con'],
  verbs: [
    'reveló', 'revela', 'dijo', 'dice', 'decía', 'afirmó', 'afirma', 'declaró', 'declara', 'añadió', 'añade', 'agregó', 'agrega', 'explicó',
    'explica', 'aseguró', 'asegura', 'señaló', 'señala', 'indicó', 'indica', 'comentó', 'comenta', 'escribió', 'escribe',
    'contó', 'cuenta', 'recordó', 'recuerda', 'insistió', 'insiste', 'advirtió', 'advierte', 'subrayó', 'subraya',
    'sostuvo', 'sostiene', 'manifestó', 'expresó', 'expresa', 'apuntó', 'apunta', 'destacó', 'destaca', 'reconoció',
    'reconoce', 'respondió', 'responde', 'concluyó', 'coincide', 'coincidió', 'anunció', 'denunció', 'relató', 'relata', 'lamentó', 'precisó',
    // Plural subjects: "fuentes del ministerio señalaron", "los sindicatos dijeron".
    // Verbs of naming and verdict take the quote as their object: "llamó a la Argentina «…»".
    'llamó', 'llama', 'calificó', 'califica', 'definió', 'define', 'resumió', 'resume',
    // Participles after "ha"/"había" (a filler): "ha dicho", "la ha calificado de «…»".
    'dicho', 'afirmado', 'declarado', 'añadido', 'explicado', 'asegurado', 'señalado', 'indicado', 'lamentado', 'advertido',
    'reconocido', 'subrayado', 'calificado', 'recordado', 'insistido', 'denunciado', 'respondido', 'manifestado', 'destacado',
    'dijeron', 'afirmaron', 'señalaron', 'indicaron', 'explicaron', 'aseguraron', 'declararon', 'advirtieron', 'denunciaron',
    // Verbs of view and manner of saying, common with a dropped subject ("“…”, confiesa.", "valora que …").
    'confiesa', 'confesó', 'lamenta', 'opina', 'opinó', 'valora', 'valoró', 'reflexiona', 'reflexionó', 'remarca', 'remarcó',
    'matiza', 'matizó', 'detalla', 'detalló', 'manifiesta', 'admite', 'admitió', 'gritó', 'menciona', 'mencionó', 'considera',
    'consideró', 'cree', 'enfatiza', 'enfatizó', 'puntualiza', 'puntualizó', 'critica', 'criticó', 'acota', 'acotó', 'reitera',
    'reiteró', 'aclara', 'aclaró', 'narra', 'narró', 'cuestiona', 'cuestionó', 'plantea', 'planteó', 'sugiere', 'sugirió',
    'asevera', 'aseveró', 'resalta', 'resaltó', 'sentencia', 'sentenció', 'recalca', 'recalcó', 'concluye', 'relató', 'confesado',
    'dicen', 'afirman', 'señalan', 'explican', 'aseguran',
    // Verbs of understanding that report a view: "Según entiende, “…”", "X estima que …".
    'entiende', 'entendió', 'estima', 'estimó',
    // Verbs of advice and request, like English "recommend": "la consultora recomendó “…”".
    'recomendó', 'recomienda', 'pidió', 'propuso', 'propone',
    'contestó', 'contesta',
  ],
  sourceFirst: ['según', 'de acuerdo con', 'en palabras de'],
  pronounPhrases: {},
  listenerMarks: ['a', 'al'],
  nounArticles: ['el', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'mi', 'mis', 'tu', 'tus', 'nuestro', 'nuestra'],
  sentenceArticles: ['la', 'los', 'las', 'lo'],
  fillers: ['ha', 'han', 'había', 'habían', 'lo', 'la', 'le', 'les', 'se', 'también', 'además', 'luego', 'ya', 'después'],
  personPronouns: ['él', 'ella', 'ellos', 'ellas', 'yo'],
  orgPronouns: [],
  timeWords: ['ayer', 'hoy', 'el', 'este', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'también', 'además', 'luego'],
  documentNouns: ['informe', 'estudio', 'carta', 'comunicado', 'documento', 'sentencia', 'auto', 'encuesta', 'nota'],
  authorMarkers: ['de', 'del', 'por'],
  genericRoles: ['médico', 'médica', 'experto', 'experta', 'especialista', 'investigador', 'investigadora', 'científico', 'científica', 'profesor', 'profesora'],
  openingSources: ['para'],
  connectors: ['sin embargo', 'además', 'asimismo', 'no obstante', 'por eso', 'por ello', 'por lo tanto', 'también', 'incluso', 'luego', 'entonces', 'ahora', 'hoy', 'ayer', 'aunque', 'pero', 'y', 'mientras', 'así', 'finalmente', 'por último', 'en cambio', 'de hecho', 'por su parte', 'a su vez', 'al respecto', 'igualmente', 'tampoco', 'después', 'antes', 'a propósito', 'en ese sentido', 'en este sentido', 'por otro lado', 'por otra parte', 'en tanto', 'al mismo tiempo', 'por lo demás', 'sobre todo', 'más adelante', 'en definitiva', 'por consiguiente', 'en consecuencia', 'en primer lugar', 'en segundo lugar', 'además de ello', 'por cierto'],
  dropsSubject: true,
  notSingular: /(?:n)$/u,
};
