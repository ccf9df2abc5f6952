import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    environmentOptions: {
      happyDOM: {
        // Saved pages parsed in tests link stylesheets, scripts and frames on their own sites. The
        // test window fetches none of them, and says nothing about it: happy-dom 21 logs every
        // refused file as a DOMException with its stack (pages of them on the real-page tests)
        // unless a refusal counts as success, and it logs a refused frame whatever the settings,
        // so frames "load" with navigation switched off instead (the frame keeps its address and
        // stays empty; nothing is fetched).
        settings: {
          disableJavaScriptEvaluation: true,
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
          enableIframePageLoading: true,
          navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
        },
      },
    },
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**'],
    setupFiles: ['fake-indexeddb/auto'],
    // A loaded CI machine (2 cores, other jobs) parses the larger saved pages ten times slower
    // than a quiet one: the default 5 s per test is not a bound on anything of ours.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
