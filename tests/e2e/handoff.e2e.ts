// The kiosk → worker hand-off with no network, in real Chromium against the production build: a
// family completes a kiosk session in Spanish; the QR code on their summary is screenshotted to a
// PNG (real pixels, as a photo or scan of the screen would give — the payload attribute is never
// read). A worker's device (a separate browser profile, offline once the service worker controls
// the page; Linux Chromium has no BarcodeDetector, so the lazily loaded jsqr reads the picture)
// creates its vault, imports the PNG through the photo control and lands on the results for that
// family: their answers (state, household size, ages, income…) and the rules engine's SNAP result,
// which the test computes independently from the same answers. Pictures without a kiosk code say
// what is wrong. The imported case is then saved with a referral. Then the worker, with an
// unfinished screening of their own on the device, imports the code again and continues the full
// screening from the kiosk answers: asked before the draft is replaced, the worker walks the graph
// with the answers filled in, adds the rent, and the SNAP estimate on the results goes up by what
// the rules engine gives for the same answers with that rent. A second test: a kiosk code dated in
// the previous federal fiscal year keeps its date in the continued screening (shown on the first
// screen with a note that today's rules may differ), and the results follow that date.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { screen } from '../../rules';
import { encodeKioskPayload } from '../../src/app/kiosk/payload';
import { answersToRequest } from '../../src/app/kiosk/questions';
import { parseScreeningRequest } from '../../src/domain/screening-request';
import { localDate } from '../../src/referrals/model';
import { launch, serveDist, waitForServiceWorkerControl, type Browser, type Served } from './harness';
import { answerAll, catalog, openKiosk, pickLanguage, type FamilyAnswers } from './kiosk-helpers';
import { axeViolations, createVault, openWorker, runFlow } from './worker-helpers';

let served: Served;
let dir: string;
const browsers: Browser[] = [];
beforeAll(async () => {
  served = await serveDist();
  dir = mkdtempSync(join(tmpdir(), 'anydoor-handoff-'));
});
afterAll(async () => {
  for (const b of browsers) await b.dispose();
  await served?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const FAMILY: FamilyAnswers = {
  state: 'VA',
  county: 'Fairfax',
  zip: '22041',
  age: '37',
  others: '35, 4, 9',
  income: '2718',
  housing: 'renting',
  needs: ['food', 'rent'],
};
const kioskEs = catalog('es', 'kiosk');
const kioskEn = catalog('en', 'kiosk');
const worker = catalog('en', 'worker');
const results = catalog('en', 'results');

test('kiosk summary QR (a PNG screenshot) → offline worker device: photo import → results for that family → saved case → continued screening with the rent', async () => {
  // --- The kiosk: a family answers in Spanish. ---
  const kiosk = await launch({ viewport: { width: 1024, height: 900 } });
  browsers.push(kiosk);
  await openKiosk(kiosk.page, served.url);
  const k = await pickLanguage(kiosk.page, 'es');
  const noCodePng = join(dir, 'welcome-screen.png');
  await kiosk.page.screenshot({ path: noCodePng }); // a real picture with no code in it
  await answerAll(kiosk.page, k, FAMILY);
  const qrImg = kiosk.page.getByRole('img', { name: kioskEs('summary.qrLabel') });
  await qrImg.waitFor();
  await kiosk.page.waitForFunction(() => {
    const img = document.querySelector('.kiosk-qr img') as HTMLImageElement | null;
    return !!img && img.complete && img.naturalWidth > 0;
  });
  const qrPng = join(dir, 'kiosk-code.png');
  await qrImg.screenshot({ path: qrPng });
  const png = readFileSync(qrPng);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  // Width and height (the IHDR chunk): the square the summary drew — at least 280 px and at least
  // 5 px per module including the quiet zone (Summary.tsx qrPixels) — ±1 px for sub-pixel layout.
  const drawn = Number(await qrImg.getAttribute('width'));
  const modules = QRCode.create((await qrImg.getAttribute('data-payload'))!, { errorCorrectionLevel: 'M' }).modules.size;
  expect(drawn).toBeGreaterThanOrEqual(Math.max(280, Math.min(480, (modules + 8) * 5)));
  for (const side of [png.readUInt32BE(16), png.readUInt32BE(20)]) expect(Math.abs(side - drawn)).toBeLessThanOrEqual(1);
  const kioskDate = localDate();
  await kiosk.dispose();
  browsers.splice(browsers.indexOf(kiosk), 1);

  // What the worker's results must show: the rules engine on the same answers, computed here.
  const parsed = parseScreeningRequest(answersToRequest({ ...FAMILY }, kioskDate));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const snap = screen(parsed.request).find((r) => r.program === 'snap')!;
  expect(snap.status).toBe('likely'); // 4 people, $2,718 a month in Virginia
  expect(snap.estimate?.monthly).toBeGreaterThan(0);

  // Other pictures: a QR code that is not a kiosk code, and a text file.
  const foreignPng = join(dir, 'menu-code.png');
  await QRCode.toFile(foreignPng, 'https://example.org/menu', { errorCorrectionLevel: 'M', margin: 4, scale: 6 });
  const textFile = join(dir, 'notes.txt');
  writeFileSync(textFile, 'not a picture');

  // --- The worker's device: another profile, offline after the service worker takes over. ---
  const device = await launch();
  browsers.push(device);
  const { page } = device;
  await openWorker(page, served.url);
  await createVault(page, 'handoff device phrase 9');
  await waitForServiceWorkerControl(page);
  await device.context.setOffline(true);
  expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false); // the jsqr path is what runs

  await page.getByRole('button', { name: worker('home.importKiosk') }).click();
  await page.getByRole('heading', { level: 1, name: kioskEn('import.heading') }).waitFor();
  const photo = page.getByLabel(kioskEn('import.photo'));
  expect(await photo.getAttribute('capture')).toBe('environment');
  const axe: Record<string, string[]> = { import: await axeViolations(page) };

  let t = Date.now();
  await photo.setInputFiles(noCodePng);
  await page.getByRole('alert').filter({ hasText: kioskEn('import.errors.noCode') }).waitFor({ timeout: 30_000 });
  console.log(`1024 × 900 screenshot without a code → "no code found": ${Date.now() - t} ms (3 sizes tried)`);
  axe.importError = await axeViolations(page);
  await photo.setInputFiles(foreignPng);
  await page.getByRole('alert').filter({ hasText: kioskEn('import.errors.notKioskCode') }).waitFor({ timeout: 30_000 });
  await photo.setInputFiles(textFile);
  await page.getByRole('alert').filter({ hasText: kioskEn('import.errors.notImage') }).waitFor({ timeout: 30_000 });

  // The kiosk's code: straight to the results for that family.
  t = Date.now();
  await photo.setInputFiles(qrPng);
  await page.getByRole('heading', { level: 1, name: worker('results.heading') }).waitFor({ timeout: 30_000 });
  console.log(`kiosk code PNG → results: ${Date.now() - t} ms (jsqr, offline)`);
  const answers = page.locator('.worker-imported');
  await answers.getByRole('heading', { name: worker('import.answersHeading') }).waitFor();
  const rows = await answers.locator('dl > div').evaluateAll((divs) =>
    divs.map((d) => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd')?.textContent ?? '']));
  const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${kioskDate}T00:00:00Z`));
  expect(Object.fromEntries(rows)).toEqual({
    State: 'Virginia',
    County: 'Fairfax',
    'ZIP code': '22041',
    [worker('import.date')]: date,
    'Number of people': '4',
    [worker('import.ages')]: '37, 35, 4, 9',
    [worker('import.income')]: '$2,718.00',
    'Living situation': 'Rents a home',
    Needs: 'Food, Paying rent or keeping housing',
  });
  const snapCard = page.locator('article[data-program="snap"]');
  expect((await snapCard.locator('h3').textContent())?.trim()).toBe(results('programs.snap'));
  expect((await snapCard.locator('.results-status').textContent())?.trim()).toBe(results(`status.${snap.status}`));
  const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(snap.estimate!.monthly!);
  expect((await snapCard.locator('.results-estimate').first().textContent())?.trim()).toBe(results('estimate.monthly').replace('{{amount, currency(USD)}}', money));
  axe.results = await axeViolations(page);

  // Save it as a case with a SNAP referral, like any screening.
  await page.getByRole('button', { name: worker('results.saveCase') }).click();
  await page.getByRole('heading', { name: worker('save.heading') }).waitFor();
  await page.getByLabel(worker('save.label')).fill('Kiosk family (e2e)');
  for (const box of await page.getByRole('checkbox').all()) if (await box.isChecked()) await box.uncheck();
  await page.getByRole('checkbox', { name: /SNAP/ }).check();
  await page.getByRole('button', { name: worker('save.save') }).click();
  await page.getByRole('heading', { name: 'Kiosk family (e2e)' }).waitFor();
  await page.getByRole('button', { name: worker('case.back') }).click();
  const listed = page.locator('.worker-cases li').filter({ hasText: 'Kiosk family (e2e)' });
  await listed.waitFor();
  expect(await listed.textContent()).toContain('Virginia');
  expect(await listed.textContent()).toContain(worker('home.householdSize').replace('{{n}}', '4'));

  // --- Continue the screening from the kiosk answers, with an unfinished draft on the device. ---
  await page.getByRole('button', { name: worker('home.newScreening') }).click();
  await page.getByRole('heading', { level: 1, name: worker('screening.heading') }).waitFor();
  await page.locator('[name="zip"]').fill('10001');
  await page.getByText(worker('screening.draftSaved')).waitFor();
  await page.getByRole('button', { name: worker('screening.cancel') }).click();
  await page.getByText(worker('home.draftFound')).first().waitFor();
  await page.getByRole('button', { name: worker('home.importKiosk') }).click();
  await page.getByLabel(kioskEn('import.photo')).setInputFiles(qrPng);
  await page.getByRole('heading', { level: 1, name: worker('results.heading') }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: worker('import.continue') }).click();
  const replace = page.getByRole('alertdialog', { name: worker('import.replaceDraft') });
  await replace.waitFor();
  axe.replaceDraft = await axeViolations(page);
  await replace.getByRole('button', { name: worker('import.replaceYes') }).click();
  await page.getByRole('heading', { level: 1, name: worker('screening.heading') }).waitFor();
  expect(await page.locator('[name="zip"]').inputValue()).toBe('22041');
  expect(await page.locator('[name="state"]').inputValue()).toBe('VA');
  axe.continued = await axeViolations(page);
  // Every other screen keeps the kiosk answers (or is left blank); the worker adds the rent.
  const screens = await runFlow(page, { rent: '1500' });
  expect(screens).toBeGreaterThan(10);
  expect(await page.locator('.worker-imported').count()).toBe(0);
  const h = parsed.request.household;
  const withRent = screen({ ...parsed.request, household: { ...h, expenses: { ...h.expenses, rent: 1500 } } }).find((r) => r.program === 'snap')!;
  expect(withRent.estimate!.monthly!).toBeGreaterThan(snap.estimate!.monthly!);
  const moneyWithRent = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(withRent.estimate!.monthly!);
  console.log(`SNAP estimate: kiosk answers ${money} → continued screening with $1,500 rent ${moneyWithRent}`);
  const continuedCard = page.locator('article[data-program="snap"]');
  expect((await continuedCard.locator('.results-status').textContent())?.trim()).toBe(results(`status.${withRent.status}`));
  expect((await continuedCard.locator('.results-estimate').first().textContent())?.trim()).toBe(results('estimate.monthly').replace('{{amount, currency(USD)}}', moneyWithRent));

  expect(axe).toEqual({ import: [], importError: [], results: [], replaceDraft: [], continued: [] });
});

test('a kiosk code from the previous federal fiscal year: the continued screening keeps its date, shows it with a note, and its results follow that date', async () => {
  // A kiosk screening dated September 15 of the fiscal year before today's (FY starts October 1).
  const today = localDate();
  const fyStart = Number(today.slice(5, 7)) >= 10 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  const kioskDate = `${fyStart}-09-15`;
  const parsed = parseScreeningRequest(answersToRequest({ ...FAMILY }, kioskDate));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const code = await encodeKioskPayload(parsed.request);
  const then = screen(parsed.request).find((r) => r.program === 'snap')!;
  const now = screen({ ...parsed.request, date: today }).find((r) => r.program === 'snap')!;
  console.log(`SNAP for the family: by the kiosk date ${kioskDate} ${then.estimate?.monthly}/month; by today ${today} ${now.estimate?.monthly}/month`);

  const device = await launch();
  browsers.push(device);
  const { page } = device;
  await openWorker(page, served.url);
  await createVault(page, 'fiscal year device phrase 4');
  await page.getByRole('button', { name: worker('home.importKiosk') }).click();
  await page.getByRole('textbox', { name: kioskEn('import.label') }).fill(code);
  await page.getByRole('button', { name: kioskEn('import.submit'), exact: true }).click();
  await page.getByRole('heading', { level: 1, name: worker('results.heading') }).waitFor({ timeout: 30_000 });

  // The Continue panel: the date is kept, and today's rules may differ.
  const fyNote = catalog('en', 'screening')('dateNote').replace('{{fy}}', String(fyStart)).replace('{{todayFy}}', String(fyStart + 1));
  const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${kioskDate}T00:00:00Z`));
  await page.getByText(worker('import.keepsDate').replace('{{date}}', longDate)).waitFor();
  await page.locator('.worker-continue').getByText(fyNote).waitFor();
  await page.getByRole('button', { name: worker('import.continue') }).click();

  // The first screen: the screening date field holds the kiosk date, with the note tied to it.
  await page.getByRole('heading', { level: 1, name: worker('screening.heading') }).waitFor();
  const date = page.getByLabel(catalog('en', 'screening')('fields.screening_date'));
  expect(await date.inputValue()).toBe(kioskDate);
  const described = await date.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
  expect(described).toContain(fyNote);
  expect(await page.locator('h1').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  // On to the results, nothing changed: SNAP as the rules give it on the kiosk date.
  await runFlow(page, {});
  const card = page.locator('article[data-program="snap"]');
  expect((await card.locator('.results-status').textContent())?.trim()).toBe(results(`status.${then.status}`));
  const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(then.estimate!.monthly!);
  expect((await card.locator('.results-estimate').first().textContent())?.trim()).toBe(results('estimate.monthly').replace('{{amount, currency(USD)}}', money));
});
