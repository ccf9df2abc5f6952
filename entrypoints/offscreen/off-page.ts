import { AnalyzeHtmlReplySchema, type AnalyzeHtmlReply, type ToOffscreen } from '../../lib/messages';

/**
 * The background's side of the off-page analysis. Firefox's background page has a DOM: the analysis
 * runs there. Chrome's service worker has none: it runs in an offscreen document (reason DOM_PARSER),
 * created on first use and closed again after a while without work, to give its memory back.
 */

const OFFSCREEN_URL = 'offscreen.html';
const IDLE_CLOSE_MS = 60_000;

let creating: Promise<void> | null = null;
let pending = 0;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

export async function analyzeOffPage(html: string, url: string): Promise<AnalyzeHtmlReply> {
  if (import.meta.env.FIREFOX) {
    // Imported here so that Chrome's service worker does not carry the analysis code it cannot run.
    const { analyzeHtml } = await import('./analyze-html');
    return analyzeHtml(html, url, 'background');
  }
  pending++;
  clearTimeout(closeTimer);
  try {
    await ensureOffscreen();
    const message: ToOffscreen = { target: 'offscreen', type: 'analyze-html', html, url };
    return AnalyzeHtmlReplySchema.parse(await browser.runtime.sendMessage(message));
  } finally {
    if (--pending === 0) closeTimer = setTimeout(closeOffscreen, IDLE_CLOSE_MS);
  }
}

async function ensureOffscreen(): Promise<void> {
  const offscreen = browser.offscreen;
  if (!offscreen) throw new Error('no offscreen API');
  if (await offscreen.hasDocument()) return;
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: [offscreen.Reason.DOM_PARSER],
      justification: 'Parse the page the reader is on and find its quotes and specialists without blocking the page.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

async function closeOffscreen(): Promise<void> {
  if (pending > 0 || creating) return;
  if (await browser.offscreen.hasDocument().catch(() => false)) await browser.offscreen.closeDocument().catch(() => {});
}
