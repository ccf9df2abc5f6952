import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotesPageState } from '../../lib/messages';
import { sendToTab } from './harness';
import { marksCover, noteBoxes } from './closed-ui';
import { startSession, type Session } from './session';

/**
 * Hypothesis annotations imported through the library, on a page whose fact box was rewritten
 * since they were made: the short passage's context is gone, so the quote selector cannot tell it
 * from the same words elsewhere; the RangeSelector (the item's path from the body) finds it where
 * its words are still the note's, and never puts a note on other words.
 */

const EXACT = '18,000 signatures';
const factBox = (items: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Petition: the figures</title></head>
<body><main><article><h1>Petition: the figures</h1><p>The campaign in figures, as of this week:</p>
<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>
<p>A rival petition gathered 18,000 signatures too, its organisers said on Friday.</p>
</article></main></body></html>`;

/** As the page was when the notes were made (what their quote selectors' context comes from). */
const BEFORE = ['Launched by three students in March 2024', EXACT, 'Goal: 25,000 before the council meets in June'];
/** As it is now: the items around it rewritten, the third item's words changed. */
const NOW = ['Started by students from the technical college', EXACT, 'Next: a hearing at city hall, date to be set'];

let session: Session;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-hypothesis-'));
  writeFileSync(join(dir, 'petition.html'), factBox(NOW));
  session = await startSession(dir);
});

afterAll(async () => {
  await session?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A Hypothesis annotation on item `n` of the fact box as it was (its text in `BEFORE`). */
function annotation(url: string, id: string, n: number, exact: string, note: string) {
  const text = `The campaign in figures, as of this week: ${BEFORE.join(' ')} A rival`;
  const at = text.indexOf(exact);
  const path = `/main[1]/article[1]/ul[1]/li[${n}]`;
  const offset = BEFORE[n - 1].indexOf(exact);
  return {
    id, created: '2024-03-02T10:00:00+00:00', updated: '2024-03-02T10:00:00+00:00', user: 'acct:ana@hypothes.is', uri: url, text: note, tags: ['hypothesis'],
    target: [{ source: url, selector: [
      { type: 'RangeSelector', startContainer: path, startOffset: offset, endContainer: path, endOffset: offset + exact.length },
      { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, at - 32), at), suffix: text.slice(at + exact.length, at + exact.length + 32) },
    ] }],
    document: { title: ['Petition: the figures'] },
  };
}

describe('a Hypothesis import whose quote selector fails on the changed page', () => {
  it('is found by its RangeSelector where the words are the note’s, and not found where they are not', async () => {
    const url = `${session.origin}/petition.html`;
    const file = { total: 2, rows: [
      annotation(url, 'hyp-signatures', 2, EXACT, 'Signatures: check the registry'),
      // The third item now says other words: its range selects them.
      annotation(url, 'hyp-goal', 3, 'Goal: 25,000', 'Goal: ask the organisers'),
    ] };
    const lib = await session.openLibrary();
    await lib.getByRole('tab', { name: 'Import' }).click();
    await lib.getByLabel('Choose a file to import').setInputFiles({ name: 'hypothesis.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await lib.getByRole('button', { name: 'Import 2 notes' }).click();
    await lib.getByText(/Imported 2 notes from/).waitFor();
    await lib.close();

    const { page, tabId } = await session.openTab(url);
    let state: NotesPageState | null = null;
    await expect.poll(async () => {
      state = await sendToTab<NotesPageState>(session.control, tabId, { type: 'notes:state' }).catch(() => null);
      return state?.status;
    }, { message: 'the content script to load and locate the imported notes', timeout: 90_000 }).toBe('ready');
    const s = state!;
    const idOf = (note: string) => s.notes.find((n) => n.note === note)!.id;
    const found = idOf('Signatures: check the registry');
    const gone = idOf('Goal: ask the organisers');
    expect(s.anchored).toEqual([found]);
    expect(s.methods).toEqual({ [found]: 'range' });
    expect(s.current?.[found]).toBe(EXACT);
    // Marked on the list item (the first occurrence on the page), not in the rival paragraph.
    await expect.poll(async () => (await noteBoxes(page)).filter((b) => b.dataId === found).length, { message: 'the note’s marks' }).toBeGreaterThan(0);
    const boxes = (await noteBoxes(page)).filter((b) => b.dataId === found);
    expect(await marksCover(page, boxes, EXACT)).toBe(true);
    const itemTop = await page.evaluate(() => document.querySelectorAll('li')[1].getBoundingClientRect().top);
    expect(Math.abs(boxes[0].rect.y - itemTop)).toBeLessThan(20);
    expect((await noteBoxes(page)).some((b) => b.dataId === gone)).toBe(false);
    await page.close();
  });
});
