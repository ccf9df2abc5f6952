import { parseToBackground, type AnalyzeHtmlReply, type ToContent } from '../lib/messages';
import { analyzeOffPage } from './offscreen/off-page';
import { AnnotateCommand, ContextMenuId, parseNotesRequest, type NotesToContent } from '../lib/notes/messages';
import { handleNotesRequest } from '../lib/notes/service';
import { createDb } from '../lib/storage/db';

export default defineBackground(() => {
  // The toolbar button: MV3's `action`, MV2's (Firefox) `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = parseToBackground(raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return;
    if (message.type === 'analyze-html') {
      // The page's analysis, off the page's main thread; the content script falls back on failure.
      analyzeOffPage(message.html, message.url).then(sendResponse, (e) => {
        const reply: AnalyzeHtmlReply = { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
        sendResponse(reply);
      });
      return true; // the reply is asynchronous
    }
    if (message.type === 'badge') {
      void action.setBadgeText({ tabId, text: message.text });
      void action.setBadgeBackgroundColor({ tabId, color: '#d68c00' });
    }
  });

  // The notes database lives here, in the extension's origin: a content script's IndexedDB would
  // be the page's. Content scripts and the popup ask through lib/notes/messages.
  const notesDb = createDb();
  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const request = parseNotesRequest(raw);
    if (!request) return false;
    handleNotesRequest(notesDb, request).then(sendResponse);
    return true; // the reply is asynchronous
  });

  const annotateInTab = (tabId: number | undefined) => {
    if (tabId === undefined) return;
    const message: NotesToContent = { type: 'notes:annotate-selection' };
    void browser.tabs.sendMessage(tabId, message).catch(() => {});
  };
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: ContextMenuId, title: 'Sourcelight: annotate selection', contexts: ['selection'] }, () => {
      void browser.runtime.lastError; // "already exists" after an update: nothing to do
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ContextMenuId) annotateInTab(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== AnnotateCommand) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    annotateInTab(tab?.id);
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlights') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: ToContent = { type: 'toggle-highlights' };
    // No content script on browser pages: nothing to toggle there.
    await browser.tabs.sendMessage(tab.id, message).catch(() => {});
  });
});
