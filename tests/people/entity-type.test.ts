import { describe, expect, it } from 'vitest';
import { textEvidence, typeSpeakerName } from '../../lib/people/entity-type';

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
  const evidence = new Map([[en, textEvidence(en, 'en')], [es, textEvidence(es, 'es')], [de, textEvidence(de, 'de')]]);
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
    expect(typeSpeakerName(name, evidence.get(text)!)).toBe(type);
  });
});
