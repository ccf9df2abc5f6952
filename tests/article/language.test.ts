import { describe, expect, it } from 'vitest';
import { articleLanguage, guessLanguage } from '../../lib/article/language';

const repeat = (s: string, n = 4) => Array(n).fill(s).join(' ');

const TEXTS: Record<string, string> = {
  en: repeat('The council said on Monday that the new bridge would open in the spring, and residents who live near it have been asked for their views.'),
  fr: repeat('Le conseil municipal a annoncé lundi que le nouveau pont ouvrira au printemps, et les habitants qui vivent dans le quartier sont invités à donner leur avis.'),
  de: repeat('Der Stadtrat hat am Montag mitgeteilt, dass die neue Brücke im Frühjahr eröffnet wird, und die Anwohner sind zu einer Versammlung eingeladen worden.'),
  es: repeat('El ayuntamiento anunció el lunes que el nuevo puente se abrirá en primavera, y los vecinos que viven cerca también han sido invitados a dar su opinión.'),
  it: repeat('Il consiglio comunale ha annunciato lunedì che il nuovo ponte sarà aperto in primavera, e gli abitanti della zona sono stati invitati a una riunione.'),
  pt: repeat('A câmara municipal anunciou na segunda-feira que a nova ponte vai abrir na primavera, e os moradores da zona também foram convidados para uma reunião.'),
  pl: repeat('Rada miasta poinformowała w poniedziałek, że nowy most zostanie otwarty wiosną, a mieszkańcy okolicy są zaproszeni na spotkanie, które odbędzie się już jutro.'),
  nl: repeat('De gemeenteraad heeft maandag gezegd dat de nieuwe brug in het voorjaar wordt geopend, en de bewoners zijn ook uitgenodigd voor een bijeenkomst.'),
  zh: '市议会周一表示，新桥将于明年春天开通，附近居民也被邀请参加会议，发表他们的意见。',
  ja: '市議会は月曜日、新しい橋が来年の春に開通すると発表し、近くの住民も会議に招かれた。',
  ru: 'Городской совет в понедельник сообщил, что новый мост откроется весной, а жителей пригласили на встречу.',
};

describe('guessLanguage', () => {
  it.each(Object.entries(TEXTS))('reads %s', (lang, text) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it.each([
    ['too few words', 'Bridge opens in spring.'],
    ['a list of names and numbers', repeat('Smith 12 Jones 9 Brown 7 Taylor 3 Wilson 11 Moore 5 Clark 8 Lewis 2 Walker 6 Young 4', 3)],
  ])('says nothing for %s', (_name, text) => {
    expect(guessLanguage(text)).toBeNull();
  });

  it('counts the word that ends the text, and words cut by digits or other scripts', () => {
    // 40 words exactly, the last one closing the text: one fewer says nothing.
    const words = 'der Rat und die Stadt sagte dass es nicht mit den Bürgern war'.split(' ');
    const forty = Array.from({ length: 40 }, (_, i) => words[i % words.length]);
    expect(guessLanguage(forty.join(' '))).toBe('de');
    expect(guessLanguage(forty.slice(0, 39).join(' '))).toBeNull();
    // "der1die" and "derдие" are two words each.
    expect(guessLanguage(forty.slice(0, 20).map((w) => `${w}1${w}`).join(' '))).toBe('de');
    expect(guessLanguage(forty.slice(0, 20).map((w) => `${w}д${w}`).join(' '))).toBe('de');
  });
});

describe('articleLanguage', () => {
  it.each([
    ['keeps a declared tag the text agrees with', 'fr-CA', TEXTS.fr, 'fr-CA'],
    ['corrects an English template around a French story', 'en', TEXTS.fr, 'fr'],
    ['fills in a missing tag', null, TEXTS.es, 'es'],
    ['keeps the declared tag when the text says nothing clear', 'de', 'Brücke offen.', 'de'],
    ['keeps a declared language it has no word list for', 'ca', TEXTS.es, 'ca'],
    // A script says more than a template: Han text is not English, whatever the page says.
    ['corrects an English template around a Chinese story', 'en', TEXTS.zh, 'zh'],
    ['keeps Japanese, which writes Han too', 'ja', TEXTS.ja, 'ja'],
  ])('%s', (_name, declared, text, want) => {
    expect(articleLanguage(declared, text)).toBe(want);
  });
});
