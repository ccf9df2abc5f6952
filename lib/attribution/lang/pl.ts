import type { CueTable } from './types';

export const pl: CueTable = {
  lang: 'pl',
  verbs: [
    'powiedział', 'powiedziała', 'powiedzieli', 'dodał', 'dodała', 'stwierdził', 'stwierdziła', 'mówi', 'mówił', 'mówiła',
    'podkreślił', 'podkreśliła', 'napisał', 'napisała', 'wyjaśnił', 'wyjaśniła', 'zaznaczył', 'zaznaczyła', 'ocenił',
    'oceniła', 'przekonywał', 'przekonywała', 'zapewnił', 'zapewniła', 'podkreśla', 'dodaje', 'twierdzi', 'uważa', 'pisze',
    'przyznał', 'przyznała', 'odpowiedział', 'odpowiedziała', 'ostrzegł', 'ostrzegła', 'poinformował', 'poinformowała',
  ],
  sourceFirst: ['według', 'zdaniem', 'jak powiedział', 'jak mówi'],
  pronounPhrases: { 'jego zdaniem': 'on', 'jej zdaniem': 'ona', 'według niego': 'on', 'według niej': 'ona' },
  fillers: ['też', 'także', 'również', 'już', 'potem'],
  personPronouns: ['on', 'ona', 'oni', 'one', 'ja', 'my', 'niego', 'niej'],
  orgPronouns: [],
  timeWords: ['w', 'we', 'wczoraj', 'dziś', 'dzisiaj', 'też', 'także', 'również'],
  documentNouns: ['raport', 'raporcie', 'badanie', 'badaniu', 'list', 'liście', 'oświadczenie', 'oświadczeniu', 'komunikat', 'komunikacie', 'wyrok'],
  authorMarkers: ['od'],
  genericRoles: ['lekarz', 'lekarka', 'ekspert', 'ekspertka', 'specjalista', 'specjalistka', 'naukowiec', 'badacz', 'badaczka', 'profesor', 'profesorka'],
  connectors: ['jednak', 'także', 'również', 'ponadto', 'ale', 'i', 'dziś', 'wczoraj', 'natomiast', 'zarazem'],
  dropsSubject: true,
  notSingular: /(?:li|ły|ją|ą)$/u,
};
