// Worker mode in real Chromium with a persistent profile: create the vault, screen a family
// (draft survives a reload), save a case, close the browser, relaunch on the same profile, wrong
// passphrase shows the message, unlock, the case is there.
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, serveDist, type Browser, type Served } from './harness';

const PASS = 'blue kettle orchard 7';
const LABEL = 'Garcia family (e2e)';

let served: Served;
let browser: Browser | undefined;
let profileDir: string | undefined;

beforeAll(async () => {
  served = await serveDist();
});
afterAll(async () => {
  await browser?.close().catch(() => undefined);
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  await served?.close();
});

async function openWorker(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: /Worker mode/ }).click();
}

test('create vault → screening with draft restore → save case → restart → wrong passphrase → unlock → case listed', async () => {
  browser = await launch();
  profileDir = browser.profileDir;
  let page = browser.page;
  await openWorker(page, served.url);

  // Create: the page explains that the passphrase cannot be recovered.
  await page.getByRole('heading', { name: 'Create a passphrase' }).waitFor();
  expect(await page.getByText(/cannot be recovered/).count()).toBe(1);
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('Type the passphrase again').fill('short');
  await page.getByRole('button', { name: 'Create and open' }).click();
  await page.getByRole('alert').filter({ hasText: 'at least 10 characters' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Type the passphrase again').fill(PASS);
  await page.getByRole('button', { name: 'Create and open' }).click();
  await page.getByRole('button', { name: 'New screening' }).waitFor({ timeout: 30_000 });

  // Screening: type some answers, wait for the encrypted draft, reload mid-screening.
  await page.getByRole('button', { name: 'New screening' }).click();
  await page.getByLabel('State').selectOption('MI');
  await page.getByLabel('County (optional)').fill('Wayne');
  await page.getByLabel(/Ages of everyone/).fill('34, 36, 4, 15');
  await page.getByText('Draft saved and locked on this device.').waitFor();
  await page.reload();
  await page.getByRole('button', { name: /Worker mode/ }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByText('There is an unfinished screening on this device.').waitFor();
  await page.getByRole('button', { name: 'Continue it' }).click();
  expect(await page.getByLabel('State').inputValue()).toBe('MI');
  expect(await page.getByLabel('County (optional)').inputValue()).toBe('Wayne');
  expect(await page.getByLabel(/Ages of everyone/).inputValue()).toBe('34, 36, 4, 15');
  await page.getByLabel(/earns from work/).fill('1450');
  await page.getByLabel(/Rent each month/).fill('900');
  await page.getByRole('button', { name: 'See results' }).click();

  // Results from the rules engine, then save with a family label.
  await page.getByRole('heading', { name: 'Results' }).waitFor();
  expect(await page.getByText('SNAP (food help)').count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Save case' }).click();
  await page.getByLabel('Family label').fill(LABEL);
  await page.getByLabel(/family's language/).selectOption('es');
  // Refer exactly SNAP and WIC (whatever the engine's default ticks).
  for (const box of await page.getByRole('checkbox').all()) if (await box.isChecked()) await box.uncheck();
  await page.getByRole('checkbox', { name: /SNAP/ }).check();
  await page.getByRole('checkbox', { name: /^WIC/ }).check();
  await page.getByRole('button', { name: 'Save case' }).click();
  await page.getByRole('heading', { name: LABEL }).waitFor();

  // Referral packet: one page per program, family language (Spanish) and worker language (English).
  await page.getByRole('button', { name: 'Referral packet' }).click();
  await page.locator('.packet-page').first().waitFor();
  const pages = await page.locator('.packet-page').count();
  expect(pages).toBe(2);
  expect(await page.locator('.packet-page').first().locator('.packet-column').evaluateAll((els) => els.map((e) => e.getAttribute('lang')))).toEqual(['es', 'en']);
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.locator('.packet-page').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakAfter));
  expect(breaks).toEqual([...Array<string>(pages - 1).fill('page'), 'auto']);
  expect(await page.locator('.app-header').evaluate((el) => getComputedStyle(el).display)).toBe('none');
  await page.emulateMedia({ media: 'screen' });

  // Close the browser, relaunch on the same profile.
  await browser.close();
  browser = await launch({ profileDir });
  page = browser.page;
  await openWorker(page, served.url);
  await page.getByRole('heading', { name: 'Unlock your cases' }).waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill('blue kettle orchard 8');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('alert').filter({ hasText: 'did not open the cases' }).waitFor({ timeout: 30_000 });
  expect(await page.getByText(LABEL).count()).toBe(0);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('button', { name: LABEL }).first().waitFor({ timeout: 30_000 });
  // Search by family label (decrypted in memory) and by county (plaintext index).
  await page.getByLabel('Search cases').fill('garcia');
  expect(await page.locator('.worker-cases li').count()).toBe(1);
  await page.getByLabel('Search cases').fill('Texas');
  await page.getByText('No case matches your search.').waitFor();
  await page.getByLabel('Search cases').fill('wayne');
  expect(await page.locator('.worker-cases li').count()).toBe(1);
  await page.getByRole('button', { name: LABEL }).first().click();
  await page.getByRole('heading', { name: LABEL }).waitFor();
});
