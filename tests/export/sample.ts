import type { AnnotationRecord, PageRecord, TagRecord } from '../../lib/storage/schemas';
import { wordsOf } from '../../lib/storage/words';
import type { ExportData } from '../../lib/export/types';

/** A small fixed set of notes with awkward text, for exact-output tests of every format. */
export const EXPORTED_AT = new Date(Date.UTC(2024, 2, 5, 12, 0, 0));

const T1 = Date.UTC(2024, 2, 1, 9, 30);
const T2 = Date.UTC(2024, 2, 2, 10, 0);

export const PAGE_1: PageRecord = {
  url: 'https://news.example/2024/petition',
  title: 'Petition: "18,000 signatures" & <counting>',
  site: 'News Example',
  byline: 'Ann Lee',
  publishedTime: '2024-03-01T08:00:00Z',
  firstVisit: T1,
  lastVisit: T2,
};

export const PAGE_2: PageRecord = {
  url: 'https://xn--b1amnebsh.example/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F',
  title: 'Пульмонолог: «Ситуация #1 сложная»',
  site: null,
  byline: null,
  publishedTime: null,
  firstVisit: T2,
  lastVisit: T2,
};

const QUOTE_TEXT = 'We collected nearly 18,000 signatures, "more than -5% expected" & <b>more</b>.\n\n# Not a heading';

function note(a: Omit<AnnotationRecord, 'words' | 'deletedAt' | 'colour' | 'evidence'> & Partial<AnnotationRecord>): AnnotationRecord {
  return { colour: null, evidence: [], deletedAt: null, ...a, words: wordsOf(a.text, a.note) };
}

export const QUOTE = note({
  id: '7b0c2f3e-1d2a-4c5b-9e8f-0a1b2c3d4e5f',
  pageUrl: PAGE_1.url,
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: QUOTE_TEXT, prefix: 'ders said on Monday, in Paris: ', suffix: '\n\nThe petition, launched in' },
    position: { type: 'TextPositionSelector', start: 120, end: 120 + QUOTE_TEXT.length },
  },
  text: QUOTE_TEXT,
  note: 'Check the figure:\nline two, with "quotes"',
  tags: ['Petition', 'public health'],
  colour: '#e6a23c',
  kind: 'quote',
  verdict: null,
  speaker: 'Sergey Morozov',
  createdAt: T1,
  updatedAt: T2,
});

export const CLAIM = note({
  id: 'claim-1',
  pageUrl: PAGE_1.url,
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: 'nearly 18,000 signatures', prefix: 'llected ', suffix: ', "more' },
    position: { type: 'TextPositionSelector', start: 133, end: 157 },
  },
  text: 'nearly 18,000 signatures',
  note: '=HYPERLINK("http://evil.example","x")',
  tags: ['Economy'],
  kind: 'claim',
  verdict: 'mostly-false',
  evidence: ['https://stats.example/report?a=1&b=2'],
  speaker: null,
  createdAt: T2,
  updatedAt: T2,
});

export const NOTE_RU = note({
  id: 'e2d7a6b1-55c4-4f0e-8a7d-3c2b1a0f9e8d',
  pageUrl: PAGE_2.url,
  selectors: { quote: { type: 'TextQuoteSelector', exact: 'Ситуация сложная, но «управляемая»', prefix: 'Он сказал: ', suffix: ' — и ушёл.' } },
  text: 'Ситуация сложная, но «управляемая»',
  note: '+7 комментариев | @всем',
  tags: ['Здоровье'],
  kind: 'note',
  verdict: null,
  speaker: null,
  createdAt: T2,
  updatedAt: T2,
});

export const TAGS: TagRecord[] = [
  { key: 'petition', name: 'Petition', colour: '#5b8ff9', count: 1, createdAt: T1 },
  { key: 'public health', name: 'public health', colour: '#5ad8a6', count: 1, createdAt: T1 },
  { key: 'economy', name: 'Economy', colour: '#f6903d', count: 1, createdAt: T2 },
  { key: 'здоровье', name: 'Здоровье', colour: '#9270ca', count: 1, createdAt: T2 },
];

export const SAMPLE: ExportData = { pages: [PAGE_1, PAGE_2], annotations: [QUOTE, CLAIM, NOTE_RU], tags: TAGS };

/** Roles as an analysis would give them (notes do not store roles). */
export const roleOf = (a: AnnotationRecord): string | null => (a.speaker === 'Sergey Morozov' ? 'pulmonologist, "adviser"' : null);
