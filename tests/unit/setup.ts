// Shared unit-test setup: jest-dom matchers and an in-memory IndexedDB (fake-indexeddb).
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
