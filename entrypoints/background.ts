import { AnnotateCommand, ContextMenuId, parseEditorToBackground, parseNotesRequest, parseToBackground, type AnalyzeHtmlReply, type NotesToContent, type ToContent } from '../lib/messages';
import { analyzeOffPage } from './offscreen/off-page';
import { handleNotesRequest } from '../lib/notes/service';
import { OWN_NOTE_REQUESTS, authorizeNotesRequest, isExtensionPage, ownsNote, senderPageUrl } from '../lib/notes/sender';
import { pageKey } from '../lib/notes/service';
import { EditorSessions } from '../lib/notes/editor-sessions';
import { KeptPeople, memoryArea, type KeyValueArea } from '../lib/notes/kept-people';
import { withAnalysisMeta } from '../lib/notes/page-meta';
import { createDb } from '../lib/storage/db';
import { savePagePeople } from '../lib/storage/people';
import { normalizeUrl } from '../lib/url/normalize';

/** How many pages' analyses the background keeps for the people of notes saved on them. */
const KEPT_ANALYSES = 30;

export default defineBackground(() => {
  // The toolbar button: MV3's `action`, MV2's (Firefox) `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = parseToBackground(raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return;
    if (message.type === 'analyze-html') {
      // The page's analysis, off the page's main thread, filed under the address the browser
      // gives for the sender's tab (not the one in the message).
      const url = senderPageUrl(sender) ?? message.url;
      analyzeOffPage(message.html, url).then((reply) => {
        if (reply.ok && senderPageUrl(sender)) keepAnalysis(url, reply.analysis);
        sendResponse(reply);
      }, (e) => {
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
  // be the page's. Content scripts and the popup ask through the notes messages of lib/messages.
  const notesDb = createDb();
  // The people of each page's latest analysis, so that a note saved on it also records them
  // (specialists and speakers) for the library's "people across articles". In the session store:
  // it outlives this worker, which Chrome stops when idle (Firefox's MV2 page stays: memory).
  const session = (browser.storage as unknown as { session?: KeyValueArea }).session;
  const kept = new KeptPeople(session ?? memoryArea(), KEPT_ANALYSES);
  function keepAnalysis(url: string, analysis: Parameters<KeptPeople['keep']>[1]) {
    const key = normalizeUrl(url);
    if (key) void kept.keep(key, analysis).catch(() => {});
  }
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  /** Each tab's page address and the key its notes are stored under (its canonical), from its last list. */
  const listedPages = new Map<number, { url: string; key: string }>();
  browser.tabs.onRemoved.addListener((tabId) => listedPages.delete(tabId));
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const parsed = parseNotesRequest(raw);
    if (!parsed) return false;
    // A content script asks only about the page its tab shows (lib/notes/sender).
    const request = authorizeNotesRequest(parsed, sender, self);
    const refuse = () => sendResponse({ ok: false, error: { kind: 'invalid', message: 'Not allowed from a web page.', detail: `refused ${parsed.type} from ${sender.url ?? 'unknown'}` } });
    if (!request) {
      refuse();
      return false;
    }
    const fromPage = !isExtensionPage(sender, self);
    const tabId = sender.tab?.id;
    // A content script changes a note only when it is its page's (the key its last list gave, or its address's).
    const allowed = async () => {
      if (!fromPage || !OWN_NOTE_REQUESTS.has(request.type)) return true;
      const url = senderPageUrl(sender) ?? '';
      const listed = tabId !== undefined ? listedPages.get(tabId) : undefined;
      const raw = await notesDb.annotations.get((request as { id: string }).id).catch(() => undefined);
      return ownsNote(raw?.pageUrl, [pageKey({ url }), listed?.url === url ? listed.key : null]);
    };
    void allowed().then((ok) => {
      if (!ok) return refuse();
      // A note's page record keeps the byline (and title, site, date) the analysis found.
      const withMeta = async (): Promise<typeof request> =>
        request.type === 'notes:add' ? { ...request, page: withAnalysisMeta(request.page, (await kept.get(normalizeUrl(request.page.url) ?? '').catch(() => null)) ?? undefined) } : request;
      return withMeta().then((req) => handleNotesRequest(notesDb, req)).then(async (reply) => {
        if (fromPage && request.type === 'notes:list' && reply.ok && tabId !== undefined) {
          listedPages.set(tabId, { url: senderPageUrl(sender) ?? '', key: (reply.value as { pageUrl: string }).pageUrl });
        }
        if (request.type === 'notes:add' && reply.ok) {
          const analysis = await kept.get(normalizeUrl(request.page.url) ?? '').catch(() => null);
          const note = reply.value as { pageUrl: string };
          if (analysis) await savePagePeople(notesDb, analysis, { pageUrl: note.pageUrl, title: analysis.title, site: analysis.siteName });
        }
        sendResponse(reply);
      });
    });
    return true; // the reply is asynchronous
  });

  // The note editor's frame and the content script that placed it talk only through here
  // (lib/messages-editor): never through the page's window, which the page can read and forge.
  const editors = new EditorSessions(self);
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = parseEditorToBackground(raw);
    if (!message) return false;
    const action = editors.handle(message, sender);
    if (!action.relay) {
      sendResponse(action.reply);
      return false;
    }
    const { tabId, message: relay } = action.relay;
    browser.tabs.sendMessage(tabId, relay, { frameId: 0 }).then(
      (r) => sendResponse(r ?? { ok: false, error: 'This editor is closed.' }),
      () => sendResponse({ ok: false, error: 'Sourcelight could not reach the page. Your text is kept; reload the page and try again.' }),
    );
    return true;
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
    if (command !== 'next-finding') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: ToContent = { type: 'step-finding' };
    await browser.tabs.sendMessage(tab.id, message).catch(() => {});
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
