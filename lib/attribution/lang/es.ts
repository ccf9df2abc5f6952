import type { CueTable } from './types';

export const es: CueTable = {
  lang: 'es',
  verbs: [
    'dijo', 'dice', 'decía', 'afirmó', 'afirma', 'declaró', 'declara', 'añadió', 'añade', 'agregó', 'agrega', 'explicó',
    'explica', 'aseguró', 'asegura', 'señaló', 'señala', 'indicó', 'indica', 'comentó', 'comenta', 'escribió', 'escribe',
    'contó', 'cuenta', 'recordó', 'recuerda', 'insistió', 'insiste', 'advirtió', 'advierte', 'subrayó', 'subraya',
    'sostuvo', 'sostiene', 'manifestó', 'expresó', 'expresa', 'apuntó', 'apunta', 'destacó', 'destaca', 'reconoció',
    'reconoce', 'respondió', 'responde', 'concluyó', 'anunció', 'denunció', 'relató', 'relata', 'lamentó', 'precisó',
    // Plural subjects: "fuentes del ministerio señalaron", "los sindicatos dijeron".
    // Verbs of naming and verdict take the quote as their object: "llamó a la Argentina «…»".
    'llamó', 'llama', 'calificó', 'califica', 'definió', 'define', 'resumió', 'resume',
    // Participles after "ha"/"había" (a filler): "ha dicho", "la ha calificado de «…»".
    'dicho', 'afirmado', 'declarado', 'añadido', 'explicado', 'asegurado', 'señalado', 'indicado', 'lamentado', 'advertido',
    'reconocido', 'subrayado', 'calificado', 'recordado', 'insistido', 'denunciado', 'respondido', 'manifestado', 'destacado',
    'dijeron', 'afirmaron', 'señalaron', 'indicaron', 'explicaron', 'aseguraron', 'declararon', 'advirtieron', 'denunciaron',
  ],
  sourceFirst: ['según', 'de acuerdo con', 'en palabras de'],
  pronounPhrases: {},
  fillers: ['ha', 'han', 'había', 'habían', 'lo', 'la', 'le', 'les', 'se', 'también', 'además', 'luego', 'ya', 'después'],
  personPronouns: ['él', 'ella', 'ellos', 'ellas', 'yo'],
  orgPronouns: [],
  timeWords: ['ayer', 'hoy', 'el', 'este', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'también', 'además', 'luego'],
  documentNouns: ['informe', 'estudio', 'carta', 'comunicado', 'documento', 'sentencia', 'auto', 'encuesta', 'nota'],
  authorMarkers: ['de', 'del', 'por'],
  genericRoles: ['médico', 'médica', 'experto', 'experta', 'especialista', 'investigador', 'investigadora', 'científico', 'científica', 'profesor', 'profesora'],
  openingSources: ['para'],
};
