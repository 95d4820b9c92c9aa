import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, serveDist, type Browser, type Served } from './harness';

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.dispose();
  await served?.close();
});

test('the production build opens on the start screen with both modes', async () => {
  const { page } = browser;
  await page.goto(served.url);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('How will you use AnyDoor today?');
  expect(await page.getByRole('button', { name: /Worker mode/ }).count()).toBe(1);
  expect(await page.getByRole('button', { name: /Kiosk mode/ }).count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('the staff language chosen in Settings survives a reload (html lang/dir too); a kiosk pick does not replace it', async () => {
  const { page } = browser;
  await page.goto(served.url);
  // Reading the saved language at start creates no database on a fresh profile.
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).filter((n) => n === 'anydoor'))).toEqual([]);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language of the app').selectOption('ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  // Saved asynchronously: wait for the settings row, then reload.
  await page.waitForFunction(() => new Promise<boolean>((resolve) => {
    const req = indexedDB.open('anydoor');
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('settings')) { db.close(); resolve(false); return; }
      const get = db.transaction('settings').objectStore('settings').get('staffLanguage');
      get.onsuccess = () => { db.close(); resolve((get.result as { value?: string } | undefined)?.value === 'ar'); };
      get.onerror = () => { db.close(); resolve(false); };
    };
    req.onerror = () => resolve(false);
  }));
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('How will you use AnyDoor today?');

  // Kiosk: a family picks Spanish; after a reload the app is back in the staff's Arabic.
  await page.locator('.mode-choice').nth(1).click();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
  // Back to English for anything after this test (same profile).
  await page.locator('.start > button.secondary').click();
  await page.locator('select').first().selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
});
