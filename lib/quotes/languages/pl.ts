import type { QuoteLexicon } from './types';

export const pl: QuoteLexicon = {
  cues: [
    'powiedział*', 'mówi', 'mówią', 'mówił*', 'dodał*', 'dodaje', 'stwierdził*', 'stwierdza', 'podkreślił*',
    'podkreśla', 'zaznaczył*', 'zaznacza', 'według', 'przekonuje', 'przekonywał*', 'twierdzi', 'twierdził*',
    'oświadczył*', 'wyjaśnił*', 'wyjaśnia', 'napisał*', 'pisze', 'odpowiedział*', 'ocenił*', 'ocenia',
    'zauważył*', 'zauważa', 'przyznał*', 'przyznaje', 'ostrzegł*', 'ostrzega', 'poinformował*', 'zdaniem',
    'odparł*', 'pytał*', 'zapytał*', 'dopytywał*', 'tłumaczy', 'tłumaczył*', 'zapewni*', 'zapewnia', 'wyjaśniał*',
    'skomentował*', 'komentował*', 'przekonywał*', 'podkreślał*', 'zaznaczał*', 'dodawał*', 'wskazał*', 'wskazuje',
    'argumentował*', 'ostrzegał*', 'relacjonował*', 'oceniał*', 'apelował*', 'opowiada', 'opowiadał*', 'mówił*',
  ],
  naming: ['tzw.', 'tzw', 'tak zwany', 'tak zwana', 'tak zwane', 'zwany', 'zwana', 'zwane', 'nazwany', 'nazwana', 'pod tytułem', 'pod nazwą', 'znany jako', 'znana jako', 'słowo', 'termin', 'hasło', 'hasłem', 'pseudonim', 'tak zwan*', 'zwan*', 'nazwan*'],
  hedges: ['swego rodzaju', 'swojego rodzaju', 'w rodzaju', 'swoist*'],
  works: ['książka', 'książkę', 'powieść', 'film', 'piosenka', 'piosenkę', 'album', 'program', 'programie', 'serial', 'artykuł', 'felieton', 'esej', 'wiersz', 'sztuka', 'dokument', 'wystawa', 'obraz', 'gra', 'aplikacja', 'magazyn', 'gazeta', 'gazety', 'dziennik', 'tytuł', 'kampania', 'operacja', 'projekt', 'raport', 'badanie', 'plan', 'podcast', 'partia', 'partii', 'książk*', 'książce', 'film*', 'piosenk*', 'piosence', 'serial*', 'program*', 'artykul*', 'artykuł*', 'kampani*', 'projekt*', 'raport*', 'wystaw*', 'powieś*', 'album*', 'spektakl*', 'audycj*'],
  determiners: ['ten', 'ta', 'to', 'te', 'jego', 'jej', 'ich', 'swój', 'swoją'],
  titleSmallWords: ['i', 'w', 'we', 'na', 'za', 'dla', 'o', 'z', 'ze', 'do', 'od', 'po'],
  interviewLabels: { question: ['P', 'Pytanie'], answer: ['O', 'Odpowiedź'] },
  articleless: true,
};
