import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Chromium (tests/e2e): the built extension on the dev pages.
// Timeouts leave room for a CI machine about 3x slower than a loaded dev machine: the longest test
// seen under load took ~25 s (a real page with 50 notes; export and import in a second browser).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    // Builds the extension once for all files (tests/e2e/global-setup.ts).
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    // Starting Chromium with the extension; the Firefox file also builds its own add-on in its hook.
    hookTimeout: 180_000,
    fileParallelism: false,
    // expect.poll waits for asynchronous UI state (messages, IndexedDB, re-renders, highlights):
    // vitest's default of 1 s is too short on a loaded machine.
    expect: { poll: { timeout: 20_000, interval: 100 } },
    reporters: ['default'],
  },
});
