import { describe, expect, it } from 'vitest';
import { quoteTexts } from './helpers';

// One row per convention of lib/quotes/marks.ts: the words inside the marks, nothing else.
describe('quotation-mark conventions', () => {
  it.each([
    ['straight double', 'en', 'He said "we will not give up on this" yesterday.', ['we will not give up on this']],
    ['English curly', 'en', 'He said “we will not give up on this” yesterday.', ['we will not give up on this']],
    ['German „…“', 'de', '„Wir werden das schaffen“, sagte die Kanzlerin.', ['Wir werden das schaffen']],
    ['German »…«', 'de', 'Sie sagte: »Das ist nicht wahr«, und ging.', ['Das ist nicht wahr']],
    ['Polish „…”', 'pl', '„Nie zgadzam się z tym”, powiedział premier.', ['Nie zgadzam się z tym']],
    ['Czech „…“ with comma inside', 'cs', '„Nebudeme nikdy ustupovat,“ řekl premiér.', ['Nebudeme nikdy ustupovat,']],
    ['French « … » with spaces', 'fr', '« Nous allons agir vite », a déclaré le ministre.', ['Nous allons agir vite']],
    ['French «…» without spaces', 'fr', '«Pour certains d’entre eux on est très interrogatif», a ajouté Laurent Fabius.', ['Pour certains d’entre eux on est très interrogatif']],
    ['French ‹ … ›', 'fr', 'Il répond : ‹ Je ne sais pas encore › puis se tait.', ['Je ne sais pas encore']],
    ['Russian «…»', 'ru', '«Мы не отступим ни на шаг», — заявил министр.', ['Мы не отступим ни на шаг']],
    ['Spanish «…»', 'es', '«No vamos a subir los impuestos», dijo el ministro.', ['No vamos a subir los impuestos']],
    ['Swedish ”…”', 'sv', 'Hon sa: ”Vi ska göra det här tillsammans” i går.', ['Vi ska göra det här tillsammans']],
    ['Japanese 「…」', 'ja', '首相は「明日は必ず行きます」と述べた。', ['明日は必ず行きます']],
    ['Japanese 『…』', 'ja', '彼は『私たちは負けない』と語った。', ['私たちは負けない']],
    ['single quotes in a headline after a colon', 'en', "Minister: 'We will act on this'", ['We will act on this']],
    ['curly single quotes with a cue', 'en', 'She told reporters ‘this is not the end of it’ on Friday.', ['this is not the end of it']],
  ])('%s', (_name, lang, text, expected) => {
    expect(quoteTexts([text], lang)).toEqual(expected);
  });

  it.each([
    ['contractions', "I don't think we can't do it, he didn't say."],
    ['plural possessive', "The Russians' position and the doctors' union remained."],
    ['decades and elisions', "Back in the '90s, rock 'n' roll was dead."],
    ['an inch mark', 'He is 6\' 2" tall and owns a 12" record.'],
    ['single quotes without any cue in the body', "He liked the 'new way of doing things' a lot."],
  ])('no quote from apostrophes: %s', (_name, text) => {
    expect(quoteTexts([text], 'en')).toEqual([]);
  });

  it('keeps nested quotes inside the outer quote', () => {
    expect(quoteTexts(['"Then they said I had been \'removed from the office\' of chief," he told us.'], 'en')).toEqual([
      "Then they said I had been 'removed from the office' of chief,",
    ]);
    expect(quoteTexts(['« Il m’a dit « non » trois fois de suite », raconte-t-il.'], 'fr')).toEqual([
      'Il m’a dit « non » trois fois de suite',
    ]);
    expect(quoteTexts(['„Er hat ‚nein‘ gesagt, und das war es“, sagte sie.'], 'de')).toEqual(['Er hat ‚nein‘ gesagt, und das war es']);
  });

  // A closing-style glyph opens a nested quote only where a quote can start (after a space, a
  // bracket or a dash); in text without spaces `“` opens and `”` closes whatever follows.
  it.each([
    ['zh: a closing mark after 。 then the speaker', 'zh', '“我们明天一早出发。”王明说，“大家今晚早点休息。”', ['我们明天一早出发。', '大家今晚早点休息。']],
    ['zh: a closing mark after ？ then a new sentence', 'zh', '她问道：“明天的会议还开吗？”对此，李华认为：“会议照常举行。”', ['明天的会议还开吗？', '会议照常举行。']],
    ['zh: a closing mark after ！ then 。', 'zh', '他大声喊道：“快跑，水上来了！”。村民们随即撤离。', ['快跑，水上来了！']],
    ['en: a nested curly quote after a space still nests', 'en', '"He told me “never again” and walked out," she said.', ['He told me “never again” and walked out,']],
    ['de: a nested “…” inside „…“ still nests', 'de', '„Er sagte “auf keinen Fall” und ging“, berichtete sie.', ['Er sagte “auf keinen Fall” und ging']],
  ])('pairs marks: %s', (_name, lang, text, expected) => {
    expect(quoteTexts([text], lang)).toEqual(expected);
  });

  it('treats a missing closing mark as closed at the paragraph end', () => {
    expect(quoteTexts(['She added: “They never stood a chance of saving her.'], 'en')).toEqual(['They never stood a chance of saving her.']);
  });
});

describe('paragraph breaks lost in plain text', () => {
  // Plain text with line breaks inside one <p> reads as one block: a quote left open at the end
  // of a paragraph (the multi-paragraph convention) must not swallow the next paragraph's quote.
  it.each([
    [
      'an unclosed quote, then a new paragraph opening with the same mark',
      '“It was a long night,” the nurse said. “Nobody slept and nobody complained. “We are used to it,” added the doctor, who had worked since noon.',
      ['It was a long night,', 'Nobody slept and nobody complained.', 'We are used to it,'],
    ],
    [
      'German marks',
      'Die Ärztin sagte: „Wir haben keine Betten mehr. „Das ist neu“, fügte ihr Kollege hinzu.',
      ['Wir haben keine Betten mehr.', 'Das ist neu'],
    ],
  ])('splits %s', (_name, text, expected) => {
    expect(quoteTexts([text], text.includes('„') ? 'de' : 'en')).toEqual(expected);
  });

  it.each([
    ['a nested quote after a word', '“She calls it “The Big Chill,” every winter,” he said.', ['She calls it “The Big Chill,” every winter,']],
    ['a nested quote after a colon', '“He told me: “Stay home.” So I did,” she said.', ['He told me: “Stay home.” So I did,']],
  ])('keeps %s inside the outer quote', (_name, text, expected) => {
    expect(quoteTexts([text], 'en')).toEqual(expected);
  });
});
