import { describe } from 'vitest';
import { itFindsTheQuotesOf, type WrittenPage } from './written';

/**
 * Third round of pages written for the quote detector (tests/fixtures/written-quotes-3), in styles
 * the development pages and the earlier written pages lack: a live blog with an embedded tweet, a
 * court report, a match report with nicknames, a Russian news-agency item with nested marks and a
 * multi-paragraph statement, Ukrainian, German »…« and ‚…‘, a French dash interview, Brazilian
 * Portuguese with a missing closing mark, an opinion piece of scare quotes, Japanese 「」, and a
 * Q&A with bold questions. Each page's quotes were decided from the guidelines
 * (shared/eval/GUIDELINES.md) before the detector ran on it.
 * `required`: the quotes, in page order (an entry ending with "…" matches by its first words).
 * `either`: spans the guidelines leave optional (interview questions, quoted headlines, slogans,
 * fragments of one or two words): they may be found or not. Anything else found is a false positive.
 */

const PAGES: WrittenPage[] = [
  {
    file: 'liveblog-en.html',
    lang: 'en',
    required: [
      "We've lost everything. The water came up through the floor in about ten minutes,",
      'stay away from swollen rivers and never drive through flood water',
      'Strong winds will continue across northern England this evening, with gusts of 70mph possible on exposed coasts. Stay safe and check the forecast before you travel.',
      'Please do not travel unless your journey is absolutely necessary,',
      'Our street is a river. Neighbours are carrying sandbags in the dark and nobody from the council has come.',
      'thoughts are with everyone affected',
      'will do whatever it takes to help communities recover',
    ],
    // "danger to life" is the name of a warning, not anyone's words.
    either: ["We've lost everything,", 'severely disrupted'],
  },
  {
    file: 'court-en.html',
    lang: 'en',
    required: [
      'You will regret the day you opened your mouth at that meeting.',
      'I stopped answering the door. I stopped going to the shop. I felt like a prisoner in my own home.',
      'Everyone on this street knows what you are.',
      'the only honest man at the town hall',
      'robust but fair',
      'provoked at every turn',
      'This was a sustained, deliberate and cruel course of conduct. You used…',
      'I hope this gives other people the confidence to speak up at meetings like that one.',
      'lost his career, his marriage and his reputation',
    ],
    // Not quotes: the law's title and the report's title.
    either: [],
  },
  {
    file: 'match-en.html',
    lang: 'en',
    required: [
      "It's the best feeling in the world. The lads never stopped running, even when we were down to ten,",
      'We knew they would sit deep, so the plan was to be patient and move the ball quickly,',
      'Emeka was unplayable today.',
      "That's a foul all day long. I've watched it five times and it's a clear push on our centre-half.",
      'second best for an hour',
      'far too early',
    ],
    // A chant is a slogan (optional). Not quotes: the nicknames "The Cat", "the safest pair of
    // hands in the league" (known as) and "Big Game Emeka" (nicknamed).
    either: ['We are top of the league'],
  },
  {
    file: 'agency-ru.html',
    lang: 'ru',
    required: [
      'Поставки по газопроводу „Сила Сибири“ превысили суточные контрактные обязательства. Мы выполнили все обязательства перед китайскими партнерами',
      // A statement over three paragraphs: an opening mark on each, a closing one on the last.
      'В 2025 году мы планируем сохранить объем поставок на уровне не ниже 38 млрд кубометров. Переговоры о новых маршрутах продолжаются.',
      'Кроме того, компания завершает строительство газоперерабатывающего завода в Амурской области, который позволит увеличить экспорт гелия.',
      '„Газпром“ продолжит выполнять все обязательства перед потребителями в России и за рубежом',
      'компенсирует лишь часть потерь от сокращения поставок в Европу',
      'зашли в тупик',
      'это вопрос двусторонних коммерческих отношений, а не межгосударственных',
    ],
    // Not quotes: «Газпром», «Сила Сибири», «Финам», «Сила Сибири — 2», «Газпром нефть» (names).
    either: [],
  },
  {
    file: 'rehab-uk.html',
    lang: 'uk',
    required: [
      'Ми розраховуємо приймати до двохсот пацієнтів на місяць. Це протези, фізична терапія і психологічна підтримка',
      'Найважче — це не втратити мотивацію в перші тижні…',
      'Тому ми працюємо з кожним пацієнтом індивідуально.',
      'Спочатку я не хотів жити. Тепер я вчуся ходити заново і хочу повернутися до роботи',
      'прикладом того, як місто має дбати про своїх захисників',
      'на пів року вперед',
    ],
    // Not quotes: так званим «фантомним болем…» (a term), фонд «Повернись живим» (a name).
    either: [],
  },
  {
    file: 'strike-de.html',
    lang: 'de',
    required: [
      'Die Bahn hat uns bis heute kein verhandlungsfähiges Angebot vorgelegt',
      'Wir lassen uns nicht länger hinhalten.',
      'völlig unnötig und unverhältnismäßig',
      'Wenn die Bahn von einem ‚großzügigen Angebot‘ spricht, dann ist das schlicht Augenwischerei',
      'Wir wollen eine Einigung am Verhandlungstisch, nicht auf dem Rücken unserer Fahrgäste.',
      'mit ihrer Geduld am Ende',
    ],
    // A slogan in single marks is optional. Not quotes: die sogenannte »Friedenspflicht…«, the book's title.
    either: ['Wer streikt, fährt nicht'],
  },
  {
    file: 'urgences-fr.html',
    lang: 'fr',
    required: [
      'Nous avons eu des patients qui ont attendu plus de vingt heures sur un brancard, dans un couloir. Ce n’est pas digne d’un pays comme le nôtre.',
      'Non. Cela fait dix ans que nous alertons, et les départs de soignants se sont accélérés depuis le Covid.',
      // The answer goes on in a paragraph without a dash.
      'Quand une infirmière part, on ne la remplace pas…',
      'Des lits d’aval, tout simplement…',
      'des renforts seront déployés dès le mois d’octobre',
      'une situation très tendue',
      'aucun patient grave n’a été laissé sans prise en charge',
    ],
    either: [
      'On ne peut plus attendre',
      'Comment décririez-vous la situation cet été ?',
      'Le ministre parle d’une « crise passagère ». Est-ce le cas ?',
      'Que demandez-vous ?',
      'été noir',
    ],
  },
  {
    file: 'floods-pt.html',
    lang: 'pt',
    required: [
      'Perdemos três pontes em uma noite. Sem ajuda de Brasília, não temos como reconstruir',
      // The closing mark is missing: the quote runs to the end of its paragraph, and the next
      // paragraph (no marks) is the reporter's.
      'tudo o que estiver ao seu alcance para que nenhuma cidade fique isolada.',
      'A água subiu quatro metros em duas horas. Nunca vimos nada parecido.',
      'Os moradores perderam tudo: casa, carro, documentos',
      'insuficientes diante do tamanho da tragédia',
      'É uma corrida contra o tempo',
    ],
    // Not a quote: o chamado “Auxílio Reconstrução do Rio Grande” (a programme's name).
    either: [],
  },
  {
    file: 'opinion-en.html',
    lang: 'en',
    required: [
      'We measure what is easy to measure, and then we pretend it is what matters,',
      'not the opposite of work but the condition for it.',
      'Tell me, what is it you plan to do with your one wild and precious life?',
    ],
    // Scare quotes and words as words are not quotes ("productivity", "optimize", "busy",
    // "leveraging synergies", "moving the needle", the so-called "hustle culture…", a study's
    // title, "inbox zero"). A family saying could be read either way.
    either: ['category error', 'A tidy desk is the sign of a wasted day.'],
  },
  {
    file: 'heat-ja.html',
    lang: 'ja',
    required: [
      '不要不急の外出は控え、こまめに水分を補給してほしい',
      '高齢者は暑さを感じにくく、室内でも注意が必要だ',
      '夜間もエアコンを使ってほしい。我慢は禁物だ',
    ],
    // A quoted headline is optional. Not a quote: いわゆる「クールシェアスポット」 (a so-called name).
    either: ['こまめに水分補給を'],
  },
  {
    file: 'ask-expert-en.html',
    lang: 'en',
    // An expert's answers to readers' questions, the questions in bold: the answers are the
    // interviewee's words, the questions optional. Known miss: the article text has no emphasis,
    // so bold questions look like an explainer's questions answered by the journalist (same
    // shape, not quotes); telling them apart needs the blocks to say a paragraph is all bold, and
    // the intro to name the person answering.
    required: [],
    missed: [
      'There is no single number…',
      'Not necessarily…',
      'Headache, dizziness, nausea and cramps…',
      'For most people doing less than an hour of exercise…',
    ],
    either: [
      'How hot is too hot to go for a run?',
      "I'm 68 and take blood pressure tablets. Should I stop my morning walks?",
      'What are the warning signs of heat exhaustion?',
      'Are sports drinks better than water?',
    ],
  },
  // Written after the rules above, to check that they carry over to pages they were not made for.
  {
    file: 'pension-es.html',
    lang: 'es',
    required: [
      // The minister's incise sits inside the guillemets, set off by dashes: two quotes.
      'Es una reforma que garantiza las pensiones de hoy y las de mañana',
      'y lo hace sin recortar derechos',
      'un impuesto al empleo',
      'Se ha aprobado sin el acuerdo de las empresas, y eso lo pagarán los trabajadores',
      'paso imprescindible para la sostenibilidad del sistema',
      'No vamos a apoyar una reforma que castiga a la clase media',
    ],
    // An economist's coined phrase could be read as his words or as a term. Not quotes: el llamado
    // «Mecanismo…» (a name) and the title of an article.
    either: ['factura del baby boom'],
  },
  {
    file: 'explainer-en.html',
    lang: 'en',
    required: [
      'The risk to the general public remains low,',
      'We are not at the stage of a pandemic, but we are closer than we were two years ago, and that should focus minds,',
    ],
    // The bold questions and their answers are the journalist's own words. Not a quote: what
    // virologists call "mammalian adaptation mutations" (a term).
    either: [],
  },
  {
    file: 'subsidy-cs.html',
    lang: 'cs',
    required: [
      'Firma předložila fotografie cizích domů a faktury za práce, které nebyly provedeny,',
      'nevěnovali kontrole dokumentace ani minimální pozornost',
      'administrativní chybu účetní',
      'Nikoho jsme nechtěli podvést. Domy jsme zateplili, jen jiné, než jsou v žádosti,',
      'Kontrolní postupy jsme od té doby zpřísnili a na místě nyní ověřujeme každou desátou žádost,',
    ],
    // Not quotes: the programme „Nová zelená úsporám“ and the police operation „Teplé domy“.
    either: [],
  },
  {
    file: 'derby-it.html',
    lang: 'it',
    required: [
      'È una vittoria per la gente, che ci ha spinto per novanta minuti. Questo gol lo dedico a mia moglie',
      'Abbiamo sofferto, ma la squadra non ha mai smesso di crederci',
      'Adesso però pensiamo subito alla prossima partita',
      'decisa dagli episodi',
      // `, lo dico con rispetto` is the coach's own aside, not an author's incise.
      'Il rosso a Romagnoli è eccessivo, lo dico con rispetto',
    ],
    // A banner's slogan is optional. Not a quote: conosciuto dai tifosi come «la Joya…» (a nickname).
    either: ['Roma capitale del calcio'],
  },
  {
    file: 'council-en.html',
    lang: 'en',
    required: [
      'This is the single most important thing we can do this decade to cut emissions from buildings,',
      // The pull quote repeating it is not a quote of its own.
      "Every dollar we spend on rewiring is a dollar we don't spend on housing,",
      // An Instagram embed: the post is the mayor's words, the "A post shared by" line is not.
      "Proud of our council today. Clean air is not a luxury, and our kids deserve buildings that don't make them sick.",
    ],
    // "what their trade group called "a war on the wok."" is the group's words but also a label it
    // put on the rule; "called" reads as naming, so it may go either way. "rushed" is one word.
    either: ['rushed', 'a war on the wok.'],
  },
];

describe('pages written in styles the development pages lack (round 3)', () => itFindsTheQuotesOf('written-quotes-3', PAGES));
