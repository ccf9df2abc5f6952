import { shownSpeaker } from '../../lib/attribution/trace';
import { describe, expect, it } from 'vitest';
import { blocksFromParagraphs } from '../../lib/article/blocks';
import { attributeQuotes } from '../../lib/attribution/attribute';
import { CueMatcher } from '../../lib/attribution/cues';
import { cueTablesFor } from '../../lib/attribution/lang';
import { droppedSubjectCue } from '../../lib/attribution/subject-drop';
import { subjectBefore } from '../../lib/attribution/subject';
import { tokenize } from '../../lib/attribution/tokens';
import { people, spans } from './helpers';

interface Case {
  name: string;
  lang: string;
  paragraphs: string[];
  people?: { name: string; aliases?: string[]; roles?: string[]; org?: boolean }[];
  /** Expected speaker of each quote, in order. */
  speakers: (string | null)[];
  /** Expected sieve of each quote, where it matters. */
  sieves?: (string | null)[];
}

const fires: Case[] = [
  {
    name: 'Spanish: verb alone after the quote, topic named in the paragraph before',
    lang: 'es',
    paragraphs: ['Lucía Ferrer, enfermera del hospital comarcal, pasó tres noches sin dormir.', '“Nadie nos avisó de nada”, lamenta.'],
    people: [{ name: 'Lucía Ferrer', aliases: ['Ferrer'], roles: ['enfermera del hospital comarcal'] }],
    speakers: ['Lucía Ferrer'],
    sieves: ['subject-drop'],
  },
  {
    name: 'Spanish: verb opening the sentence, then "que"',
    lang: 'es',
    paragraphs: ['Tomás Ibarra dirige la cooperativa desde 2015.', 'Agrega que los precios “no cubren ni el gasoil”.'],
    people: [{ name: 'Tomás Ibarra', aliases: ['Ibarra'] }],
    speakers: ['Tomás Ibarra'],
  },
  {
    name: 'Spanish: a connector before the verb is no subject',
    lang: 'es',
    paragraphs: ['Tomás Ibarra dirige la cooperativa desde 2015.', 'Sin embargo, sostiene que la campaña “ha sido mejor de lo esperado”.'],
    people: [{ name: 'Tomás Ibarra', aliases: ['Ibarra'] }],
    speakers: ['Tomás Ibarra'],
  },
  {
    name: 'Spanish: a fronted adverbial before the verb is no subject',
    lang: 'es',
    paragraphs: ['Tomás Ibarra dirige la cooperativa desde 2015.', 'Dos años después, valora que el cambio “llegó tarde”.'],
    people: [{ name: 'Tomás Ibarra', aliases: ['Ibarra'] }],
    speakers: ['Tomás Ibarra'],
  },
  {
    name: 'Spanish: "Según entiende, “…”" reads "as she sees it": the topic person',
    lang: 'es',
    paragraphs: ['Lucía Ferrer, enfermera del hospital comarcal, representa a los vecinos.', 'Según entiende, “no hay perspectiva de un plan de manejo”.'],
    people: [{ name: 'Lucía Ferrer', aliases: ['Ferrer'], roles: ['enfermera del hospital comarcal'] }],
    speakers: ['Lucía Ferrer'],
    sieves: ['subject-drop'],
  },
  {
    name: 'Spanish: a verb with only its listener after it ("explicó a La Estrella de Panamá") has no subject',
    lang: 'es',
    paragraphs: ['Ivette Mora dirige la empresa.', 'La Estrella de Panamá publicó el informe.', '“Un claro ejemplo son las oficinas rígidas”, explicó a La Estrella de Panamá.'],
    people: [{ name: 'Ivette Mora', aliases: ['Mora'] }],
    speakers: ['Ivette Mora'],
  },
  {
    name: 'Spanish: a gerund clause after the verb is no subject ("agregó refiriéndose a la ciudadanía")',
    lang: 'es',
    paragraphs: ['Ana Ruiz dijo que el Gobierno busca alejar a esas voces. “Claro que no nos necesitan”, agregó refiriéndose a la ciudadanía.'],
    people: [{ name: 'Ana Ruiz', aliases: ['Ruiz'] }],
    speakers: ['Ana Ruiz'],
  },
  {
    name: 'Spanish: a surname with a glued particle is a person the paragraph can be about',
    lang: 'es',
    paragraphs: ['Juan Pappier reaccionó en Twitter.', 'El martes, Martínez confirmó que se encuentra en un lugar seguro. “No pienso pedir asilo”, aseguró.'],
    people: [{ name: 'Juan Pappier' }, { name: "Juan Martínez d'Aubuisson", aliases: ['Martínez'] }],
    speakers: ["Juan Martínez d'Aubuisson"],
  },
  {
    name: 'Spanish: a fronted subordinate clause before the verb holds no subject ("Aunque sabe que …, confiesa que")',
    lang: 'es',
    paragraphs: ['Elthon Rivera fue expulsado de la universidad.', 'Aunque sabe que el partido ejercía control de las universidades, confiesa que antes “había un poco de libertad”.'],
    people: [{ name: 'Elthon Rivera', aliases: ['Rivera'] }],
    speakers: ['Elthon Rivera'],
  },
  {
    name: 'Spanish: the topic carries over a paragraph with no name',
    lang: 'es',
    paragraphs: ['Lucía Ferrer trabaja en urgencias.', 'Cada turno dura doce horas.', '“Ya no podemos más”, confiesa.'],
    people: [{ name: 'Lucía Ferrer' }],
    speakers: ['Lucía Ferrer'],
  },
  {
    name: 'Portuguese: verb alone after the quote',
    lang: 'pt',
    paragraphs: ['Rita Moreira cuida da horta comunitária.', '“A terra agradece”, resume.'],
    people: [{ name: 'Rita Moreira' }],
    speakers: ['Rita Moreira'],
  },
  {
    name: 'Italian: verb alone after the quote',
    lang: 'it',
    paragraphs: ['Paolo Greco guida il comitato di quartiere.', '«Il parco resterà aperto», sottolinea.'],
    people: [{ name: 'Paolo Greco' }],
    speakers: ['Paolo Greco'],
  },
  {
    name: 'Czech: past tense verb alone after the quote',
    lang: 'cs',
    paragraphs: ['Jana Horáková vede místní knihovnu.', '„Čtenářů přibývá,“ uvedla.'],
    people: [{ name: 'Jana Horáková' }],
    speakers: ['Jana Horáková'],
  },
  {
    name: 'the last speaker is the topic when the paragraph names no one else',
    lang: 'es',
    paragraphs: ['“El agua llegó hasta la cocina”, dijo Marta Solís.', '“Perdimos todo lo que teníamos”, recuerda.'],
    speakers: ['Marta Solís', 'Marta Solís'],
    sieves: ['cue-after', 'subject-drop'],
  },
  {
    name: 'the subject continues from the sentence before, not the paragraph\'s first person',
    lang: 'es',
    paragraphs: [
      'Rosa Quiroga, subsecretaria de Obras, afirmó que hay “retrasos”. También se le preguntó a Julián Sosa, quien señaló que “las obras siguen”. Indicó que “hay acuerdos”.',
    ],
    people: [{ name: 'Rosa Quiroga' }, { name: 'Julián Sosa' }],
    speakers: ['Rosa Quiroga', 'Julián Sosa', 'Julián Sosa'],
    sieves: ['cue-before', 'cue-before', 'subject-drop'],
  },
];

const abstains: Case[] = [

  {
    name: 'two persons compete as the topic',
    lang: 'es',
    paragraphs: ['Lucía Ferrer habló con Tomás Ibarra sobre el cierre.', 'Para ella, Ibarra tiene razón y Ferrer también.', '“Nadie nos avisó”, lamenta.'],
    people: [{ name: 'Lucía Ferrer', aliases: ['Ferrer'] }, { name: 'Tomás Ibarra', aliases: ['Ibarra'] }],
    speakers: [null],
  },
  {
    name: 'a plural verb points at no one person',
    lang: 'es',
    paragraphs: ['Lucía Ferrer trabaja en urgencias.', '“Nadie nos avisó”, dijeron.'],
    people: [{ name: 'Lucía Ferrer' }],
    speakers: [null],
  },
  {
    name: 'the verb has a subject after it',
    lang: 'es',
    paragraphs: ['Lucía Ferrer trabaja en urgencias.', '“Nadie nos avisó”, lamenta un portavoz del centro.'],
    people: [{ name: 'Lucía Ferrer' }],
    speakers: [null],
  },
  {
    name: 'a heading ends the topic',
    lang: 'es',
    paragraphs: ['Lucía Ferrer trabaja en urgencias.', '## Otra historia', '“Nadie nos avisó”, lamenta.'],
    people: [{ name: 'Lucía Ferrer' }],
    speakers: [null],
  },
  {
    name: 'a person named only inside the quote is not the speaker',
    lang: 'es',
    paragraphs: ['Lucía Ferrer trabaja en urgencias.', '“Ferrer nunca se rinde”, resume.'],
    people: [{ name: 'Lucía Ferrer', aliases: ['Ferrer'] }],
    speakers: [null],
  },
  {
    name: 'a person named as a prepositional object is not the topic',
    lang: 'es',
    paragraphs: ['La protesta fue contra Tomás Ibarra.', '“Nadie nos avisó”, lamenta.'],
    people: [{ name: 'Tomás Ibarra' }],
    speakers: [null],
  },
  {
    name: 'two places joined by "y" are no person',
    lang: 'es',
    paragraphs: ['Hubo marchas entre León y Managua.', '“Nadie nos avisó”, lamenta.'],
    people: [{ name: 'León y Managua' }],
    speakers: [null],
  },
  {
    name: 'English does not drop subjects: a bare verb names no one',
    lang: 'en',
    paragraphs: ['Lucy Ferrer works in the emergency ward.', 'Shifts last twelve hours. The ward is short of beds, the hospital admits.'],
    people: [{ name: 'Lucy Ferrer' }],
    speakers: [],
  },
];

describe('subject-drop sieve', () => {
  const run = (c: Case) => {
    const article = blocksFromParagraphs(c.paragraphs.map((p) => p.replace(/^## /, '')));
    c.paragraphs.forEach((p, i) => {
      if (p.startsWith('## ')) article.blocks[i].kind = 'heading';
    });
    const quotes = spans(article);
    expect(quotes).toHaveLength(c.speakers.length);
    return attributeQuotes(article, quotes, people(article, c.people ?? []), c.lang);
  };
  it.each(fires)('finds: $name', (c) => {
    const result = run(c);
    expect(result.map(shownSpeaker)).toEqual(c.speakers);
    if (c.sieves) expect(result.map((a) => a.sieve)).toEqual(c.sieves);
  });
  it('does not continue the last speaker across another person named between', () => {
    const c: Case = {
      name: 'another person between',
      lang: 'es',
      paragraphs: ['Julián Sosa señaló que “las obras siguen”. Rosa Quiroga recorrió la zona. Indicó que “hay acuerdos”.'],
      people: [{ name: 'Rosa Quiroga' }, { name: 'Julián Sosa' }],
      speakers: ['Julián Sosa', 'Julián Sosa'],
    };
    const result = run(c);
    expect(result.map((a) => a.sieve)).not.toContain('subject-drop');
    expect(result[1].evidence?.join(' ')).not.toContain('sentence before');
  });
  it.each(abstains)('abstains: $name', (c) => {
    expect(run(c).map(shownSpeaker)).toEqual(c.speakers);
  });

  it('says which verb and which person it relied on', () => {
    const [a] = run(fires[0]);
    expect(a.evidence).toEqual(['lamenta', 'Lucía Ferrer (block 0)']);
    expect(a.cue).toBe('lamenta');
  });
});

describe('connectors and sentence openers are never a speaker', () => {
  it.each([
    ['es', 'Sin embargo, apunta que los datos “no cuadran”.'],
    ['es', 'Además, reconoce que la obra “va con retraso”.'],
    ['en', 'However, said that the plan "will not work".'],
  ])('%s: %s', (lang, paragraph) => {
    const article = blocksFromParagraphs([paragraph]);
    const [a] = attributeQuotes(article, spans(article), [], lang);
    expect(a.speaker).toBeNull();
  });
});

describe('droppedSubjectCue: what may stand after the verb', () => {
  const cues = new CueMatcher(cueTablesFor('es'));
  it.each([
    ['“Claro que no”, agregó refiriéndose a la ciudadanía.', true],
    ['“Claro que no”, agregó, explicándole el plan.', true],
    ['“Claro que no”, agregó cuando llegó la ministra.', false],
    ['“Claro que no”, agregó la ministra.', false],
  ])('%s → no subject: %s', (text, dropped) => {
    const article = blocksFromParagraphs([text]);
    const start = text.indexOf('“') + 1;
    const q = { start, end: text.indexOf('”') + 1, kind: 'marks' as const, blockIndex: 0 };
    expect(droppedSubjectCue(article, q, cues, article.text.length) !== null).toBe(dropped);
  });
});

describe('subjectBefore: asides between the subject and the verb', () => {
  const cues = new CueMatcher(cueTablesFor('es'));
  it.each([
    ['Tras las declaraciones, “JOH” (como se le conoce al expresidente) contestó que ', '“JOH”'],
    ['Tras las declaraciones, Juan Hernández (el expresidente) contestó que ', 'Juan Hernández'],
  ])('%s → %s', (text, subject) => {
    const tokens = tokenize(text);
    const found = subjectBefore(tokens, tokens.findIndex((t) => t.text === 'contestó'), cues);
    expect(found && text.slice(found.start, found.end)).toBe(subject);
  });
});
