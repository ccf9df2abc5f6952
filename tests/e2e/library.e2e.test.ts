import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationRecordSchema, type AnnotationRecord, type PageRecord, type TagRecord } from '../../lib/storage/schemas';
import { wordsOf } from '../../lib/storage/words';
import { normalizeUrl } from '../../lib/url/normalize';
import { ROOT, launch } from './harness';
import { seedNotes } from './library-seed';
import { startSession, type Session } from './session';

/**
 * The notes library and export/import in Chromium: export from the popup gives a file that
 * parses, importing it through the library restores the notes into an empty profile, and the
 * library lists, searches and filters.
 */

let session: Session;
let pageUrl: string;

function note(id: string, url: string, text: string, extra: Partial<AnnotationRecord> = {}, at = Date.UTC(2024, 2, 1)): AnnotationRecord {
  const base = { id, pageUrl: url, selectors: { quote: { type: 'TextQuoteSelector' as const, exact: text, prefix: '', suffix: '' } }, text, note: '', tags: [], colour: null, kind: 'note' as const, verdict: null, evidence: [], speaker: null, createdAt: at, updatedAt: at, deletedAt: null, words: [] };
  const r = { ...base, ...extra };
  return AnnotationRecordSchema.parse({ ...r, words: wordsOf(r.text, r.note) });
}

beforeAll(async () => {
  session = await startSession();
  pageUrl = normalizeUrl(`${session.origin}/bbc-1.html`)!;
});

afterAll(async () => {
  await session?.close();
});

const OTHER = 'https://news.example/2024/rail';
const pages = (): PageRecord[] => [
  { url: pageUrl, title: 'Smog over the city', site: 'BBC News', byline: null, publishedTime: '2024-03-01', firstVisit: 1, lastVisit: 1 },
  { url: OTHER, title: 'Trains late again', site: 'Rail Times', byline: null, publishedTime: null, firstVisit: 1, lastVisit: 1 },
];
const tags = (): TagRecord[] => [
  { key: 'health', name: 'Health', colour: '#5b8ff9', count: 2, createdAt: 1 },
  { key: 'transport', name: 'Transport', colour: '#5ad8a6', count: 1, createdAt: 1 },
];
const notes = () => [
  note('n1', pageUrl, 'The air is toxic', { kind: 'quote', speaker: 'Anna Nowak', tags: ['Health'], note: 'check the WHO figures' }, Date.UTC(2024, 2, 1)),
  note('n2', pageUrl, 'Smog killed 18,000 people', { kind: 'claim', verdict: 'false', tags: ['Health'] }, Date.UTC(2024, 2, 2)),
  note('n3', OTHER, 'Trains will run on time', { kind: 'claim', verdict: 'unchecked', tags: ['Transport'], note: 'a promise' }, Date.UTC(2024, 2, 3)),
];

const count = (lib: Page) => lib.locator('[data-count]').getAttribute('data-count');

/**
 * The count and the passages of the rows shown, newest first. After a filter changes, the count and
 * the rows first still show the previous query's (the query runs after a short delay) and rows load
 * their record after the count: poll this to know the new query's result is on screen.
 */
async function listed(lib: Page): Promise<{ count: string | null; passages: string[] }> {
  const passages = await lib.getByRole('listitem').locator('.passage').allTextContents();
  return { count: await count(lib), passages: passages.map((p) => /“(.*)”/.exec(p)?.[1] ?? p) };
}
const shows = (lib: Page, passages: string[]) => expect.poll(() => listed(lib)).toEqual({ count: String(passages.length), passages });

describe('notes library', () => {
  it('starts empty, then lists, searches and filters the notes', async () => {
    const lib = await session.openLibrary();
    await lib.getByText('No notes yet').waitFor();
    await seedNotes(lib, { annotations: notes(), pages: pages(), tags: tags() });
    await lib.reload();
    // Newest first.
    const all = ['Trains will run on time', 'Smog killed 18,000 people', 'The air is toxic'];
    await shows(lib, all);

    await lib.getByLabel('Search quotes and notes').fill('toxi');
    await shows(lib, ['The air is toxic']);
    await lib.getByLabel('Search quotes and notes').fill('');
    await shows(lib, all);

    await lib.getByLabel('Tag', { exact: true }).selectOption('Health');
    await shows(lib, ['Smog killed 18,000 people', 'The air is toxic']);
    await lib.getByLabel('Verdict').selectOption('false');
    await shows(lib, ['Smog killed 18,000 people']);
    await lib.getByLabel('Verdict').selectOption('');
    await lib.getByLabel('Tag', { exact: true }).selectOption('');
    await lib.getByLabel('Site').selectOption('Rail Times');
    await shows(lib, ['Trains will run on time']);
    await lib.getByLabel('Site').selectOption('');
    await lib.getByLabel('Speaker').selectOption('Anna Nowak');
    await shows(lib, ['The air is toxic']);
    await lib.getByLabel('Speaker').selectOption('');
    await shows(lib, all);

    // The passage link opens the page scrolled to it (a text fragment).
    const href = await lib.getByRole('link', { name: 'Trains late again' }).getAttribute('href');
    expect(href).toBe(`${OTHER}#:~:text=Trains%20will%20run%20on%20time`);

    // Keyboard: the first row has focus in the tab order; Space selects, Delete-selected, then undo.
    await lib.getByRole('listitem').first().focus();
    await lib.keyboard.press('ArrowDown');
    // The list moves the focus after it re-renders.
    await expect.poll(() => lib.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('1');
    await lib.keyboard.press(' ');
    await lib.getByText('1 selected').waitFor();
    await lib.getByRole('button', { name: 'Delete selected' }).click();
    await shows(lib, [all[0], all[2]]);
    await lib.getByRole('button', { name: 'Undo' }).click();
    await shows(lib, all);

    await lib.screenshot({ path: join(ROOT, 'docs/screenshots/library.png') });
    await lib.close();
  });

  it('shows one tab panel at a time, refuses a From after To in the form, and finds notes by speaker and tag', async () => {
    const lib = await session.openLibrary();
    const all = ['Trains will run on time', 'Smog killed 18,000 people', 'The air is toxic'];
    await shows(lib, all);
    const panels = () => lib.evaluate(() => [...document.querySelectorAll('[role="tabpanel"]')].filter((p) => (p as HTMLElement).offsetParent !== null && p.getBoundingClientRect().height > 0).map((p) => p.id));
    expect(await panels()).toEqual(['panel-notes']);
    for (const [tab, panel] of [['People', 'panel-people'], ['Import', 'panel-import'], ['Notes', 'panel-notes']] as const) {
      await lib.getByRole('tab', { name: tab }).click();
      // Only the chosen panel takes room on screen (the notes panel's display:flex lost to [hidden] before).
      await expect.poll(panels).toEqual([panel]);
    }
    await expect.poll(() => lib.getByLabel('Search quotes and notes').isVisible()).toBe(true);

    // Dates: From after To is an error in the form; the list keeps its last valid result, and
    // clearing a date takes the error away.
    await lib.getByLabel('To', { exact: true }).fill('2024-03-01');
    await shows(lib, ['The air is toxic']);
    await lib.getByLabel('From', { exact: true }).fill('2024-03-02');
    const alert = lib.locator('#f-date-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('is after');
    expect(await lib.locator('.library [role="alert"]').allTextContents()).toEqual([await alert.textContent()]);
    await shows(lib, ['The air is toxic']);
    await lib.getByLabel('To', { exact: true }).fill('');
    await alert.waitFor({ state: 'detached' });
    await shows(lib, ['Trains will run on time', 'Smog killed 18,000 people']);
    await lib.getByLabel('From', { exact: true }).fill('');
    await shows(lib, all);
    expect(await lib.locator('.library [role="alert"]').count()).toBe(0);

    // A speaker's name and a tag's name are found by the search too.
    await lib.getByLabel('Search quotes and notes').fill('Nowak');
    await shows(lib, ['The air is toxic']);
    await lib.getByLabel('Search quotes and notes').fill('transp');
    await shows(lib, ['Trains will run on time']);
    await lib.getByLabel('Search quotes and notes').fill('');
    await shows(lib, all);
    await lib.close();
  });

  it('exports this page’s notes from the popup as a file that parses, and the library imports it into an empty profile', async () => {
    const { page, tabId } = await session.openArticle(`${session.origin}/bbc-1.html`);
    const popup = await session.openPopup(tabId);
    await popup.getByRole('tab', { name: 'Export' }).click();
    await popup.getByLabel('Format').selectOption('json');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^sourcelight-this-page-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const json = JSON.parse(readFileSync(file, 'utf8'));
    // Only this page's notes, with their tags and verdicts.
    expect(json.annotations.map((a: AnnotationRecord) => [a.id, a.tags, a.verdict])).toEqual([
      ['n1', ['Health'], null],
      ['n2', ['Health'], 'false'],
    ]);
    await popup.getByText(/Saved 2 notes as sourcelight-this-page/).waitFor();

    // Markdown too: a file with the quotes linked back to the page.
    await popup.getByLabel('Format').selectOption('markdown');
    const [md] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(readFileSync(await md.path(), 'utf8')).toContain('#:~:text=The%20air%20is%20toxic');
    await popup.close();
    await page.close();

    // A fresh profile: import through the library.
    const other = await launch();
    try {
      const lib = await other.withExtension.newPage();
      await lib.goto(`chrome-extension://${other.extensionId}/library.html`);
      await lib.getByText('No notes yet').waitFor();
      await lib.getByRole('tab', { name: 'Import' }).click();
      await lib.getByLabel('Choose a file to import').setInputFiles(file);
      await lib.getByText('2 new notes', { exact: false }).waitFor();
      await lib.getByRole('button', { name: 'Import 2 notes' }).click();
      await lib.getByText(/Imported 2 notes from/).waitFor();

      // Importing the same file again doubles nothing.
      await lib.getByLabel('Choose a file to import').setInputFiles(file);
      await lib.getByRole('button', { name: 'Import 0 notes' }).waitFor();
      await expect.poll(() => lib.locator('.preview .counts').textContent()).toContain('2 already present');
      await lib.getByRole('button', { name: 'Cancel' }).click();

      await lib.getByRole('tab', { name: 'Notes' }).click();
      await shows(lib, ['Smog killed 18,000 people', 'The air is toxic']);
      await lib.getByLabel('Tag', { exact: true }).selectOption('Health');
      // Both imported notes carry the tag: the same two, now as the filter's result.
      await expect.poll(() => lib.getByText('2 notes match').count()).toBe(1);
      await shows(lib, ['Smog killed 18,000 people', 'The air is toxic']);
      await lib.getByLabel('Verdict').selectOption('false');
      await shows(lib, ['Smog killed 18,000 people']);

      // A broken file is refused with the reason, nothing written.
      await lib.getByRole('tab', { name: 'Import' }).click();
      await lib.getByLabel('Choose a file to import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "sourcelight", "annotations": [') });
      await lib.getByRole('alert').filter({ hasText: 'broken.json cannot be imported' }).waitFor();
    } finally {
      await other.close();
    }
  });
});
