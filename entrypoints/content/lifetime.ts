import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Our content script stops only when the extension is gone (reloaded, updated, removed): then
 * `browser.runtime.id` is undefined in the old script. WXT also stops a script when it sees a
 * "content script started" event for it on the page's document, meant for a newer copy of the
 * same script; but a page can dispatch that event itself (the name is derived from the extension
 * id, which WXT also used to post to the page) and switch us off on its page. While the runtime is
 * still ours, such an event is not taken as the end.
 */
export function invalidateOnlyWhenDisconnected(ctx: ContentScriptContext, runtimeId: () => string | undefined = () => browser.runtime?.id): void {
  const notify = ctx.notifyInvalidated.bind(ctx);
  ctx.notifyInvalidated = () => {
    if (runtimeId() == null) notify();
  };
}
