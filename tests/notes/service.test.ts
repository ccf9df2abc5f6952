import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describe as describeSel } from '../../lib/anchoring/selectors';
import { parseNotesReply, parseNotesRequest, type NotesReply, type NotesRequestInput } from '../../lib/messages';
import { handleNotesRequest, pageKey } from '../../lib/notes/service';
import type { NotesDb } from '../../lib/storage/db';
import { freshDb } from '../storage/fresh-db';

let db: NotesDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const TEXT = 'The mayor said "we will build the bridge by 2027" at a meeting on Monday.';
const selectors = describeSel(TEXT, 16, 49);
const page = { url: 'https://news.example/a/bridge?utm_source=x#top', title: 'Bridge' };

/** A request as it arrives in the background: parsed from the wire. */
async function ask<R extends NotesRequestInput>(req: R): Promise<NotesReply<R['type']>> {
  const parsed = parseNotesRequest(JSON.parse(JSON.stringify(req)));
  if (!parsed) throw new Error(`not a notes request: ${JSON.stringify(req)}`);
  return parseNotesReply(req.type as R["type"], JSON.parse(JSON.stringify(await handleNotesRequest(db, parsed, 5000))));
}

describe('notes requests in the background', () => {
  it('adds a note under the normalised address and lists it', async () => {
    const added = await ask({ type: 'notes:add', page, draft: { selectors, kind: 'note', note: 'Check the date', tags: ['Bridge', 'infra'] } });
    expect(added.ok).toBe(true);
    const list = await ask({ type: 'notes:list', page: { url: 'https://news.example/a/bridge?fbclid=1' } });
    expect(list).toMatchObject({ ok: true, value: { pageUrl: 'https://news.example/a/bridge', invalid: 0 } });
    if (!list.ok) return;
    expect(list.value.notes.map((n) => [n.text, n.note, n.tags])).toEqual([[TEXT.slice(16, 49), 'Check the date', ['Bridge', 'infra']]]);
  });

  it('stores a draft sent twice (its reply was lost) once', async () => {
    const draft = { id: 'client-chosen-1', selectors, kind: 'note' as const, note: 'Check the date' };
    const first = await ask({ type: 'notes:add', page, draft });
    const again = await ask({ type: 'notes:add', page, draft });
    expect(first.ok && again.ok && again.value.id).toBe('client-chosen-1');
    const list = await ask({ type: 'notes:list', page });
    expect(list.ok && list.value.notes.map((n) => n.id)).toEqual(['client-chosen-1']);
  });

  it('keeps a quote speaker and role, and a claim its verdict', async () => {
    const quote = await ask({ type: 'notes:add', page, draft: { selectors, kind: 'quote', speaker: 'Ana Ruiz', speakerRole: 'mayor' } });
    const claim = await ask({ type: 'notes:add', page, draft: { selectors, kind: 'claim', verdict: 'mostly-false', evidence: ['https://example.org/budget'] } });
    expect(quote.ok && quote.value).toMatchObject({ kind: 'quote', speaker: 'Ana Ruiz', speakerRole: 'mayor' });
    expect(claim.ok && claim.value).toMatchObject({ kind: 'claim', verdict: 'mostly-false', speaker: null, evidence: ['https://example.org/budget'] });
    expect(claim.ok && 'speakerRole' in claim.value).toBe(false);
  });

  it('Tag as claim on a kept quote makes one note: the quote note becomes the claim and keeps its speaker and role', async () => {
    const quote = await ask({ type: 'notes:add', page, draft: { id: 'q-1', selectors, kind: 'quote', speaker: 'Ana Ruiz', speakerRole: 'mayor', note: 'at the council' } });
    expect(quote.ok).toBe(true);
    const claim = { id: 'q-1', selectors, kind: 'claim' as const, extendsQuote: true, note: 'at the council', verdict: 'mixed' as const, speaker: 'Ana Ruiz', speakerRole: 'mayor' };
    const first = await ask({ type: 'notes:add', page, draft: claim });
    const retry = await ask({ type: 'notes:add', page, draft: claim });
    expect(first.ok && first.value).toMatchObject({ id: 'q-1', kind: 'claim', verdict: 'mixed', speaker: 'Ana Ruiz', speakerRole: 'mayor', note: 'at the council' });
    expect(retry).toEqual(first);
    const list = await ask({ type: 'notes:list', page });
    expect(list.ok && list.value.notes.map((n) => [n.id, n.kind, n.speaker])).toEqual([['q-1', 'claim', 'Ana Ruiz']]);
  });

  it('Tag as claim on a quote not kept makes one claim that carries the speaker and role', async () => {
    await ask({ type: 'notes:add', page, draft: { id: 'c-1', selectors, kind: 'claim', speaker: 'Ana Ruiz', speakerRole: 'mayor' } });
    const list = await ask({ type: 'notes:list', page });
    expect(list.ok && list.value.notes.map((n) => [n.kind, n.verdict, n.speaker, n.speakerRole])).toEqual([['claim', 'unchecked', 'Ana Ruiz', 'mayor']]);
  });

  it('confirms a changed note on the new words, or keeps it as it was', async () => {
    const added = await ask({ type: 'notes:add', page, draft: { id: 'n-1', selectors, kind: 'claim', verdict: 'true' } });
    expect(added.ok).toBe(true);
    const kept = await ask({ type: 'notes:resolve-change', id: 'n-1', resolution: { decision: 'keep', current: 'we will build the bridge by 2029' } });
    expect(kept.ok && kept.value).toMatchObject({ text: TEXT.slice(16, 49), review: { decision: 'kept', now: 'we will build the bridge by 2029', at: 5000 } });
    const EDITED = TEXT.replace('2027', '2029');
    const confirmed = await ask({ type: 'notes:resolve-change', id: 'n-1', resolution: { decision: 'confirm', selectors: describeSel(EDITED, 16, 49) } });
    expect(confirmed.ok && confirmed.value).toMatchObject({ text: 'we will build the bridge by 2029"', verdict: 'true', review: { decision: 'confirmed', was: TEXT.slice(16, 49) } });
  });

  it('deletes with undo', async () => {
    const added = await ask({ type: 'notes:add', page, draft: { selectors, kind: 'highlight' } });
    if (!added.ok) throw new Error('add failed');
    await ask({ type: 'notes:delete', id: added.value.id });
    expect((await ask({ type: 'notes:list', page })).ok && (await ask({ type: 'notes:list', page }))).toMatchObject({ value: { notes: [] } });
    await ask({ type: 'notes:restore', id: added.value.id });
    const list = await ask({ type: 'notes:list', page });
    expect(list.ok && list.value.notes.map((n) => n.id)).toEqual([added.value.id]);
  });

  it('renames a tag everywhere and suggests tags as the reader types', async () => {
    await ask({ type: 'notes:add', page, draft: { selectors, kind: 'note', tags: ['infra'] } });
    await ask({ type: 'notes:add', page, draft: { selectors, kind: 'note', tags: ['infra', 'budget'] } });
    expect(await ask({ type: 'notes:rename-tag', from: 'infra', to: 'Infrastructure' })).toEqual({ ok: true, value: { updated: 2, invalid: 0 } });
    const list = await ask({ type: 'notes:list', page });
    expect(list.ok && list.value.notes.map((n) => n.tags.join(',')).sort()).toEqual(['Infrastructure', 'Infrastructure,budget']);
    const s = await ask({ type: 'notes:suggest-tags', typed: 'inf' });
    expect(s.ok && s.value.map((t) => [t.name, t.count])).toEqual([['Infrastructure', 2]]);
  });

  it.each([
    ['an invalid evidence link', { type: 'notes:add', page, draft: { selectors, kind: 'claim', evidence: ['not a link'] } }, 'invalid'],
    ['a page that is not on the web', { type: 'notes:add', page: { url: 'about:blank' }, draft: { selectors, kind: 'note' } }, 'invalid'],
    ['an unknown note', { type: 'notes:update', id: 'nope', patch: { note: 'x' } }, 'not-found'],
    ['an unknown tag', { type: 'notes:rename-tag', from: 'nope', to: 'x' }, 'not-found'],
  ] as const)('answers %s with a storage error', async (_label, req, kind) => {
    const r = await ask(req as NotesRequestInput);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe(kind);
      expect(r.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe('message parsing', () => {
  it.each([
    [{ type: 'notes:list' }],
    [{ type: 'badge', text: '3' }],
    [{ type: 'notes:delete' }],
    [null],
  ])('ignores %j', (raw) => {
    expect(parseNotesRequest(raw)).toBeNull();
  });

  it('turns a reply that does not fit into an error, not a crash', () => {
    expect(parseNotesReply('notes:list', { ok: true, value: { pageUrl: 1 } })).toMatchObject({ ok: false, error: { kind: 'unknown' } });
    expect(parseNotesReply('notes:list', undefined)).toMatchObject({ ok: false });
  });

  it.each([
    ['https://news.example/a?utm_medium=x#c', 'https://news.example/a'],
    ['about:blank', null],
    ['chrome-extension://abc/popup.html', null],
  ])('files %s under %s', (url, key) => {
    expect(pageKey({ url })).toBe(key);
  });
});
