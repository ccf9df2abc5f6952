import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/article/extract';
import { blockquoteSignature } from '../../lib/quotes/blockquote';
import { detectQuotes } from '../../lib/quotes/detect';
import { fixture, parseDoc } from '../helpers';
import { article, quoteSpans } from './helpers';

describe('split and multi-paragraph quotes', () => {
  it.each([
    ['en', '"There is no reason to believe it," said Mr. Reeves, a senior fellow. "These guys are the worst."', ['There is no reason to believe it,', 'These guys are the worst.']],
    ['de', '„Wir schaffen das“, sagte sie. „Das ist gut so für uns.“', ['Wir schaffen das', 'Das ist gut so für uns.']],
    ['fr', '« Nous allons agir vite », a-t-il déclaré. « Et nous le ferons bien. »', ['Nous allons agir vite', 'Et nous le ferons bien.']],
  ])('splits "A," he said. "B." into two spans, the second continuing (%s)', (lang, text, expected) => {
    const spans = quoteSpans(article([text]), lang);
    expect(spans.map((s) => s.text)).toEqual(expected);
    expect(spans.map((s) => !!s.continues)).toEqual([false, true]);
  });

  // A quote may pick up mid-sentence: an ellipsis right after the opening mark is no reason to
  // drop it, and it stays out of the span.
  it.each([
    ['a curly ellipsis after a colon', 'The clerk wrote: “… and the ledger was never seen again.”', ['and the ledger was never seen again.']],
    ['three dots before an attribution', '"... so we sold the boat in March," the skipper said.', ['so we sold the boat in March,']],
    ['a bracketed ellipsis, no space', 'She added: "[…]the rest went to the harbour fund."', ['the rest went to the harbour fund.']],
    ['a quote of its own paragraph', '“…Prices have gone up to bring more boats out onto the lake.”', ['Prices have gone up to bring more boats out onto the lake.']],
    ['only an ellipsis in the marks (no quote)', 'The reply read “…” and nothing more came from the office.', []],
    ['a closing mark followed by an ellipsis opens nothing', 'He stopped at “the gate.”… and the dogs started barking at us.', []],
  ])('reads a quote that opens with an ellipsis: %s', (_name, text, expected) => {
    expect(quoteSpans(article([text]), 'en').map((s) => s.text)).toEqual(expected);
  });

  it('does not continue across a new speaker', () => {
    const spans = quoteSpans(article(['"We must act now on this," said Smith. Jones disagreed. "We should wait a year."']), 'en');
    expect(spans.map((s) => !!s.continues)).toEqual([false, false]);
  });

  it('gives one span per paragraph of a multi-paragraph quote, later ones continuing', () => {
    const spans = quoteSpans(
      article([
        'Her mother said in a statement:',
        '“As Eloise deteriorated, the staff did all they could to stabilise her.',
        '“She was literally burning up from within.”',
        'The police said the tablets were toxic.',
      ]),
      'en',
    );
    expect(spans.map((s) => [s.text, !!s.continues])).toEqual([
      ['As Eloise deteriorated, the staff did all they could to stabilise her.', false],
      ['She was literally burning up from within.', true],
    ]);
  });

  it('continues a quote whose later paragraph has no opening mark but closes it', () => {
    const spans = quoteSpans(article(['He wrote: "We will rebuild the hospital first.', 'Then the schools, and then the roads," the mayor said.']), 'en');
    expect(spans.map((s) => [s.text, !!s.continues])).toEqual([
      ['We will rebuild the hospital first.', false],
      ['Then the schools, and then the roads,', true],
    ]);
  });

  it('mixes curly and straight marks on sloppy pages', () => {
    const spans = quoteSpans(article(['“We will rebuild the hospital first," the mayor said.']), 'en');
    expect(spans.map((s) => s.text)).toEqual(['We will rebuild the hospital first,']);
  });

  it('returns sorted, non-overlapping spans without marks or outer spaces', () => {
    const a = article(['« Un texte cité ici », dit-il, puis “another quoted sentence here” and "a third one for luck."']);
    const spans = detectQuotes(a, null);
    expect(spans.length).toBe(3);
    for (const [i, s] of spans.entries()) {
      const t = a.text.slice(s.start, s.end);
      expect(t).toBe(t.trim());
      expect(t).not.toMatch(/^["“«]|["”»]$/);
      if (i) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1].end);
    }
  });
});

describe('interview dialogue', () => {
  const interview = [
    'Ivan Petrov, a surgeon, answered our questions.',
    '- How are your colleagues reacting to the news?',
    '- They are very surprised. Nobody expected this at all.',
    '- Do you think they will leave?',
    '- Many of them already have. It is much harder to stay than to go, and everyone knows it.',
  ];

  it('marks dash paragraphs as dialogue with alternating turns', () => {
    const spans = quoteSpans(article(interview), 'en');
    expect(spans.map((s) => [s.kind, s.turn, s.text.slice(0, 12)])).toEqual([
      ['dialogue', 'question', 'How are your'],
      ['dialogue', 'answer', 'They are ver'],
      ['dialogue', 'question', 'Do you think'],
      ['dialogue', 'answer', 'Many of them'],
    ]);
  });

  it('continues an answer over paragraphs without a dash up to the next line, not past the last line', () => {
    const lines = [
      '— Почему врачи уезжают?',
      '— Причин много. Главная — усталость.',
      'Люди работают на полторы ставки годами и не видят перспективы.',
      '— Вернутся ли они?',
      '— Не думаю.',
      'Редакция благодарит собеседника.',
    ];
    const spans = quoteSpans(article(lines), 'ru');
    expect(spans.map((s) => [s.turn, s.text, !!s.continues])).toEqual([
      ['question', 'Почему врачи уезжают?', false],
      ['answer', 'Причин много. Главная — усталость.', false],
      ['answer', 'Люди работают на полторы ставки годами и не видят перспективы.', true],
      ['question', 'Вернутся ли они?', false],
      ['answer', 'Не думаю.', false],
    ]);
  });

  it('lets an answer be a question when the alternation says so', () => {
    const lines = [
      'Sergei Ivanov.',
      '– All of our staff are subject to military service. Who will be left to operate? – It is unclear.',
      '– Where does this strange figure come from?',
      '– It comes from nowhere. It has nothing to do with reality, as anyone can see. Can you picture it?',
      '– Yes, very vividly.',
      '– Do you swear?',
      '– Absolutely.',
      '– They are surprised. It is much harder for a doctor to go somewhere and get a job.',
    ];
    const spans = quoteSpans(article(lines), 'en');
    expect(spans.map((s) => s.turn)).toEqual(['answer', 'question', 'answer', 'question', 'answer', 'question', 'answer']);
    expect(spans[0].text).toBe('All of our staff are subject to military service. Who will be left to operate? – It is unclear.');
  });

  it.each([
    ['ru', '— Это правда, — сказал он. — Но не вся правда.', ['Это правда', 'Но не вся правда.']],
    ['es', '—No lo sé todavía —dijo el ministro—. Quizá mañana lo sabremos.', ['No lo sé todavía', 'Quizá mañana lo sabremos.']],
    ['en', '- I did not understand how to live there, - tells Fyodor Katasonov.', ['I did not understand how to live there']],
    ['ru', '- Я прошу перестать пускать на наши заседания журналистов, - обратился министр к залу.', ['Я прошу перестать пускать на наши заседания журналистов']],
    ['ru', '— Это правда, — сказал он, — но не вся правда.', ['Это правда', 'но не вся правда.']],
  ])('stops a dialogue line before its trailing attribution (%s)', (lang, text, expected) => {
    const spans = quoteSpans(article([text]), lang);
    expect(spans.map((s) => s.text)).toEqual(expected);
    expect(spans.every((s) => s.kind === 'dialogue')).toBe(true);
    expect(spans.slice(1).every((s) => s.continues)).toBe(true);
  });

  it.each([
    [
      'a dash line with its own attribution between bare dashes',
      ['- Rząd musi wyjaśnić tę sprawę jeszcze dzisiaj - powiedział rzecznik partii.'],
      [['Rząd musi wyjaśnić tę sprawę jeszcze dzisiaj', false]],
    ],
    [
      'two speakers in one paragraph',
      ['- To pytanie zakłada coś, czego nie było - odparł premier. - Nie wszystko tak wygląda, jak się wydaje - dodał minister.'],
      [['To pytanie zakłada coś, czego nie było', false], ['Nie wszystko tak wygląda, jak się wydaje', false]],
    ],
    [
      'speech after a full stop and a dash, ending with an attribution',
      ['Premier był pytany o konflikt w rządzie. - Nie ma żadnego konfliktu między nami - odparł szef rządu.'],
      [['Nie ma żadnego konfliktu między nami', false]],
    ],
    [
      'speech after a colon and a dash',
      ['Rzecznik spotkał się z dziennikarzami: - Najpierw musimy sprawdzić, jak było naprawdę.'],
      [['Najpierw musimy sprawdzić, jak było naprawdę.', false]],
    ],
    [
      'a paragraph without marks ending with a dash and a reporting verb',
      ['Noszę zawsze w torbie zestaw na wyjazd, więc mam też szczoteczkę – odpowiedział rzecznik rządu.'],
      [['Noszę zawsze w torbie zestaw na wyjazd, więc mam też szczoteczkę', false]],
    ],
  ])('reads reported speech set off by dashes: %s', (_name, paragraphs, expected) => {
    const spans = quoteSpans(article(paragraphs), 'pl');
    expect(spans.map((s) => [s.text, !!s.continues])).toEqual(expected);
    expect(spans.every((s) => s.kind === 'dialogue' && s.turn === 'answer')).toBe(true);
  });

  it('keeps marked quotes before speech that starts mid-paragraph', () => {
    const spans = quoteSpans(article(['"Wszystko jest w porządku, naprawdę," mówił wcześniej. - Nie ma żadnego konfliktu - dodał.']), 'pl');
    expect(spans.map((s) => [s.kind, s.text])).toEqual([
      ['marks', 'Wszystko jest w porządku, naprawdę,'],
      ['dialogue', 'Nie ma żadnego konfliktu'],
    ]);
  });

  it.each([
    ['an aside between dashes', 'It was hard - I told them so - and then we left.'],
    ['a dash clause without a reporting verb', 'The company grew fast – faster than anyone expected.'],
    ['a dash clause whose noun looks like a cue', 'Farmers were told to leave their land within a week — a declaration that the union said was unlawful.'],
    ['a dash clause with an article and a noun', 'Prices rose again in May — an announcement the bank made late on Friday.'],
  ])('does not take prose with dashes for speech: %s', (_name, text) => {
    expect(quoteSpans(article([text]), 'en')).toEqual([]);
  });

  it('does not take a list written with dashes for dialogue', () => {
    const spans = quoteSpans(article(['The plan has three parts:', '- more money for hospitals', '- new rules for drug prices', '- a national register']), 'en');
    expect(spans).toEqual([]);
  });
});

describe('block quotes', () => {
  it('makes each paragraph of a <blockquote> a quote, continuing within the same block quote', () => {
    const a = article(
      ['The minister posted:', 'We will not allow this to happen again.', 'Our hospitals are ready for the winter.', 'He was criticised.'],
      { 1: 'blockquote', 2: 'blockquote' },
      { 1: 1, 2: 1 },
    );
    const spans = quoteSpans(a, 'en');
    expect(spans.map((s) => [s.kind, s.text, !!s.continues])).toEqual([
      ['blockquote', 'We will not allow this to happen again.', false],
      ['blockquote', 'Our hospitals are ready for the winter.', true],
    ]);
  });

  it.each([
    ['takes the words inside marks', '“We will not allow this to happen again,” the minister wrote.', ['We will not allow this to happen again,']],
    ['drops a social post signature line', '— Jane Doe (@janedoe) May 1, 2020', []],
    ['drops embed boilerplate', 'View this post on Instagram', []],
    ['drops a trailing link', 'Our hospitals are ready for the winter. pic.twitter.com/abc123', ['Our hospitals are ready for the winter.']],
  ])('%s', (_name, text, expected) => {
    const spans = quoteSpans(article([text], { 0: 'blockquote' }, { 0: 1 }), 'en');
    expect(spans.map((s) => s.text)).toEqual(expected);
  });
});

describe('block quote signatures', () => {
  // The last paragraph of a block quote that is only a name (with credentials) signs the quote.
  const group = (lines: string[]) =>
    article(['The researcher summed it up:', ...lines, 'The study continues.'], Object.fromEntries(lines.map((_, i) => [i + 1, 'blockquote'])), Object.fromEntries(lines.map((_, i) => [i + 1, 1])));
  it.each([
    ['a name with a degree', ['The brain decides before we know it has decided.', 'Maria Okafor, Ph.D.'], ['The brain decides before we know it has decided.']],
    ['a name with a role and an institution', ['We were surprised by how early the signal appears.', 'Tomas van Berg, professor of neurology at Leiden University'], ['We were surprised by how early the signal appears.']],
    ['a name with an organisation in brackets', ['The results hold across every age group we tested.', 'Priya Raman (Sleep Research Institute)'], ['The results hold across every age group we tested.']],
    // Not signatures: a closing sentence, a name line that is the only paragraph, a line in the middle.
    ['a closing sentence in Title Case', ['We thank every volunteer who took part.', 'God Bless America.'], ['We thank every volunteer who took part.', 'God Bless America.']],
    ['a name in the middle of the quote', ['The letter was signed by three of us:', 'Maria Okafor, Ph.D., Tomas van Berg and Priya Raman', 'We stand by every word of it.'], ['The letter was signed by three of us:', 'Maria Okafor, Ph.D., Tomas van Berg and Priya Raman', 'We stand by every word of it.']],
  ])('%s', (_name, lines, expected) => {
    expect(quoteSpans(group(lines), 'en').map((s) => s.text)).toEqual(expected);
  });

  it.each([
    ['Maria Okafor, Ph.D.', 'Maria Okafor'],
    ['— Luis de Miranda, philosopher', 'Luis de Miranda'],
    ['Priya Raman (Sleep Research Institute)', 'Priya Raman'],
    ['We will win.', null],
    ['Thank you, Mr. President.', null],
  ])('blockquoteSignature(%j) names %j', (text, name) => {
    const s = blockquoteSignature(text);
    expect(s && text.slice(s.start, s.end)).toBe(name);
  });
});

describe('real pages', () => {
  const analyse = (name: string) => {
    const a = extractArticle(parseDoc(fixture(name)))!;
    return { a, spans: detectQuotes(a, 'en').map((s) => ({ ...s, text: a.text.slice(s.start, s.end) })) };
  };

  it('finds the quotes of an English news page and no scare quotes (seed-004)', () => {
    const { spans } = analyse('seed-004.html');
    const texts = spans.map((s) => s.text);
    expect(texts).toContain('I resigned from my CEO position on 30 March of my own accord,');
    expect(texts).toContain('many, many messages');
    expect(texts.some((t) => t.startsWith("Then the news from my colleagues came that I had been 'removed from the office'"))).toBe(true);
    expect(texts).not.toContain('removed from the office');
    expect(spans.length).toBe(15);
  });

  it('reads the interview, the multi-paragraph comment and the dropped terms of seed-000', () => {
    const { spans } = analyse('seed-000.html');
    const texts = spans.map((s) => s.text);
    for (const term of ['surgery', 'brain drain', 'true patriots', 'Higher School of Oncology', 'military']) expect(texts).not.toContain(term);
    expect(texts).toContain('calmly, without any rush and in a clear-cut manner');
    const dialogue = spans.filter((s) => s.kind === 'dialogue');
    expect(dialogue.length).toBe(11);
    expect(dialogue[0].turn).toBe('answer');
    expect(dialogue.find((s) => s.text === 'Do you swear?')?.turn).toBe('answer');
    expect(dialogue.find((s) => s.text === 'Absolutely.')?.turn).toBe('question');
    const comment = spans.find((s) => s.text.startsWith('And tens of thousands of fine doctors'));
    expect(comment?.continues).toBe(true);
  });

  it('finds French guillemet fragments (liberation-1)', () => {
    // External stylesheets and frames are dropped so the test DOM does not try to load them.
    const a = extractArticle(parseDoc(fixture('liberation-1.html').replace(/<(link|iframe)\b[^>]*>/gi, '')))!;
    const texts = detectQuotes(a, 'fr').map((s) => a.text.slice(s.start, s.end));
    expect(texts).toEqual(['d’encore plus de 200', 'Pour certains d’entre eux on est très interrogatif', 'les plus éprouvés', 'plus vulnérables (blessés, familles avec enfants)']);
  });
});
