import { describe, expect, it } from 'vitest';
import { parseReply, parseToBackground, parseToContent, type PageState } from '../lib/messages';

const state: PageState = {
  status: 'ready', url: 'https://example.org/a', analysis: null, highlightsOn: true, mode: 'highlight-api',
  anchored: { quotes: ['q1'], specialists: [] }, timings: { analysis: 12, anchoring: 3, highlighting: 1, longestSlice: 12 }, errors: [],
};

describe('messages to the content script', () => {
  it.each([
    [{ type: 'get-state' }, true],
    [{ type: 'analyze-now' }, true],
    [{ type: 'set-highlights', on: false }, true],
    [{ type: 'set-highlights' }, false],
    [{ type: 'toggle-highlights' }, true],
    [{ type: 'reveal', target: { kind: 'quote', id: 'q2' } }, true],
    [{ type: 'reveal', target: { kind: 'note', id: 'q2' } }, false],
    [{ type: 'step-finding' }, true],
    [{ type: 'step-finding', back: true }, true],
    [{ type: 'step-finding', back: 'yes' }, false],
    [{ type: 'format-disk' }, false],
    ['get-state', false],
    [null, false],
  ])('%j accepted: %s', (raw, ok) => {
    expect(parseToContent(raw) !== null).toBe(ok);
  });
});

describe('messages to the background', () => {
  it.each([
    [{ type: 'badge', text: '12' }, true],
    [{ type: 'badge', text: 'too long' }, false],
    [{ type: 'badge' }, false],
  ])('%j accepted: %s', (raw, ok) => {
    expect(parseToBackground(raw) !== null).toBe(ok);
  });
});

describe('replies', () => {
  it('accepts a page state for get-state', () => {
    expect(parseReply({ type: 'get-state' }, state).status).toBe('ready');
  });
  it.each([
    [{ ...state, status: 'sleeping' }],
    [{ ...state, anchored: undefined }],
    [undefined],
  ])('rejects a malformed page state %#', (reply) => {
    expect(() => parseReply({ type: 'get-state' }, reply)).toThrow();
  });
  it('checks a reveal reply against its own schema', () => {
    expect(parseReply({ type: 'reveal', target: { kind: 'quote', id: 'q1' } }, { found: true })).toEqual({ found: true });
    expect(() => parseReply({ type: 'reveal', target: { kind: 'quote', id: 'q1' } }, state)).toThrow();
  });
  it('checks a step reply: the card opened, or null', () => {
    expect(parseReply({ type: 'step-finding' }, { key: 'note:n1' })).toEqual({ key: 'note:n1' });
    expect(parseReply({ type: 'step-finding' }, { key: null })).toEqual({ key: null });
    expect(() => parseReply({ type: 'step-finding' }, { found: true })).toThrow();
  });
});
