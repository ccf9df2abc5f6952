import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationRecordSchema, type AnnotationRecord, type PageRecord } from '../../lib/storage/schemas';
import { wordsOf } from '../../lib/storage/words';
import { ROOT } from './harness';
import { seedNotes } from './library-seed';
import { startSession, type Session } from './session';

/**
 * The options page sets the ClaimReview reviewer and fact-check page once; the library's export
 * then carries them, names each format's file apart and counts what it wrote; Markdown for note
 * apps downloads a zip with a file per article.
 */
let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const PAGE = 'https://news.example/2024/smog';
const page: PageRecord = { url: PAGE, title: 'Smog over the city', site: 'News Example', byline: 'Ann Lee', publishedTime: '2024-03-01', firstVisit: 1, lastVisit: 1 };
const note = (id: string, text: string, extra: Partial<AnnotationRecord>): AnnotationRecord => {
  const at = Date.UTC(2024, 2, 2);
  const r = { id, pageUrl: PAGE, selectors: { quote: { type: 'TextQuoteSelector' as const, exact: text, prefix: '', suffix: '' } }, text, note: '', tags: [], colour: null, kind: 'note' as const, verdict: null, evidence: [], speaker: null, createdAt: at, updatedAt: at, deletedAt: null, words: [], ...extra };
  return AnnotationRecordSchema.parse({ ...r, words: wordsOf(r.text, r.note) });
};
const notes = [
  note('q1', 'Smog killed 18,000 people', { kind: 'quote', speaker: 'Ministry of Health' }),
  note('c1', 'Smog killed 18,000 people', { kind: 'claim', verdict: 'false' }),
  note('n1', 'The air is toxic', { note: 'check the figures' }),
];

describe('export options and formats', () => {
  it('the options page saves the reviewer and fact-check page, naming a field in error', async () => {
    const opts = await session.browsers.withExtension.newPage();
    await opts.setViewportSize({ width: 720, height: 560 });
    await opts.goto(`chrome-extension://${session.browsers.extensionId}/options.html`);
    await opts.getByLabel('Reviewer name').fill('Desk Check');
    await opts.getByLabel('Reviewer web site').fill('https://desk.example/');
    await opts.getByLabel('Fact-check page address').fill('desk.example/checks/{id}');
    await opts.getByRole('button', { name: 'Save' }).click();
    await opts.getByText('Not saved: see the fields marked.').waitFor();
    await opts.getByLabel('Fact-check page address').fill('https://desk.example/checks/{id}');
    await opts.getByRole('button', { name: 'Save' }).click();
    await opts.getByText('Saved.').waitFor();
    await opts.screenshot({ path: join(ROOT, 'docs/screenshots/options.png') });
    await opts.close();
  });

  it('the library’s ClaimReview export carries them, counts claims, and Markdown for note apps is a zip of articles', async () => {
    const lib = await session.openLibrary();
    await lib.getByText('No notes yet').waitFor();
    await seedNotes(lib, { annotations: notes, pages: [page] });
    await lib.reload();
    await lib.getByLabel('Format').selectOption('claim-review');
    const [cr] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(cr.suggestedFilename()).toMatch(/^sourcelight-all-\d{4}-\d{2}-\d{2}\.claim-review\.jsonld$/);
    const graph = JSON.parse(readFileSync(await cr.path(), 'utf8'))['@graph'];
    expect(graph).toHaveLength(1);
    expect(graph[0]).toMatchObject({
      url: 'https://desk.example/checks/c1',
      author: { '@type': 'Organization', name: 'Desk Check', url: 'https://desk.example/' },
      itemReviewed: { author: { '@type': 'Organization', name: 'Ministry of Health' }, appearance: { author: { '@type': 'Person', name: 'Ann Lee' } } },
    });
    await lib.getByText(/^Saved 1 claim as sourcelight-all-/).waitFor();

    await lib.getByLabel('Format').selectOption('markdown-notes');
    const [zip] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'Export', exact: true }).click()]);
    expect(zip.suggestedFilename()).toMatch(/^sourcelight-all-\d{4}-\d{2}-\d{2}\.notes\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync(await zip.path())));
    const names = Object.keys(files);
    expect(names).toEqual([expect.stringMatching(/^sourcelight-all-\d{4}-\d{2}-\d{2}\/Smog over the city\.md$/)]);
    const md = strFromU8(files[names[0]]);
    expect(md).toMatch(/^---\ntitle: "Smog over the city"\n/);
    expect(md).toContain('author: "Ann Lee"');
    // The claim tagged from the quote's card shows once.
    expect(md.match(/> Smog killed 18,000 people/g)).toHaveLength(1);
    await lib.getByText(/^Saved 1 article as sourcelight-all-/).waitFor();
    await lib.close();
  });
});
