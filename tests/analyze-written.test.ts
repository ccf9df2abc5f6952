import { describe, expect, it } from 'vitest';
import { analyze } from '../lib/analyze';
import { sameName } from '../lib/people/names';
import { fixture, parseDoc } from './helpers';

/**
 * Whole-pipeline checks on short news pages written for the tests (tests/fixtures/written), in
 * languages and styles the dev pages lack. Each page lists every quote (by its opening words) with
 * its speaker, and every named specialist.
 */
interface Page {
  file: string;
  quotes: [opening: string, speaker: string | null][];
  specialists: string[];
}

const pages: Page[] = [
  {
    file: 'health-en.html',
    quotes: [
      ['We are seeing patients', 'Priya Raman'],
      ['Elderly people living alone', 'Priya Raman'],
      ['These numbers are still preliminary', null],
      ['What was a once-in-a-century', 'Tomasz Kowalczyk'],
      ['We have to adapt our cities', 'Tomasz Kowalczyk'],
      ['That means trees', 'Tomasz Kowalczyk'],
      ['It is not a luxury', 'Tomasz Kowalczyk'],
      ['an emergency in slow motion', 'Helen Stewart'],
      ['Please check on your neighbours', 'Samuel Osei'],
    ],
    specialists: ['Priya Raman', 'Tomasz Kowalczyk', 'Helen Stewart', 'Samuel Osei'],
  },
  {
    file: 'health-de.html',
    quotes: [
      ['Wir haben so eine Situation', 'Anna Schmidt'],
      ['Die Zahl der schweren', 'Anna Schmidt'],
      ['Es ist nicht zu spät', 'Anna Schmidt'],
      ['Wir lassen die Krankenhäuser', 'Karl Lauterbach'],
      ['Die meisten Patienten', 'Markus Brenner'],
    ],
    specialists: ['Anna Schmidt', 'Gerald Gaß', 'Karl Lauterbach', 'Markus Brenner'],
  },
  {
    file: 'health-es.html',
    quotes: [
      ['La situación es excepcional', 'David Mascort'],
      ['No podemos esperar', 'David Mascort'],
      ['Lo que antes ocurría', 'María José Sanz'],
      ['Siempre pagamos los mismos', 'Joan Pons'],
      // A spokesperson of a named organisation gives its words (GUIDELINES).
      ['el suministro doméstico', 'Agencia Catalana del Agua'],
    ],
    specialists: ['David Mascort', 'María José Sanz', 'Joan Pons'],
  },
  {
    file: 'health-ru.html',
    quotes: [
      ['Пик заболеваемости', 'Денис Проценко'],
      ['Антибиотики против вируса', 'Андрей Иванов'],
      ['Иммунитет формируется', 'Андрей Иванов'],
    ],
    specialists: ['Денис Проценко', 'Андрей Иванов'],
  },
  {
    file: 'health-cs.html',
    quotes: [
      ['Bez sester nemůžeme', 'Ivo Rovný'],
      ['Některá lůžka', 'Ivo Rovný'],
      ['Sestry si zaslouží', 'Vlastimil Válek'],
      ['Sestry odcházejí', 'Petra Nováková'],
    ],
    specialists: ['Ivo Rovný', 'Vlastimil Válek', 'Petra Nováková'],
  },
  {
    // Korean names in English news: surname first, the surname alone later.
    file: 'korea-en.html',
    quotes: [
      ['We are running the emergency room', 'Kim Min-jun'],
      ['Patients are waiting six hours', 'Kim Min-jun'],
      ['The door for dialogue remains open', 'Cho Kyoo-hong'],
      ['Nobody could tell us', 'Park Ji-yeon'],
      ['The government wants more doctors', 'Lee Seo-yeon'],
    ],
    specialists: ['Kim Min-jun', 'Cho Kyoo-hong', 'Lee Seo-yeon'],
  },
  {
    // Central Asian names; two people share a surname; an institute named with "for".
    file: 'water-en.html',
    quotes: [
      ['Water must unite our peoples', 'Sadyr Japarov'],
      ['This agreement protects farmers', 'Kassym-Jomart Tokayev'],
      ['We have waited for this agreement', 'Akylbek Japarov'],
      ['No agreement can make more water', 'Gulnara Abdullaeva'],
      ['We have lost two harvests', 'Bakhtiyor Yusupov'],
    ],
    specialists: ['Sadyr Japarov', 'Kassym-Jomart Tokayev', 'Nursultan Nazarbayev', 'Akylbek Japarov', 'Gulnara Abdullaeva'],
  },
  {
    // Victims, relatives and witnesses are named people, not specialists.
    file: 'fire-en.html',
    quotes: [
      ['She was the kindest person', 'Joanne Pickering'],
      ['She would do anything', 'Joanne Pickering'],
      ['He always looked after', 'Claire Holloway'],
      ['People were screaming', 'Tom Baxter'],
      ['Our firefighters went', 'Neil Daley'],
      ['The cause of the fire', 'Neil Daley'],
    ],
    specialists: ['Neil Daley', 'Rachel Kerr'],
  },
  {
    // Organisations and places that look like names: Johns Hopkins, Mount Sinai, Saint Petersburg.
    file: 'trial-en.html',
    quotes: [
      ['This is the first time', 'Rebecca Alvarez'],
      ['But it is not a cure', 'Rebecca Alvarez'],
      ['I can follow a conversation', 'Samuel Greene'],
      ['We need to know who', 'Martin Lindqvist'],
    ],
    specialists: ['Rebecca Alvarez', 'Martin Lindqvist'],
  },
  {
    // Polish: „…” – powiedział X; a role with an institution in the genitive; a name seen only in the genitive.
    file: 'hospitals-pl.html',
    quotes: [
      ['Nie mamy kim obsadzić', 'Marek Nowicki'],
      ['Lekarze odchodzą', 'Marek Nowicki'],
      ['Pieniądze muszą iść', 'Izabela Leszczyna'],
      ['Ostrzegaliśmy przed tym', 'Katarzyna Wójcik'],
    ],
    specialists: ['Marek Nowicki', 'Izabela Leszczyna', 'Katarzyna Wójcik', 'Paweł Florek'],
  },
  {
    // A French interview piece with « … » and "explique-t-elle".
    file: 'sleep-fr.html',
    quotes: [
      ['Les écrans ne sont', 'Claire Fontaine'],
      ['Les horaires scolaires', 'Claire Fontaine'],
      ['Quand on a testé', 'Claire Fontaine'],
      ['Ce n\'est pas une priorité', 'Pierre Moreau'],
    ],
    specialists: ['Claire Fontaine', 'Pierre Moreau'],
  },
  {
    // Portuguese (pt-BR): a surname that is also a place noun ("Costa"); a retiree is not a specialist.
    file: 'dengue-pt.html',
    quotes: [
      ['Estamos diante da maior', 'Ricardo Almeida'],
      ['Os hospitais precisam', 'Ricardo Almeida'],
      ['Ninguém vai ficar', 'Fernanda Costa'],
      ['Achei que fosse', 'Maria Aparecida dos Santos'],
    ],
    specialists: ['Ricardo Almeida', 'Fernanda Costa'],
  },
];

describe.each(pages)('analyze $file', (page) => {
  const result = analyze(parseDoc(fixture(`written/${page.file}`)));

  it('finds every quote and nothing else', () => {
    expect(result.quotes.map((q) => q.text.slice(0, 12))).toEqual(page.quotes.map(([opening]) => opening.slice(0, 12)));
  });

  it.each(page.quotes)('attributes “%s…” to %s', (opening, speaker) => {
    const quote = result.quotes.find((q) => q.text.startsWith(opening));
    expect(quote, `quote “${opening}”`).toBeDefined();
    if (speaker === null) expect(quote!.speaker).toBeNull();
    else expect(quote!.speaker !== null && sameName(quote!.speaker, speaker) && quote!.speaker.split(' ').length === speaker.split(' ').length, `${quote!.speaker} for ${speaker}`).toBe(true);
  });

  it('lists every named specialist once, and no one else', () => {
    const names = result.specialists.map((s) => s.name);
    for (const want of page.specialists) expect(names.filter((n) => sameName(n, want)), want).toHaveLength(1);
    expect(names).toHaveLength(page.specialists.length);
  });
});
