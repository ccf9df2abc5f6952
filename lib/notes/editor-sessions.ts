import { EDITOR_PAGE, type EditorEventReply, type EditorGetReply, type EditorRequest, type EditorToBackground, type EditorToContent } from '../messages';
import { isExtensionPage, type SelfInfo, type SenderInfo } from './sender';

/** An opened editor that no frame claims within this time is forgotten. */
const CLAIM_MS = 60_000;
/**
 * At most this many editors are remembered (one per tab in practice); beyond it the oldest is
 * forgotten: a tab that navigated away with its editor open never said `editor:close`.
 */
const MAX_OPEN = 50;

interface Session {
  tabId: number;
  request: EditorRequest;
  opened: number;
  claimed: boolean;
}

/** What the background does with an editor message: reply to the sender, and maybe relay to a tab. */
export interface EditorAction {
  reply: EditorGetReply | EditorEventReply | { ok: boolean };
  /** Relay this to the top frame of `tabId` (and reply with its answer instead). */
  relay?: { tabId: number; message: EditorToContent };
}

/**
 * The background's side of the editor channel (lib/messages-editor). A token is opened by a content
 * script for its own tab; it can be claimed once, by our editor page loaded in a frame of that same
 * tab; after that only that frame's events are relayed, only to that tab. Nothing a web page sends
 * can reach here: runtime messages come only from the extension's own contexts, and a content
 * script gets no more than opening and closing its own tokens.
 */
export class EditorSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly self: SelfInfo) {}

  handle(message: EditorToBackground, sender: SenderInfo, now = Date.now()): EditorAction {
    this.expire(now);
    const tabId = sender.tab?.id;
    const refuse = { reply: { ok: false } };
    if (tabId === undefined || sender.id !== this.self.id) return refuse;
    const fromEditor = this.isEditorFrame(sender);
    switch (message.type) {
      case 'editor:open': {
        // From the content script of the tab's top frame only (not from a frame of ours).
        if (fromEditor || isExtensionPage(sender, this.self) || (sender.frameId ?? 0) !== 0) return refuse;
        if (this.sessions.has(message.token)) return refuse;
        // One editor per tab: a new one replaces what that tab had open.
        for (const [token, s] of this.sessions) if (s.tabId === tabId) this.sessions.delete(token);
        while (this.sessions.size >= MAX_OPEN) this.sessions.delete(this.sessions.keys().next().value!);
        this.sessions.set(message.token, { tabId, request: message.request, opened: now, claimed: false });
        return { reply: { ok: true } };
      }
      case 'editor:close': {
        const s = this.sessions.get(message.token);
        if (!s || s.tabId !== tabId || fromEditor || isExtensionPage(sender, this.self)) return refuse;
        this.sessions.delete(message.token);
        return { reply: { ok: true } };
      }
      case 'editor:get': {
        const s = this.sessions.get(message.token);
        // Once: a second frame with the same token (if it ever leaked) gets nothing.
        if (!fromEditor || !s || s.tabId !== tabId || s.claimed) return refuse;
        s.claimed = true;
        return { reply: { ok: true, request: s.request } };
      }
      case 'editor:event': {
        const s = this.sessions.get(message.token);
        if (!fromEditor || !s || s.tabId !== tabId || !s.claimed) return { reply: { ok: false, error: 'This editor is closed.' } };
        return { reply: { ok: true }, relay: { tabId, message: { type: 'editor:to-content', token: message.token, event: message.event } } };
      }
    }
  }

  /** Our editor page, in a frame of a tab (the browser's word for the sender's address, not the message's). */
  private isEditorFrame(sender: SenderInfo): boolean {
    if (!isExtensionPage(sender, this.self) || !sender.url) return false;
    try {
      return new URL(sender.url).pathname === `/${EDITOR_PAGE}` && sender.tab !== undefined;
    } catch {
      return false;
    }
  }

  private expire(now: number): void {
    for (const [token, s] of this.sessions) if (!s.claimed && now - s.opened > CLAIM_MS) this.sessions.delete(token);
  }

  get size(): number {
    return this.sessions.size;
  }
}
