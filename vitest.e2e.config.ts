import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Chromium (tests/e2e): the built extension on the dev pages.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
