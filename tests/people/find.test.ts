import { describe, expect, it } from 'vitest';
import { blocksFromParagraphs } from '../../lib/article/blocks';
import { findPeople } from '../../lib/people/find';

const people = (text: string | string[], lang: string | null = 'en') =>
  findPeople(blocksFromParagraphs(Array.isArray(text) ? text : [text]), lang);
const specialists = (text: string | string[], lang: string | null = 'en') => people(text, lang).filter((p) => p.specialist);

describe('findPeople: role before the name', () => {
  it.each([
    ['en', 'The pediatrician Fyodor Katasonov left the country in March.', 'Fyodor Katasonov', 'pediatrician'],
    ['en', 'Dr. Jane Smith said the results were clear.', 'Jane Smith', 'Dr.'],
    ['en', 'Prof. Alan Brown told reporters the data were incomplete.', 'Alan Brown', 'Prof.'],
    ['en', 'It was discovered by a meteorologist named Edward Norton Lorenz in 1961.', 'Edward Norton Lorenz', 'meteorologist'],
    ['en', 'Health Minister Olga Petrova announced new rules on Monday.', 'Olga Petrova', 'Health Minister'],
    ['en', 'Critics were answered by pulmonologist Vasily Shtabnitsky.', 'Vasily Shtabnitsky', 'pulmonologist'],
    ['en', '“We are concerned,” said chief inspector Jennifer Mattinson from the police.', 'Jennifer Mattinson', 'chief inspector'],
    ['en', 'The country’s president, Omar Hassan al-Bashir, refused.', 'Omar Hassan al-Bashir', 'president'],
    ['en', 'Secretary of State Antony Blinken said the talks would continue.', 'Antony Blinken', 'Secretary of State'],
    ['en', '“We are ready,” the head of the WHO, Tedros Adhanom Ghebreyesus, told reporters.', 'Tedros Adhanom Ghebreyesus', 'head of the WHO'],
    ['en', 'Shares fell, and Apple CEO Tim Cook said he was confident.', 'Tim Cook', 'CEO'],
    ['fr', 'Selon le cardiologue Jean Dupont, le risque est réel.', 'Jean Dupont', 'cardiologue'],
    ['pt', 'O médico Carlos Souza disse que o surto acabou.', 'Carlos Souza', 'médico'],
    ['pt', 'Ele encontrou o presidente eleito Jair Bolsonaro ontem.', 'Jair Bolsonaro', 'presidente eleito'],
    ['es', 'El epidemiólogo Juan Pérez dijo que la ola terminó.', 'Juan Pérez', 'epidemiólogo'],
    ['de', 'Der Virologe Christian Drosten sagte, die Lage sei ernst.', 'Christian Drosten', 'Virologe'],
    ['ru', 'Врач Сергей Морозов заявил, что уходит.', 'Сергей Морозов', 'Врач'],
    ['cs', 'Lékař Petr Novák řekl, že situace je vážná.', 'Petr Novák', 'Lékař'],
    ['cs', '„Je to vážné,“ řekl ministr zdravotnictví Adam Vojtěch.', 'Adam Vojtěch', 'ministr zdravotnictví'],
    ['es', '«Estamos preparados», dijo la ministra de Sanidad, Carolina Darias.', 'Carolina Darias', 'ministra de Sanidad'],
  ])('%s: %s', (lang, text, name, role) => {
    const found = specialists(text, lang);
    expect(found.map((p) => p.name)).toEqual([name]);
    expect(found[0].roles.join(' ')).toContain(role);
  });
});

describe('findPeople: role after the name', () => {
  it.each([
    ['en', 'Vasily Shtabnitsky, pulmonologist, left in March.', 'Vasily Shtabnitsky', 'pulmonologist'],
    ['en', 'Badma Bashankayev, deputy chairman of the Duma committee on health protection, assured the public.', 'Badma Bashankayev', 'deputy chairman of the Duma committee on health protection'],
    ['en', 'Dr. Sergey Morozov, PhD, resigned.', 'Sergey Morozov', 'PhD'],
    ['en', '“It is scary,” says Stephen Calderwood, MD, president of the society.', 'Stephen Calderwood', 'president of the society'],
    ['en', 'The idea came from Sarah Gille, now a physical oceanographer at the University of California.', 'Sarah Gille', 'oceanographer'],
    ['en', 'The study was led by Tom Hill, who is a professor of economics at Yale.', 'Tom Hill', 'professor of economics'],
    ['en', 'The report was praised by Anna Kowalska (a cardiologist at a city hospital) and others.', 'Anna Kowalska', 'cardiologist'],
    ['en', 'Andrei Volna, orthopaedic trauma surgeon Photo: FB', 'Andrei Volna', 'orthopaedic trauma surgeon'],
    ['en', 'John Smith, 45, a teacher from Leeds, said he was shocked.', 'John Smith', 'teacher from Leeds'],
    ['fr', 'Marie Curie, directrice de l’institut, a déclaré que tout allait bien.', 'Marie Curie', 'directrice'],
    ['pt', 'Ana Lima, professora da Universidade de São Paulo, afirmou que não.', 'Ana Lima', 'professora da Universidade de São Paulo'],
  ])('%s: %s', (lang, text, name, role) => {
    const found = specialists(text, lang);
    expect(found.map((p) => p.name)).toEqual([name]);
    expect(found[0].roles.join(' ')).toContain(role);
  });

  it('reads a signature: a name alone, then its role on the next line', () => {
    const found = specialists(['Sergei Rybakov.', 'Former Deputy Head of the Alliance of Doctors']);
    expect(found.map((p) => [p.name, p.roles])).toEqual([['Sergei Rybakov', ['Former Deputy Head of the Alliance of Doctors']]]);
  });

  it('gives a role in a list to the name that follows it, not to the one before', () => {
    const found = specialists('The pediatrician Fyodor Katasonov, the pulmonologist Vasiliy Shtabnitsky and the gastroenterologist Alexey Golovenko left.');
    expect(found.map((p) => [p.name, p.roles])).toEqual([
      ['Fyodor Katasonov', ['The pediatrician']],
      ['Vasiliy Shtabnitsky', ['the pulmonologist']],
      ['Alexey Golovenko', ['the gastroenterologist']],
    ]);
  });

  it('takes the role of the official who spoke just before "added X"', () => {
    const text = 'Un Français a été tué, a déclaré jeudi le ministre des Affaires étrangères. «Nous sommes inquiets», a ajouté Laurent Fabius.';
    const found = specialists(text, 'fr');
    expect(found.map((p) => p.name)).toEqual(['Laurent Fabius']);
    expect(found[0].roles[0]).toContain('ministre des Affaires étrangères');
  });
});

describe('findPeople: not specialists', () => {
  it.each([
    ['places', 'He flew from New Zealand to South Carolina and then to Buenos Aires.'],
    ['organisations', 'Researchers at Harvard University and the Food Standards Agency agreed, West Mercia Police said.'],
    ['an unnamed expert', 'A second respected radiologist said the situation was dire.'],
    ['a person with no role', 'Eloise Parry, 21, was taken to hospital, her mother, Fiona, said.'],
    ['a Title Case headline', 'United States to Lift Sudan Sanctions'],
    ['a sentence-initial adverb', 'Apparently, a real doctor has to work only in unbearable conditions.'],
    ['a role that belongs to the next clause', 'Hours later, the doctor said nothing.'],
    ['a company named like a title', 'Shares of General Motors fell on Monday.'],
    ['an author’s credit line', 'By John Smith, health correspondent'],
    ['a place after a role noun and a preposition', 'He worked as a teacher in Leeds before the war.'],
  ])('%s', (_label, text) => {
    expect(specialists(text)).toEqual([]);
  });

  it('finds people named with no role, without making them specialists', () => {
    const found = people(['Eloise Parry, 21, was taken to hospital.', '“She was burning up,” said Fiona Parry.']);
    expect(found.map((p) => [p.name, p.specialist])).toEqual([['Eloise Parry', false], ['Fiona Parry', false]]);
  });
});

describe('findPeople: a first name given alone', () => {
  it.each([
    ['fr', 'Le problème est réel, comme nous le raconte Antoine*, 32 ans, chargé de cours.', 'Antoine'],
    ['fr', 'Nous avons rencontré Zineb, 22 ans, devant la fac.', 'Zineb'],
    ['es', '“Maritza”, una estudiante de la UCA que prefiere omitir su nombre por seguridad, participó en las protestas.', 'Maritza'],
    ['en', 'We met “Sarah”, a nurse in the ward, whose name has been changed.', 'Sarah'],
  ])('%s: %s → %s (an age, an asterisk, or quotation marks where the name is withheld)', (lang, text, name) => {
    expect(people(text, lang).map((p) => p.name)).toContain(name);
  });
  it.each([
    ['es', '“Cambiemos”, una coalición de partidos, ganó las elecciones.'],
    ['fr', 'Il a rencontré Antoine devant la bibliothèque.'],
    ['en', 'Chapter 12, 41 pages long, closes the book.'],
  ])('%s: %s → nobody (no mark of a person)', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });
});

describe('findPeople: another name the article gives a person', () => {
  it.each([
    ['de', 'Vor 100 Jahren wurde Vicco von Bülow alias Loriot geboren. Loriot schrieb Fernsehgeschichte.', 'Vicco von Bülow', 'Loriot'],
    ['en', 'Marshall Mathers, aka Eminem, released a record. Eminem said it was his last.', 'Marshall Mathers', 'Eminem'],
    ['es', 'Joaquín Guzmán, apodado Chapo, fue extraditado. Chapo dijo que era inocente.', 'Joaquín Guzmán', 'Chapo'],
  ])('%s: %s → %s is also %s', (lang, text, name, alias) => {
    const found = people(text, lang);
    expect(found.map((p) => p.name)).toEqual([name]);
    expect(found[0].mentions.filter((m) => m.text === alias)).toHaveLength(2);
  });
  it('must not fire: a full name after the alias word is a person of its own', () => {
    const found = people('Marshall Mathers, aka Slim Shady, released a record. Shady said nothing. Mathers said it was his last.');
    expect(found.find((p) => p.name === 'Marshall Mathers')?.mentions.map((m) => m.text)).toEqual(['Marshall Mathers', 'Mathers']);
  });
});

describe('findPeople: one person, every mention', () => {
  it.each([
    [['Vasiliy Shtabnitsky left.', '“I could not stay,” says Vasily Shtabnitsky, pulmonologist.'], 'Vasiliy Shtabnitsky', 'Vasily Shtabnitsky'],
    [['The infectious disease specialist Oksana Stanevich left.', '“I was forced to leave,” writes Oksana Stanevych.'], 'Oksana Stanevich', 'Oksana Stanevych'],
    [['Andrei Volna, a traumatologist, left.', '“They left,” notes Andrey Volna.'], 'Andrei Volna', 'Andrey Volna'],
  ])('merges transliteration variants: %j', (paragraphs, a, b) => {
    const found = specialists(paragraphs);
    expect(found).toHaveLength(1);
    expect([found[0].name, ...found[0].aliases]).toEqual(expect.arrayContaining([a, b]));
  });

  it('merges Russian case forms of one name', () => {
    const found = specialists(['Врач Сергей Морозов заявил, что уходит.', 'По словам Сергея Морозова, ситуация сложная.'], 'ru');
    expect(found.map((p) => p.mentions.map((m) => m.text))).toEqual([['Сергей Морозов', 'Сергея Морозова']]);
  });

  it('merges Czech case forms of one name', () => {
    const found = specialists(['Lékař Petr Novák řekl, že situace je vážná.', 'Podle Petra Nováka je to vážné.'], 'cs');
    expect(found.map((p) => p.name)).toEqual(['Petr Novák']);
    expect(found[0].mentions.map((m) => m.text)).toEqual(['Petr Novák', 'Petra Nováka']);
  });

  it('links the surname alone, titled forms and possessives to the full name, with offsets into the text', () => {
    const article = blocksFromParagraphs([
      'Eric Reeves, a senior fellow at Harvard University, was appalled.',
      '“These guys are the worst,” said Mr. Reeves. Reeves’s view is shared.',
    ]);
    const [p] = findPeople(article, 'en');
    expect(p.name).toBe('Eric Reeves');
    expect(p.aliases).toEqual(expect.arrayContaining(['Reeves', 'Mr. Reeves']));
    expect(p.mentions.map((m) => m.text)).toEqual(['Eric Reeves', 'Reeves', 'Reeves']);
    for (const m of p.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    expect(p.mentions.map((m) => m.start)).toEqual([...p.mentions.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('keeps relatives apart and gives the bare surname to the one named most', () => {
    const found = people([
      'Whale whisperer Hori Parata, an elder of the tribe, was seven.',
      '“It is sad,” says Hori Parata.',
      'Parata and his son, Te Kaurinui Robert Parata, were called in.',
      '“We listen,” says Te Kaurinui.',
    ]);
    const hori = found.find((p) => p.name === 'Hori Parata')!;
    const son = found.find((p) => p.name === 'Te Kaurinui Robert Parata')!;
    expect(hori.specialist).toBe(true);
    expect(hori.mentions.map((m) => m.text)).toContain('Parata');
    expect(son.mentions.map((m) => m.text)).toEqual(['Te Kaurinui Robert Parata', 'Te Kaurinui']);
  });

  it('finds a one-word name given with a role, and its later mentions', () => {
    const found = specialists(['O técnico Tite declarou que errou.', 'Tite e outros foram ao Instituto.'], 'pt');
    expect(found.map((p) => [p.name, p.mentions.length])).toEqual([['Tite', 2]]);
  });

  it('keeps name particles: "Osama bin Laden" and "Bin Laden" are one person', () => {
    const found = people(['Osama bin Laden lived in Khartoum, according to officials.', 'Bin Laden left later.']);
    expect(found.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['Osama bin Laden', ['Osama bin Laden', 'Bin Laden']]]);
  });

  it('links a surname that opens a sentence even when it is also a common word', () => {
    const found = people(['The economist Gordon Brown said prices rose.', 'Brown said the brown paper bag was empty.']);
    expect(found.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['Gordon Brown', ['Gordon Brown', 'Brown']]]);
  });

  it('works without a language', () => {
    expect(specialists('Der Virologe Christian Drosten sagte, die Lage sei ernst.', null).map((p) => p.name)).toEqual(['Christian Drosten']);
  });
});

describe('findPeople: compounds, complements and organisations', () => {
  it.each([
    ['de', 'Bundesfinanzminister Christian Lindner lehnte das ab.', 'Christian Lindner', ['Bundesfinanzminister']],
    ['de', 'Die Oberärztin Dr. Lena Vogt aus Hamburg widersprach.', 'Lena Vogt', ['Oberärztin', 'Dr.']],
    ['de', 'Auch die Sprecherin des Deutschen Roten Kreuzes, Maria Hahn, warnte.', 'Maria Hahn', ['die Sprecherin des Deutschen Roten Kreuzes']],
    ['es', '«No hay riesgo», dijo la consejera de Salud, Ana Ruiz, en rueda de prensa.', 'Ana Ruiz', ['la consejera de Salud']],
    ['ru', '«Мест нет», — заявил главный врач больницы №12 Игорь Смирнов.', 'Игорь Смирнов', ['главный врач больницы №12']],
    ['cs', '„Nemáme lůžka,“ řekl ředitel Krajské nemocnice Liberec Jan Dvořák.', 'Jan Dvořák', ['ředitel Krajské nemocnice Liberec']],
    ['cs', 'Náměstek ministra zdravotnictví Jakub Dvořáček to odmítl.', 'Jakub Dvořáček', ['Náměstek ministra zdravotnictví']],
    ['ru', 'Врач Сергей Петрович Морозов заявил, что уходит.', 'Сергей Петрович Морозов', ['Врач']],
  ])('%s: %s', (lang, text, name, roles) => {
    const found = specialists(text, lang);
    expect(found.map((p) => [p.name, p.roles])).toEqual([[name, roles]]);
  });

  it.each([
    ['de', 'Das Personal arbeitet seit Wochen am Rande der Erschöpfung, sagte ein Sprecher.'],
    ['de', 'Der Präsident der Deutschen Krankenhausgesellschaft warnte.'],
    ['es', 'Lo dijo la organización agraria Unió de Pagesos en un comunicado.'],
    ['en', 'The charity Save the Children said the camps were full.'],
    // German nouns before "von"/"zu": a preposition, not a name particle
    ['de', 'Sie fordern, die Entwicklung und Verbreitung von Killerrobotern zu stoppen.'],
  ])('%s: no person in “%s”', (lang, text) => {
    expect(people(text, lang)).toEqual([]);
  });

  it('de: a noun before "von" is not part of the name after it', () => {
    const text = 'In der Backstube von Karsten Berning wird gearbeitet. „Es geht“, sagt Berning.';
    expect(people(text, 'de').map((p) => [p.name, p.mentions.length])).toEqual([['Karsten Berning', 2]]);
  });
});

describe('findPeople: the nominative of inflected names', () => {
  it.each([
    ['cs', ['Podle lékařky Jany Horákové z nemocnice v Olomouci je to vážné.', '„Nestíháme,“ dodala Horáková.'], 'Jana Horáková'],
    ['cs', ['Podle lékaře Tomáše Beneše je situace vážná.'], 'Tomáš Beneš'],
    ['cs', ['Podle ředitele Pavla Černého je to vážné.'], 'Pavel Černý'],
    ['ru', ['По словам врача Андрея Сергеева, ситуация сложная.'], 'Андрей Сергеев'],
    ['ru', ['По словам вирусолога Ольги Петровой, пик пройден.', '«Рано расслабляться», — сказала Петрова.'], 'Ольга Петрова'],
    ['ru', ['По мнению эпидемиолога Дениса Проценко, пик пройден.'], 'Денис Проценко'],
    ['cs', ['Lékařka Jana Horáková řekla, že to zvládnou.', 'Podle Jany Horákové je to vážné.'], 'Jana Horáková'],
  ])('%s: %j → %s', (lang, paragraphs, name) => {
    const found = specialists(paragraphs, lang);
    expect(found.map((p) => p.name)).toEqual([name]);
  });
});

describe('findPeople: names that look like places, organisations that look like names', () => {
  it.each([
    ['en', 'Researchers at the Central Asian Institute for Applied Geosciences warned, officials said.', []],
    ['pt', 'A secretária municipal da Saúde, Fernanda Costa, afirmou que não há falta de vagas.', ['Fernanda Costa']],

    ['fr', '« Ce n’est pas une priorité », a-t-il déclaré sur France Inter.', []],
    ['en', 'Health Minister Cho Kyoo-hong urged the doctors to return. Health officials agreed.', ['Cho Kyoo-hong']],
    ['pl', 'Rzecznik Narodowego Funduszu Zdrowia Paweł Florek zapewnił, że pacjenci nie stracą miejsca.', ['Paweł Florek']],
    ['pl', '„Brakuje ludzi” – powiedział dyrektor Szpitala Miejskiego w Tarnowie Adam Zieliński.', ['Adam Zieliński']],
  ])('%s: %s', (lang, text, names) => {
    expect(specialists(text, lang).map((p) => p.name)).toEqual(names);
    expect(people(text, lang).filter((p) => !p.specialist)).toEqual([]);
  });

  it('takes neither a sentence-initial common noun with a particle nor a retiree for a specialist', () => {
    const found = people('Moradora de Itaquera, a aposentada Maria Aparecida dos Santos passou dois dias internada.', 'pt');
    expect(found.map((p) => [p.name, p.specialist])).toEqual([['Maria Aparecida dos Santos', false]]);
  });

  it('keeps a role noun of the language when it starts a sentence: "Health Minister"', () => {
    expect(specialists('Health Minister Cho Kyoo-hong urged calm. Health officials agreed.')[0].roles).toEqual(['Health Minister']);
  });

  it.each([
    ['pl', ['Zdaniem anestezjolog Anny Kowalskiej z Krakowa problem narasta.'], 'Anna Kowalska'],
    ['pl', ['Według lekarza Tomasza Nowaka szpital jest przepełniony.'], 'Tomasz Nowak'],
    ['pl', ['Zdaniem profesora Pawła Wróbla to za mało.'], 'Paweł Wróbel'],
  ])('%s: the nominative of %j is %s', (lang, paragraphs, name) => {
    expect(specialists(paragraphs, lang).map((p) => p.name)).toEqual([name]);
  });
});

describe('findPeople: round 3 rules', () => {
  // Particle chains: "van der", "de la", "von der" inside a name; German "von der" after a full name is a preposition.
  it.each([
    ['en', '“Rates will stay high,” said Robert van der Linden, a former Fed governor.', [['Robert van der Linden', true]]],
    ['es', 'Lo explica la doctora Rocío Martín de la Fuente, jefa de servicio de Urgencias.', [['Rocío Martín de la Fuente', true]]],
    ['de', 'Die Virologin Anna Schmidt von der Charité warnte am Montag.', [['Anna Schmidt', true]]],
    ['de', 'Die Virologin Katrin Lindemann von der Technischen Universität Dresden widersprach.', [['Katrin Lindemann', true]]],
  ])('%s: particles in “%s”', (lang, text, expected) => {
    expect(people(text, lang).map((p) => [p.name, p.specialist])).toEqual(expected);
  });

  // A German relative pronoun that is also an article does not cut the role phrase; "who" still does.
  it.each([
    ['de', 'Das sagte Ulrike Wenzel, Direktorin der Klinik für Infektiologie am Klinikum Leipzig.', 'Direktorin der Klinik für Infektiologie am Klinikum Leipzig'],
    ['de', 'Das sagte Tom Weber, Sprecher der Polizei, am Montag.', 'Sprecher der Polizei'],
    ['en', 'Dr. Rebecca Alvarez, a neurologist at Johns Hopkins who led the study, agreed.', 'neurologist at Johns Hopkins'],
  ])('%s: role phrase of “%s”', (lang, text, role) => {
    expect(specialists(text, lang)[0].roles).toContain(role);
  });

  // "X, who studies … at …": a relative clause presenting expertise is a role; studying at a school is not.
  it.each([
    ['en', 'Sarah Lin, who studies food supply chains at Cornell University, disagreed.', ['Sarah Lin']],
    ['fr', 'Marc Petit, qui dirige le service de réanimation, a confirmé.', ['Marc Petit']],
    ['es', 'Luis Ortega, que estudia la sequía en la Universidad de Murcia, lo confirmó.', ['Luis Ortega']],
    ['en', 'Tom Hardy, who studies at Leeds University, said he was shocked.', []],
    ['en', 'Luis Ortega, who has run the shop for two decades, said prices rose.', []],
  ])('%s: %s', (lang, text, names) => {
    expect(specialists(text, lang).map((p) => p.name)).toEqual(names);
  });

  // One person spelt two ways: a surname one letter away with an agreeing first name; relatives stay apart.
  it.each([
    [['Yerlan Nysanbayev, a hydrologist, warned.', 'Erlan Nysanbaev added that shrubs help.'], [['Yerlan Nysanbayev', 2]]],
    [['Dmitry Kozlovsky, a surgeon, left.', '“We had no choice,” said Dmitri Kozlovski.'], [['Dmitry Kozlovsky', 2]]],
    [['Anna Petrova, a physician, spoke first.', 'Her husband, Ivan Petrov, a lawyer, spoke next.'], [['Anna Petrova', 1], ['Ivan Petrov', 1]]],
  ])('merges %j', (paragraphs, expected) => {
    expect(specialists(paragraphs).map((p) => [p.name, p.mentions.length])).toEqual(expected);
  });

  // Stacked academic titles, some in lower case and without a dot, and degrees written with inner dots.
  it.each([
    ['pl', 'Mówi o tym prof. dr hab. Krzysztof Simon, kierownik Kliniki Chorób Zakaźnych we Wrocławiu.', 'Krzysztof Simon', ['prof. dr hab.', 'kierownik Kliniki Chorób Zakaźnych we Wrocławiu']],
    ['de', '„Wir sind am Limit“, sagte Prof. Dr. med. Ulrike Wenzel am Montag.', 'Ulrike Wenzel', ['Prof. Dr. med.']],
    ['cs', 'To řekla MUDr. Jana Procházková, Ph.D., primářka dětského oddělení.', 'Jana Procházková', ['MUDr.', 'Ph.D', 'primářka dětského oddělení']],
    ['cs', 'Doc. MUDr. Petr Hůla, CSc., přednosta kliniky, varuje.', 'Petr Hůla', ['Doc. MUDr.', 'CSc', 'přednosta kliniky']],
  ])('%s: %s', (lang, text, name, roles) => {
    expect(specialists(text, lang).map((p) => [p.name, p.roles])).toEqual([[name, roles]]);
  });

  it('does not take a lower-case "dr" without a name for anyone', () => {
    expect(people('Wyniki podał dr w poniedziałek.', 'pl')).toEqual([]);
  });

  // Glued role prefixes (Spanish "exdirector", Polish "wiceminister") and French elided articles ("l’urgentiste").
  it.each([
    ['es', 'Según Daniel López-Acuña, exdirector de Acción Sanitaria de la OMS, llegan tarde.', ['Daniel López-Acuña']],
    ['es', 'La subdirectora Marta Gil lo confirmó.', ['Marta Gil']],
    ['fr', 'Selon l’urgentiste Patrick Pelloux, la situation est grave.', ['Patrick Pelloux']],
    ['fr', 'D’après l’infirmière Camille Roux, il manque des lits.', ['Camille Roux']],
    ['es', 'Según Daniel López, excursionista de Murcia, hacía calor.', []],
  ])('%s: %s', (lang, text, names) => {
    expect(specialists(text, lang).map((p) => p.name)).toEqual(names);
  });

  // An organisation after a role noun in an apposition is the role's complement, not a name;
  // a name after a particle is never a person's whole name.
  it.each([
    ['pl', 'Krzysztof Simon, kierownik Kliniki Chorób Zakaźnych, zwraca uwagę na braki.', ['Krzysztof Simon']],
    ['pt', 'Segundo Ethel Maciel, professora da Universidade Federal do Espírito Santo, é grave.', ['Ethel Maciel']],
    ['pl', '„Brakuje ludzi” – powiedział dyrektor Szpitala Miejskiego w Tarnowie Adam Zieliński.', ['Adam Zieliński']],
  ])('%s: %s', (lang, text, names) => {
    expect(specialists(text, lang).map((p) => p.name)).toEqual(names);
  });

  // Russian: a role with a named complement and a prepositional phrase before the name; degrees of science.
  it.each([
    ['ru', 'Главный внештатный специалист Минздрава по инфекционным болезням Владимир Чуланов заявил, что пик близок.', 'Владимир Чуланов'],
    ['ru', '«Не действуют», — подчеркнул кандидат медицинских наук Алексей Водовозов.', 'Алексей Водовозов'],
    ['ru', 'Заведующая отделением городской больницы №52 Марина Кузнецова сообщила, что койки есть.', 'Марина Кузнецова'],
  ])('%s: %s', (lang, text, name) => {
    expect(specialists(text, lang).map((p) => p.name)).toEqual([name]);
  });

  it('keeps a pensioner named in Russian out of the specialists', () => {
    expect(specialists('Пенсионер Иван Петрович Сидоров из Бутова рассказал, что ждал неделю.', 'ru')).toEqual([]);
  });
});

describe('findPeople: a word that governs the case is not part of the role', () => {
  it.each([
    ['ru', 'По мнению вирусолога Елены Малиновской, паниковать рано.', ['вирусолога']],
    ['pl', 'Zdaniem lekarza Tomasza Nowaka szpital jest pełny.', ['lekarza']],
    ['ru', 'Главный врач больницы Игорь Смирнов заявил, что мест нет.', ['Главный врач больницы']],
  ])('%s: %s', (lang, text, roles) => {
    expect(specialists(text, lang).map((p) => p.roles)).toEqual([roles]);
  });
});

describe('findPeople: round 4 (field test) — vocabulary and role shapes', () => {
  // Professions beyond medicine and office: software, arts, trades, sea, sport, law.
  it.each([
    ['en', 'Berlin-based programmer Nadia Okoro published the patch.', 'Nadia Okoro', 'programmer'],
    ['en', 'The sculptor Ines Varga showed new work in May.', 'Ines Varga', 'sculptor'],
    ['en', 'Boat captain aside, skipper Joel Haaland knows the bay.', 'Joel Haaland', 'skipper'],
    ['en', 'The veteran fisherman Arne Lunde said prices fell.', 'Arne Lunde', 'fisherman'],
    ['es', 'La filósofa Marta Ibáñez escribió sobre la ciudad.', 'Marta Ibáñez', 'filósofa'],
    ['es', 'Según el jurista Tomás Riera, la ley es clara.', 'Tomás Riera', 'jurista'],
    ['fr', 'Selon la juriste Claire Morel, le texte est flou.', 'Claire Morel', 'juriste'],
    ['cs', 'Útočník Pavel Kraus to potvrdil.', 'Pavel Kraus', 'Útočník'],
  ])('%s: %s', (lang, text, name, role) => {
    const found = specialists(text, lang);
    expect(found.map((p) => p.name)).toEqual([name]);
    expect(found[0].roles.join(' ')).toContain(role);
  });

  // "member of <Organisation>" is a role; members of the public are not.
  it.each([
    ['en', 'Karim Said, a member of the party’s executive board, said no.', ['Karim Said']],
    ['en', 'Board member Lena Fox voted against.', ['Lena Fox']],
    ['fr', 'Paul Brun, membre du Conseil constitutionnel, a refusé.', ['Paul Brun']],
    ['en', 'Tom Hale, a member of the audience, shouted.', []],
  ])('%s: %s', (lang, text, names) => {
    expect(specialists(text, lang).map((p) => p.name)).toEqual(names);
  });

  // "former/ex-/někdejší + noun" after a name is a role even when the noun is not in the table;
  // a former friend or spouse is not.
  it.each([
    ['cs', '„Nevím,“ dodal Karel Vrba, někdejší kormidelník Sparty.', ['Karel Vrba'], 'někdejší kormidelník Sparty'],
    ['en', 'Ruth Ames, a former dispatcher at the port, said so.', ['Ruth Ames'], 'former dispatcher at the port'],
    ['de', 'Das sagte Uwe Kern, ehemaliger Torwart des Vereins.', ['Uwe Kern'], 'Torwart des Vereins'], // 'ehemaliger' is an apposition lead in German: the phrase starts after it,
    ['en', 'Ruth Ames, a former classmate, said so.', [], ''],
    ['en', 'Ruth Ames, his ex-wife, said so.', [], ''],
  ])('%s: %s', (lang, text, names, role) => {
    const found = specialists(text, lang);
    expect(found.map((p) => p.name)).toEqual(names);
    if (role) expect(found[0].roles).toContain(role);
  });

  // A role noun that modifies the next noun, a role only as a phrase head ("fellow"), a stem that
  // leaves no case ending (Czech "přednost" is not "přednosta"), a possessor, a firm.
  it.each([
    ['en', 'His widow, Rafida Noor Aziz, suffered head injuries in the attack.'],
    ['en', 'He spoke for himself and fellow Labour members.'],
    ['cs', 'Před ním ale dostal přednost zkušený Adam Hrubý.'],
    ['en', 'The boat was moored at Fisherman’s Wharf for the night.'],
    ['en', 'He sent the report to game developer Valve. Valve did not reply.'],
  ])('%s: no specialist in “%s”', (lang, text) => {
    expect(specialists(text, lang)).toEqual([]);
  });

  it('keeps a one-word genitive complement of an apposed role out of the people (Czech)', () => {
    expect(people('„Ano,“ řekl Karel Vrba, někdejší kormidelník Sparty.', 'cs').map((p) => p.name)).toEqual(['Karel Vrba']);
  });
});

describe('findPeople: round 4 (field test) — lists, relative clauses, role-first appositions', () => {
  // A plural role noun before names joined by "and"/commas gives the role to each; it starts after the copula.
  it.each([
    ['en', 'The rebels are cabinet ministers Paul Dube and Rose Ncube, who fled.', [['Paul Dube', ['cabinet ministers']], ['Rose Ncube', ['cabinet ministers']]]],
    ['en', 'The doctors Tom Hale, Anna Bell and Joe Kim agreed.', [['Tom Hale', ['The doctors']], ['Anna Bell', ['The doctors']], ['Joe Kim', ['The doctors']]]],
    ['fr', 'Les avocats Marc Petit et Julie Roy ont plaidé.', [['Marc Petit', ['Les avocats']], ['Julie Roy', ['Les avocats']]]],
    // a plural role before a single name is an organisation's members, not a title
    ['fr', 'Douze députés Front de gauche ont voté contre.', []],
    ['en', 'Residents Tom Hale and Anna Bell complained.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(specialists(text, lang).map((p) => [p.name, p.roles])).toEqual(expected);
  });

  // "<Name>, who … as a <role>", "who advises/represents …".
  it.each([
    ['en', '“Sales will rise,” said Dan Ruiz, who covers retail as a senior analyst at Baird.', ['Dan Ruiz'], 'senior analyst at Baird'],
    ['en', 'Mia Ford, who advises the health secretary on vaccines, disagreed.', ['Mia Ford'], 'advises the health secretary on vaccines'],
    ['en', 'Lee Park, who serves as chief of staff to the mayor, declined.', ['Lee Park'], 'chief of staff to the mayor'],
    ['en', 'Anna Bell, who works there as a volunteer, complained.', [], ''],
  ])('%s: %s', (lang, text, names, role) => {
    const found = specialists(text, lang);
    expect(found.map((p) => p.name)).toEqual(names);
    if (role) expect(found[0].roles.join(' | ')).toContain(role);
  });

  // "<the/possessive> <role phrase>, <Name>," with adjectives from the stop list and a capitalised possessor.
  it.each([
    ['en', 'He met the Prime Minister’s national security adviser, Ivan Lutz, on Friday.', 'Ivan Lutz', 'the Prime Minister’s national security adviser'],
    ['en', 'They hired the national team coach, Erik Sand, in May.', 'Erik Sand', 'the national team coach'],
  ])('%s: %s', (lang, text, name, role) => {
    expect(specialists(text, lang).map((p) => [p.name, p.roles])).toEqual([[name, [role]]]);
  });

  // A run followed by a bracketed acronym of its initials names an organisation.
  it.each([
    ['es', 'La estrategia de la Coordinadora Arauco-Malleco (CAM) cambió, dijo el médico Luis Gómez.', ['Luis Gómez']],
    ['en', 'Officials at the Central Housing Board (CHB) said the chairman Alan Reid would resign.', ['Alan Reid']],
    ['en', 'The former minister Alan Reid (Labour) said no.', ['Alan Reid']],
  ])('%s: %s', (lang, text, names) => {
    expect(people(text, lang).map((p) => p.name)).toEqual(names);
  });
});

describe('findPeople: capitalised particles inside a name', () => {
  it.each([
    ['en', '“It was fine,” said Karim El Mansouri, a lawyer.', 'Karim El Mansouri'],
    ['en', '“Yes,” said Youssef Ben Amor, an engineer.', 'Youssef Ben Amor'],
    ['fr', 'L’avocat Jean-Marc Le Goff a refusé.', 'Jean-Marc Le Goff'],
  ])('%s: %s', (lang, text, name) => {
    expect(specialists(text, lang).map((p) => p.name)).toEqual([name]);
  });

  it('does not join a sentence-initial article to the next name', () => {
    expect(people('El presidente Luis Gómez dijo que no.', 'es').map((p) => p.name)).toEqual(['Luis Gómez']);
  });
});

describe('findPeople: a nationality adjective and a plural group noun is a group', () => {
  it.each([
    ['en', ['Tunisian Islamists, who held power, failed.', '“No,” Haddad said.'], []],
    ['en', ['Iraqi Shiites, who marched, agreed.'], []],
    ['en', ['“No,” said Brian Evans, who was there.'], ['Brian Evans']],
    ['en', ['“Yes,” said Christian Adams, who was there.'], ['Christian Adams']],
  ])('%s: %j', (lang, paragraphs, names) => {
    expect(people(paragraphs, lang).map((p) => p.name)).toEqual(names);
  });
});

describe('findPeople: a determiner, a place and a party label describe the name before them', () => {
  it.each([
    ['Mr. Hollis, the Vermont Democrat, voted against the bill.', ['Hollis']],
    ['Senator Ruth Ames, an Idaho Republican who chairs the panel, disagreed.', ['Ruth Ames']],
    ['Dana Pike, the Maine Independent, said she would abstain.', ['Dana Pike']],
    ['A Republican said nothing, and the Ohio Democrat left early.', []],
    // Must not fire: a surname that is also a party word, with no determiner before it.
    ['Ella Tory, a nurse, said the ward was full.', ['Ella Tory']],
  ])('%s', (text, names) => {
    expect(people(text).map((p) => p.name)).toEqual(names);
  });
});

describe('findPeople: ", who works for|at <Organisation>" is a role', () => {
  it.each([
    ['“The roads are worse,” said Lou Marr, who works for the Parks Department.', 'works for the Parks Department'],
    ['Nina Ross, who works at the Royal Free Hospital, said the ward was full.', 'works at the Royal Free Hospital'],
    ['Omar Said, who worked in the Finance Ministry for a decade, disagreed.', 'worked in the Finance Ministry'],
    // Must not fire: no organisation, or only a place.
    ['Lou Marr, who works for a living, said the roads were worse.', null],
    ['Lou Marr, who works in Main Street, said the roads were worse.', null],
    ['Lou Marr, who works for his uncle, said the roads were worse.', null],
  ])('%s', (text, role) => {
    const found = people(text);
    expect(found).toHaveLength(1);
    expect(found[0].specialist).toBe(role !== null);
    if (role) expect(found[0].roles.join(' ')).toContain(role);
  });
});

describe('findPeople: an abbreviated title is known by its dot', () => {
  it.each([
    ['en', '“It is a waste of time,” said Del. Stacey Pratt of the Virgin Islands.', ['Stacey Pratt']],
    // Must not fire: the particle "del" without a dot stays part of the name.
    ['en', '“It is late,” said Guillermo del Toro, who was there.', ['Guillermo del Toro']],
  ])('%s: %s', (lang, text, names) => {
    expect(people(text, lang).map((p) => p.name)).toEqual(names);
  });
});

describe('findPeople: a Title Case headline stretch run into the text names only people found elsewhere', () => {
  it.each([
    // From a live blog whose entry headlines run into their text (polnear/train, HuffPost, 2016).
    ['8:39PM Donald Trump Calls Out Ted Cruz For Backing Down From A Fight Real estate mogul Donald Trump got the better of Ted Cruz. "If you noticed, he did not answer," Trump said. "I think so," Cruz said.', ['Donald Trump', 'Ted Cruz']],
    ['10:57PMJeb Bush Hits Marco Rubio On Rape Exception For Abortions. Jeb Bush criticized Marco Rubio. "It is wrong," Bush said. "No," Rubio said.', ['Jeb Bush', 'Marco Rubio']],
    // Must not fire: an initial is no small word; a sentence may open with "The".
    ['One of the organizers was Walter A. Clyburn Reed, the grandson of the congressman. "It is fine," Reed said.', ['Walter A. Clyburn Reed']],
    ['"We stay," said Maria Keller. The Mayor Tom Brandt agreed.', ['Maria Keller', 'Tom Brandt']],
  ])('%s', (text, names) => {
    expect(people(text, 'en').map((p) => p.name).sort()).toEqual(names);
  });

  it('leaves languages that capitalise nouns alone ("der Partei Die Linke Janine Wissler")', () => {
    const found = people('„Das ist falsch“, sagte die Politikerin der Partei Die Linke Janine Wissler. Wissler sagte auch: „Nein.“', 'de');
    expect(found.some((p) => p.name.endsWith('Janine Wissler'))).toBe(true);
  });
});

describe('findPeople: an elided preposition glued to a name is the sentence’s, not the name’s', () => {
  it('names “d’Emmanuel Macron” Emmanuel Macron, and gives him no role he is the complement of', () => {
    const found = people('Ismaël Emelien, conseiller spécial d’Emmanuel Macron, a démissionné. « Je pars », a déclaré le conseiller. Emmanuel Macron a répondu.', 'fr');
    expect(found.map((p) => p.name)).toEqual(['Ismaël Emelien', 'Emmanuel Macron']);
    expect(found[1].roles).toEqual([]);
    expect(found[1].mentions.map((m) => m.text)).toEqual(['Emmanuel Macron', 'Emmanuel Macron']);
  });

  // Must not fire: a surname alone keeps its particle.
  it('keeps “d’Aubuisson” whole when no first name follows', () => {
    const found = people('«Es falso», dijo el diputado Juan Martínez d’Aubuisson. «No», repitió d’Aubuisson.', 'es');
    expect(found.map((p) => p.name)).toEqual(['Juan Martínez d’Aubuisson']);
    expect(found[0].mentions.map((m) => m.text)).toEqual(['Juan Martínez d’Aubuisson', 'd’Aubuisson']);
  });

  // Must not fire: a capitalised elision is part of the surname.
  it('keeps D’Alema whole', () => {
    expect(people('« Non », a déclaré Massimo D’Alema, ancien président du Conseil italien.', 'fr').map((p) => p.name)).toEqual(['Massimo D’Alema']);
  });
});

describe('findPeople: a capitalised Speaker before a name is a title, not part of the name', () => {
  it.each([
    ['“It shows bias,” said House Speaker Paul Ryan on Tuesday.', ['Paul Ryan'], 'House Speaker'],
    ['Speaker Nancy Pelosi said the vote would wait.', ['Nancy Pelosi'], 'Speaker'],
    // Must not fire: a lower-case speaker is a noun of the sentence, no title.
    ['The keynote speaker, Ada Brandt, said the vote would wait.', ['Ada Brandt'], null],
  ])('%s', (text, names, role) => {
    const found = people(text, 'en');
    expect(found.map((p) => p.name)).toEqual(names);
    if (role) expect(found[0].roles).toContain(role);
    else expect(found[0].roles.join(' ')).not.toMatch(/^Speaker|House/);
  });
});

describe('findPeople: a Title Case headline run into the text ends a name the article writes whole elsewhere', () => {
  it.each([
    // From a live blog whose entry headlines run into the text (polnear/train, HuffPost, 2016).
    [['10:20PMTed Cruz, Chris Christie Address Heroin Epidemic When asked about the opioid crisis, Ted Cruz said he knows the consequences. "This is an absolute epidemic," Cruz said. Chris Christie added that he would address it. "This is a disease," Christie said.'], ['Chris Christie', 'Ted Cruz']],
    // Must not fire: the longer name is never cut at a word the article does not write in lower case.
    [['Juan Martínez Ortega spoke first. Juan Martínez said nothing.'], ['Juan Martínez Ortega']],
  ])('%j', (paragraphs, names) => {
    expect(people(paragraphs, 'en').map((p) => p.name).sort()).toEqual(names);
  });
});
