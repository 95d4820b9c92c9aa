import { defineConfig } from 'vitest/config';

// Unit tests: rules (node) and UI (jsdom, per-file via the environment comment or the glob below).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'rules/**/*.test.ts', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    pool: 'threads',
  },
});
