// Shared unit-test setup: jest-dom matchers and an in-memory IndexedDB (fake-indexeddb).
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';

// UI tests wait for lazy chunks (kiosk, worker mode, locale files). Under a loaded CI machine those
// can take more than Testing Library's default 1 s, so findBy*/waitFor wait up to 10 s; a passing
// wait still returns as soon as the element shows.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 10_000 });
}
