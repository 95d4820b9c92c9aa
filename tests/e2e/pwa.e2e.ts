// The PWA around the app, on the production build:
// - build output: dist/manifest.webmanifest is the manifest the unit test checks; dist/sw.js
//   precaches index.html, every locales/<lng>/<ns>.json chunk, every built file (app, lazy screens,
//   rules data), falls back to index.html for navigations, and waits for the person on updates.
// - in Chromium: a failed registration (/sw.js answers 404) and blocked IndexedDB each show a clear
//   message while the app keeps working; a new release found mid-screening waits until the
//   screening ends and the person chooses "Update now" — the half-finished answers are not lost.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { WEB_MANIFEST } from '../../src/pwa/manifest';
import { launch, serveDist, waitForServiceWorkerControl, type Browser, type Served } from './harness';

const locale = (lng: string, ns: string) => JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8'));
const en = { common: locale('en', 'common'), kiosk: locale('en', 'kiosk'), pwa: locale('en', 'pwa') };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name.startsWith('.')) return [];
    return statSync(p).isDirectory() ? walk(p) : [relative('dist', p).split('\\').join('/')];
  });
}

describe('build output', () => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  const precached = new Set([...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[0-9a-f]+"|null)\}/g)].map((m) => m[1]));
  const viteManifest: Record<string, { file: string; src?: string }> = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));

  test('dist/manifest.webmanifest carries every required field and icon', () => {
    const built = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8'));
    for (const key of ['name', 'short_name', 'start_url', 'scope', 'display', 'theme_color', 'background_color', 'lang', 'dir'] as const) {
      expect(built[key], key).toBe(WEB_MANIFEST[key]);
    }
    expect(built.icons).toEqual(WEB_MANIFEST.icons);
    for (const icon of built.icons as { src: string }[]) expect(existsSync(join('dist', icon.src)), icon.src).toBe(true);
    expect(readFileSync('dist/index.html', 'utf8')).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
  });

  test('sw.js precaches index.html and every locales/<lng>/<ns>.json chunk', () => {
    expect(precached.has('index.html')).toBe(true);
    const localeFiles = readdirSync('locales').flatMap((lng) =>
      readdirSync(join('locales', lng)).filter((f) => f.endsWith('.json') && f !== 'meta.json').map((f) => `locales/${lng}/${f}`),
    );
    expect(localeFiles.length).toBeGreaterThanOrEqual(12 * 4);
    const missing = localeFiles.filter((src) => {
      const chunk = viteManifest[src];
      return !chunk || !precached.has(chunk.file);
    });
    expect(missing).toEqual([]);
  });

  test('sw.js precaches every file the build emitted (app, lazy screens, rules data, icons, manifest)', () => {
    const emitted = walk('dist').filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f));
    expect(emitted.filter((f) => !precached.has(f))).toEqual([]);
    // Every chunk the bundler knows about, including any rules/ data chunk, is among them.
    expect(Object.values(viteManifest).filter((c) => !precached.has(c.file)).map((c) => c.src ?? c.file)).toEqual([]);
  });

  test('navigations fall back to index.html; updates wait for SKIP_WAITING; the first worker claims the page', () => {
    expect(sw).toMatch(/NavigationRoute\(\w+\.createHandlerBoundToURL\("\/index\.html"\)/);
    expect(sw).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toContain('clientsClaim()');
  });
});

describe('in Chromium', () => {
  let served: Served | undefined;
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.dispose();
    await served?.close();
    browser = undefined;
    served = undefined;
  });

  test('registration fails (/sw.js is 404): a clear, dismissible message; the app works online', async () => {
    served = await serveDist({ notFound: ['/sw.js'] });
    browser = await launch();
    const { page } = browser;
    await page.goto(served.url);
    const alert = page.getByTestId('pwa-offline-unavailable');
    await alert.waitFor();
    expect(await alert.getByRole('alert').textContent()).toBe(en.pwa.offline.unavailable);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

    await page.getByRole('button', { name: new RegExp(en.common.start.kiosk) }).click();
    await page.getByRole('heading', { level: 1, name: en.kiosk.language.heading }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en.kiosk.welcome.heading }).waitFor();

    await alert.getByRole('button', { name: en.pwa.dismiss }).click();
    expect(await page.getByTestId('pwa-offline-unavailable').count()).toBe(0);
  });

  test('IndexedDB blocked: says cases cannot be saved; screening still works', async () => {
    served = await serveDist();
    browser = await launch();
    const { page, context } = browser;
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await page.goto(served.url);
    const notice = page.getByTestId('pwa-storage-unavailable');
    await notice.waitFor();
    expect(await notice.getByRole('alert').textContent()).toBe(en.pwa.storage.unavailable);
    await page.getByRole('button', { name: new RegExp(en.common.start.kiosk) }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en.kiosk.welcome.heading }).waitFor();
  });

  test('a new release found mid-screening waits; after the screening, "Update now" reloads into it', async () => {
    const overrides = new Map<string, string>();
    served = await serveDist({ overrides });
    browser = await launch();
    const { page } = browser;
    await page.goto(served.url);
    await waitForServiceWorkerControl(page);

    // A family is mid-screening in kiosk mode: one answer given, on question 2.
    await page.getByRole('button', { name: new RegExp(en.common.start.kiosk) }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: en.kiosk.welcome.start }).click();
    await page.getByRole('combobox').selectOption('NY');
    await page.getByRole('button', { name: en.kiosk.next }).click();
    await page.getByRole('heading', { level: 1, name: en.kiosk.q.county.label }).waitFor();
    await page.getByRole('textbox').fill('Albany');
    await page.evaluate(() => {
      (window as unknown as { samePage: boolean }).samePage = true;
    });

    // A new release appears on the server; the open app finds it.
    overrides.set('/sw.js', `${readFileSync('dist/sw.js', 'utf8')}\n// release 2\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByTestId('pwa-update');
    await prompt.waitFor({ timeout: 30_000 });
    expect(await prompt.getByRole('status').textContent()).toBe(`${en.pwa.update.ready} ${en.pwa.update.afterScreening}`);
    expect(await prompt.getByRole('button', { name: en.pwa.update.now }).count()).toBe(0);
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);

    // Nothing reloads: the half-typed answer is still there.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(await page.getByRole('textbox').inputValue()).toBe('Albany');
    await prompt.getByRole('button', { name: en.pwa.update.ok }).click();
    expect(await page.getByTestId('pwa-update').count()).toBe(0);
    await page.getByRole('button', { name: en.kiosk.skip }).click();
    await page.getByRole('heading', { level: 1, name: en.kiosk.q.zip.label }).waitFor();

    // The screening ends (start over): the offer comes back; still no reload until chosen.
    await page.getByRole('button', { name: en.kiosk.startOver }).click();
    await page.getByRole('heading', { level: 1, name: en.kiosk.language.heading }).waitFor();
    const offer = page.getByTestId('pwa-update');
    await offer.waitFor();
    expect(await offer.getByRole('status').textContent()).toBe(en.pwa.update.ready);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);

    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), offer.getByRole('button', { name: en.pwa.update.now }).click()]);
    await page.getByRole('heading', { level: 1, name: en.common.start.heading }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBeUndefined();
    expect(await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return { waiting: !!reg?.waiting, controlled: navigator.serviceWorker.controller?.state };
    })).toEqual({ waiting: false, controlled: 'activated' });
    expect(await page.getByTestId('pwa-update').count()).toBe(0);
  });
});
