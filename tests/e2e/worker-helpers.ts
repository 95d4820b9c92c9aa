/**
 * Drive worker mode in Chromium: create/unlock the vault, and answer the screening flow
 * (src/screening/ScreeningFlow) screen by screen from a sample family's answers (fields are found
 * by their `name`, which is the answer key).
 */
import type { Page } from 'playwright-core';
import type { Answers } from '../../src/screening/questions';

export async function openWorker(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /Worker mode/ }).click();
}

export async function createVault(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Create and open' }).click();
  await page.getByRole('button', { name: 'New screening' }).waitFor({ timeout: 30_000 });
}

export async function unlockVault(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('button', { name: 'New screening' }).waitFor({ timeout: 30_000 });
}

const submitButton = (page: Page) => page.getByRole('button', { name: /^(Next|See results)$/ });

/** Fill the fields of the screen on show from `answers` (fields without an answer are left alone). */
export async function fillScreen(page: Page, answers: Answers): Promise<void> {
  const form = page.locator('form').filter({ has: submitButton(page) });
  const fields = await form.locator('[name]').evaluateAll((els) =>
    els.map((e) => ({ name: e.getAttribute('name') ?? '', tag: e.tagName, type: e.getAttribute('type') ?? '', value: (e as HTMLInputElement).value })),
  );
  const done = new Set<string>();
  for (const f of fields) {
    const want = answers[f.name];
    if (want === undefined) continue;
    if (f.type === 'radio' || f.type === 'checkbox') {
      const values = Array.isArray(want) ? want.map(String) : [String(want)];
      const box = form.locator(`input[name="${f.name}"][value="${f.value}"]`);
      const should = values.includes(f.value);
      if ((await box.isChecked()) !== should) await box.setChecked(should);
      continue;
    }
    if (done.has(f.name)) continue;
    done.add(f.name);
    const el = form.locator(`[name="${f.name}"]`);
    if (f.tag === 'SELECT') await el.selectOption(String(want));
    else await el.fill(String(want));
  }
}

/** The "Step N of M" line. */
export async function progress(page: Page): Promise<string> {
  return (await page.locator('.screening-progress').textContent()) ?? '';
}

/**
 * Answer screens until `stopBefore` screens are done (or to the end: the results heading shows).
 * Returns how many screens were answered.
 */
export async function runFlow(page: Page, answers: Answers, stopBefore = Infinity): Promise<number> {
  let screens = 0;
  for (; screens < stopBefore && screens < 80; screens++) {
    await submitButton(page).waitFor();
    const before = await progress(page);
    await fillScreen(page, answers);
    const last = (await submitButton(page).textContent()) === 'See results';
    await submitButton(page).click();
    if (last) {
      await page.getByRole('heading', { name: 'Results' }).waitFor();
      return screens + 1;
    }
    await page.waitForFunction((b) => document.querySelector('.screening-progress')?.textContent !== b, before);
  }
  return screens;
}

interface AxeViolation { id: string; impact: string; nodes: { target: string[] }[] }

/** axe-core (WCAG 2.0–2.2 A/AA, target-size) on the page; returns "rule | target" per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    }),
  )) as { violations: AxeViolation[]; passes: unknown[] };
  if (result.passes.length < 5) throw new Error('axe ran too few rules');
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) | ${n.target.join(' ')}`));
}
