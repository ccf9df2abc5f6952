import { parseToBackground, type AnalyzeHtmlReply, type ToContent } from '../lib/messages';
import { analyzeOffPage } from './offscreen/off-page';

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

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlights') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: ToContent = { type: 'toggle-highlights' };
    // No content script on browser pages: nothing to toggle there.
    await browser.tabs.sendMessage(tab.id, message).catch(() => {});
  });
});
