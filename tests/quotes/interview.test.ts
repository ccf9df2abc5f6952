import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../lib/quotes/languages';
import { article, quoteSpans } from './helpers';

const turns = (paragraphs: string[], lang: string | null) =>
  quoteSpans(article(paragraphs), lang).map((s) => [s.turn ?? null, s.text, !!s.continues]);

describe('interviews labelled with turn words', () => {
  it.each([
    [
      'en',
      ['We spoke to the analyst.', 'Q: Why are prices going up?', 'A: Gas got dearer over the summer.', 'Q: Will it last?', 'A: Probably not beyond spring.'],
    ],
    [
      'es',
      ['Hablamos con la hidróloga.', 'P. ¿Por qué falta agua?', 'R. Llueve menos cada año.', 'P. ¿Durará?', 'R. Probablemente no antes de la primavera.'],
    ],
    [
      'ru',
      ['Мы поговорили с врачом.', 'В.: Почему растут цены?', 'О.: Газ подорожал за лето.', 'В.: Это надолго?', 'О.: Вероятно, до весны.'],
    ],
    [
      'it',
      ['Abbiamo parlato con l’esperto.', 'D: Perché i prezzi salgono?', 'R: Il gas è rincarato.', 'D: Durerà?', 'R: Probabilmente fino a primavera.'],
    ],
  ])('reads the turns after Q/A-style labels (%s)', (lang, paragraphs) => {
    const found = turns(paragraphs, lang);
    expect(found.map(([turn]) => turn)).toEqual(['question', 'answer', 'question', 'answer']);
    // The label is not part of the words.
    expect(found.every(([, text]) => !/^[A-ZА-Я][.:]/u.test(String(text)))).toBe(true);
  });

  it('reads full-word labels (Pergunta/Resposta) and a dash after the label', () => {
    const found = turns(['Pergunta: Por que os preços sobem?', 'Resposta: O gás ficou mais caro.', 'Pergunta: Até quando?', 'Resposta.- Provavelmente até a primavera.'], 'pt');
    expect(found.map(([turn, text]) => [turn, text])).toEqual([
      ['question', 'Por que os preços sobem?'],
      ['answer', 'O gás ficou mais caro.'],
      ['question', 'Até quando?'],
      ['answer', 'Provavelmente até a primavera.'],
    ]);
  });

  it('keeps a nested quote inside an answer as part of the answer', () => {
    const found = turns(['Q: What do you tell students?', 'A: I tell them "plan for the climate to come" every year.', 'Q: Do they listen?', 'A: Some of them do.'], 'en');
    expect(found.map(([, text]) => text)).toContain('I tell them "plan for the climate to come" every year.');
    expect(found.length).toBe(4);
  });

  it('continues an answer over unlabelled paragraphs up to the next turn, but not past the last turn', () => {
    const found = turns(
      [
        'Q: Why are prices going up?',
        'A: Gas got dearer over the summer.',
        'And the networks cost more every year.',
        'Q: Will it last?',
        'A: Probably not beyond spring.',
        'This interview has been edited for length.',
      ],
      'en',
    );
    expect(found).toEqual([
      ['question', 'Why are prices going up?', false],
      ['answer', 'Gas got dearer over the summer.', false],
      ['answer', 'And the networks cost more every year.', true],
      ['question', 'Will it last?', false],
      ['answer', 'Probably not beyond spring.', false],
    ]);
  });
});

describe('interviews labelled with names', () => {
  it('takes the speaker who asks as the interviewer, merging a full name with the surname', () => {
    const found = turns(
      [
        'Giulia Conti: Quanti residenti ha perso Venezia?',
        'Marco Ferri: Più di ventimila, in vent’anni.',
        'Conti: Di chi è la colpa?',
        'Ferri: Non c’è un solo colpevole.',
        'Conti: Il ticket funziona?',
        'Ferri: È un segnale, niente di più.',
      ],
      'it',
    );
    expect(found.map(([turn, text]) => [turn, text])).toEqual([
      ['question', 'Quanti residenti ha perso Venezia?'],
      ['answer', 'Più di ventimila, in vent’anni.'],
      ['question', 'Di chi è la colpa?'],
      ['answer', 'Non c’è un solo colpevole.'],
      ['question', 'Il ticket funziona?'],
      ['answer', 'È un segnale, niente di più.'],
    ]);
  });

  it('gives each turn the name that labels it, and a continued turn the label of its first paragraph', () => {
    const a = article(['DER SPIEGEL: Is the plan dead?', 'Olaf Scholz: No.', 'It is only delayed.', 'DER SPIEGEL: Until when?', 'Scholz: Until spring.']);
    const labels = quoteSpans(a, 'en').map((s) => (s.label ? a.text.slice(s.label.start, s.label.end) : null));
    expect(labels).toEqual(['DER SPIEGEL', 'Olaf Scholz', 'Olaf Scholz', 'DER SPIEGEL', 'Scholz']);
  });

  it('accepts initials and lower-case particles in name labels', () => {
    const found = turns(['SPIEGEL: Can Europe defend itself?', 'Ursula von der Leyen: It must learn to.', 'SPIEGEL: How fast?', 'von der Leyen: Within this decade.'], 'en');
    expect(found.filter(([turn]) => turn === 'answer').map(([, text]) => text)).toEqual(['It must learn to.', 'Within this decade.']);
  });

  it.each([
    ['datelines and credits', ['Washington: The talks ended late.', 'Photo: Reuters', 'Update: The vote was delayed.', 'Photo: AP', 'Update: It passed.']],
    ['two people labelled but nobody asking', ['Smith: We must cut taxes now.', 'Jones: We cannot afford it.', 'Smith: We can if we cut waste.', 'Jones: That is a fantasy.']],
    ['a name with an initial, not a label', ['Mr. Smith said nothing.', 'J. Brown agreed.', 'A. Jones left early.']],
    ['one turn word only', ['A: This is a list item.', 'A: And another one.']],
  ])('finds no interview in %s', (_name, paragraphs) => {
    expect(turns(paragraphs, 'en').filter(([turn]) => turn !== null)).toEqual([]);
  });
});

describe('turn letters that are initials', () => {
  it.each([
    ['es', 'initials in a score table', ['P. Nowicki Paweł Nowicki', '12', 'R. Walsh Robert Walsh', '9', 'P. Nowicki Paweł Nowicki', 'R. Walsh Robert Walsh']],
    ['it', 'initials before full names', ['D. Ferri Dario Ferri', 'R. Conti Rita Conti', 'D. Ferri Dario Ferri']],
    ['es', 'turn letters with no question asked', ['P. El mercado abrió en calma.', 'R. Los precios bajaron.', 'P. Nadie lo esperaba.', 'R. Tampoco los analistas.']],
  ])('finds no interview (%s) in %s', (lang, _name, paragraphs) => {
    expect(turns(paragraphs, lang).filter(([turn]) => turn !== null)).toEqual([]);
  });

  it.each([
    ['en', ['Q: Tell us about the harbour.', 'A: It was rebuilt in 1990.', 'Q: Why did it close?', 'A: Money ran out.']],
    ['es', ['P. Hablemos del puerto.', 'R. Se reconstruyó en 1990.', 'P. ¿Por qué cerró?', 'R. Se acabó el dinero.']],
  ])('still reads an interview (%s) where only some questions end with a question mark', (lang, paragraphs) => {
    expect(turns(paragraphs, lang).map(([turn]) => turn)).toEqual(['question', 'answer', 'question', 'answer']);
  });
});

describe('interview label tables', () => {
  it('never use one label for a question in one language and an answer in another', () => {
    const questions = new Set(Object.values(LEXICONS).flatMap((t) => t.interviewLabels.question.map((l) => l.toLowerCase())));
    const answers = Object.values(LEXICONS).flatMap((t) => t.interviewLabels.answer.map((l) => l.toLowerCase()));
    expect(answers.filter((a) => questions.has(a))).toEqual([]);
  });
});
