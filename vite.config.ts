import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { localeChunkName, PRECACHE_GLOB_PATTERNS, WEB_MANIFEST } from './src/pwa/manifest.ts';

// Prompt mode: a new service worker waits until the person accepts the update, and the app only
// offers it when no screening is in progress (src/pwa/update.ts, docs/pwa.md).
export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      // src/pwa/register.ts registers /sw.js with workbox-window (lazily, after first render).
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: WEB_MANIFEST,
      workbox: {
        globPatterns: PRECACHE_GLOB_PATTERNS,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/sw\.js$/, /^\/workbox-/],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first service worker takes control of the open page at once (so the first visit
        // already works offline). Updates still wait: skipWaiting stays off until the person
        // chooses "Update now".
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // The worker-mode chunk carries the whole rules engine with its compiled parameter tables
    // (~1 MB raw, ~225 KB gzip). It loads only when worker mode opens and is precached; the
    // first-load budget (150 KB gzip) is enforced by scripts/check-bundle.mjs instead.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => localeChunkName(chunk.facadeModuleId) ?? 'assets/[name]-[hash].js',
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173 },
});
