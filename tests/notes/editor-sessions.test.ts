import { describe, expect, it } from 'vitest';
import { EditorSessions } from '../../lib/notes/editor-sessions';
import { parseEditorToBackground, parseEditorToContent, tokenFromHash, type EditorRequest } from '../../lib/messages';
import type { SenderInfo } from '../../lib/notes/sender';

const self = { id: 'ext', origin: 'chrome-extension://ext/' };
const TOKEN = '3b241101-e2bb-4255-8caf-4136c566a962';
const OTHER = '9f1c2a44-0d3e-4f6a-9b1c-2a440d3e4f6a';
const request: EditorRequest = {
  passage: 'more than 30 staff',
  speaker: { name: 'Ann Lee', role: 'mayor' },
  initial: { kind: 'claim', note: '', tags: [], verdict: 'unchecked', evidence: [] },
  saveLabel: 'Save claim',
};

const contentScript = (tabId = 7): SenderInfo => ({ id: 'ext', url: 'https://news.example/story', frameId: 0, tab: { id: tabId, url: 'https://news.example/story' } });
const editorFrame = (tabId = 7, path = 'note-editor.html'): SenderInfo => ({ id: 'ext', url: `chrome-extension://ext/${path}#${TOKEN}`, frameId: 3, tab: { id: tabId, url: 'https://news.example/story' } });
const popup: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

function opened(): EditorSessions {
  const s = new EditorSessions(self);
  expect(s.handle({ type: 'editor:open', token: TOKEN, request }, contentScript()).reply).toEqual({ ok: true });
  return s;
}

describe('editor message schemas', () => {
  it('takes only well-formed tokens (random UUIDs) from the frame address', () => {
    expect(tokenFromHash(`#${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash('#1')).toBeNull();
    expect(tokenFromHash(`#${TOKEN}x`)).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });

  it.each([
    [{ type: 'editor:open', token: 'guess', request }],
    [{ type: 'editor:open', token: TOKEN, request: { ...request, initial: { ...request.initial, kind: 'bogus' } } }],
    [{ type: 'editor:event', token: TOKEN, event: { type: 'size', height: -1 } }],
    [{ type: 'editor:event', token: TOKEN, event: { type: 'save', value: { note: 'x' } } }],
    [{ type: 'editor:get' }],
    [{ type: 'notes:add' }],
  ])('refuses a malformed message %#', (raw) => {
    expect(parseEditorToBackground(raw)).toBeNull();
  });

  it('keeps the evidence labels the reader wrote when a save crosses the channel', () => {
    const value = { ...request.initial, kind: 'claim', verdict: 'false', evidence: ['https://reliefweb.int/r'], evidenceLabels: ['UN OCHA report'] };
    const msg = { type: 'editor:event', token: TOKEN, event: { type: 'save', value } };
    expect(parseEditorToBackground(msg)).toEqual(msg);
  });

  it('parses the relay to the content script, and nothing else', () => {
    const relay = { type: 'editor:to-content', token: TOKEN, event: { type: 'cancel' } };
    expect(parseEditorToContent(relay)).toEqual(relay);
    expect(parseEditorToContent({ ...relay, token: 'x' })).toBeNull();
    expect(parseEditorToContent({ type: 'notes:state' })).toBeNull();
  });
});

describe('EditorSessions', () => {
  it('gives the request once, to our editor page in the tab that opened it', () => {
    const s = opened();
    expect(s.handle({ type: 'editor:get', token: TOKEN }, editorFrame()).reply).toEqual({ ok: true, request });
    expect(s.handle({ type: 'editor:get', token: TOKEN }, editorFrame()).reply).toEqual({ ok: false });
  });

  it.each([
    ['a content script (the page side)', contentScript()],
    ['our editor page in another tab', editorFrame(8)],
    ['another page of ours (popup)', popup],
    ['another extension', { ...editorFrame(), id: 'other' }],
    ['another page of ours in a frame', editorFrame(7, 'library.html')],
  ])('refuses the request to %s', (_label, sender) => {
    const s = opened();
    expect(s.handle({ type: 'editor:get', token: TOKEN }, sender).reply).toEqual({ ok: false });
    // …and the real frame still gets it.
    expect(s.handle({ type: 'editor:get', token: TOKEN }, editorFrame()).reply.ok).toBe(true);
  });

  it('refuses an unknown token', () => {
    const s = opened();
    expect(s.handle({ type: 'editor:get', token: OTHER }, editorFrame()).reply).toEqual({ ok: false });
  });

  it('relays the claiming frame\'s events to its tab only, and only once claimed', () => {
    const s = opened();
    const event = { type: 'editor:event' as const, token: TOKEN, event: { type: 'cancel' as const } };
    expect(s.handle(event, editorFrame()).relay).toBeUndefined();
    s.handle({ type: 'editor:get', token: TOKEN }, editorFrame());
    expect(s.handle(event, editorFrame()).relay).toEqual({ tabId: 7, message: { type: 'editor:to-content', token: TOKEN, event: { type: 'cancel' } } });
    expect(s.handle(event, editorFrame(8)).relay).toBeUndefined();
    expect(s.handle(event, contentScript()).relay).toBeUndefined();
  });

  it('only a content script opens, in its own tab\'s top frame, and never the same token twice', () => {
    const s = new EditorSessions(self);
    expect(s.handle({ type: 'editor:open', token: TOKEN, request }, editorFrame()).reply).toEqual({ ok: false });
    expect(s.handle({ type: 'editor:open', token: TOKEN, request }, popup).reply).toEqual({ ok: false });
    expect(s.handle({ type: 'editor:open', token: TOKEN, request }, { ...contentScript(), frameId: 2 }).reply).toEqual({ ok: false });
    expect(s.handle({ type: 'editor:open', token: TOKEN, request }, contentScript()).reply).toEqual({ ok: true });
    expect(s.handle({ type: 'editor:open', token: TOKEN, request }, contentScript(8)).reply).toEqual({ ok: false });
  });

  it('forgets a closed token: its frame can no longer send anything', () => {
    const s = opened();
    s.handle({ type: 'editor:get', token: TOKEN }, editorFrame());
    expect(s.handle({ type: 'editor:close', token: TOKEN }, contentScript(8)).reply).toEqual({ ok: false });
    expect(s.handle({ type: 'editor:close', token: TOKEN }, contentScript()).reply).toEqual({ ok: true });
    expect(s.handle({ type: 'editor:event', token: TOKEN, event: { type: 'ready' } }, editorFrame()).relay).toBeUndefined();
    expect(s.size).toBe(0);
  });

  it('forgets a token no frame claimed within a minute', () => {
    const s = new EditorSessions(self);
    s.handle({ type: 'editor:open', token: TOKEN, request }, contentScript(), 0);
    expect(s.handle({ type: 'editor:get', token: TOKEN }, editorFrame(), 61_000).reply).toEqual({ ok: false });
  });

  it('keeps one editor per tab (a new one replaces it) and forgets the oldest beyond 50', () => {
    const s = new EditorSessions(self);
    s.handle({ type: 'editor:open', token: TOKEN, request }, contentScript(7));
    s.handle({ type: 'editor:open', token: OTHER, request }, contentScript(7));
    expect(s.handle({ type: 'editor:get', token: TOKEN }, editorFrame(7)).reply).toEqual({ ok: false });
    expect(s.handle({ type: 'editor:get', token: OTHER }, editorFrame(7)).reply.ok).toBe(true);
    for (let tab = 100; tab < 160; tab++) {
      const token = `00000000-0000-4000-8000-${String(tab).padStart(12, '0')}`;
      expect(s.handle({ type: 'editor:open', token, request }, contentScript(tab)).reply).toEqual({ ok: true });
    }
    expect(s.size).toBe(50);
  });
});
