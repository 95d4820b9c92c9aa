// Offline, for real: a fresh Chromium profile opens the production build, the service worker
// installs (precaching everything) and takes control; then the network goes away — the context is
// switched offline AND the server is shut down — and the app is reloaded and used: kiosk mode in a
// language never loaded before (Spanish), answering a question, and settings switching to Arabic
// (right to left). Every string asserted comes from locales/, every request is served from cache.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, serveDist, waitForServiceWorkerControl, type Browser, type Served } from './harness';

const locale = (lng: string, ns: string) => JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8'));
const en = { common: locale('en', 'common'), kiosk: locale('en', 'kiosk') };
const es = { common: locale('es', 'common'), kiosk: locale('es', 'kiosk') };
const ar = { common: locale('ar', 'common'), settings: locale('ar', 'settings') };

let served: Served | undefined;
let browser: Browser;

beforeAll(async () => {
  served = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.dispose();
  await served?.close();
});

test('first visit: the service worker precaches every asset and takes control of the page', async () => {
  const { page } = browser;
  await page.goto(served!.url);
  await page.getByRole('heading', { level: 1, name: en.common.start.heading }).waitFor();
  expect(await waitForServiceWorkerControl(page)).toBe(`${served!.url}sw.js`);

  // The cache holds every file the precache manifest lists (locale chunks included).
  const { precached, listed } = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) urls.push(new URL(req.url).pathname);
    }
    const sw = await (await fetch('/sw.js')).text();
    const listed = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => `/${m[1]}`);
    return { precached: urls, listed };
  });
  expect(listed.length).toBeGreaterThan(40);
  expect(listed.filter((u) => u.startsWith('/assets/locale-')).length).toBeGreaterThanOrEqual(12 * 4);
  expect(new Set(precached)).toEqual(new Set(listed));
});

test('offline (no network, no server), reload: kiosk in Spanish, answer a question; settings in Arabic', async () => {
  const { page, context } = browser;
  await context.setOffline(true);
  await served!.close();
  served = undefined;
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));

  await page.reload();
  await page.getByRole('heading', { level: 1, name: en.common.start.heading }).waitFor();
  expect(await page.getByTestId('online-status').textContent()).toBe(en.common.status.offline);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Kiosk: choose Spanish (its locale chunks were never loaded: they come from the precache).
  await page.getByRole('button', { name: new RegExp(en.common.start.kiosk) }).click();
  await page.getByRole('heading', { level: 1, name: en.kiosk.language.heading }).waitFor();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('heading', { level: 1, name: es.kiosk.welcome.heading }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  await page.getByRole('button', { name: es.kiosk.welcome.start }).click();
  await page.getByRole('heading', { level: 1, name: es.kiosk.q.state.label }).waitFor();
  expect(await page.getByText(es.kiosk.progress.replace('{{current, number}}', '1').replace(/\{\{total, number\}\}/, '8')).count()).toBe(1);
  await page.getByRole('combobox').selectOption('NY');
  await page.getByRole('button', { name: es.kiosk.next }).click();
  await page.getByRole('heading', { level: 1, name: es.kiosk.q.county.label }).waitFor();
  expect(await page.getByTestId('online-status').textContent()).toBe(es.common.status.offline);

  // Start over, back to the start screen (app name), then settings; switch to Arabic there.
  await page.getByRole('button', { name: es.kiosk.startOver }).click();
  await page.getByRole('button', { name: en.common.appName, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const start = (await page.evaluate(() => document.documentElement.lang)) === 'es' ? es.common.start : en.common.start;
  await page.getByRole('button', { name: start.settings }).click();
  const heading = page.getByRole('heading', { level: 1 });
  expect([en.common.settings.heading, es.common.settings.heading]).toContain(await heading.textContent());
  await page.getByRole('combobox').selectOption('ar');
  await page.getByRole('heading', { level: 1, name: ar.common.settings.heading }).waitFor();
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
  expect(await page.getByRole('heading', { level: 2, name: ar.settings.language.heading }).count()).toBe(1);
  expect(await page.getByTestId('online-status').textContent()).toBe(ar.common.status.offline);

  expect(failed).toEqual([]);
});
