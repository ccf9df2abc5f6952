import { describe } from 'vitest';
import { itFindsTheQuotesOf, type WrittenPage } from './written';

/**
 * Pages written for the quote detector in styles the development pages lack. Each page's quotes
 * were decided from the guidelines (shared/eval/GUIDELINES.md) before the detector ran on it.
 * `required`: the quotes, in page order (an entry ending with "…" matches by its first words).
 * `either`: spans the guidelines leave optional (interview questions, headlines, slogans, short
 * fragments): they may be found or not. Anything else found is a false positive.
 */

const PAGES: WrittenPage[] = [
  {
    file: 'interview-es.html',
    lang: 'es',
    required: [
      'no necesita que nadie lo riegue',
      'Están al 24 % de su capacidad…',
      'Ayudan, pero no cambian la tendencia…',
      'Lo que necesitamos son varios inviernos normales seguidos, y eso ya no está garantizado.',
      'Lo excepcional sería que lloviera como antes…',
      'Reutilizar el agua depurada…',
    ],
    either: [
      'La sequía ya no es una excepción, es el clima que viene',
      '¿Cómo están hoy los embalses de Andalucía?',
      'Las lluvias de marzo dieron un respiro. ¿No basta?',
      'El Gobierno habla de "situación excepcional". ¿Lo es?',
      '¿Qué medida tomaría mañana mismo?',
    ],
  },
  {
    file: 'qa-en.html',
    lang: 'en',
    required: [
      'necessary to keep suppliers solvent through the winter.',
      'Wholesale gas prices rose sharply over the summer…',
      'Probably a little…',
      "I'd say it's optimistic…",
      "That's the part of the bill people rarely hear about.",
      'Check whether a fixed tariff beats the cap…',
    ],
    either: [
      'Why are prices going up again?',
      'Will it get worse in January?',
      'The government calls this a "temporary blip." Is that fair?',
      'What can households do?',
    ],
  },
  {
    file: 'energy-pl.html',
    lang: 'pl',
    required: [
      'Nie zostawimy ludzi samych z rachunkami, które mogłyby wzrosnąć nawet o połowę',
      'To dużo, ale stać nas na to',
      'Zamrażanie cen bez reformy rynku to tylko odkładanie problemu na później',
      'jasno powiedzieć, kto za to zapłaci',
      'Każdy miesiąc zamrożenia to dziura w budżecie, którą ktoś będzie musiał załatać. Najczęściej są to podatnicy',
      'nie ma zagrożenia dla płynności spółek energetycznych',
      'Nie zostawimy ludzi samych z rachunkami',
    ],
    either: [],
  },
  {
    file: 'hospitals-ru.html',
    lang: 'ru',
    required: [
      'Нам говорят, что до районного центра всего сорок километров. Но зимой туда не доехать, автобус ходит два раза в неделю',
      'Врачей в сёлах просто нет, и зарплатой их туда не заманишь',
      'Мы открываем так называемые «мобильные медицинские комплексы», которые будут объезжать сёла по графику.',
      'терапевт, педиатр и лаборатория экспресс-анализов',
      'Сначала закрывают стационар, потом фельдшерский пункт, потом школу. Через пять лет в селе никого не останется',
      'Мы не против реформ',
      'Мы против того, чтобы их проводили за наш счёт.',
      'лично приехать и посмотреть, как здесь живут люди',
    ],
    either: [],
  },
  {
    file: 'nurses-cs.html',
    lang: 'cs',
    required: [
      'Máme oddělení, kde na noční směnu zůstává jedna sestra na třicet pacientů. To je na hraně bezpečnosti,',
      'Víc si teď nemůžeme dovolit, ale je to první krok,',
      'O dalším navýšení budeme jednat na podzim.',
      'nekonečným přesčasům a chybějící podpoře vedení',
      'Sestry nechtějí jen peníze. Chtějí vědět, že budou mít volný víkend, když ho mají v rozpisu,',
      'předvolební gesto bez krytí v rozpočtu',
    ],
    either: ['kapku v moři', 'Sestra je profese budoucnosti'],
  },
  {
    file: 'tour-en.html',
    lang: 'en',
    required: [
      'I never planned to stop. I just got tired of motorways and bad sandwiches,',
      'Then my granddaughter put one of my old songs on TikTok, and suddenly people were asking when I’d play again.',
      'Eighty years young and back on the road. See you in Leeds, Newcastle and everywhere in between!',
      'When Maggie called me, I thought it was a joke. I had sold my amplifier years ago.',
      'But the moment we played together again in her kitchen, it felt like 1975. We didn’t need to rehearse the old songs; our hands remembered them.',
      'I wouldn’t miss this for anything.',
      'I still practise every single day.',
      'nervous but ready',
      'bring her own sandwiches this time.',
    ],
    either: ['I never planned to stop'],
  },
  {
    file: 'interview-it.html',
    lang: 'it',
    required: [
      'il punto di non ritorno è già stato superato',
      'Più di ventimila…',
      'Non c\'è un solo colpevole…',
      'È un segnale, niente di più…',
      'Metterei un tetto alle licenze per gli affitti brevi…',
    ],
    either: [
      'Il turismo di massa sta svuotando i centri storici',
      "Professor Ferri, quanti residenti ha perso Venezia negli ultimi vent'anni?",
      'Di chi è la colpa?',
      "Il sindaco ha introdotto un ticket d'ingresso. Funziona?",
      'Cosa farebbe lei?',
    ],
  },
  // Written after the rules above, to check that they carry over to pages they were not made for.
  {
    file: 'buses-nl.html',
    lang: 'nl',
    required: [
      'Voor veel ouderen is de bus de enige manier om bij de huisarts te komen,',
      'Als de halte verdwijnt, blijven zij thuis.',
      'vrijwel leeg door de dorpen',
      'Het is een sigaar uit eigen doos',
      'Je moet een dag van tevoren bellen. Dat kan niet iedereen.',
      'de bereikbaarheid van kleine kernen ernstig ondermijnt',
      'Hier stopt straks niets meer,',
    ],
    either: ['noodzakelijke keuze'],
  },
  {
    file: 'interview-de.html',
    lang: 'de',
    required: [
      'Nein. Überrascht hat mich eher…',
      'Dass wir den Kipppunkt womöglich früher erreichen als gedacht…',
      'Das ist bitter…',
      'Für manches ja…',
    ],
    either: [
      'Wir haben die Kipppunkte unterschätzt',
      'Frau Berger, der vergangene Sommer…',
      'Was heißt das für Grönland?',
      'Die Bundesregierung hat gerade ihr Klimaschutzprogramm verschoben.',
      'Ist es schon zu spät?',
    ],
  },
  {
    file: 'strike-fr.html',
    lang: 'fr',
    required: [
      "menace l'avenir du service public ferroviaire",
      'Nous avons tout essayé : les réunions, les courriers, les manifestations. Personne ne nous écoute',
      'Le dialogue reste ouvert,',
      'Mais la réforme ne sera pas retirée.',
      "On ira jusqu'au bout.",
    ],
    either: ['Nous ne lâcherons rien', 'mouvement injustifié'],
  },
];

describe('pages written in styles the development pages lack', () => itFindsTheQuotesOf('written-quotes', PAGES));
