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
