import { describe, expect, it } from 'vitest';
import { blocksFromParagraphs } from '../../lib/article/blocks';
import { findPeople } from '../../lib/people/find';

const names = (text: string | string[], lang: string | null = 'en') =>
  findPeople(blocksFromParagraphs(Array.isArray(text) ? text : [text]), lang).map((p) => p.name);

describe('findPeople: name edges and things that are not people', () => {
  it.each([
    // A conjunction joins two names, never one.
    ['es', 'Lo dijeron Ana Ruiz y Pablo Gil, según explicó Ruiz a la prensa.', ['Ana Ruiz', 'Pablo Gil'], ['Ana Ruiz y Pablo Gil']],
    ['pt', 'Segundo disse Carla Mota e Rui Faro, o plano falhou, afirmou Mota.', ['Carla Mota'], ['Carla Mota e Rui Faro']],
    // A sentence connector is not the start of a name.
    ['es', 'Además Quiroga dijo que no. Marta Quiroga es alcaldesa.', ['Marta Quiroga'], ['Además Quiroga']],
    ['en', 'However Dana Whitlock said the bridge was safe.', ['Dana Whitlock'], ['However Dana Whitlock']],
    ['es', 'La fianza la fija el juez. Dicha fianza es alta, dijo Marta Quiroga.', ['Marta Quiroga'], ['Dicha']],
    // A capitalised article opening the sentence makes the run a thing's name.
    ['en', 'The Harbour Road pub said it would close. Harbour Road is busy.', [], ['Harbour Road']],
    // A determiner before words joined by a particle: a thing's name, or a noun and its complement.
    ['es', 'Los vecinos apoyan la Liga de Fomento, dijo Marta Quiroga, y la Liga de Fomento dijo que sí.', ['Marta Quiroga'], ['Liga de Fomento']],
    ['de', 'Laut der Leitung von Brandt sagte Ilse Brandauer, die Pläne seien fertig.', ['Ilse Brandauer'], ['Leitung von Brandt']],
    // The French article "l’" glued to a capitalised word names no one.
    ['fr', 'Selon le conseiller Jean Morel, l’Etat a dit non. « Non », a dit l’Etat.', ['Jean Morel'], ['l’Etat']],
    // The same name given a thing elsewhere ("the Kessel Strip") is not a person, a verb nearby notwithstanding.
    ['en', 'Aid reached the Kessel Strip on Monday. “It is grim,” said a doctor in the central Kessel Strip, said Ann Poole.', ['Ann Poole'], ['Kessel Strip']],
    // A last word the article writes alone as a place: a programme or a region, not a surname.
    ['en', 'Speaking on Morning Ruritania, he said prices rose in Ruritania. Morning Ruritania said it would check.', [], ['Morning Ruritania']],
    // A first word written alone as a place: a firm or a region, not a first name.
    ['en', 'It was hot in Ruritania. Ruritania Power cut supply, and Ruritania ISO said it acted.', [], ['Ruritania Power']],
    // A leading place word before a full name.
    ['en', 'Trade in Ruritania fell. The envoy to Ruritania Karl Vogt said talks would go on. Vogt said more.', ['Karl Vogt'], ['Ruritania Karl Vogt']],
  ])('%s: %s', (lang, text, want, notWant) => {
    const found = names(text, lang);
    for (const n of want) expect(found).toContain(n);
    for (const n of notWant) expect(found).not.toContain(n);
  });

  it.each([
    // Real particles still join: must not split.
    ['es', 'Rocío Martín de la Fuente dijo que el plan era bueno.', 'Rocío Martín de la Fuente'],
    ['de', 'Ursula von der Leyen sagte, die Lage sei ernst.', 'Ursula von der Leyen'],
    ['de', 'Eine Hommage an Hanno von Thalberg: „Es war schön“, sagte Hanno von Thalberg.', 'Hanno von Thalberg'],
    ['fr', 'Le Pen a dit non. Marine Le Pen a ajouté que tout allait mal.', 'Marine Le Pen'],
    // A surname that is also a place elsewhere stays a person when a title or role presents them.
    ['en', 'Voters in Hartford were angry. Senator Ella Hartford said the vote was fair.', 'Ella Hartford'],
  ])('%s keeps %s', (lang, text, name) => {
    expect(names(text, lang)).toContain(name);
  });
});
