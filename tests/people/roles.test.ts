import { describe, expect, it } from 'vitest';
import { blocksFromParagraphs } from '../../lib/article/blocks';
import { findPeople } from '../../lib/people/find';
import { lexiconFor } from '../../lib/people/lexicon';
import { isRoleWord } from '../../lib/people/words';

const people = (text: string | string[], lang: string | null = 'en') =>
  findPeople(blocksFromParagraphs(Array.isArray(text) ? text : [text]), lang);
const specialists = (text: string | string[], lang: string | null = 'en') => people(text, lang).filter((p) => p.specialist);

// Role nouns by morphology: feminine forms derived from the listed masculine ones, agentive endings,
// case and plural endings (German), the head of a hyphenated compound; and words those rules would
// wrongly take for roles.
describe('role nouns by morphology', () => {
  it.each([
    ['es', 'arquitecta'], ['es', 'directora'], ['es', 'sindicalista'], ['es', 'intendenta'],
    ['pt', 'ministra'], ['pt', 'diretora'], ['pt', 'romancista'], ['pt', 'biólogo'],
    ['fr', 'directrice'], ['fr', 'chercheuse'], ['fr', 'avocate'], ['fr', 'pharmacienne'], ['fr', 'conseillère'], ['fr', 'naturopathe'],
    ['de', 'sekretärin'], ['de', 'generalsekretärin'], ['de', 'expertin'], ['de', 'darstellerin'], ['de', 'humoristen'],
    ['de', 'kabarettist'], ['de', 'satiriker'], ['de', 'ko-regisseur'], ['de', 'spd-abgeordnete'], ['de', 'ärztinnen'],
    ['en', 'co-host'], ['en', 'cofounder'], ['en', 'incumbent'], ['en', 'editor-in-chief'], ['en', 'mayor-elect'],
  ])('%s: %s is a role noun', (lang, word) => {
    expect(isRoleWord(word, lexiconFor(lang))).toBe(true);
  });

  it.each([
    ['es', 'revista'], ['es', 'entrevista'], ['es', 'lista'], ['es', 'excursionista'], ['es', 'política'], ['es', 'música'],
    ['pt', 'revista'], ['pt', 'entrevista'],
    ['fr', 'liste'], ['fr', 'triste'], ['fr', 'existe'],
    ['de', 'abgabefrist'], ['de', 'sozialist'], ['de', 'unternehmer-freundlichen'],
    ['en', 'expert-led'], ['en', 'head-on'],
  ])('%s: %s is not', (lang, word) => {
    expect(isRoleWord(word, lexiconFor(lang))).toBe(false);
  });
});

describe('role phrases before the name', () => {
  it.each([
    // a feminine role noun, an agentive ending, an adjective after the role noun
    ['es', 'Para la arquitecta Inés Barrios, el edificio es un éxito.', 'Inés Barrios'],
    ['es', 'El ingeniero civil Tomás Aldana explicó las medidas.', 'Tomás Aldana'],
    ['de', 'Die Germanistin Ruth Kramer hat das Buch geprüft.', 'Ruth Kramer'],
    // an article fused with a preposition opens a comma apposition
    ['pt', 'O ministro disse ao presidente do Tribunal Regional, Caio Menezes, que tudo estava pronto.', 'Caio Menezes'],
    ['es', 'La radio consultó al actual intendente de Valle Alto, Rubén Sosa, sobre el tema.', 'Rubén Sosa'],
    // a long complement before the comma
    ['es', 'La directora de Planificación y Obras de la Fundación Mar Azul, Elena Vidal, explicó el plan.', 'Elena Vidal'],
    // two role nouns joined by "and"
    ['es', 'La campaña se dirigió contra el periodista y colaborador de Radio Sur, Hugo Peña.', 'Hugo Peña'],
    // a role phrase that opens the sentence, the name closed by a second comma
    ['en', 'Union Chief Executive, Ann Lowe, said the strike would go ahead.', 'Ann Lowe'],
    ['en', 'Viewers know the morning co-host Dana Whitfield well.', 'Dana Whitfield'],
    ['en', 'Registered gas fitter Oliver Brand, 41, admitted the charge.', 'Oliver Brand'],
    // a party acronym after the role noun; a member of a body named before "member"
    ['fr', 'Le 6 mai, le député LREM Marc Delorme a été condamné.', 'Marc Delorme'],
    ['en', 'Then board member Ruth Alvarez asked how the route would cross the river.', 'Ruth Alvarez'],
    ['en', 'Then trust member Ruth Alvarez asked how the route would cross the river.', 'Ruth Alvarez'],
    // a complement with an organisation word between the role noun and the name: the name starts after it
    ['pt', 'O documento foi assinado pelo general de Divisão do Exército Caio Ramos Teles, que participa da comissão.', 'Caio Ramos Teles'],
  ])('%s: %s', (lang, text, name) => {
    expect(specialists(text, lang).map((p) => p.name)).toEqual([name]);
  });

  it.each([
    // "d’Etat", "l’Intérieur": a role's complement, not a person
    ['fr', 'Le chef d’Etat a parlé. Le ministre de l’Intérieur, Paul Morel, a répondu.', ['Paul Morel']],
    ['fr', 'Auteure de L’Estomac, elle a vendu des milliers de livres.', []],
    // a complement that goes on after the capitalised words holds no name
    ['es', 'La directora de Cultura y Deporte Local de la ciudad, Elena Vidal, explicó el plan.', ['Elena Vidal']],
    // an acronym before a name, after a word that is no role
    ['fr', 'Le rapport LREM Marc Delorme est sorti.', []],
    // "the charity Save Our Rivers" names an organisation
    ['en', 'The charity Save Our Rivers said the water was clean.', []],
    // a comma after a role noun at the start of a sentence, with no second comma: a vocative, not an apposition
    ['en', 'Coach, Mark Dillon is here.', []],
    // a noun in the article's text that is no role ("la entrevista")
    ['es', 'En la entrevista, Juan Soto habló de su infancia.', []],
    // an ideology is no role
    ['de', 'Der Sozialist Karl Brenner sprach zuerst.', []],
    // a role noun before "von" governs an institution, no person
    ['de', 'Die Generalsekretärin von Amnesty sprach zuerst.', []],
    // a role phrase holding a relative clause before the comma belongs to another noun
    ['es', 'Ante la versión del presidente de la Junta sobre los pedidos que hicieron los vecinos, Pablo Ortega dijo que no.', []],
  ])('%s: %s', (lang, text, names) => {
    expect(specialists(text, lang).map((p) => p.name)).toEqual(names);
  });
});

describe('role phrases after the name', () => {
  it.each([
    // a relative clause cut at "but"
    ['en', '“It will pass,” said Nora Field, who was an adviser to the governor but is not involved now.', 'Nora Field', 'adviser to the governor'],
    // a second role noun joined by "and" after the first one's complement
    ['es', 'Lucía Prieto, vecina del barrio y profesora de la escuela local, denunció la tala.', 'Lucía Prieto', 'vecina del barrio y profesora de la escuela local'],
    // the second noun presents a role only with its institution (an acronym counts)
    ['es', 'Laura Vidal, vecina del área e integrante de la ONG Protección Animal, dijo que hay problemas.', 'Laura Vidal', 'vecina del área e integrante de la ONG Protección Animal'],
    ['en', 'The law is named after Ada Crane, cofounder of Brightwave.', 'Ada Crane', 'cofounder of Brightwave'],
    ['en', 'Tom Reyes, prosecuting, said the damage was deliberate.', 'Tom Reyes', 'prosecuting'],
  ])('%s: %s', (lang, text, name, role) => {
    expect(specialists(text, lang).map((p) => [p.name, p.roles])).toEqual([[name, [role]]]);
  });

  it.each([
    // a conjunction opens a clause, not an apposition
    ['en', 'The draft was signed by Leo Marsh, but a doctor wrote it.'],
    ['es', 'No lo firmó Pablo Ortega, sino un médico del hospital.'],
    // a noun before "as" is a subject: the phrase is a clause
    ['de', 'Die Kritik galt Paul Anker, Tim Weber als Regisseur nannte sie brillant.'],
  ])('%s: %s — no role for the first name', (lang, text) => {
    const first = people(text, lang)[0];
    expect(first?.specialist ?? false).toBe(false);
  });
});

// A sentence that opens with a definite description right after a sentence (or heading) naming one
// person describes that person.
describe('a definite description in the next sentence', () => {
  it.each([
    ['en', ['Turnout was high for Marta Ellison.', 'The former attorney general had a clear lead in the county.'], 'Marta Ellison', 'The former attorney general'],
    ['fr', ['Claire Vautrin', 'La ministre de la Culture a refusé de commenter la décision prise hier soir par le tribunal administratif de la ville.'], 'Claire Vautrin', 'La ministre de la Culture'],
    ['es', ['Votó a favor Andrés Colmenar. El senador explicó su decisión.'], 'Andrés Colmenar', 'El senador'],
  ])('%s: %j', (lang, paragraphs, name, role) => {
    expect(specialists(paragraphs, lang).map((p) => [p.name, p.roles])).toEqual([[name, [role]]]);
  });

  it.each([
    // two people in the sentence before: whom would it describe?
    ['en', ['Turnout was high for Marta Ellison and Tom Reed.', 'The former attorney general had a clear lead.']],
    // a possessive or an indefinite is someone else
    ['en', ['The court heard from Marta Ellison.', 'Her lawyer said she would appeal.']],
    ['en', ['The court heard from Marta Ellison.', 'A doctor said she was unwell.']],
    // a name follows the description: the role is that name's
    ['en', ['Turnout was high for Marta Ellison.', 'The senator Tom Reed conceded.']],
    // a name with a lower-case particle may be a firm
    ['fr', ['Le contrat revenait aux Ateliers de Bretagne.', 'Le ministre a démissionné.']],
    // not the next sentence
    ['en', ['Turnout was high for Marta Ellison.', 'Rain fell all day.', 'The former attorney general had a clear lead.']],
  ])('%s: %j', (lang, paragraphs) => {
    expect(specialists(paragraphs, lang).filter((p) => p.name !== 'Tom Reed')).toEqual([]);
  });
});
