import { parseToBackground, type ToContent } from '../lib/messages';

export default defineBackground(() => {
  // The toolbar button: MV3's `action`, MV2's (Firefox) `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseToBackground(raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) return;
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
