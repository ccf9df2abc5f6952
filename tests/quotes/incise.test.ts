import { describe, expect, it } from 'vitest';
import { article, quoteSpans } from './helpers';

const split = (text: string, lang: string | null) => quoteSpans(article([text]), lang).map((s) => [s.text, !!s.continues]);

describe("an author's incise inside the marks", () => {
  it.each([
    ['fr', '« Le dialogue reste ouvert, a assuré un porte-parole de la SNCF. Mais la réforme ne sera pas retirée. »', ['Le dialogue reste ouvert,', 'Mais la réforme ne sera pas retirée.']],
    ['fr', '« Oui, dit-il, nous irons jusqu’au bout de ce combat. »', ['Oui,', 'nous irons jusqu’au bout de ce combat.']],
    ['it', '«Non ci fermeremo, ha detto il sindaco, finché il ponte non sarà riaperto.»', ['Non ci fermeremo,', 'finché il ponte non sarà riaperto.']],
    ['es', '«No lo sé todavía —dijo el ministro—, quizá mañana lo sabremos.»', ['No lo sé todavía', 'quizá mañana lo sabremos.']],
    // A dash incise runs to the next dash, commas and all (a name and its role inside it).
    ['es', '«Es una reforma justa —ha dicho la ministra de Trabajo, Ana Ruiz, en la rueda de prensa—, y no recorta derechos».', ['Es una reforma justa', 'y no recorta derechos']],
    ['es', '«Lo volveremos a intentar —ha asegurado el alcalde de Vigo, Abel Caballero, tras la votación— y esta vez ganaremos».', ['Lo volveremos a intentar', 'y esta vez ganaremos']],
    ['pt', '«Não vamos desistir —disse o presidente da câmara, João Silva, aos jornalistas—, a obra avança».', ['Não vamos desistir', 'a obra avança']],
  ])('cuts a quote around the incise (%s)', (lang, text, expected) => {
    expect(split(text, lang)).toEqual(expected.map((t, k) => [t, k > 0]));
  });

  it.each([
    ['a source preposition', 'fr', '« Il faut, selon nous, agir avant la fin de l’année. »'],
    ['a hyphenated word', 'fr', '« Nous avons rencontré le porte-parole du ministère hier soir. »'],
    ['a plural noun that looks like a verb of another language', 'fr', '« Nous avons tout essayé : les réunions, les manifestations. Personne ne nous écoute. »'],
    ['an English idiom (English keeps incises outside the marks)', 'en', '"The next weeks could be devastating, to say the least. It may go on for months."'],
    ['an incise with nothing quoted after it', 'fr', '« Nous irons jusqu’au bout, a-t-il dit. »'],
    ['a dash aside without a speech verb', 'es', '«La reforma —que llevaba años esperando, por cierto, como todos— llega tarde».'],
  ])('leaves one quote for %s', (_name, lang, text) => {
    expect(split(text, lang).length).toBe(1);
  });
});
