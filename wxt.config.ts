import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See ../shared/STACK.md: there is no WXT Preact module for 0.20, so the preset is a Vite plugin.
export default defineConfig({
  // ASCII output: the minifier writes literals such as Dexie's String.fromCharCode(65535) as the raw
  // character, and Chromium refuses to load a content script holding a Unicode noncharacter
  // ("It isn't UTF-8 encoded"), so the whole extension fails to load. Escaped, it loads.
  vite: () => ({ plugins: [preact()], build: { rolldownOptions: { output: { charset: 'ascii' } } } }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Sourcelight',
    description: 'Find who is quoted and who the experts are in any news article; annotate, tag and export.',
    // storage: per-site preferences; activeTab: the popup may read the current tab's address.
    // The content script's match patterns are the only host access; no network requests are made.
    // offscreen (Chrome only): the analysis parses the page's HTML in an offscreen document, off the
    // page's main thread; Firefox's background page has a DOM of its own.
    // contextMenus: "Sourcelight: annotate selection" on selected text.
    permissions: ['storage', 'activeTab', 'contextMenus', ...(browser === 'firefox' || browser === 'safari' ? [] : ['offscreen'])],
    // The note editor runs in a frame of ours inside web pages (where page scripts cannot read what
    // the reader types): only that page is reachable from web pages, and only from those the
    // content script runs on.
    web_accessible_resources:
      manifestVersion === 2
        ? ['note-editor.html']
        : [{ resources: ['note-editor.html'], matches: ['http://*/*', 'https://*/*'] }],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide Sourcelight highlights on this site',
      },
      // Chromium assigns no Alt+Shift+N (it never reaches the extension): tests/e2e/commands checks
      // that Chromium assigned each of these keys.
      'annotate-selection': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Annotate the selected text',
      },
      'next-finding': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next quote, specialist or note on the page and open its card',
      },
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open the Sourcelight popup',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
