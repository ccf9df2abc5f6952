import { parseToOffscreen } from '../../lib/messages';
import { analyzeHtml } from './analyze-html';

/**
 * The offscreen document (Chrome MV3): the service worker has no DOMParser, so the page's HTML is
 * parsed and analyzed here, off the page's main thread. Only messages addressed to us are answered.
 */
browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
  const message = parseToOffscreen(raw);
  if (!message) return false;
  sendResponse(analyzeHtml(message.html, message.url, 'offscreen'));
  return false;
});
