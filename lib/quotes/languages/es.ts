import type { QuoteLexicon } from './types';

export const es: QuoteLexicon = {
  cues: [
    // Spanish press reports in the perfect tense (`ha dicho`, `ha lamentado`): participles too.
    'dijo', 'dice', 'dicen', 'dijeron', 'decir', 'dicho', 'lament*', 'afirm*', 'declar*', 'explic*', 'según', 'añad*', 'agreg*',
    'señaló', 'señala', 'asegur*', 'indic*', 'sostuvo', 'sostiene', 'recalc*', 'subray*', 'apunt*', 'coment*',
    'contó', 'cuenta', 'respond*', 'escribió', 'escribe', 'advirti*', 'advierte', 'reconoci*', 'reconoce',
    'insisti*', 'insiste', 'manifest*', 'precis*', 'destac*', 'de acuerdo con', 'relató', 'concluy*', 'admiti*',
  ],
  naming: [
    'llamado', 'llamada', 'llamados', 'llamadas', 'titulado', 'titulada', 'denominado', 'denominada', 'apodado',
    'apodada', 'bautizado', 'bautizada', 'conocido como', 'conocida como', 'el término', 'la palabra',
    'la expresión', 'el lema', 'el eslogan', 'el hashtag', 'el nombre', 'supuesto', 'supuesta', 'presunto', 'presunta',
    // A gap of up to three words: "conocido entre sus fans como", "apodado por la prensa".
    'conocido … como', 'conocida … como', 'apodado …', 'apodada …',
  ],
  hedges: ['especie de', 'suerte de', 'forma de', 'tipo de', 'clase de'],
  works: [
    'libro', 'novela', 'película', 'canción', 'álbum', 'programa', 'serie', 'artículo', 'columna', 'ensayo',
    'poema', 'obra', 'espectáculo', 'documental', 'exposición', 'cuadro', 'juego', 'aplicación', 'revista',
    'diario', 'periódico', 'título', 'eslogan', 'campaña', 'operación', 'proyecto', 'informe', 'estudio', 'plan', 'pódcast',
  ],
  determiners: ['el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'ese', 'esa', 'su', 'sus', 'del', 'al'],
  titleSmallWords: ['de', 'del', 'la', 'el', 'los', 'las', 'y', 'e', 'en', 'a', 'al', 'por', 'para', 'con'],
  inciseInsideMarks: true,
  interviewLabels: { question: ['P', 'Pregunta'], answer: ['R', 'Respuesta'] },
};
