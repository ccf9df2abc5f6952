import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Chromium (tests/e2e): the built extension on the dev pages, served
// with every offsite address refused (tests/e2e/offline-html.ts), so the tests wait on us, not on
// the network. Every wait is a poll with its own generous bound and a message saying what it
// waited for (tests/e2e/harness.ts); the test timeout is only the backstop above their sum
// (navigation 90 s + content script 90 s + analysis 120 s on a 2-core machine shared with others).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    // Builds the extension once for all files (tests/e2e/global-setup.ts).
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 300_000,
    // Starting Chromium with the extension; the Firefox file also builds its own add-on in its hook.
    hookTimeout: 180_000,
    fileParallelism: false,
    // expect.poll waits for asynchronous UI state (messages, IndexedDB, re-renders, highlights):
    // vitest's default of 1 s is too short on a loaded machine.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    reporters: ['default'],
  },
});
