/**
 * End-to-end harness: serves the production build (dist/) on 127.0.0.1 with Vite's preview server
 * and drives Debian's Chromium through playwright-core. No browser is downloaded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type Plugin, type PreviewServer } from 'vite';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a closed network: no background calls home, no sandbox as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface Served {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Paths answered with 404 instead of the built file (e.g. `['/sw.js']`: registration fails). */
  notFound?: string[];
  /**
   * Bodies served instead of the built file, by path. The map is read on every request, so a test
   * can change it while the server runs (e.g. serve a changed /sw.js to simulate a new release).
   */
  overrides?: Map<string, string>;
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript',
  html: 'text/html',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  css: 'text/css',
};

/** Serve dist/ on a free loopback port. The build must exist (npm test builds before e2e). */
export async function serveDist(options: ServeOptions = {}): Promise<Served> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
  const faults: Plugin = {
    name: 'anydoor-e2e-faults',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        if (options.notFound?.includes(path)) {
          res.statusCode = 404;
          res.end('not found (e2e fault)');
          return;
        }
        const body = options.overrides?.get(path);
        if (body !== undefined) {
          res.statusCode = 200;
          res.setHeader('Content-Type', CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(body);
          return;
        }
        next();
      });
    },
  };
  const server: PreviewServer = await preview({
    plugins: options.notFound || options.overrides ? [faults] : [],
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const http = server.httpServer as typeof server.httpServer & { closeAllConnections?: () => void };
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve());
        // Keep-alive connections from the browser would otherwise hold close() open.
        http.closeAllConnections?.();
      }),
  };
}

/** Wait until a service worker controls the page (first visit: the worker installs, then claims). */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 60_000): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: timeoutMs });
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** The profile directory on disk (for restart and at-rest checks). */
  profileDir: string;
  close(): Promise<void>;
  /** Close and delete the profile. */
  dispose(): Promise<void>;
}

/**
 * Launch Chromium with a persistent profile (fresh unless `profileDir` is given, so a test can
 * restart the browser on the same profile).
 */
export async function launch(opts: { profileDir?: string; locale?: string; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'anydoor-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: opts.locale ?? 'en-US',
    viewport: opts.viewport ?? { width: 1024, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    profileDir,
    close: () => context.close(),
    dispose: async () => {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
