// Three sample families screened start to finish in worker mode, in real Chromium, offline: the
// app is opened once online, the service worker takes control, the network is cut, the page is
// reloaded from the service worker's cache, the worker vault is created, then each family is
// answered screen by screen through the real flow (src/screening/ScreeningFlow) and the results
// view is checked against figures computed by hand from the rules' parameter files. The last
// family is saved as a case and found in the case list.
//
// Every expected SNAP amount below is worked out from the parameter YAML, not copied from the
// engine; `npm run -s screen -- file.json` on the requests these answers build (buildRequest)
// gives the same numbers (checked when the test was written: 974, 251, 476).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { countAnswers, type Answers } from '../../src/screening/questions';
import { FAMILY_OF_FOUR, MIXED_STATUS_FAMILY, OLDER_ADULT_SOCIAL_SECURITY } from '../../src/screening/samples';
import { launch, serveDist, waitForServiceWorkerControl, type Browser, type Served } from './harness';
import { createVault, progress } from './worker-helpers';

const PASS = 'three families offline 9';
const LABEL = 'Refugee family, Wayne county (e2e)';

type Status = 'Likely eligible' | 'Possibly eligible' | 'Unlikely eligible' | 'Need more information';

interface Family {
  name: string;
  answers: Answers;
  /** SNAP monthly estimate in whole dollars, worked out by hand (see each family's comment). */
  snapMonthly: number;
  /** Results-view status of a few programs (data-program → status line). */
  statuses: Record<string, Status>;
  /** Other estimates shown on the program's card (data-program → text). */
  estimates?: Record<string, string>;
  /** Program cards that must say some figures may be out of date. */
  stale?: string[];
}

const FAMILIES: Family[] = [
  {
    // Detroit, MI, 4 people, one earner ($1,450/month wages), rent $1,100, pays heat: FY2027 (screened 2026-11-23).
    //   Gross $1,450 ≤ MI BBCE limit 200% FPL: (15,960 + 3 × 5,680) × 2 / 12 = $5,500 (mi.yaml snap.bbce; federal.yaml poverty_guideline_basis).
    //   Earned income deduction 20% × 1,450 = 290; standard deduction (4 people) 229.
    //   Adjusted income 1,450 − 290 − 229 = 931.
    //   Shelter: rent 1,100 + MI heating SUA 682 (mi.yaml; FY2026 figure, the newest on file → "out of date" flag) = 1,782;
    //     excess 1,782 − 931 / 2 = 1,316.50, capped at 769 (no one elderly or disabled).
    //   Net 931 − 769 = 162; 30% = 48.60 → 49 (rounded up); maximum allotment (4) 1,023 − 49 = $974.
    name: 'family of four, one earner (MI)',
    answers: FAMILY_OF_FOUR,
    snapMonthly: 974,
    statuses: {
      snap: 'Likely eligible',
      tanf: 'Unlikely eligible',
      medicaid: 'Likely eligible',
      wic: 'Likely eligible',
      school_meals: 'Likely eligible',
      vr: 'Unlikely eligible',
    },
    stale: ['snap'],
  },
  {
    // Chicago, IL, one person aged 72, Social Security $1,400/month, rent $750, pays heat, $60/month medical: FY2027.
    //   Elderly household: gross $1,400 ≤ IL BBCE elderly/disabled limit 200% FPL = 15,960 × 2 / 12 = $2,660 (il.yaml).
    //   Standard deduction (1 person) 213: Illinois' own, the FNS 217 less $4 (il.yaml snap.standard_deduction, IDHS
    //     MR #26.26); medical costs $60 > $35 → IL standard medical deduction $150 ($185 standard − $35, il.yaml).
    //   Adjusted income 1,400 − 213 − 150 = 1,037.
    //   Shelter: rent 750 + IL heating SUA 565 (il.yaml, FY2027) = 1,315; excess 1,315 − 1,037 / 2 = 796.50,
    //     not capped (elderly member: the $769 cap does not apply).
    //   Net 1,037 − 796.50 = 240.50 → 241; 30% = 72.30 → 73; maximum allotment (1) 306 − 73 = $233.
    name: 'older adult alone on Social Security (IL)',
    answers: OLDER_ADULT_SOCIAL_SECURITY,
    snapMonthly: 233,
    statuses: {
      snap: 'Likely eligible',
      tanf: 'Unlikely eligible',
      // 65 and older: Medicaid's aged rules (not MAGI) decide; the engine does not model them.
      medicaid: 'Possibly eligible',
      wic: 'Unlikely eligible',
      school_meals: 'Unlikely eligible',
      eitc: 'Unlikely eligible',
      child_care: 'Unlikely eligible',
    },
  },
  {
    // Detroit, MI, mixed status (the contract example): LPR parent since 2019 (wages $1,450 + child support $100),
    // undocumented spouse (wages $300 every two weeks), citizen child 4, refugee child 15 admitted 2024. FY2027, OBBBA rules.
    //   SNAP household: the LPR parent (5 years in the US) and the citizen child = 2; the undocumented spouse and the
    //     refugee child (category removed by Pub. L. 119-21 §10108) are excluded.
    //   Spouse's wages 300 × 26 / 12 = 650 split over 4 people; the 2 excluded shares are not counted → 325 counted
    //     (7 CFR 273.11(c)(3)(ii)).
    //   Gross 1,450 + 325 + 100 = 1,875 ≤ MI BBCE 200% FPL for 2: (15,960 + 5,680) × 2 / 12 = 3,606.67 → $3,607.
    //   Earned income deduction 20% × 1,775 = 355; standard deduction (2) 217; dependent care 250.
    //   Adjusted 1,875 − 355 − 217 − 250 = 1,053.
    //   Shelter 1,100 + SUA 682 = 1,782; excess 1,782 − 526.50 = 1,255.50, capped at 769.
    //   Net 1,053 − 769 = 284; 30% = 85.20 → 86; maximum allotment (2) 562 − 86 = $476.
    name: 'mixed-status refugee family (MI)',
    answers: MIXED_STATUS_FAMILY,
    snapMonthly: 476,
    statuses: {
      snap: 'Likely eligible',
      tanf: 'Unlikely eligible',
      medicaid: 'Likely eligible',
      eitc: 'Unlikely eligible',
      public_housing: 'Likely eligible',
      child_care: 'Likely eligible',
    },
    stale: ['snap'],
  },
];

let served: Served;
let browser: Browser | undefined;

beforeAll(async () => {
  served = await serveDist();
});
afterAll(async () => {
  await browser?.dispose();
  await served?.close();
});

const submitButton = (page: Page) => page.getByRole('button', { name: /^(Next|See results)$/ });

function isBlank(v: unknown): boolean {
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

/**
 * Fill the screen on show from `answers` and count the answers the worker had to give: a field
 * counts when the family has an answer for it and the screen did not already show it (a value
 * suggested from an earlier answer, like the state from the ZIP code, costs nothing). Fields that
 * appear only after another answer (immigration dates, the SSN question) are filled in later
 * passes. "Add another income" is pressed as often as the family has incomes.
 */
async function fillAndCount(page: Page, answers: Answers): Promise<number> {
  const form = page.locator('form').filter({ has: submitButton(page) });
  let count = 0;
  const seen = new Set<string>();
  for (let pass = 0; pass < 5; pass++) {
    const fields = await form.locator('[name]').evaluateAll((els) =>
      els.map((e) => ({ name: e.getAttribute('name') ?? '', tag: e.tagName, type: e.getAttribute('type') ?? '' })),
    );
    const names = [...new Set(fields.map((f) => f.name))].filter((n) => !seen.has(n));
    if (names.length === 0) break;
    for (const name of names) {
      seen.add(name);
      const want = answers[name];
      const f = fields.find((x) => x.name === name)!;
      if (f.type === 'radio' || f.type === 'checkbox') {
        const boxes = form.locator(`input[name="${name}"]`);
        const values = await boxes.evaluateAll((els) => els.map((e) => ({ value: (e as HTMLInputElement).value, checked: (e as HTMLInputElement).checked })));
        const wanted = want === undefined ? undefined : Array.isArray(want) ? want.map(String) : [String(want)];
        if (wanted === undefined) continue;
        const shown = values.filter((v) => v.checked).map((v) => v.value).sort();
        if (!isBlank(want) && JSON.stringify(shown) !== JSON.stringify([...wanted].sort())) count++;
        for (const v of values) {
          const should = wanted.includes(v.value);
          if (v.checked !== should) await boxes.and(page.locator(`[value="${v.value}"]`)).setChecked(should);
        }
        continue;
      }
      if (want === undefined) continue;
      const el = form.locator(`[name="${name}"]`);
      const shown = await el.inputValue();
      if (!isBlank(want) && shown !== String(want)) count++;
      if (f.tag === 'SELECT') await el.selectOption(String(want));
      else await el.fill(String(want));
    }
    // More income rows than the screen shows: add one (its fields are filled in the next pass).
    const add = form.getByRole('button', { name: 'Add another income' });
    const first = names.find((n) => /^m\d+_inc0_type$/.test(n));
    if (first && (await add.count()) > 0) {
      const rows = await form.locator('select[name*="_inc"][name$="_type"]').count();
      if (Number(answers[first.replace('_inc0_type', '_income_rows')] ?? 1) > rows) {
        await add.click();
        await form.locator(`[name$="_inc${rows}_type"]`).waitFor();
      }
    }
  }
  return count;
}

/** Answer every screen to the results; returns screens and answers given. */
async function screenFamily(page: Page, answers: Answers): Promise<{ screens: number; answers: number }> {
  let given = 0;
  for (let screens = 1; screens <= 80; screens++) {
    await submitButton(page).waitFor();
    const before = await progress(page);
    given += await fillAndCount(page, answers);
    const last = (await submitButton(page).textContent()) === 'See results';
    await submitButton(page).click();
    if (last) {
      await page.getByRole('heading', { name: 'Results', exact: true }).waitFor();
      return { screens, answers: given };
    }
    await page.waitForFunction((b) => document.querySelector('.screening-progress')?.textContent !== b, before, { timeout: 10_000 });
  }
  throw new Error('the screening did not end within 80 screens');
}

/** How the results view writes money in English (i18next currency(USD) → Intl). */
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

const card = (page: Page, program: string) => page.locator(`article.results-program[data-program="${program}"]`);

test('offline: three sample families screened start to finish, results checked against hand figures, one case saved', async () => {
  browser = await launch();
  const page = browser.page;
  page.setDefaultTimeout(15_000);
  await page.goto(served.url);
  await waitForServiceWorkerControl(page);
  await browser.context.setOffline(true);
  // Offline from here: a request the service worker does not cache fails; the reload is answered
  // from the service worker's cache.
  expect(await page.evaluate(() => fetch(`/offline-probe-${Date.now()}.txt`).then(() => 'ok', () => 'failed'))).toBe('failed');
  await page.reload();
  await page.getByRole('button', { name: /Worker mode/ }).click();
  await createVault(page, PASS);

  const counts: Record<string, number> = {};
  for (const [i, family] of FAMILIES.entries()) {
    await page.getByRole('button', { name: 'New screening' }).click();
    await page.locator('.screening-progress').waitFor();
    const started = Date.now();
    const run = await screenFamily(page, family.answers);
    counts[family.name] = run.answers;
    console.log(`${family.name}: ${run.answers} answers on ${run.screens} screens (${Date.now() - started} ms)`);
    // The count in the browser agrees with the question graph's own count.
    expect(run.answers, family.name).toBe(countAnswers(family.answers).total);

    // SNAP: the dollar estimate worked out by hand.
    const snap = card(page, 'snap');
    expect(await snap.locator('.results-estimate').textContent(), family.name).toBe(`About ${usd.format(family.snapMonthly)} a month`);
    expect(await snap.locator('.results-stale').count(), `${family.name}: SNAP out-of-date flag`).toBe(family.stale?.includes('snap') ? 1 : 0);
    const statuses: Record<string, string> = {};
    for (const program of Object.keys(family.statuses)) statuses[program] = (await card(page, program).locator('.results-status').textContent()) ?? '';
    expect(statuses, family.name).toEqual(family.statuses);

    if (i < FAMILIES.length - 1) {
      await page.getByRole('button', { name: 'Discard and go back' }).click();
      await page.getByRole('button', { name: 'New screening' }).waitFor();
    }
  }
  console.log('answers per family', JSON.stringify(counts));
  expect(counts[FAMILIES[0]!.name]).toBeLessThanOrEqual(25);
  // More people, statuses and incomes take more answers than one older adult alone.
  expect(counts[FAMILIES[2]!.name]).toBeGreaterThan(counts[FAMILIES[0]!.name]!);
  expect(counts[FAMILIES[1]!.name]).toBeLessThan(counts[FAMILIES[0]!.name]!);

  // Save the mixed-status family's case; it is the one case in the list.
  await page.getByRole('button', { name: 'Save case' }).click();
  await page.getByRole('heading', { name: 'Save this case' }).waitFor();
  await page.getByLabel('Family label').fill(LABEL);
  await page.getByRole('button', { name: 'Save case' }).click();
  await page.getByRole('heading', { name: LABEL }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Back to cases' }).click();
  const list = page.locator('.worker-cases li');
  await list.first().waitFor();
  expect(await list.count()).toBe(1);
  expect(await list.first().textContent()).toContain(LABEL);
  // Still offline the whole time.
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}, 240_000);
