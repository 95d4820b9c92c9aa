// At rest: a canary name typed into a case (family label, case notes, referral note) must not be
// found in plaintext — UTF-8 or UTF-16LE bytes — in any file of the Chromium profile after the
// browser closes. A control string written in clear to IndexedDB and localStorage proves the scan
// can see such data (so the check cannot pass vacuously).
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MIXED_STATUS_FAMILY, OLDER_ADULT } from '../../src/screening/samples';
import { launch, serveDist, type Browser, type Served } from './harness';
import { createVault, fillScreen, openWorker, runFlow } from './worker-helpers';

const CANARY = 'Zyxwvut Canary';
const CONTROL = 'Qjxkvw Control';
const PASS = 'quiet harbor lamp 93';

let served: Served;
let browser: Browser | undefined;
let profileDir = '';
const profiles: string[] = [];

beforeAll(async () => {
  served = await serveDist();
});
afterAll(async () => {
  await browser?.close().catch(() => undefined);
  if (!process.env.KEEP_PROFILE) for (const p of profiles) rmSync(p, { recursive: true, force: true });
  await served?.close();
});

function allFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) out.push(...allFiles(p));
    else if (st.isFile()) out.push(p);
  }
  return out;
}

/** Files under `dir` whose raw bytes contain `text` in UTF-8 or UTF-16LE. */
function filesContaining(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return allFiles(dir).filter((f) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(f);
    } catch {
      return false;
    }
    return needles.some((n) => bytes.includes(n));
  });
}

test('the canary typed into a case is nowhere in plaintext in the Chromium profile on disk', async () => {
  browser = await launch();
  profileDir = browser.profileDir;
  profiles.push(profileDir);
  const { page } = browser;
  await openWorker(page, served.url);
  await createVault(page, PASS);
  await page.getByRole('button', { name: 'New screening' }).click();
  await runFlow(page, OLDER_ADULT);
  // An override note on the results screen, with the canary.
  const override = page.locator('.results-override').first();
  await override.getByLabel('Note', { exact: true }).fill(`${CANARY} asked to apply anyway`);
  await page.waitForTimeout(4_000);
  await override.getByRole('button', { name: 'Refer anyway' }).click();
  await override.getByText(/Decision: refer anyway/).waitFor();
  await page.getByRole('button', { name: 'Save case' }).click();
  await page.getByLabel('Family label').fill(CANARY);
  // Let Chromium's session service (tab restore, ~2.5 s save delay) see the form while it holds
  // the canary: form-control state must not be saved (autocomplete=off forms).
  await page.waitForTimeout(4_000);
  await page.getByRole('checkbox', { name: /SNAP/ }).check();
  await page.getByRole('button', { name: 'Save case' }).click();
  await page.getByRole('heading', { name: CANARY }).waitFor();

  // Notes and a referral note with the canary, saved again.
  await page.getByLabel('Case notes').fill(`${CANARY} lives near the library`);
  await page.getByLabel('Note', { exact: true }).first().fill(`Call ${CANARY} on Friday`);
  await page.waitForTimeout(4_000);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Changes saved.').waitFor();
  await page.getByRole('button', { name: 'Referral packet' }).click();
  await page.locator('.packet-page').first().waitFor();

  // Control: the same kind of text, stored in clear, must be found by the scan.
  await page.evaluate(async (control) => {
    localStorage.setItem('privacy-control', control);
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('privacy-control', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('s');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const tx = req.result.transaction('s', 'readwrite');
        tx.objectStore('s').put({ label: control, note: `${control} lives near the library` }, 1);
        tx.oncomplete = () => { req.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, CONTROL);

  // The case is really saved (encrypted) in IndexedDB.
  const counts = await page.evaluate(() => new Promise<number[]>((resolve, reject) => {
    const req = indexedDB.open('anydoor');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['cases', 'casePayloads'], 'readonly');
      const a = tx.objectStore('cases').count();
      const b = tx.objectStore('casePayloads').count();
      tx.oncomplete = () => { db.close(); resolve([a.result, b.result]); };
    };
  }));
  expect(counts).toEqual([1, 1]);

  await browser.close();
  browser = undefined;

  const files = allFiles(profileDir);
  expect(files.length).toBeGreaterThan(10);
  expect(files.some((f) => f.includes('IndexedDB'))).toBe(true);
  const controlHits = filesContaining(profileDir, CONTROL);
  expect(controlHits.some((f) => f.includes('IndexedDB'))).toBe(true);
  expect(controlHits.some((f) => f.includes('Local Storage'))).toBe(true);
  expect(filesContaining(profileDir, CANARY)).toEqual([]);
  expect(filesContaining(profileDir, 'Zyxwvut')).toEqual([]);
});

// Chromium's session restore (Default/Sessions) saves form-control state of the open page every few
// seconds unless the form says autocomplete="off". An immigration answer on screen must not land
// there in clear.
test('an immigration answer on screen is not kept in Chromium\'s session-restore files', async () => {
  browser = await launch();
  profileDir = browser.profileDir;
  profiles.push(profileDir);
  const { page } = browser;
  await openWorker(page, served.url);
  await createVault(page, PASS);
  await page.getByRole('button', { name: 'New screening' }).click();
  for (let i = 0; i < 30 && (await page.locator('[name="m2_imm_status"]').count()) === 0; i++) {
    await runFlow(page, MIXED_STATUS_FAMILY, 1);
  }
  await fillScreen(page, MIXED_STATUS_FAMILY);
  expect(await page.locator('[name="m2_imm_status"]').inputValue()).toBe('undocumented');
  await page.waitForTimeout(5_000); // past the session service's save delay
  await browser.close();
  browser = undefined;
  const sessions = allFiles(join(profileDir, 'Default', 'Sessions'));
  expect(sessions.length).toBeGreaterThan(0);
  expect(sessions.filter((f) => {
    const bytes = readFileSync(f);
    return bytes.includes(Buffer.from('undocumented', 'utf8')) || bytes.includes(Buffer.from('undocumented', 'utf16le'));
  })).toEqual([]);
});
