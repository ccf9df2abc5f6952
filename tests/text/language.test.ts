import { describe, expect, it } from 'vitest';
import { guessLanguage, textLanguage } from '../../lib/text/language';

// Paragraphs of our own, long enough to carry a language's function words.
const TEXT: Record<string, string> = {
  en: `The council said on Monday that it would not renew the contract with the company, which has run
    the city's buses for a decade. Residents who have complained about late services were pleased, but
    the drivers' union warned that the change could cost jobs. "We were not consulted," its leader said.`,
  es: `El ayuntamiento anunció el lunes que no renovará el contrato con la empresa, que gestiona los
    autobuses de la ciudad desde hace una década. Los vecinos, que se han quejado por los retrasos, están
    satisfechos, pero el sindicato de conductores advirtió que el cambio podría costar empleos.`,
  pt: `A prefeitura anunciou na segunda-feira que não vai renovar o contrato com a empresa, que opera os
    ônibus da cidade há uma década. Os moradores, que reclamam dos atrasos, ficaram satisfeitos, mas o
    sindicato dos motoristas alertou que a mudança pode custar empregos aos trabalhadores.`,
  fr: `La mairie a annoncé lundi qu'elle ne renouvellera pas le contrat avec la société qui exploite les
    bus de la ville depuis dix ans. Les habitants, qui se plaignent des retards, sont satisfaits, mais le
    syndicat des chauffeurs a averti que ce changement pourrait coûter des emplois dans la région.`,
  de: `Die Stadt hat am Montag mitgeteilt, dass sie den Vertrag mit dem Unternehmen nicht verlängern wird,
    das seit zehn Jahren die Busse der Stadt betreibt. Die Anwohner, die sich über Verspätungen beschwert
    haben, sind zufrieden, aber die Gewerkschaft der Fahrer warnt, dass der Wechsel Stellen kosten könnte.`,
  it: `Il comune ha annunciato lunedì che non rinnoverà il contratto con la società che gestisce gli
    autobus della città da dieci anni. Gli abitanti, che si sono lamentati dei ritardi, sono soddisfatti,
    ma il sindacato degli autisti ha avvertito che il cambiamento potrebbe costare posti di lavoro.`,
};
const HAN = '市政府周一宣布，不再与这家公司续签合同。该公司经营本市公交已有十年。居民对晚点多有抱怨，对此表示满意，但司机工会警告说，这一变化可能导致一些人失业。'.repeat(2);
const KANA = '市は月曜日、バスを運行する会社との契約を更新しないと発表した。住民は遅延に不満を持っていたが、運転手の組合は雇用が失われる可能性があると警告した。'.repeat(2);

describe('guessLanguage', () => {
  it.each(Object.keys(TEXT))('reads %s from its function words', (lang) => {
    expect(guessLanguage(TEXT[lang])).toBe(lang);
  });

  it.each([
    ['Han without kana', HAN, 'zh'],
    ['kana', KANA, 'ja'],
  ])('reads %s from the script', (_, text, lang) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it.each([
    ['a short line', 'The mayor spoke.'],
    ['a list of names', 'Anna Berg, Tomas Lind, Karin Holm, Erik Dahl, Maria Sjö, Lars Ek, Nils Fors, Eva Strand, Per Åberg, Ulla Hed, Olof Nord, Stina Björk, Gustav Ros, Lena Falk'],
  ])('says nothing on %s', (_, text) => {
    expect(guessLanguage(text)).toBeNull();
  });
});

describe('textLanguage', () => {
  it.each([
    ['a Spanish text declared English', TEXT.es, 'en', 'es'],
    ['a French text declared English', TEXT.fr, 'en', 'fr'],
    ['a text with no declared language', TEXT.de, null, 'de'],
    ['a Chinese text with no declared language', HAN, null, 'zh'],
    ['a Chinese text declared English', HAN, 'en', 'zh'],
  ])('takes the text’s language for %s', (_, text, declared, lang) => {
    expect(textLanguage(text, declared)).toBe(lang);
  });

  it.each([
    ['an English text declared English', TEXT.en, 'en', 'en'],
    ['a Portuguese text declared Portuguese', TEXT.pt, 'pt', 'pt'],
    // A language we have no word list for keeps its declaration.
    ['a declared language we do not know', TEXT.es, 'ca', 'ca'],
    ['a Japanese text declared Japanese (Han and kana)', KANA, 'ja', 'ja'],
    ['a short text', 'El alcalde habló.', 'en', 'en'],
  ])('keeps the declared language for %s', (_, text, declared, lang) => {
    expect(textLanguage(text, declared)).toBe(lang);
  });
});
