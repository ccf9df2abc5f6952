import { describe, expect, it } from 'vitest';
import { headWords } from '../../lib/attribution/resolve';
import { speakersOf, type SpeakerCase } from './helpers';

/**
 * Rules that tie a description to the person, organisation or document it stands for. Each table
 * holds at least one case where the rule must not fire.
 */
type Case = SpeakerCase;
const run = speakersOf;

const roleNouns: Case[] = [
  {
    name: 'a time modifier ties no description to a person: "the former mayor" is not the "former editor"',
    paragraphs: [
      'Tom Reyes was mayor for twelve years. “He has been hit before,” said Jim Hale, former editor of the Daily Courier.',
      'Reyes spoke in Denver in 2015. In the speech, the former mayor argued that “crime fell every year”.',
    ],
    people: [{ name: 'Tom Reyes', aliases: ['Reyes'] }, { name: 'Jim Hale', roles: ['former editor of the Daily Courier'] }],
    speakers: ['Jim Hale', 'Tom Reyes'],
  },
  {
    name: 'a standfirst role noun refers to the person given that role later ("her mother, Fiona Parry")',
    paragraphs: ['The mother of a student has described how she was “burning up from within”.', 'Eloise Parry, 21, died in April.', '“The drug was in her system,” her mother, Fiona Parry, said.'],
    people: [{ name: 'Eloise Parry' }, { name: 'Fiona Parry' }],
    speakers: ['Fiona Parry', 'Fiona Parry'],
  },
  {
    name: 'a role noun after an appositive goes back to that person past another speaker',
    paragraphs: ['Marcus Reid, the 24-year-old striker, scored twice.', 'Preston manager Paul Heckingbottom said: “We were second best all over the pitch.”', 'Scotland manager Steve Clarke watched. “If it comes, it comes,” the striker said.'],
    people: [{ name: 'Marcus Reid', aliases: ['Reid'] }, { name: 'Paul Heckingbottom', roles: ['Preston manager'] }, { name: 'Steve Clarke', roles: ['Scotland manager'] }],
    speakers: ['Paul Heckingbottom', 'Marcus Reid'],
  },
  {
    name: 'a role noun before a name ("head coach Craig Hale") and a case form of it (Russian "министра")',
    lang: 'ru',
    paragraphs: ['Министр финансов Антон Силуанов выступил в Думе.', 'Глава Минэкономразвития Максим Решетников тоже выступил. По словам министра, «бюджет сбалансирован на три года вперёд».'],
    people: [{ name: 'Антон Силуанов', roles: ['Министр финансов'] }, { name: 'Максим Решетников', roles: ['Глава Минэкономразвития'] }],
    speakers: ['Антон Силуанов'],
  },
  {
    name: 'must not fire: a generic role noun ("врач") stays with the current speaker',
    lang: 'ru',
    paragraphs: ['«Пик мы ожидаем в январе», — заявил главный врач больницы Денис Проценко.', 'Пульмонолог Андрей Иванов советует не спешить. «Антибиотики бесполезны», — подчеркнул Иванов.', '«Иммунитет формируется за две недели», — добавил врач.'],
    people: [{ name: 'Денис Проценко', roles: ['главный врач больницы'] }, { name: 'Андрей Иванов', aliases: ['Иванов'], roles: ['Пульмонолог'] }],
    speakers: ['Денис Проценко', 'Андрей Иванов', 'Андрей Иванов'],
  },
  {
    name: 'must not fire: the head of a description decides, not a word after "of" ("the daughter of a resident" is not anonymous)',
    paragraphs: ['The daughter of a resident says families learned of it “from a notice taped to the door”.', '“Nobody rang us,” says Maria Lopez, the daughter of one of the residents.'],
    people: [{ name: 'Maria Lopez' }],
    speakers: ['Maria Lopez', 'Maria Lopez'],
  },
];

const titlesNamedLater: Case[] = [
  {
    name: 'French: a title before the name, resolved through the role the people finder gave',
    lang: 'fr',
    paragraphs: ['Un Français a été tué samedi, emporté par une avalanche, a déclaré jeudi le ministre des Affaires étrangères. Les autorités sont sans nouvelles «d’encore plus de 200 personnes». «On est très interrogatif», a ajouté Laurent Fabius.'],
    people: [{ name: 'Laurent Fabius', roles: ['ministre des Affaires étrangères'] }],
    speakers: ['Laurent Fabius', 'Laurent Fabius'],
  },
  {
    name: 'Spanish: a title with no role to match goes to the person the paragraph names next',
    lang: 'es',
    paragraphs: ['El Gobierno aprobó ayudas para el campo, anunció el ministro de Agricultura en rueda de prensa. Las ayudas llegarán «antes del verano a todas las explotaciones». «Es el mayor paquete de la historia», añadió Luis Planas.'],
    people: [{ name: 'Luis Planas' }],
    speakers: ['Luis Planas', 'Luis Planas'],
  },
  {
    name: 'English: "…, said the minister" after a comma takes the subject after the verb',
    paragraphs: ['Talks will resume next week, said the transport minister, Anna Berg. The offer stays at “four per cent and not a cent more”.'],
    people: [{ name: 'Anna Berg' }],
    speakers: ['Anna Berg'],
  },
  {
    name: 'must not fire: a name before the comma stays the subject ("her mother, Fiona, said in a statement")',
    paragraphs: ['Fiona Parry lost her daughter.', '“The drug was in her system,” her mother, Fiona, said in a statement.'],
    people: [{ name: 'Fiona Parry', aliases: ['Fiona'] }],
    speakers: ['Fiona Parry'],
  },
  {
    name: 'must not fire: capitals not governed by a preposition are a name ("chief inspector Jennifer Mattinson")',
    paragraphs: ['“We are concerned over the sale of these pills,” said chief inspector Jennifer Mattinson from the police.'],
    speakers: ['Jennifer Mattinson'],
  },
  {
    name: 'German: "der FDP-Politiker" is a description of the person named earlier in the paragraph',
    lang: 'de',
    paragraphs: ['„Wir haben ein Angebot vorgelegt“, so Martin Seiler.', 'Verkehrsminister Volker Wissing rief zur Einigung auf. „Ein Streik schadet dem ganzen Land“, sagte der FDP-Politiker am Sonntag.'],
    people: [{ name: 'Martin Seiler' }, { name: 'Volker Wissing', roles: ['Verkehrsminister'] }],
    speakers: ['Martin Seiler', 'Volker Wissing'],
  },
  {
    name: 'must not fire: in English a capitalised word after "the" is a name ("the BBC")',
    paragraphs: ['Anna Berg spoke on Monday.', '“We have not seen the report,” the BBC said.'],
    people: [{ name: 'Anna Berg' }],
    speakers: ['BBC'],
  },
  {
    name: 'an article before a time word is skipped, one before a noun is not ("dijo el lunes" / "dijo el ministro")',
    lang: 'es',
    paragraphs: ['«No hay más dinero», dijo el lunes Pedro Sánchez.', 'Luis Planas habló después. «Llegarán antes del verano», dijo el ministro de Agricultura.'],
    people: [{ name: 'Pedro Sánchez' }, { name: 'Luis Planas', roles: ['ministro de Agricultura'] }],
    speakers: ['Pedro Sánchez', 'Luis Planas'],
  },
];

const organisationsAndDocuments: Case[] = [
  {
    name: '"the union" is the organisation last named with that head noun',
    paragraphs: ['Dock workers walked out on Tuesday, the FNV Havens union said.', '“We have been patient for eleven months,” the union said in a statement.'],
    speakers: ['FNV Havens'],
  },
  {
    name: '"the ministry" is the Ministry named before',
    paragraphs: ['The Ministry of Health published new figures.', '“These numbers are preliminary,” the ministry said.'],
    speakers: ['The Ministry of Health'],
  },
  {
    name: 'must not fire: "the union" with no union named stays unnamed',
    paragraphs: ['Dock workers walked out on Tuesday.', '“We have been patient for eleven months,” the union said.'],
    speakers: [null],
  },
  {
    name: '"the report states": the organisation the report is by, whole name with "on" and "and"',
    paragraphs: ['A new report released on Monday by Stanford University’s Center on Poverty and Inequality calls that into question.', 'As the report states: “The birth lottery matters more in the U.S. than elsewhere.”'],
    speakers: ['Stanford University’s Center on Poverty and Inequality'],
  },
  {
    name: '"the letter reads": the person the letter is from, past an organisation possessive',
    paragraphs: ['Families received a letter from Brightwater’s chief executive, Paul Grady, last week.', 'Dr Aisha Rahman, a geriatrician, disagreed.', '“The home is no longer sustainable,” the letter reads.'],
    people: [{ name: 'Paul Grady' }, { name: 'Aisha Rahman', aliases: ['Dr Aisha Rahman'] }],
    speakers: ['Paul Grady'],
  },
  {
    name: '"the report puts it": a possessive author before the noun ("the Nuffield Trust’s report")',
    paragraphs: ['Dr Aisha Rahman has studied closures. The Nuffield Trust’s report was published last year.', 'As the report puts it: “The market is failing the people it is meant to serve.”'],
    people: [{ name: 'Aisha Rahman', aliases: ['Dr Aisha Rahman'] }],
    speakers: ['Nuffield Trust'],
  },
  {
    name: 'must not fire: a report with no author is not the person named nearby',
    paragraphs: ['Dr Aisha Rahman has studied closures for a decade.', 'As the report puts it: “The market is failing the people it is meant to serve.”'],
    people: [{ name: 'Aisha Rahman', aliases: ['Dr Aisha Rahman'] }],
    speakers: [null],
  },
];

const subjects: Case[] = [
  {
    name: 'a pronoun opening its sentence continues the person who opened the sentence before, not one named inside it',
    paragraphs: ['Pat Oduya says Ruiz “has a track record of bringing people together.” He warns that the plan would “drive the port off the cliff.”'],
    people: [{ name: 'Pat Oduya' }, { name: 'Ana Ruiz', aliases: ['Ruiz'] }],
    speakers: ['Pat Oduya', 'Pat Oduya'],
  },
  {
    name: 'must not fire: a pronoun inside its sentence, or a paragraph between, keeps the nearest person',
    paragraphs: ['Pat Oduya says Ruiz left.', '“We will see,” Ana Ruiz said. In the end, “it works,” she said.'],
    people: [{ name: 'Pat Oduya' }, { name: 'Ana Ruiz', aliases: ['Ruiz'] }],
    speakers: ['Ana Ruiz', 'Ana Ruiz'],
  },
  {
    name: 'a gendered pronoun that could mean only one person teaches her gender: a later "il" skips her',
    lang: 'fr',
    paragraphs: [
      'Claire Vidal enseigne depuis vingt ans. « Cette loi ferme des portes », affirme-t-elle.',
      'Un chargé de cours, Bastien*, 32 ans, est inquiet. « Je n’ai pas reçu mon salaire », glisse-t-il.',
    ],
    people: [{ name: 'Claire Vidal' }],
    speakers: ['Claire Vidal', null],
  },
  {
    name: 'a restrictive relative clause inside the subject ("The mother of a woman who took pills has described")',
    paragraphs: ['The mother of a woman who took diet pills has described how her daughter was “burning up from within”.', 'Eloise died in April, her mother, Fiona Parry, said.'],
    people: [{ name: 'Fiona Parry' }],
    speakers: ['Fiona Parry'],
  },
  {
    name: 'people described by a relative clause stay unnamed',
    paragraphs: ['Anna Berg runs the plant.', 'People who live near the plant said the smell was “unbearable at night”.'],
    people: [{ name: 'Anna Berg' }],
    speakers: [null],
  },
  {
    name: 'must not fire: a relative clause set off by commas is skipped as before',
    paragraphs: ['“The ward is full,” Anna Weber, who heads the unit, said on Monday.'],
    people: [{ name: 'Anna Weber' }],
    speakers: ['Anna Weber'],
  },
  {
    name: 'an age between commas is not the subject ("Lopez, 58, says")',
    paragraphs: ['Maria Lopez lives in Bristol.', 'Lopez, 58, says her mother “has good days and bad days”.'],
    people: [{ name: 'Maria Lopez', aliases: ['Lopez'] }],
    speakers: ['Maria Lopez'],
  },
  {
    name: 'a subject pronoun right before the verb and the quote (French "Elle affirme « … »")',
    lang: 'fr',
    paragraphs: ['Claire Vidal ne fait plus de cours depuis janvier. Elle affirme « J’ai réorganisé le cours avec les étudiants ».'],
    people: [{ name: 'Claire Vidal' }],
    speakers: ['Claire Vidal'],
  },
  {
    name: 'German "Er sagt: „…“" and "„…“, sagte er" both reach the person before',
    lang: 'de',
    paragraphs: ['Jonas Riedl leitet das Werk. Er sagt: „Wir liefern mehr denn je.“', 'Die Lage ist ernst. „Es fehlt Personal“, sagte er.'],
    people: [{ name: 'Jonas Riedl' }],
    speakers: ['Jonas Riedl', 'Jonas Riedl'],
  },
  {
    name: 'capitals after an indefinite article modify the noun after them: "one GOP operative" is unnamed',
    paragraphs: ['Tom McNair runs the state party.', '“He screwed everybody,” said one GOP operative in the state.', '“We lost the seat,” an Obama aide said.'],
    people: [{ name: 'Tom McNair' }],
    speakers: [null, null],
  },
  {
    name: 'Portuguese "a" is the definite article: "a Ministra da Saúde, Ana Lopes" names her',
    lang: 'pt',
    paragraphs: ['“O plano está pronto”, disse a Ministra da Saúde, Ana Lopes.'],
    people: [{ name: 'Ana Lopes' }],
    speakers: ['Ana Lopes'],
  },
  {
    name: 'a party-and-state label between commas is not the subject ("McNair, R-Ky., said")',
    paragraphs: ['“The veto will be overridden,” Senate Majority Leader Tom McNair, R-Ky., said Tuesday.'],
    people: [{ name: 'Tom McNair' }],
    speakers: ['Tom McNair'],
  },
  {
    name: 'an age in Spanish ("Ruiz, de 61 años" is not needed: "Ruiz, 61, dijo")',
    lang: 'es',
    paragraphs: ['Carmen Ruiz, 61, dijo que «no aguantarán otra campaña así».'],
    people: [{ name: 'Carmen Ruiz' }],
    speakers: ['Carmen Ruiz'],
  },
  {
    name: 'must not fire: a number with no name before it names no one',
    paragraphs: ['Anna Berg ran the trial.', 'Of the 40 patients, 12 said they felt “much better than before”.'],
    people: [{ name: 'Anna Berg' }],
    speakers: [null],
  },
  {
    name: 'unnamed sources in Russian and Spanish (words edges beyond ASCII, plurals)',
    lang: 'ru',
    paragraphs: ['Министр Антон Силуанов выступил в Думе.', 'Источник в правительстве сообщил, что обсуждается «новый пакет мер для экспортёров».'],
    people: [{ name: 'Антон Силуанов' }],
    speakers: [null],
  },
  {
    name: 'Spanish "Fuentes del ministerio" stay unnamed',
    lang: 'es',
    paragraphs: ['Luis Planas presentó el decreto.', 'Fuentes del ministerio señalaron que se publicará «en los próximos días».'],
    people: [{ name: 'Luis Planas' }],
    speakers: [null],
  },
];

const openingsAndTitles: Case[] = [
  {
    name: 'Portuguese: "Para o economista X, …" names the holder of the view',
    lang: 'pt',
    paragraphs: ['Fernando Haddad defendeu o corte.', 'Para o economista-chefe do banco Inter, Rafael Cardoso, a medida "sinaliza seriedade, mas não resolve o problema".'],
    people: [{ name: 'Fernando Haddad' }, { name: 'Rafael Cardoso' }],
    speakers: ['Rafael Cardoso'],
  },
  {
    name: 'French: "Pour la ministre X, …"',
    lang: 'fr',
    paragraphs: ['Pierre Moreau a présenté le budget.', 'Pour la ministre Agnès Buzyn, cette réforme est «indispensable pour l’hôpital public».'],
    people: [{ name: 'Pierre Moreau' }, { name: 'Agnès Buzyn' }],
    speakers: ['Agnès Buzyn'],
  },
  {
    name: 'English: "For Anna Berg, …"',
    paragraphs: ['Karl Brenner presented the plan.', 'For Anna Berg, the plan is “a step in the right direction at last”.'],
    people: [{ name: 'Karl Brenner' }, { name: 'Anna Berg' }],
    speakers: ['Anna Berg'],
  },
  {
    name: 'must not fire: "For now, …" names no one',
    paragraphs: ['For now, the plan remains “a step in the right direction at last”.'],
    speakers: [null],
  },
  {
    name: 'Portuguese: a description runs over a comma to a titled name ("na Câmara, deputado Carlos Jordy")',
    lang: 'pt',
    paragraphs: ['Fernando Haddad falou primeiro. "É um governo que gasta demais", disse o líder da oposição na Câmara, deputado Carlos Jordy.'],
    people: [{ name: 'Fernando Haddad' }, { name: 'Carlos Jordy', roles: ['deputado'] }],
    speakers: ['Carlos Jordy'],
  },
  {
    name: 'Spanish: a title before the name after the comma ("de la Junta, doctora Ana Ruiz")',
    lang: 'es',
    paragraphs: ['«No hay camas libres», afirmó la directora del hospital de la Junta, doctora Ana Ruiz.'],
    speakers: ['Ana Ruiz'],
  },
  {
    name: 'must not fire: lower-case words after the comma do not extend the subject',
    paragraphs: ['Karl Brenner, head of the union, met the board.', '“We will not pay,” said the head of the union, adding that talks would continue.'],
    people: [{ name: 'Karl Brenner', roles: ['head of the union'] }],
    speakers: ['Karl Brenner'],
  },
  {
    name: 'Russian: a role noun that opens the sentence is a description, not a name',
    lang: 'ru',
    paragraphs: ['«Не надо искать здесь политику», — подчеркнула Мария Захарова.', 'Следователь на заседании заявил, что обвиняемый «может скрыться за границей».'],
    people: [{ name: 'Мария Захарова' }],
    speakers: ['Мария Захарова', null],
  },
  {
    name: 'English: "Investigators at the scene" are no name',
    paragraphs: ['Anna Berg runs the plant.', 'Investigators at the scene said the fire was “almost certainly deliberate”.'],
    people: [{ name: 'Anna Berg' }],
    speakers: [null],
  },
  {
    name: 'must not fire: a capitalised surname the people list lacks is still a name',
    paragraphs: ['“We will appeal,” Barnes said on Monday.'],
    speakers: ['Barnes'],
  },
];

const passive: Case[] = [
  {
    // The person the paragraph names is only a candidate: no cue has her speak anywhere.
    name: '"were told": the subject listened; the person the paragraph names is the withheld candidate',
    paragraphs: ['Finance minister Anna Berg met union leaders on Monday. They were told “there is no more money on the table”.'],
    people: [{ name: 'Anna Berg', roles: ['Finance minister'] }],
    speakers: ['withheld: Anna Berg'],
  },
  {
    name: '"were told" with no one named stays unnamed',
    paragraphs: ['Residents were told “to stay indoors until further notice”.'],
    speakers: [null],
  },
  {
    name: '"was asked" does not make the subject the speaker of the answer quoted before it',
    paragraphs: ['Karl Brenner chairs the committee. “We would pause them and listen,” he replied when Anna Berg was asked about the plan.'],
    people: [{ name: 'Karl Brenner' }, { name: 'Anna Berg' }],
    speakers: ['Karl Brenner'],
  },
  {
    name: 'must not fire: an active "told" keeps its subject',
    paragraphs: ['Anna Berg met the unions.', '“There is no more money,” she told reporters.'],
    people: [{ name: 'Anna Berg' }],
    speakers: ['Anna Berg'],
  },
];

const context: Case[] = [
  {
    name: 'a quote after a sentence naming someone in its own paragraph goes to them, not to the previous paragraph',
    paragraphs: ['“This will finish some of them off,” Alan Lamb said.', 'Debra Coupar dismissed the criticism. “Nobody is closing roads.”'],
    people: [{ name: 'Alan Lamb' }, { name: 'Debra Coupar' }],
    // Coupar is a candidate only (no cue has her speak); Lamb, who spoke before, is not taken.
    speakers: ['Alan Lamb', 'withheld: Debra Coupar'],
  },
  {
    name: 'a quote after a sentence naming someone a cue has speaking elsewhere goes to them',
    paragraphs: ['“This will finish some of them off,” Alan Lamb said.', 'Debra Coupar dismissed the criticism. “Nobody is closing roads.”', '“We will see,” Coupar said.'],
    people: [{ name: 'Alan Lamb' }, { name: 'Debra Coupar', aliases: ['Coupar'] }],
    speakers: ['Alan Lamb', 'Debra Coupar', 'Debra Coupar'],
  },
  {
    name: 'a speech cue earlier in the paragraph carries to a quote whose sentence has none',
    paragraphs: ['Prices will rise in July, the mayor Bohuslav Svoboda said on Thursday. The city has no choice but a “painful but necessary step”.'],
    people: [{ name: 'Bohuslav Svoboda' }],
    speakers: ['Bohuslav Svoboda'],
  },
  {
    name: 'must not fire: a quote with its own cue keeps it',
    paragraphs: ['Debra Coupar dismissed the criticism. “Nobody is closing roads,” Alan Lamb replied.'],
    people: [{ name: 'Alan Lamb' }, { name: 'Debra Coupar' }],
    speakers: ['Alan Lamb'],
  },
  {
    name: 'a name the people list lacks is remembered for a later pronoun (Czech "podle něj", "dodal")',
    lang: 'cs',
    paragraphs: ['„Bez zdražení bychom museli omezit spoje,“ uvedl náměstek primátora Zdeněk Hřib.', 'Podle něj město dopravu dotuje. „Cena se neměnila osm let,“ dodal.'],
    speakers: ['Zdeněk Hřib', 'Zdeněk Hřib'],
  },
  {
    name: 'must not fire: another unlisted name between a remembered name and the pronoun leaves it open',
    lang: 'nl',
    paragraphs: ['"De bus is de enige manier om bij de huisarts te komen," zegt Truus Bakker van de ouderenbond.', 'Gedeputeerde Henk Jansen spreekt van een keuze. Volgens hem rijden veel bussen "vrijwel leeg door de dorpen".'],
    speakers: ['Truus Bakker', null],
  },
  {
    name: 'must not fire: an acronym the people list lacks is not a person for "he"',
    paragraphs: ['Anna Berg and Karl Brenner met the press.', '“We have not seen it,” the BBC said.', '“It is a good plan,” he said.'],
    people: [{ name: 'Anna Berg' }, { name: 'Karl Brenner' }],
    speakers: ['BBC', 'Karl Brenner'],
  },
];

describe.each([
  ['role nouns', roleNouns],
  ['titles named later and descriptions with capitals', titlesNamedLater],
  ['organisations and documents', organisationsAndDocuments],
  ['subjects', subjects],
  ['passive cues', passive],
  ['opening sources and titled names', openingsAndTitles],
  ['context', context],
])('%s', (_group, cases) => {
  it.each(cases)('$name', (c) => {
    expect(run(c)).toEqual(c.speakers);
  });
});

describe('headWords', () => {
  it.each([
    ['The mother of a woman who took pills', ['mother']],
    ['the 24-year-old striker signed from Hearts', ['24-year-old', 'striker', 'signed']],
    ['le ministre des Affaires étrangères', ['ministre']],
    ['Rovers head coach', ['rovers', 'head', 'coach']],
  ])('%s → %j', (description, words) => {
    expect(headWords(description, false)).toEqual(words);
  });
});
