// Accessibility in real Chromium: axe-core (WCAG 2.0/2.1/2.2 A and AA rules, target-size on) on
// every screen in every one of the 12 languages, and the kiosk flow done with the keyboard alone
// (Tab, Shift+Tab, Enter, Space, and typing the answers).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { launch, serveDist, type Browser, type Served } from './harness';
import { catalog, nativeName, next, waitQuestion } from './kiosk-helpers';

let served: Served;
let browser: Browser;
beforeAll(async () => {
  served = await serveDist();
  browser = await launch({ viewport: { width: 1024, height: 800 } });
});
afterAll(async () => {
  await browser?.dispose();
  await served?.close();
});

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[];
  incomplete: { id: string }[];
  passes: { id: string }[];
}

/** Screens checked per language, and every violation found (printed as a table at the end). */
const checked = new Map<string, string[]>();
const found: string[] = [];

async function axe(page: Page, lng: string, screen: string): Promise<void> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  // Let transitions, fonts and lazy images settle.
  await page.evaluate(() => document.fonts.ready);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
    }),
  )) as AxeResult;
  expect(result.passes.length, `${lng} ${screen}: axe ran rules`).toBeGreaterThan(5);
  // Screen-reader users move by headings: every screen has exactly one h1, and it has a name.
  // (Not an axe rule: axe's page-has-heading-one only asks for at least one.)
  const h1s = await page.locator('h1').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
  if (screen !== 'planted') {
    expect(h1s.length, `${lng} ${screen}: one h1 (found ${JSON.stringify(h1s)})`).toBe(1);
    expect(h1s[0], `${lng} ${screen}: the h1 names the screen`).not.toBe('');
  }
  for (const v of result.violations) {
    for (const n of v.nodes) found.push(`${lng} | ${screen} | ${v.id} (${v.impact}) | ${n.target.join(' ')} | ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  checked.set(lng, [...(checked.get(lng) ?? []), screen]);
}

/** Open settings from the (English) start screen and switch the app to `lng`. */
async function switchLanguage(page: Page, lng: string): Promise<void> {
  await page.goto(served.url);
  // The app opens in the staff language saved by the previous pass (settings persist), so find
  // the controls in whatever language the page is in now.
  await page.getByRole('heading', { level: 1 }).waitFor();
  const now = await page.evaluate(() => document.documentElement.lang);
  await page.getByRole('button', { name: catalog(now, 'common')('start.settings') }).click();
  await page.getByRole('combobox', { name: catalog(now, 'settings')('language.label') }).selectOption(lng);
  // Wait for the switch itself: two languages can share a heading's text (Dari and Pashto do).
  await page.waitForFunction((l) => document.documentElement.lang === l, lng);
  await page.getByRole('heading', { level: 1, name: catalog(lng, 'common')('settings.heading') }).waitFor();
}

test('the axe setup finds planted violations (so 0 below means something)', async () => {
  const { page } = browser;
  await page.goto(served.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'planted';
    div.innerHTML = '<button style="min-width:0;min-height:0;width:12px;height:12px;padding:0;border:0;background:#1d4f91"></button>'
      + '<button style="min-width:0;min-height:0;width:12px;height:12px;padding:0;border:0">x</button>'
      + '<p style="color:#bbb;background:#fff">faint text</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';
    document.querySelector('main')!.append(div);
  });
  await axe(page, 'planted', 'planted');
  const ids = new Set(found.filter((f) => f.startsWith('planted |')).map((f) => f.split(' | ')[2]!.split(' ')[0]));
  expect([...ids].sort()).toEqual(['button-name', 'color-contrast', 'image-alt', 'target-size']);
  found.splice(0, found.length, ...found.filter((f) => !f.startsWith('planted |')));
  checked.delete('planted');
});

for (const { code: lng } of LANGUAGES) {
  describe(`axe, ${lng}`, () => {
    test(`every screen has 0 violations in ${lng}`, async () => {
      const { page } = browser;
      const c = catalog(lng, 'common');
      const s = catalog(lng, 'settings');
      const k = catalog(lng, 'kiosk');
      await switchLanguage(page, lng);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lng);
      await page.getByText(s('language.allHeading')).click(); // open the review-status table too
      // Honest review status, from each locale's meta.json: machine-drafted unless a fluent human reviewed it.
      const status = (code: string) => {
        const meta = JSON.parse(readFileSync(`locales/${code}/meta.json`, 'utf8')) as { reviewedByFluentHuman: boolean };
        return code === 'en' ? s('language.english') : meta.reviewedByFluentHuman ? s('language.reviewed') : s('language.notReviewed');
      };
      expect(await page.getByTestId('review-status').textContent()).toBe(status(lng));
      const rows = await page.locator('.review-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [tr.querySelector('td')?.getAttribute('lang'), tr.querySelectorAll('td')[1]?.textContent]));
      expect(rows).toEqual(LANGUAGES.map((l) => [l.code, status(l.code)]));
      await axe(page, lng, 'settings');

      await page.locator('.app-header .app-name').click();
      await page.getByRole('heading', { level: 1, name: c('start.heading') }).waitFor();
      await axe(page, lng, 'start');

      // Kiosk (the idle timer restarts on every input; no screen here waits long enough to trip it).
      await page.getByRole('button', { name: c('start.kiosk') }).click();
      await page.getByRole('heading', { level: 1, name: k('language.heading') }).waitFor();
      await axe(page, lng, 'kiosk language');
      await page.getByRole('button', { name: nativeName(lng), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: k('welcome.heading') }).waitFor();
      await axe(page, lng, 'kiosk welcome');
      await page.getByRole('button', { name: k('welcome.start'), exact: true }).click();

      await waitQuestion(page, k, 'state');
      await next(page, k); // required and empty: the error message shows
      await page.getByRole('alert').waitFor();
      await axe(page, lng, 'question: select + error');
      await page.getByRole('combobox', { name: k('q.state.label') }).selectOption('NY');
      await next(page, k);
      const text = async (id: string, value: string, screen: string) => {
        await waitQuestion(page, k, id);
        await axe(page, lng, screen);
        await page.getByRole('textbox', { name: k(`q.${id}.label`), exact: true }).fill(value);
        await next(page, k);
      };
      await text('county', 'Kings', 'question: text');
      await waitQuestion(page, k, 'zip');
      await page.getByRole('textbox', { name: k('q.zip.label'), exact: true }).fill('12');
      await next(page, k);
      await page.getByRole('alert').waitFor();
      await axe(page, lng, 'question: text + error');
      await page.getByRole('textbox', { name: k('q.zip.label'), exact: true }).fill('11201');
      await next(page, k);
      await text('age', '30', 'question: number');
      await text('others', '5, 7', 'question: ages');
      await text('income', '1500', 'question: money');
      await waitQuestion(page, k, 'housing');
      await axe(page, lng, 'question: choice');
      await page.getByRole('radio', { name: k('options.housing.renting'), exact: true }).check();
      await next(page, k);
      await waitQuestion(page, k, 'needs');
      await page.getByRole('checkbox', { name: k('options.needs.food'), exact: true }).check();
      await axe(page, lng, 'question: multi');
      await next(page, k);
      await page.getByRole('img', { name: k('summary.qrLabel') }).waitFor();
      await axe(page, lng, 'summary');

      // The idle warning: re-enter kiosk mode with a 2 s idle time (the kiosk reads it from the address).
      await page.getByRole('button', { name: k('startOver'), exact: true }).click();
      await page.locator('.app-header .app-name').click();
      await page.evaluate(() => history.replaceState(null, '', '?kioskIdleSeconds=2'));
      await page.getByRole('button', { name: c('start.kiosk') }).click();
      await page.getByRole('button', { name: nativeName(lng), exact: true }).click();
      await page.locator('dialog[open]').waitFor({ timeout: 10_000 });
      await axe(page, lng, 'idle dialog');
      await page.getByRole('button', { name: k('idle.stay') }).click();
      await page.evaluate(() => history.replaceState(null, '', '/'));

      await workerScreens(page, lng);
      expect(found.filter((f) => f.startsWith(`${lng} |`))).toEqual([]);
    });
  });
}

/** A worker-mode string in `lng`, else English (what i18next falls back to while a locale is incomplete). */
function tr(lng: string, ns: 'worker' | 'screening', key: string): string {
  try {
    return catalog(lng, ns)(key);
  } catch {
    return catalog('en', ns)(key);
  }
}

const PASS = 'correct horse battery 42';
let vaultCreated = false;

/**
 * Worker mode (one profile for all languages: the first run creates the vault, the others unlock
 * it): unlock/create, the case list, every screening step (blank first, so each step's error state
 * is checked too, then filled with plain valid answers), and the results.
 */
async function workerScreens(page: Page, lng: string): Promise<void> {
  await page.evaluate(() => history.replaceState(null, '', '/'));
  await page.locator('.app-header .app-name').click();
  await page.getByRole('button', { name: catalog(lng, 'common')('start.worker') }).click();
  const pw = page.locator('.worker-mode input[type="password"]');
  await pw.first().waitFor();
  if (!vaultCreated) {
    await axe(page, lng, 'worker: create vault');
    await pw.nth(0).fill(PASS);
    await pw.nth(1).fill(PASS);
    await page.getByRole('button', { name: tr(lng, 'worker', 'vault.create') }).click();
    vaultCreated = true;
  } else {
    await axe(page, lng, 'worker: unlock');
    await pw.first().fill(PASS);
    await page.getByRole('button', { name: tr(lng, 'worker', 'vault.unlock'), exact: true }).click();
  }
  const newScreening = page.getByRole('button', { name: tr(lng, 'worker', 'home.newScreening') });
  await newScreening.waitFor({ timeout: 60_000 });
  await axe(page, lng, 'worker: case list');
  // Import from kiosk: the screen, then with an error (text that is not a kiosk code).
  await page.getByRole('button', { name: tr(lng, 'worker', 'home.importKiosk') }).click();
  const k = catalog(lng, 'kiosk');
  await page.getByRole('heading', { level: 1, name: k('import.heading') }).waitFor();
  await axe(page, lng, 'worker: kiosk import');
  await page.getByRole('textbox', { name: k('import.label') }).fill('not a kiosk code');
  await page.getByRole('button', { name: k('import.submit'), exact: true }).click();
  await page.getByRole('alert').filter({ hasText: k('import.errors.notKioskCode') }).waitFor();
  await axe(page, lng, 'worker: kiosk import + error');
  await page.getByRole('button', { name: tr(lng, 'worker', 'screening.cancel') }).click();
  await newScreening.click();

  // The results view: its form is named "Results" (or, in the older placeholder, a heading is).
  const resultsName = tr(lng, 'worker', 'results.heading');
  const results = page.getByRole('form', { name: resultsName }).or(page.getByRole('heading', { name: resultsName })).first();
  const submit = page.locator('.worker-mode form button[type="submit"]').last();
  const seen = new Set<string>();
  for (let i = 0; i < 60 && !(await results.isVisible()); i++) {
    await submit.waitFor();
    const step = await page.evaluate(() => {
      const forms = document.querySelectorAll('.worker-mode form');
      const form = forms[forms.length - 1];
      return (form?.querySelector('h2, legend, label')?.textContent ?? '').trim();
    });
    if (!seen.has(step)) {
      seen.add(step);
      await axe(page, lng, `worker: screening step ${seen.size}`);
      await submit.click(); // blank: required answers show their errors
      if (await page.locator('.worker-mode [role="alert"]').first().isVisible().catch(() => false)) {
        await axe(page, lng, `worker: screening step ${seen.size} + errors`);
      }
      if (await results.isVisible()) break;
    }
    await fillBlanks(page);
    await submit.click();
    await page.waitForTimeout(50);
  }
  await results.waitFor({ timeout: 5_000 });
  await axe(page, lng, 'worker: results');
}

/** Give every visible empty field a plain valid answer (first choice, 1, a ZIP, a date) — no knowledge of the questions. */
async function fillBlanks(page: Page): Promise<void> {
  const form = page.locator('.worker-mode form').last();
  for (const sel of await form.locator('select:visible').all()) {
    if ((await sel.inputValue()) === '') {
      const first = await sel.locator('option').evaluateAll((os) => (os as HTMLOptionElement[]).map((o) => o.value).find((v) => v !== ''));
      if (first) await sel.selectOption(first);
    }
  }
  for (const input of await form.locator('input:visible').all()) {
    const type = (await input.getAttribute('type')) ?? 'text';
    if (type === 'radio') {
      const name = await input.getAttribute('name');
      if (name && !(await form.locator(`input[type="radio"][name="${name}"]:checked`).count())) await input.check();
      continue;
    }
    if (type === 'checkbox' || type === 'password' || (await input.inputValue()) !== '') continue;
    const max = Number((await input.getAttribute('maxlength')) ?? '0');
    await input.fill(type === 'date' ? '2020-01-15' : max === 5 ? '10001' : '1');
  }
}

describe('keyboard alone', () => {
  for (const lng of ['en', 'fa-AF']) {
    test(`the kiosk flow in ${lng} with Tab, Enter, Space and typing only`, async () => {
      const { page } = browser;
      // Setup (not part of the keyboard flow): the staff language saved by the passes above back
      // to English, so the start screen reads as `en` below.
      await switchLanguage(page, 'en');
      await page.goto(served.url);
      const en = catalog('en', 'common');
      const k = catalog(lng, 'kiosk');
      const focusedText = () => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
      /** Press Tab until the focused element satisfies `match` (at most 30 presses). */
      const tabTo = async (match: () => Promise<boolean>, what: string) => {
        for (let i = 0; i < 30; i++) {
          await page.keyboard.press('Tab');
          if (await match()) {
            // A visible focus indicator on what has focus (or on the option label around a radio/checkbox).
            const outline = await page.evaluate(() => {
              const el = document.activeElement as HTMLElement;
              const target = el.closest('.kiosk-option') ?? el;
              const cs = getComputedStyle(target);
              return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
            });
            expect(outline, `focus indicator on ${what}`).toBe(true);
            return;
          }
        }
        throw new Error(`Tab never reached ${what}`);
      };
      const tabToText = (t: string) => tabTo(async () => (await focusedText()) === t, t);
      const tabToField = (tag: string) => tabTo(() => page.evaluate((tg) => document.activeElement?.tagName === tg, tag), tag);
      const tabToOption = (label: string) =>
        tabTo(() => page.evaluate((l) => (document.activeElement?.closest('label')?.textContent ?? '').trim() === l, label), label);

      await tabTo(async () => (await focusedText()).startsWith(en('start.kiosk')), 'kiosk mode');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: catalog('en', 'kiosk')('language.heading') }).waitFor();
      await tabToText(nativeName(lng));
      await page.keyboard.press('Space');
      await page.getByRole('heading', { level: 1, name: k('welcome.heading') }).waitFor();
      await tabToText(k('welcome.start'));
      await page.keyboard.press('Enter');

      await waitQuestion(page, k, 'state');
      // Focus moved to the question's heading: the next Tab reaches its control.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await tabToField('SELECT');
      const washington = catalog(lng, 'common')('states.WA');
      // Type-ahead picks the state by its name in this language. Key events as a Persian (or any)
      // keyboard sends them: Playwright's own press() knows only the US layout.
      const cdp = await browser.context.newCDPSession(page);
      for (const ch of washington) {
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
      }
      await cdp.detach();
      expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('WA');
      await tabToText(k('next'));
      await page.keyboard.press('Enter');
      for (const [id, value] of [['county', 'King'], ['zip', '98104'], ['age', '52'], ['others', '50'], ['income', '900']] as const) {
        await waitQuestion(page, k, id);
        await tabToField('INPUT');
        await page.keyboard.type(value);
        await page.keyboard.press('Enter'); // Enter in a field submits the question
      }
      await waitQuestion(page, k, 'housing');
      await tabToOption(k('options.housing.renting'));
      await page.keyboard.press('Space');
      await tabToText(k('next'));
      await page.keyboard.press('Enter');
      await waitQuestion(page, k, 'needs');
      await tabToOption(k('options.needs.food'));
      await page.keyboard.press('Space');
      await tabToOption(k('options.needs.rent'));
      await page.keyboard.press('Space');
      await tabToText(k('next'));
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { level: 1, name: k('summary.heading') }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      const answers = await page.locator('.kiosk-answers').first().innerText();
      for (const t of [washington, 'King', '98104', k('options.housing.renting'), k('options.needs.food'), k('options.needs.rent')]) expect(answers).toContain(t);
      await tabToText(k('summary.finish'));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: catalog('en', 'kiosk')('language.heading') }).waitFor();
      expect(await page.locator('.kiosk-answers').count()).toBe(0);
    });
  }
});

afterAll(() => {
  const screens = [...checked.values()];
  console.log(`axe: ${screens.reduce((n, s) => n + s.length, 0)} screen checks across ${checked.size} languages (${[...checked.keys()].join(' ')}); ${found.length} violation node(s)`);
  for (const [lng, list] of checked) console.log(`  ${lng}: ${list.join('; ')}`);
  for (const f of found) console.log(`  ${f}`);
});
