import { describe, expect, it } from 'vitest';
import { effectiveLanguage, guessLanguage, typeSpeakerName } from '../../lib/people/entity-type';

/** Paragraphs joined as the article text is. */
const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('typeSpeakerName: a name the attribution found, judged by the whole article', () => {
  const en = doc(
    'The mayor of Riverton met Dana Whitlock on Monday. Whitlock said the bridge would reopen.',
    'Explaining the delay, she pointed to the floods in Brenmoor. Officials in Brenmoor agreed.',
    'However, the plan was criticised by the Clarion, which said costs would rise. The Clarion is a weekly.',
    'The BBRC said the figures were wrong. Roads were closed, and the closure of roads made times hard.',
  );
  const es = doc(
    'Sin embargo, la alcaldesa Marta Quiroga dijo que no. Además, Quiroga pidió calma.',
    'La ciudad de Olmedal espera la obra. Vecinos de Olmedal protestaron en Olmedal ayer.',
  );
  const de = doc(
    'Die Firmenchefin Ilse Brandauer sagte, es gebe eine Leere im Markt. Laut Marktstudien wächst der Bedarf.',
    'Brandauer sagte auch, die Leere sei vorbei. Zudem sprach sie über Windkraft aus Kanada.',
  );
  it.each([
    // must be allowed
    [en, 'Whitlock', 'person'],
    [en, 'Dana Whitlock', 'person'],
    [en, 'BBRC', 'organisation'],
    [en, 'Clarion', 'organisation'],
    [es, 'Quiroga', 'person'],
    [de, 'Brandauer', 'person'],
    // must be refused
    [en, 'Explaining', 'other'],
    [en, 'However', 'other'],
    [en, 'Brenmoor', 'place'],
    [en, 'Roads', 'other'],
    [es, 'Sin', 'other'],
    [es, 'Además', 'other'],
    [es, 'Olmedal', 'place'],
    [de, 'Leere', 'other'],
    [de, 'Marktstudien', 'other'],
    [de, 'Zudem', 'other'],
    [de, 'Kanada', 'other'],
  ])('%#: %s → %s', (text, name, type) => {
    expect(typeSpeakerName(text, name)).toBe(type);
  });

  it('guesses the language from its function words', () => {
    expect(guessLanguage('Sin embargo, la alcaldesa dijo que no y que el plan es de la ciudad.')).toBe('es');
    expect(guessLanguage('Die Firmenchefin sagte, dass es eine Leere gebe und der Markt wächst.')).toBe('de');
    expect(guessLanguage('The mayor said that the bridge would open in the spring.')).toBe('en');
  });

  it.each([
    // A Spanish text declared English is read as Spanish.
    ['Sin embargo, la alcaldesa dijo que no y que el plan es de la ciudad, pero los vecinos de la zona piden que se haga en el verano y con la ayuda del estado para que la obra no se pare. '.repeat(8), 'en', 'es'],
    // An English text stays English, a declared language with no table stays as declared.
    ['The mayor said that the bridge would open in the spring, and that the plan for the city was on time.', 'en', 'en'],
    ['La sindaca ha detto che il ponte sarà aperto in primavera.', 'it', 'it'],
    // Too few words to overrule the page.
    ['El plan.', 'en', 'en'],
  ])('effectiveLanguage %#', (text, declared, want) => {
    expect(effectiveLanguage(text, declared)).toBe(want);
  });
});
