import { defineConfig } from 'vitest/config';

// End-to-end: drives the production build (dist/) in Debian's Chromium. One file at a time:
// each file starts its own server and browser, and the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
