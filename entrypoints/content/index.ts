import { PageController } from './controller';
import { invalidateOnlyWhenDisconnected } from './lifetime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's window.postMessage of "<extension id>:content:wxt:content-script-started" tells every
  // page script our id and the event that would stop us: not sent (its custom event is enough).
  noScriptStartedPostMessage: true,
  main(ctx) {
    invalidateOnlyWhenDisconnected(ctx);
    void new PageController(ctx).start();
  },
});
