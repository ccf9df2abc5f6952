import { describe, expect, it } from 'vitest';
import { describe as describeSel } from '../../lib/anchoring/selectors';
import { parseNotesRequest, type NotesRequest } from '../../lib/messages';
import { authorizeNotesRequest, ownsNote, senderPageUrl, type SenderInfo } from '../../lib/notes/sender';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const selectors = describeSel('The council met on Monday.', 4, 11);
const req = (r: unknown) => parseNotesRequest(r)!;

const contentScript = (url: string, extra: Partial<SenderInfo> = {}): SenderInfo => ({ id: 'ext-id', url, frameId: 0, tab: { id: 3, url }, ...extra });
const popup: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const library: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/library.html', frameId: 0, tab: { id: 9, url: 'chrome-extension://ext-id/library.html' } };

describe('authorizeNotesRequest', () => {
  it("replaces the page address a content script names with its tab's address", () => {
    const asked = req({ type: 'notes:list', page: { url: 'https://bank.example/secret', canonical: null } });
    expect(authorizeNotesRequest(asked, contentScript('https://attacker.example/p'), self)).toMatchObject({ page: { url: 'https://attacker.example/p' } });
    const add = req({ type: 'notes:add', page: { url: 'https://bank.example/secret' }, draft: { selectors, kind: 'note' } });
    expect(authorizeNotesRequest(add, contentScript('https://attacker.example/p'), self)).toMatchObject({ page: { url: 'https://attacker.example/p' } });
  });

  it('keeps the canonical link (normalizeUrl checks it against the real address)', () => {
    const asked = req({ type: 'notes:list', page: { url: 'x', canonical: 'https://news.example/a' } });
    expect(authorizeNotesRequest(asked, contentScript('https://news.example/a?utm_source=x'), self)).toMatchObject({ page: { url: 'https://news.example/a?utm_source=x', canonical: 'https://news.example/a' } });
  });

  it.each<NotesRequest['type']>(['notes:resolve-change', 'notes:tags', 'notes:rename-tag', 'notes:merge-tags', 'notes:recolour-tag', 'notes:delete-tag'])(
    'refuses %s from a content script',
    (type) => {
      const all: Record<string, unknown> = {
        'notes:update': { type, id: 'a', patch: { note: 'x' } }, 'notes:resolve-change': { type, id: 'a', resolution: { decision: 'keep', current: 'x' } }, 'notes:delete': { type, id: 'a' }, 'notes:restore': { type, id: 'a' }, 'notes:tags': { type },
        'notes:rename-tag': { type, from: 'a', to: 'b' }, 'notes:merge-tags': { type, from: 'a', into: 'b' }, 'notes:recolour-tag': { type, name: 'a', colour: '#ffffff' }, 'notes:delete-tag': { type, name: 'a' },
      };
      const r = req(all[type]);
      expect(r).not.toBeNull();
      expect(authorizeNotesRequest(r, contentScript('https://news.example/a'), self)).toBeNull();
      expect(authorizeNotesRequest(r, popup, self)).toBe(r);
    },
  );

  it.each<NotesRequest['type']>(['notes:delete', 'notes:restore'])('lets a content script ask %s (the background checks the note is its page’s)', (type) => {
    const r = req({ type, id: 'a' });
    expect(authorizeNotesRequest(r, contentScript('https://news.example/a'), self)).toBe(r);
    expect(authorizeNotesRequest(r, contentScript('https://news.example/a', { frameId: 2 }), self)).toBeNull();
  });

  it('lets a content script change only the note, tags, verdict and evidence of a note', () => {
    const r = req({ type: 'notes:update', id: 'a', patch: { note: 'x', tags: ['t'], verdict: 'false', evidence: [], kind: 'quote', speaker: 'Someone', selectors } });
    expect(authorizeNotesRequest(r, contentScript('https://news.example/a'), self)).toEqual({ type: 'notes:update', id: 'a', patch: { note: 'x', tags: ['t'], verdict: 'false', evidence: [] } });
    expect(authorizeNotesRequest(r, popup, self)).toBe(r);
  });

  it.each([
    ['https://news.example/a', ['https://news.example/a'], true],
    ['https://news.example/a', ['https://news.example/b', null], false],
    ['https://news.example/a', [null, 'https://news.example/a'], true],
    [undefined, ['https://news.example/a'], false],
    [42, ['https://news.example/a'], false],
  ] as const)('ownsNote(%j, %j) = %s', (pageUrl, keys, owns) => {
    expect(ownsNote(pageUrl, keys)).toBe(owns);
  });

  it('lets our own pages (popup, library tab) ask about any page', () => {
    const asked = req({ type: 'notes:list', page: { url: 'https://news.example/a' } });
    expect(authorizeNotesRequest(asked, popup, self)).toBe(asked);
    expect(authorizeNotesRequest(asked, library, self)).toBe(asked);
  });

  it('refuses a sender that is not this extension, or a subframe', () => {
    const asked = req({ type: 'notes:list', page: { url: 'https://news.example/a' } });
    expect(authorizeNotesRequest(asked, { ...contentScript('https://news.example/a'), id: 'other' }, self)).toBeNull();
    expect(authorizeNotesRequest(asked, { id: 'other', url: 'chrome-extension://other/popup.html' }, self)).toBeNull();
    expect(authorizeNotesRequest(asked, contentScript('https://news.example/a', { frameId: 2 }), self)).toBeNull();
  });
});

describe('senderPageUrl', () => {
  it.each<[SenderInfo, string | null]>([
    [contentScript('https://news.example/a'), 'https://news.example/a'],
    [{ id: 'ext-id', url: 'https://news.example/b', frameId: 0, tab: { id: 1 } }, 'https://news.example/b'],
    [{ id: 'ext-id', frameId: 0 }, null],
  ])('%j → %s', (sender, url) => expect(senderPageUrl(sender)).toBe(url));
});
