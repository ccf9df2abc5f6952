import { describe, expect, it } from 'vitest';
import { countWords, isTitleCase } from '../../lib/quotes/filter';
import { quoteTexts } from './helpers';

describe('what is not a quote', () => {
  it.each([
    ['a one-word scare quote', 'en', 'This "desk" computer sits on a table.'],
    ['a two-word term', 'en', 'The ineffectiveness of its "safety net" was clear.'],
    ['a nickname after a name', 'en', 'Lorenz, "the father of chaos," was born in 1917.'],
    ['a title after "titled"', 'en', 'He wrote a paper titled "Deterministic Nonperiodic Flow in the atmosphere" in 1963.'],
    ['a Title Case name of a thing', 'en', 'Nintendo announced "Super Mario Run Deluxe" for the iPhone.'],
    // An uncued noun phrase opening with a determiner, a full stop inside the marks or not.
    ['a short noun phrase ending in a full stop', 'en', 'There is no such thing as “the attention market.” It is advertising.'],
    ['a short noun phrase without a full stop', 'en', 'Nobody works in "the paperless office" any more.'],
    ['a three-word noun phrase after "as"', 'en', 'He saw the move as "a quiet retreat." Others disagreed.'],
    ['a Title Case name holding a nested name', 'en', 'The band played “The ‘Night Owl’ Ballroom Waltz” at the fair.'],
    ['a song after a work noun', 'en', 'They played the song "we are the champions of the world" twice.'],
    ['a so-called term', 'en', 'The so-called "special military operation" began in February.'],
    ['a term after a determiner', 'en', 'He spoke about the "war on terror" again.'],
    ['a French term after an article', 'fr', 'Il a parlé du « plan de relance économique » hier soir.'],
    ['a French title after intitulé', 'fr', 'Un rapport intitulé « la France face au défi climatique » est sorti.'],
    ['a German so-called term', 'de', 'Die sogenannte „kontrollierte Offensive im Osten“ begann.'],
    ['a Russian organisation', 'ru', 'Партия «Единая Россия за всех» победила.'],
    ['a Russian company in a sentence with a cue', 'ru', 'Об этом заявил глава компании «Российские железные дороги» в понедельник.'],
    ['a Czech movement name', 'cs', 'Hnutí „Starostové a nezávislí kandidáti“ získalo hlasy.'],
    ['a Portuguese programme name', 'pt', 'Tite falou ao programa "Grande Círculo do Esporte" ontem.'],
    ['a Spanish so-called term', 'es', 'El llamado "impuesto a las grandes fortunas" entró en vigor.'],
    ['a Polish so-called term', 'pl', 'Tzw. „ustawa o obronie ojczyzny” weszła w życie.'],
    ['a Russian lower-case term without a determiner', 'ru', 'В области действует система «единого окна для пациентов», но о ней мало кто слышал.'],
    ['a Russian bureaucratic phrase in scare quotes', 'ru', 'Чиновники регулярно отчитываются о «повышении доступности медицинской помощи».'],
    ['a Cyrillic term on a page of unknown language', null, 'Власти запустили программу «зелёный коридор для бизнеса» в марте.'],
    ['a Polish lower-case term', 'pl', 'Ekonomiści zwracają uwagę na „lukę w systemie taryfowym” od lat.'],
    ['a Czech term after an inflected "so-called"', 'cs', 'Do takzvaného „programu návratu do praxe“ se přihlásilo 140 sester.'],
    ['a Russian title after an inflected work noun', 'ru', 'Сцены из фильма «Брат, сестра и другие родственники» показали в Москве.'],
    ['a Polish title after an inflected work noun', 'pl', 'W filmie „Wszyscy nasi dawni przyjaciele, czyli powrót” zagrał Jan Nowak.'],
    ['a Czech title after an inflected work noun', 'cs', 'V knize „Jak jsme přišli o všechno, co jsme měli“ popisuje rodinu.'],
    ['a nickname after "known to fans as"', 'en', 'The folk singer, known to fans as “the Queen of the Dales,” will tour again.'],
    // A noun right after a short span that a determiner opens is what the span qualifies, not a cue.
    ['a warning\'s name before the noun "warning"', 'en', 'Forecasters kept the "danger to life" warning in place until midnight.'],
    ['a term qualifying "warnings"', 'en', 'Police repeated the "stay at home" warnings overnight.'],
    ['a term qualifying a noun, after "a"', 'en', 'By noon a "shelter in place" order covered the whole county.'],
    // Short spans listed together without a cue are words being mentioned.
    ['two listed jargon phrases', 'en', 'Consultants talk about "leveraging synergies" and "moving the needle" all day.'],
    ['listed phrases in an advert', 'en', 'Its adverts are full of "seamless integration" and "best in class support".'],
    // Cues are the page language's: English `stress*` is no cue in a French sentence.
    ['listed French idioms before a sentence about stress', 'fr', '«Avoir le trac», «des papillons dans le ventre»... Ces expressions décrivent bien le stress.'],
    ['listed workshop titles, one a question', 'fr', 'Des ateliers sont proposés (« Comment lire un budget ? », « Écrire un communiqué » ou « Parler en public »).'],
    ['listed French idioms of five words', 'fr', '«Avoir le cœur sur la main», «donner sa langue au chat»… Ces expressions viennent du Moyen Âge.'],
    ['three listed French phrases', 'fr', 'Le discours parle de « sobriété choisie », « transition juste » ou « écologie vraiment populaire » sans les définir.'],
    // Naming phrases with a gap of up to three words.
    ['a nickname after "known to supporters as"', 'en', 'Bianchi, known to supporters as "the safest pair of hands in the league", has kept nine clean sheets.'],
    ['a French nickname after "connu des supporters comme"', 'fr', 'Le défenseur, connu des supporters comme « le mur de la défense centrale du club », a prolongé.'],
    ['a Russian nickname after "известный среди болельщиков как"', 'ru', 'Защитник, известный среди болельщиков как «стена на последнем рубеже обороны», продлил контракт.'],
    ['a term after "what virologists call"', 'en', 'Virologists watch for what they call "mammalian adaptation mutations" in samples.'],
    ['a term after "what the industry calls"', 'en', 'It is what the industry calls "dynamic surge pricing" and drivers hate it.'],
    ['a Czech programme name after an inflected "program"', 'cs', 'Firma čerpala peníze z dotačního programu „Nová zelená úsporám“. Peníze podle soudu nevrátila.'],
    // Scripts without spaces: naming words matched inside the run of characters.
    ['a Japanese so-called name', 'ja', '都は冷房の効いた施設を開放するいわゆる「クールシェアスポット」を設けた。'],
    ['a Chinese so-called term', 'zh', '这就是所谓“共同富裕的第三次分配”的核心。'],
    ['a Japanese film title', 'ja', '監督の新作映画「海の見える小さな町の物語」が公開された。'],
    // Naming phrases: a span after "the name of", "referred to as" is a term being mentioned.
    ['a term after "bears the name of"', 'en', 'This stage of sleep bears the name of "rapid eye movement sleep."'],
    ['a term after "goes by the name of"', 'en', 'The technique goes by the name of "deep brain stimulation" in most clinics.'],
    ['a term after "referred to as"', 'en', 'It is often referred to as "cold atmospheric plasma" by engineers.'],
    // Hedges: the author's loose wording on a short phrase.
    ['an English span after "a kind of"', 'en', 'The new rules amount to a kind of "digital land grab" by the platforms.'],
    ['a French span after "une forme de"', 'fr', 'La réforme instaure une forme de « guichet unique numérique » pour les entreprises.'],
    ['a Spanish span after "una especie de"', 'es', 'El acuerdo funciona como una especie de «pacto de no agresión» entre los dos partidos.'],
    // Scripts without spaces, case or articles (Chinese, Japanese).
    ['a Chinese example question before 这样的', 'zh', '系统可以回答“从北京南站出发坐三站会到哪里？”这样的问题。'],
    ['a Chinese example question after 比如', 'zh', '它还能处理家族关系，比如“李四的外婆是谁？”。'],
    ['a Chinese short term the sentence runs on after', 'zh', '越来越多的年轻人开始向“最后的荒野地带”进发。'],
    ['a Chinese app name after a category noun', 'zh', '公司推出了应用“城市出行小助手”，用户可以免费下载。'],
    ['a Chinese name followed by a bracket', 'zh', '这种“共享储能电站”（shared storage）正在各地兴起。'],
    ['a Chinese model name before 模式', 'zh', '当地构建“线上线下一体化服务平台”模式，带动了销售。'],
    ['a Chinese uncued term ending the sentence', 'zh', '这座城市如今成为科技企业争相进入的“创新试验田”。'],
    ['a Japanese app name after a category noun', 'ja', '同社はアプリ「あんしんネット見守り」と併用できると発表した。'],
    ['a Japanese name followed by a bracket', 'ja', 'セキュリティ製品の「ネットガード プラス」（Windows版）の提供を始めた。'],
    ['a Japanese name with no quoting particle', 'ja', '市は新しい「まちなか避難所マップ」を公開した。'],
    ['two Japanese names joined by と', 'ja', '両社は「さくら地域通信」と「みどり地域通信」を統合する。'],
  ])('%s', (_name, lang: string | null, text) => {
    expect(quoteTexts([text], lang)).toEqual([]);
  });

  it.each([
    ['a short attributed fragment of 3+ words', 'en', 'The source said he has received "many, many messages" of support.', ['many, many messages']],
    ['a fragment after the verb it completes', 'en', 'He failed to pass "common sense gun safety laws" in the US.', ['common sense gun safety laws']],
    ['a fragment with a cue later in the sentence', 'en', 'Misuse is the "single leading factor" behind it, the CDC says.', ['single leading factor']],
    ['a fragment ending the sentence inside the marks', 'en', 'He said the government had made a “deal with the devil.”', ['deal with the devil.']],
    ['a French fragment', 'fr', 'Il devait ramener des Français, «les plus éprouvés» par la catastrophe, selon le ministère.', ['les plus éprouvés']],
    ['a quote that is a full sentence without a cue', 'en', 'The Duma announced a plan. "Quietly and in an understandable way. And not more than three thousand people."', ['Quietly and in an understandable way. And not more than three thousand people.']],
    ['a German fragment whose nouns are capitalised', 'de', 'Der Minister sprach von einer „Gefahr für die Demokratie“ im Land.', ['Gefahr für die Demokratie']],
    ['a French quote after "a dit"', 'fr', 'Le ministre a dit « nous allons gagner » hier.', ['nous allons gagner']],
    ['a fragment after the conjunction "that"', 'en', 'It is clear that "we must act now" on this issue.', ['we must act now']],
    ['a headline quote after a colon', 'ru', 'Путин: «Мы не отступим никогда»', ['Мы не отступим никогда']],
    ['a Russian lower-case fragment with a cue', 'ru', 'Министр заявил, что «цены больше не вырастут».', ['цены больше не вырастут']],
    ['a Czech lower-case fragment after "podle"', 'cs', 'Podle ministra jde o „gesto bez krytí v rozpočtu“.', ['gesto bez krytí v rozpočtu']],
    ['an uncued sentence after a comma', 'en', 'In the end, "the government has failed us all."', ['the government has failed us all.']],
    // The qualified-noun rule must not fire when a preposition or a speaker follows the span.
    ['a fragment before a preposition', 'en', 'The minister warned that the "worst is yet to come" for farmers.', ['worst is yet to come']],
    ['a fragment before "he said"', 'en', 'It was the "only honest way forward" he said.', ['only honest way forward']],
    // Listed spans with a reporting cue are the speaker's words.
    ['listed fragments with a cue', 'en', 'She said the plan was "deeply irresponsible" and "a betrayal of voters".', ['a betrayal of voters']],
    ['a short span next to a long quote', 'en', 'He said "bad idea" and "we will oppose it in parliament, every single day."', ['we will oppose it in parliament, every single day.']],
    ['a quote after "a call for"', 'en', 'What the union wants is a call for "an immediate end to the cuts", its leader said.', ['an immediate end to the cuts']],
    // A gap phrase needs its last word right before the span.
    ['a quote after "known to be"', 'en', 'He is known to be blunt, and he said "we will see what happens next week".', ['we will see what happens next week']],
    ['a Ukrainian lower-case fragment after "каже"', 'uk', 'Він каже, що це «лише початок великої роботи».', ['лише початок великої роботи']],
    ['a Ukrainian lower-case fragment after "вважає"', 'uk', 'Міністр вважає цю реформу «кроком у правильному напрямку».', ['кроком у правильному напрямку']],
    ['a Japanese quote with a cue after it', 'ja', '知事は「不要不急の外出は控えてほしい」と呼びかけた。', ['不要不急の外出は控えてほしい']],
    ['a Chinese quote after a colon', 'zh', '他表示：“我们会继续努力，不会放弃。”', ['我们会继续努力，不会放弃。']],
    // The rules for terms must not take speech.
    ['an English quote after "a kind of" that is a sentence', 'en', 'She spoke of a kind of "loneliness that nobody here, not even the council, wants to discuss," she said.', ['loneliness that nobody here, not even the council, wants to discuss,']],
    ['a French fragment after "de" (no hedge)', 'fr', 'Le texte cite la nécessité de « la prévention du terrorisme » parmi ses motifs.', ['la prévention du terrorisme']],
    ['a Chinese cued short span the sentence runs on after', 'zh', '他认为这是“目前最好的办法”之一。', ['目前最好的办法']],
    ['a Chinese short span that ends the clause', 'zh', '王明说，这项改革“来得非常及时”。', ['来得非常及时']],
    ['a Chinese uncued quote with its own punctuation', 'zh', '“这里的冬天太冷了，我们都想回家。”一位村民的话道出了大家的心声。', ['这里的冬天太冷了，我们都想回家。']],
    ['a Chinese short cued quote without punctuation', 'zh', '她笑着告诉记者“明天我们再来看看”。', ['明天我们再来看看']],
    ['a Japanese short answer tied by と', 'ja', 'アンケートでは多くの人が「よくわからない」と回答した。', ['よくわからない']],
    ['a Japanese quote tied by などと', 'ja', '住民は「もう限界だ、早く何とかしてほしい」などと訴えた。', ['もう限界だ、早く何とかしてほしい']],
    ['a Japanese quote tied by って', 'ja', '彼女は「本当に怖かったです」って言っていた。', ['本当に怖かったです']],
    ['a Japanese quote standing as its own sentence', 'ja', '「避難所は寒くて夜も眠れない」。六十代の男性はこう話す。', ['避難所は寒くて夜も眠れない']],
    ['a Japanese quote after a colon', 'ja', '担当者は次のように説明した：「来週から運用を始める」', ['来週から運用を始める']],
    // A short span with a finite verb, or with a cue, is speech even when it opens with a determiner.
    ['a short uncued sentence with a copula', 'en', 'In the end, "the plan is dead."', ['the plan is dead.']],
    ['a short noun phrase with a cue', 'en', 'The mayor said it was "the best deal ever."', ['the best deal ever.']],
    // A nested capitalised title or name is judged on its own: the outer quote keeps its words.
    ['a quote holding a nested Title Case name', 'en', '“No,” the plumber said. “It’s ‘Tuesday Night at the Palace.’”', ['No,', 'It’s ‘Tuesday Night at the Palace.’']],
    ['a nested one-word title and a second sentence', 'en', '“That’s ‘Hamlet.’ Everybody knows it.”', ['That’s ‘Hamlet.’ Everybody knows it.']],
    ['a nested name inside a double-marked nested quote', 'en', '“She calls it “The Big Chill,” every winter,” he said.', ['She calls it “The Big Chill,” every winter,']],
  ])('keeps %s', (_name, lang, text, expected) => {
    expect(quoteTexts([text], lang)).toEqual(expected);
  });
});

describe('helpers', () => {
  it.each([
    ['we will act', 3],
    ['many, many messages', 3],
    ['« oui »', 1],
    ['明日は必ず行きます', 5],
    ['well-known term', 2],
  ])('countWords(%j) = %i', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it.each([
    ['Super Mario Run', true],
    ['Higher School of Oncology', true],
    ['Deterministic Nonperiodic Flow', true],
    ['Burned Her Up From Within', true],
    ['common sense gun safety laws', false],
    ['We will act now', false],
    ['The war is over', false],
  ])('isTitleCase(%j) = %s', (text, expected) => {
    expect(isTitleCase(text, new Set(['of', 'the', 'a']))).toBe(expected);
  });
});

describe('names the article keeps repeating', () => {
  // A short phrase found in three paragraphs or more, marked or not, is the name of a thing.
  it.each([
    [
      'a group named in three paragraphs',
      'en',
      ['The group "Keep it local" was founded in 2019 by shop owners.', 'Ana Ruiz of "Keep it local" says the plan is wrong.', 'Keep it local plans a march in May.'],
      [],
    ],
    [
      'a campaign name with a cue beside it',
      'en',
      ['Parents started "Bring the buses back" in March.', 'The head of "Bring the buses back" said on Friday that she would meet the mayor.', 'Since then Bring the buses back has grown.'],
      [],
    ],
    [
      'an app named in three paragraphs of a French story',
      'fr',
      ['L’application « Rentre chez toi » est gratuite.', 'Selon ses auteurs, « Rentre chez toi » compte déjà dix mille utilisateurs.', 'Rentre chez toi sera traduite en anglais.'],
      [],
    ],
  ])('drops %s', (_name, lang, paragraphs, expected) => {
    expect(quoteTexts(paragraphs, lang)).toEqual(expected);
  });

  it.each([
    [
      'an utterance repeated with a cue after each',
      'en',
      ['"Not this time," she said at the first meeting.', 'A week later: "Not this time," she said again.', '"Not this time," she told the board in June.'],
      ['Not this time,', 'Not this time,', 'Not this time,'],
    ],
    [
      'words a speaker repeats within one paragraph',
      'en',
      ['"Let him go," she says. "Let him go. Please, let him go."', 'The officers did not answer.'],
      ['Let him go,', 'Let him go. Please, let him go.'],
    ],
    [
      'a lower-case claim the article keeps coming back to',
      'en',
      ['The senator said there were "hundreds of closures" in the county.', 'Checkers looked at the claim of "hundreds of closures" closely.', 'They found 212, so hundreds of closures is right.'],
      ['hundreds of closures', 'hundreds of closures'],
    ],
    [
      'a phrase quoted in two paragraphs only',
      'en',
      ['Workers chanted "we want our jobs back" outside.', 'Inside, the manager said "we want our jobs back" was fair.'],
      ['we want our jobs back', 'we want our jobs back'],
    ],
  ])('keeps %s', (_name, lang, paragraphs, expected) => {
    expect(quoteTexts(paragraphs, lang)).toEqual(expected);
  });

  // Past a few phrases the paragraphs are looked up by the phrase's inner words: the counts stay
  // those of reading every paragraph, parts of longer words included ("Keep it locally").
  it('counts the same once many short phrases were asked about', () => {
    const names = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Ginkgo', 'Hazel', 'Ivy', 'Juniper', 'Larch', 'Maple', 'Nutmeg', 'Oak', 'Pine', 'Rowan', 'Spruce', 'Teak', 'Willow', 'Yew'];
    const fillers = names.map((n) => `On Monday the mayor answered "${n} Street stays open" to the crowd.`);
    const repeated = ['The group "Keep it local" was founded in 2019 by shop owners.', 'Ana Ruiz of "Keep it local" says the plan is wrong.', 'Their motto, Keep it locally, is on every door.'];
    const once = ['The group "Keep it local" was founded in 2019 by shop owners.', 'Ana Ruiz of "Keep it local" says the plan is wrong.', 'Their motto is on every door.'];
    const few = quoteTexts(repeated, 'en');
    const many = quoteTexts([...fillers, ...repeated], 'en');
    expect(few).toEqual([]);
    expect(many.filter((t) => t.startsWith('Keep'))).toEqual([]);
    expect(many.length).toBe(quoteTexts(fillers, 'en').length);
    const keptOnce = quoteTexts(once, 'en');
    expect(keptOnce).toContain('Keep it local');
    expect(quoteTexts([...fillers, ...once], 'en').filter((t) => t.startsWith('Keep'))).toEqual(keptOnce);
  });
});

describe('German spans with no verb', () => {
  // Every noun is capitalised in German: a span whose only lower-case words are small words of
  // titles has no verb, and names a work, a team or a campaign unless a cue makes it a fragment.
  it.each([
    ['a team name', 'In der nächsten Woche arbeitet das Team „Vier Bäcker für Berlin“ in der Backstube.', []],
    ['a show name right after its noun, with a cue after it', 'In der Talkshow „Sieben nach Zehn“ sagte die Ministerin, sie sei zufrieden.', []],
    ['an English campaign name in a German text', 'Die Gruppe startete den Filter „Hide from the Camera“ im Oktober.', []],
    ['a credit line', 'Die Verwendung ist nur bei Nennung „Foto: NDR/Anna Berg“ erlaubt.', []],
  ])('drops %s', (_name, text, expected) => {
    expect(quoteTexts([text], 'de')).toEqual(expected);
  });

  it.each([
    ['a cued fragment of nouns', 'Die Ministerin sprach von einer „Krise für die Landwirtschaft“ im Süden.', ['Krise für die Landwirtschaft']],
    ['a sentence with a verb', 'Die Ministerin sagte: „Die Bauern brauchen jetzt Hilfe.“', ['Die Bauern brauchen jetzt Hilfe.']],
    ['a short exclamation of nouns', '„Hände weg von Berlin!“, riefen die Demonstranten.', ['Hände weg von Berlin!']],
  ])('keeps %s', (_name, text, expected) => {
    expect(quoteTexts([text], 'de')).toEqual(expected);
  });
});

describe('short utterances with a cue right after them', () => {
  // One or two words ending in a comma, ! or ? inside the marks, with a reporting cue at once after
  // the closing mark, are a whole utterance; otherwise short spans stay terms or optional fragments.
  it.each([
    ['an English one-word answer', 'en', '"Absolutely," she said after the vote.', ['Absolutely,']],
    ['an English exclamation', 'en', '"Never again!" shouted the crowd outside the court.', ['Never again!']],
    ['a Czech two-word clause', 'cs', 'Trenér byl nadšený. „Hraje skvěle,“ řekl po zápase Novák.', ['Hraje skvěle,']],
    ['a Spanish exclamation', 'es', '«¡Qué vergüenza!», dijo la diputada al salir del pleno.', ['¡Qué vergüenza!']],
    ['a Chinese short question', 'zh', '“为什么？”他问道。', ['为什么？']],
    ['a comma-ended term with no cue after it', 'en', 'They call the new line "the spine," and it opened in May.', []],
    ['a comma-ended word with the cue far away', 'en', 'The word "never," in his view, was too strong, he said.', []],
    ['a name after "called" followed by a cue', 'en', 'A band called "Go!" said on Monday it would tour.', []],
    ['a two-word label without punctuation inside', 'es', 'El ministro calificó de «una vergüenza» el fallo del tribunal.', []],
  ])('%s', (_name, lang: string | null, text, expected) => {
    expect(quoteTexts([text], lang)).toEqual(expected);
  });
});

describe('Japanese lists of 「」 spans closed by a quoting particle', () => {
  // `「A」、「B」と語った`: the particle after the last span ties every span of the list.
  it.each([
    ['two utterances', 'ja', '田中監督は「最高の試合だった」、「選手を誇りに思う」と語った。', ['最高の試合だった', '選手を誇りに思う']],
    ['two utterances before と述べた', 'ja', '山田氏は「準備は万全だ」、「必ず勝てると信じている」と述べた。', ['準備は万全だ', '必ず勝てると信じている']],
    ['three utterances before などと', 'ja', '住民からは「水が足りない」、「夜が寒すぎる」、「情報がほしい」などと訴える声が出た。', ['水が足りない', '夜が寒すぎる', '情報がほしい']],
    ['a list of names before などの', 'ja', '会場では「さくら号」、「ふじ号」などの名前が挙がった。', []],
    ['a list of names before を', 'ja', '市は「防災マップ」、「避難ガイド」を公開した。', []],
  ])('%s', (_name, lang: string | null, text, expected) => {
    expect(quoteTexts([text], lang)).toEqual(expected);
  });
});
