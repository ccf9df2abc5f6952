import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { invalidateOnlyWhenDisconnected } from '../../entrypoints/content/lifetime';

/** What a page script can do once it knows the event's name: announce a "newer" copy of our script. */
const fakeStart = () =>
  document.dispatchEvent(new CustomEvent((ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE, { detail: { contentScriptName: 'content', messageId: 'page' } }));

afterEach(() => vi.restoreAllMocks());

describe('content script lifetime', () => {
  it('without the guard, a page event stops the script (the hole)', () => {
    const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    fakeStart();
    expect(ctx.signal.aborted).toBe(true);
  });

  it('a page event does not stop the script while the runtime is connected', () => {
    const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    invalidateOnlyWhenDisconnected(ctx, () => 'our-id');
    const stopped = vi.fn();
    ctx.onInvalidated(stopped);
    fakeStart();
    expect(ctx.signal.aborted).toBe(false);
    expect(stopped).not.toHaveBeenCalled();
  });

  it('the event stops the old script once the extension is gone (a real update)', () => {
    let id: string | undefined = 'our-id';
    const ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    invalidateOnlyWhenDisconnected(ctx, () => id);
    id = undefined;
    fakeStart();
    expect(ctx.signal.aborted).toBe(true);
  });

  it('posts nothing to the page when it starts', () => {
    const post = vi.spyOn(window, 'postMessage');
    new ContentScriptContext('content', { noScriptStartedPostMessage: true });
    expect(post).not.toHaveBeenCalled();
  });

  it('our content script is declared without the started postMessage', async () => {
    const { default: def } = await import('../../entrypoints/content/index');
    expect(def.noScriptStartedPostMessage).toBe(true);
  });
});
