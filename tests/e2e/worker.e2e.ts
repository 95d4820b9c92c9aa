// Worker mode in real Chromium with a persistent profile, offline after the vault is created: create the vault, screen a family with
// the real flow (reload mid-screening restores the encrypted draft), save a case, print packet,
// close the browser, relaunch on the same profile, wrong passphrase shows the message, unlock,
// the case is there and can be found.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FAMILY_OF_FOUR } from '../../src/screening/samples';
import { launch, serveDist, waitForServiceWorkerControl, type Browser, type Served } from './harness';
import { axeViolations, createVault, openWorker, progress, runFlow, unlockVault } from './worker-helpers';

const PASS = 'blue kettle orchard 7';
const LABEL = 'Garcia family (e2e)';

let served: Served;
let browser: Browser | undefined;
let profileDir: string | undefined;
let exportFile: string | undefined;

beforeAll(async () => {
  served = await serveDist();
});
afterAll(async () => {
  await browser?.close().catch(() => undefined);
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  if (exportFile) rmSync(exportFile, { force: true });
  await served?.close();
});

test('create vault → offline: screening with reload + draft restore → save case → packet → restart → wrong passphrase → unlock → case listed', async () => {
  browser = await launch();
  profileDir = browser.profileDir;
  let page = browser.page;
  await openWorker(page, served.url);

  // Create: the page explains that the passphrase cannot be recovered; too short is refused.
  await page.getByRole('heading', { name: 'Create a passphrase' }).waitFor();
  expect(await page.getByText(/cannot be recovered/).count()).toBe(1);
  await page.getByLabel('Passphrase', { exact: true }).fill('short');
  await page.getByLabel('Type the passphrase again').fill('short');
  await page.getByRole('button', { name: 'Create and open' }).click();
  await page.getByRole('alert').filter({ hasText: 'at least 10 characters' }).waitFor();
  await createVault(page, PASS);

  // From here on the device has no network: the service worker serves the app.
  await waitForServiceWorkerControl(page);
  await browser.context.setOffline(true);

  // Screening: answer 3 screens, wait for the encrypted draft, reload mid-screening.
  await page.getByRole('button', { name: 'New screening' }).click();
  await runFlow(page, FAMILY_OF_FOUR, 3);
  await page.getByText('Draft saved and locked on this device.').waitFor();
  const step = await progress(page);
  expect(step).toMatch(/^Step 4 of \d+$/);
  await page.reload();
  await openWorker(page, served.url);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByText('There is an unfinished screening on this device.').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Continue it' }).click();
  await page.locator('.screening-progress').waitFor();
  expect(await progress(page)).toBe(step);
  // Earlier answers survived: step back to the household size and the first screen.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  expect(await page.locator('[name="household_size"]').inputValue()).toBe('4');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  expect(await page.locator('[name="zip"]').inputValue()).toBe('48201');
  expect(await page.locator('[name="state"]').inputValue()).toBe('MI');
  const answered = await runFlow(page, FAMILY_OF_FOUR);
  expect(answered).toBeGreaterThan(5);

  // Results from the rules engine, then save with a family label.
  expect(await page.getByText('SNAP (food help)').count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Save case' }).click();
  await page.getByRole('heading', { name: 'Save this case' }).waitFor();
  const axe: Record<string, string[]> = { save: await axeViolations(page) };
  await page.getByLabel('Family label').fill(LABEL);
  await page.getByLabel(/family's language/).selectOption('es');
  // Refer exactly SNAP and WIC (whatever the engine's default ticks).
  for (const box of await page.getByRole('checkbox').all()) if (await box.isChecked()) await box.uncheck();
  await page.getByRole('checkbox', { name: /SNAP/ }).check();
  await page.getByRole('checkbox', { name: /^WIC/ }).check();
  await page.getByRole('button', { name: 'Save case' }).click();
  await page.getByRole('heading', { name: LABEL }).waitFor();

  axe.case = await axeViolations(page);
  // Referral status: to_send → sent, saved.
  await page.getByRole('group', { name: /SNAP/ }).getByLabel('Status').selectOption('sent');
  // A worker decision recorded later, from the case's saved results.
  await page.getByText('Screening results and worker decisions').click();
  const override = page.locator('.worker-case-results .results-override').first();
  await override.getByLabel('Note', { exact: true }).fill('Family asked at the second visit');
  await override.getByRole('button', { name: 'Not now' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Changes saved.').waitFor();

  // Referral packet: one page per program, family language (Spanish) then worker language (English).
  await page.getByRole('button', { name: 'Referral packet' }).click();
  await page.locator('.packet-page').first().waitFor();
  const pages = await page.locator('.packet-page').count();
  expect(pages).toBe(2);
  expect(await page.locator('.packet-page').first().locator('.packet-column').evaluateAll((els) => els.map((e) => e.getAttribute('lang')))).toEqual(['es', 'en']);
  expect(await page.locator('.packet-page').first().textContent()).toContain('Estado de esta referencia: Enviada');
  axe.packet = await axeViolations(page);
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.locator('.packet-page').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakAfter));
  expect(breaks).toEqual(['page', 'auto']);
  expect(await page.locator('.app-header').evaluate((el) => getComputedStyle(el).display)).toBe('none');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Back to the case' }).click();
  await page.getByRole('button', { name: 'Back to cases' }).click();
  await page.getByRole('button', { name: 'Settings and export' }).click();
  await page.getByRole('heading', { name: 'Worker settings' }).waitFor();
  axe.settings = await axeViolations(page);
  expect(axe).toEqual({ save: [], case: [], packet: [], settings: [] });

  // Close the browser, relaunch on the same profile (online again).
  await browser.context.setOffline(false);
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
  // Search by family label (decrypted in memory) and by county/state (plaintext index).
  await page.getByLabel('Search cases').fill('garcia');
  expect(await page.locator('.worker-cases li').count()).toBe(1);
  await page.getByLabel('Search cases').fill('Texas');
  await page.getByText('No case matches your search.').waitFor();
  await page.getByLabel('Search cases').fill('michigan sent');
  expect(await page.locator('.worker-cases li').count()).toBe(1);
  await page.getByLabel('Search cases').fill('');
  await page.locator('.worker-cases').getByRole('button', { name: LABEL }).click();
  await page.getByRole('heading', { name: LABEL }).waitFor();
  expect(await page.getByRole('group', { name: /SNAP/ }).getByLabel('Status').inputValue()).toBe('sent');
  await page.getByText('Screening results and worker decisions').click();
  await page.getByText('Decision: not now. Note: Family asked at the second visit').waitFor();
  await browser.close();
  browser = undefined;
});

test('encrypted export from one profile, import into another: added, then unchanged; wrong file passphrase changes nothing', async () => {
  // The first test left its profile with one case; export it.
  browser = await launch({ profileDir: profileDir! });
  let page = browser.page;
  await openWorker(page, served.url);
  await unlockVault(page, PASS);
  await page.getByRole('button', { name: 'Settings and export' }).click();
  await page.getByLabel('Passphrase for the file').fill('export phrase 2026');
  await page.getByRole('button', { name: 'Make export file' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download the export file' }).click({ timeout: 30_000 }),
  ]);
  exportFile = `${profileDir}-export.json`;
  await download.saveAs(exportFile);
  const text = readFileSync(exportFile, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'anydoor-cases', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000 }, cipher: { name: 'AES-GCM' } });
  expect(text).not.toContain('Garcia');
  await browser.close();

  // A second device (fresh profile): import.
  const other = await launch();
  browser = other;
  page = other.page;
  try {
    await openWorker(page, served.url);
    await createVault(page, 'second device phrase 1');
    await page.getByRole('button', { name: 'Settings and export' }).click();
    await page.getByLabel('Export file').setInputFiles(exportFile);
    await page.getByLabel('Passphrase of the file').fill('export phrase 2027');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'This passphrase does not open the file. Nothing was changed.' }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Passphrase of the file').fill('export phrase 2026');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Added: 1. Replaced older copies: 0. Already the same: 0.').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Added: 0. Replaced older copies: 0. Already the same: 1.').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Back to cases' }).click();
    await page.locator('.worker-cases').getByRole('button', { name: LABEL }).waitFor();
  } finally {
    await other.dispose();
    browser = undefined;
  }
});

test('auto-lock in Chromium: 1 idle minute returns to the unlock screen; the saved draft survives', async () => {
  browser = await launch();
  const page = browser.page;
  try {
    await openWorker(page, served.url);
    await createVault(page, PASS);
    await page.getByRole('button', { name: 'Settings and export' }).click();
    await page.getByLabel(/Lock the cases after/).selectOption('1');
    await page.getByRole('button', { name: 'Back to cases' }).click();
    await page.getByRole('button', { name: 'New screening' }).click();
    await runFlow(page, FAMILY_OF_FOUR, 2);
    await page.getByText('Draft saved and locked on this device.').waitFor();
    const step = await progress(page);
    const idleFrom = Date.now();
    await page.getByRole('heading', { name: 'Unlock your cases' }).waitFor({ timeout: 75_000 });
    expect(Date.now() - idleFrom).toBeGreaterThan(55_000);
    expect(await page.getByText(/locked because no one used the app/).count()).toBe(1);
    expect(await page.locator('.screening-progress').count()).toBe(0);
    await unlockVault(page, PASS);
    await page.getByRole('button', { name: 'Continue it' }).click();
    await page.locator('.screening-progress').waitFor();
    expect(await progress(page)).toBe(step);
  } finally {
    await browser.dispose();
    browser = undefined;
  }
}, 150_000);
