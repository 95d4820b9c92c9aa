// Keyboard alone in real Chromium: worker mode from the start screen to lock — create the vault,
// screen a small family (radio groups with arrow keys, checkboxes with Space, selects with arrow
// keys, typing), Back and forward again, results with a worker override, save the case, the case's
// delete dialog, the referral packet, worker settings, the kiosk-code import screen, lock — then
// the app's language setting, the screening again in Arabic (right to left: arrow keys in radio
// groups are mirrored), and the kiosk idle dialog and the "update available" notice.
//
// Only page.keyboard moves focus and changes values here (Tab, Shift+Tab, Enter, Space, arrows,
// Escape, typing): no click, fill, check, selectOption or focus() on the app. At every stop the test
// asserts what has focus (Playwright's role and accessible-name lookup) and that the focus is
// visible (a computed outline of 2px or more, or a box shadow), and after every screen change that
// focus went to the new screen's heading instead of being lost to <body>.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, serveDist, waitForServiceWorkerControl, type Browser, type Served } from './harness';
import { catalog, type Catalog } from './kiosk-helpers';
import { axeViolations } from './worker-helpers';

const PASS = 'maple lantern river 88';
const LABEL = 'Okafor family (keyboard)';

let served: Served;
let browser: Browser;
const overrides = new Map<string, string>();
beforeAll(async () => {
  served = await serveDist({ overrides });
  browser = await launch({ viewport: { width: 1024, height: 800 } });
});
afterAll(async () => {
  await browser?.dispose();
  await served?.close();
});

// ------------------------------------------------------------------------------------ focus helpers

/**
 * The focused element in a line ("button "Next"", "body"), and whether it shows a focus indicator
 * (a computed outline of 2px or more, or a box shadow; if not, the computed outline is given).
 */
async function focusState(page: Page): Promise<{ name: string; visible: boolean; outline: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: 'body', visible: false, outline: '' };
    const text = (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
    // A visually hidden control (the photo file input) shows its focus on the label around it.
    const r = el.getBoundingClientRect();
    const shown = r.width <= 1 || r.height <= 1 ? (el.closest('label') ?? el) : el;
    const cs = getComputedStyle(shown);
    return {
      name: `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} "${text.slice(0, 60)}"`,
      visible: (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || (cs.boxShadow !== '' && cs.boxShadow !== 'none'),
      outline: `outline: ${cs.outline}; box-shadow: ${cs.boxShadow}`,
    };
  });
}
const focusName = async (page: Page) => (await focusState(page)).name;
const focusVisible = async (page: Page) => (await focusState(page)).visible;

const hasFocus = (loc: Locator) => loc.evaluateAll((els) => els.some((el) => el === document.activeElement));

/** Assert that `loc` has focus (waiting up to 3 s for the app to move it) and that it is visible. */
async function expectFocus(page: Page, loc: Locator, what: string): Promise<void> {
  const until = Date.now() + 3_000;
  while (!(await hasFocus(loc))) {
    if (Date.now() > until) throw new Error(`focus should be on ${what}, is on ${await focusName(page)}`);
    await page.waitForTimeout(25);
  }
  expect(await focusVisible(page), `visible focus on ${what}`).toBe(true);
}

/**
 * The screen has exactly one h1 and it names the screen: screen-reader users jump by headings, and
 * a second h1 (or none) leaves them guessing where they are.
 */
async function expectOneH1(page: Page, name: string): Promise<void> {
  const h1s = await page.locator('h1').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
  expect(h1s, `the h1s on the "${name}" screen`).toEqual([name]);
}

/** Assert focus on the screen's h1 named `name`, and that it is the only h1. */
async function expectScreen(page: Page, name: string, what: string): Promise<void> {
  await expectFocus(page, page.getByRole('heading', { level: 1, name, exact: true }), what);
  await expectOneH1(page, name);
}

/** Press Tab (or Shift+Tab) until `loc` has focus; every stop on the way must show its focus. */
async function tabTo(page: Page, loc: Locator, what: string, { back = false, max = 150 } = {}): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const here = await focusState(page);
    path.push(here.name);
    if (here.name !== 'body' && !here.visible) throw new Error(`no visible focus on ${here.name} (${here.outline}) (tabbing to ${what})`);
    if (await hasFocus(loc)) return;
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${what}; last stops: ${path.slice(-12).join(' → ')}`);
}

/**
 * Focus is trapped in the open dialog `selector` with `buttons` focusable controls: Tab and
 * Shift+Tab (twice round) only ever stop on its controls, each one visibly focused. (A modal
 * <dialog> may also pass through the browser's own controls, seen here as <body>, before wrapping;
 * never through the page behind it.)
 */
async function expectTrapped(page: Page, selector: string, buttons: number): Promise<void> {
  const stops: string[] = [];
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < buttons * 2 + 1; i++) {
      await page.keyboard.press(key);
      const where = await page.evaluate((sel) => (document.activeElement?.closest(sel) ? 'in' : document.activeElement === document.body ? 'body' : 'out'), selector);
      if (where === 'in') expect(await focusVisible(page), `visible focus on ${await focusName(page)}`).toBe(true);
      stops.push(where === 'in' ? await focusName(page) : where);
    }
  }
  expect(stops.filter((x) => x === 'out'), `stops: ${stops.join(' → ')}`).toEqual([]);
  expect(new Set(stops.filter((x) => x !== 'body')).size, `stops: ${stops.join(' → ')}`).toBe(buttons);
}

/** Tab to a button and press Enter (or Space). */
async function press(page: Page, loc: Locator, what: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, loc, what);
  await page.keyboard.press(key);
}

/**
 * Tab to the radio group `name` (focus lands on its checked radio, or the first), then move with
 * the arrow keys to `value`. `forward` is the key that moves to the next option: ArrowDown, or
 * ArrowRight left-to-right / ArrowLeft right-to-left. Each press must check exactly the next (or
 * previous) option.
 */
async function chooseRadio(page: Page, name: string, value: string, forward: 'ArrowDown' | 'ArrowRight' | 'ArrowLeft'): Promise<void> {
  const backward = { ArrowDown: 'ArrowUp', ArrowRight: 'ArrowLeft', ArrowLeft: 'ArrowRight' }[forward];
  const group = page.locator(`input[type="radio"][name="${name}"]`);
  await tabTo(page, group, `radio group ${name}`);
  const values = await group.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const state = () => page.evaluate((n) => ({
    focused: (document.activeElement as HTMLInputElement).value,
    checked: (document.querySelector(`input[name="${n}"]:checked`) as HTMLInputElement | null)?.value ?? null,
  }), name);
  let at = values.indexOf((await state()).focused);
  const target = values.indexOf(value);
  expect(target, `${value} is an option of ${name}`).toBeGreaterThanOrEqual(0);
  if (at === target) {
    if ((await state()).checked !== value) await page.keyboard.press('Space');
  }
  while (at !== target) {
    const step = target > at ? 1 : -1;
    await page.keyboard.press(step > 0 ? forward : backward);
    at += step;
    expect(await state(), `${step > 0 ? forward : backward} in ${name}`).toEqual({ focused: values[at], checked: values[at] });
    expect(await focusVisible(page), `visible focus on radio ${values[at]}`).toBe(true);
  }
  expect((await state()).checked).toBe(value);
}

/** Tab to a checkbox and toggle it with Space. */
async function toggle(page: Page, loc: Locator, what: string, to: boolean): Promise<void> {
  await tabTo(page, loc, what);
  expect(await loc.isChecked(), `${what} before Space`).toBe(!to);
  await page.keyboard.press('Space');
  await expect.poll(() => loc.isChecked(), { message: `${what} after Space`, timeout: 3_000 }).toBe(to);
}

/**
 * Tab to a select and move its value with ArrowDown/ArrowUp (a closed select changes in place).
 * `track` finds the select while it changes (the language select's own label changes language);
 * `settle` waits after each press until the app has taken the new value.
 */
async function selectByArrows(page: Page, select: Locator, what: string, value: string, track = select, settle?: (v: string) => Promise<void>): Promise<void> {
  await tabTo(page, select, what);
  const loc = track;
  const values = await loc.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
  const target = values.indexOf(value);
  for (let i = 0; i < values.length; i++) {
    const at = values.indexOf(await loc.inputValue());
    if (at === target) break;
    await page.keyboard.press(target > at ? 'ArrowDown' : 'ArrowUp');
    await settle?.(await loc.inputValue());
  }
  expect(await loc.inputValue(), what).toBe(value);
  expect(await hasFocus(loc)).toBe(true);
}

/** Tab to a text field and type. */
async function typeInto(page: Page, loc: Locator, what: string, text: string): Promise<void> {
  await tabTo(page, loc, what);
  await page.keyboard.type(text);
  expect(await loc.inputValue(), what).toBe(text);
}

/** Waits until the app runs in language `v` (the language select follows i18next, which loads it first). */
const languageSettled = (page: Page) => (v: string) => page.waitForFunction((l) => document.documentElement.lang === l, v).then(() => undefined);

/** A string with {{x}} (and {{x, format}}) filled in. */
function fill(s: string, values: Record<string, string | number>): string {
  return s.replace(/\{\{\s*(\w+)[^}]*\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

// ------------------------------------------------------------------------------------ the screening

interface Lang {
  code: string;
  s: Catalog;
  w: Catalog;
  /** The arrow key that moves to the next radio option on this page (mirrored right to left). */
  forward: 'ArrowRight' | 'ArrowLeft';
}

const lang = (code: string): Lang => ({
  code,
  s: catalog(code, 'screening'),
  w: catalog(code, 'worker'),
  forward: code === 'ar' ? 'ArrowLeft' : 'ArrowRight',
});

/**
 * A parent (31, wages) and a child (5), renting in Detroit, answered screen by screen by keyboard
 * from the first question to the results heading. Asserts that each new step's heading takes focus.
 */
async function screenFamily(page: Page, L: Lang): Promise<void> {
  const { s } = L;
  const form = page.locator('form.screening-step');
  const field = (key: string, values: Record<string, string | number> = {}) => fill(s(`fields.${key}`), values);
  const textbox = (key: string, values?: Record<string, string | number>) => form.getByRole('textbox', { name: field(key, values) });
  const option = (group: string, v: string) => s(`options.${group}.${v}`);
  const progressText = () => page.locator('.screening-progress').textContent();
  const stepHeading = (key: string, values: Record<string, string | number> = {}) => form.getByRole('heading', { level: 2, name: fill(s(key), values), exact: true });
  /** Tab to Next (or "See results"), press Enter, and expect the next step's heading to have focus. */
  const next = async (nextTitle?: [string, Record<string, string | number>?]) => {
    const before = await progressText();
    await press(page, form.getByRole('button', { name: nextTitle ? s('next') : s('finish'), exact: true }), nextTitle ? 'Next' : 'See results');
    if (!nextTitle) return;
    await page.waitForFunction((b) => document.querySelector('.screening-progress')?.textContent !== b, before);
    await expectFocus(page, stepHeading(nextTitle[0], nextTitle[1]), `step heading ${nextTitle[0]}`);
  };

  // 1. Where: ZIP (typed), state (suggested from the ZIP, then moved away and back with arrows), county.
  await stepHeading('q.location.title').waitFor();
  await typeInto(page, textbox('zip'), 'ZIP', '48201');
  const state = form.getByRole('combobox', { name: field('state') });
  await selectByArrows(page, state, 'state', 'MN');
  await page.keyboard.press('ArrowUp');
  expect(await state.inputValue()).toBe('MI');
  await typeInto(page, textbox('county'), 'county', 'Wayne');
  await next(['q.household_size.title']);

  await typeInto(page, textbox('household_size'), 'household size', '2');
  await next(['q.member.titleSelf', { n: 1 }]);

  await typeInto(page, textbox('age'), 'age', '31');
  // "Why we ask" opens and closes with Enter (a <summary>).
  const why = form.locator('summary');
  await tabTo(page, why, 'why we ask', { back: true });
  await page.keyboard.press('Enter');
  expect(await form.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  await page.keyboard.press('Enter');
  await next(['q.member.title', { n: 2 }]);

  await typeInto(page, textbox('age'), 'age 2', '5');
  // Relationship: "child" is suggested from the age; one down and back up with the arrow keys.
  const relationship = form.getByRole('combobox', { name: field('relationship') });
  await tabTo(page, relationship, 'relationship');
  expect(await relationship.inputValue()).toBe('child');
  await page.keyboard.press('ArrowDown');
  expect(await relationship.inputValue()).toBe('stepchild');
  await page.keyboard.press('ArrowUp');
  expect(await relationship.inputValue()).toBe('child');
  await next(['q.citizenship.title']);

  // A radio group: arrow forward to the second choice, back to the first.
  await chooseRadio(page, 'citizenship', 'some_not', L.forward);
  await chooseRadio(page, 'citizenship', 'all_citizens', L.forward);
  // Focus is still in the group: Shift+Tab and Tab again land back on the checked radio.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expectFocus(page, form.getByRole('radio', { name: option('citizenship', 'all_citizens'), exact: true }), 'checked citizenship radio');
  await next(['q.income_who.title']);

  const self = fill(s('memberSelfAge'), { age: 31 });
  await toggle(page, form.getByRole('checkbox', { name: self, exact: true }), 'income: the person applying', true);
  await next(['q.income.titleSelf', { n: 1 }]);

  await selectByArrows(page, form.getByRole('combobox', { name: field('income_type', { n: 1 }) }), 'income type', 'wages');
  await typeInto(page, textbox('income_amount', { n: 1 }), 'amount', '1800');
  await chooseRadio(page, 'm1_inc0_frequency', 'monthly', 'ArrowDown');
  await next(['q.employment.titleSelf', { n: 1 }]);

  // Suggested "employed" (wages): Tab lands on the checked radio.
  await tabTo(page, form.getByRole('radio', { name: option('employment', 'employed'), exact: true }), 'employed (checked)');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
  await typeInto(page, textbox('emp_hours'), 'hours', '30');
  await next(['q.housing.title']);

  await chooseRadio(page, 'housing', 'renting', L.forward);
  await next(['q.housing_costs.title']);
  await typeInto(page, textbox('rent'), 'rent', '950');

  // Back once: the housing step, "renting" still checked; forward again: the rent is still there.
  const step = await progressText();
  await press(page, form.getByRole('button', { name: s('back'), exact: true }), 'Back');
  await page.waitForFunction((b) => document.querySelector('.screening-progress')?.textContent !== b, step);
  await expectFocus(page, stepHeading('q.housing.title'), 'housing heading after Back');
  expect(await form.getByRole('radio', { name: option('housing', 'renting'), exact: true }).isChecked()).toBe(true);
  await next(['q.housing_costs.title']);
  expect(await progressText()).toBe(step);
  expect(await textbox('rent').inputValue()).toBe('950');
  await next(['q.utilities.title']);

  await toggle(page, form.getByRole('checkbox', { name: option('utilities', 'heatingCooling'), exact: true }), 'heating', true);
  await toggle(page, form.getByRole('checkbox', { name: option('utilities', 'electricity'), exact: true }), 'electricity', true);
  await next(['q.other_expenses.title']);
  await next(['q.assets.title']);
  await typeInto(page, textbox('bank'), 'bank', '200');
  await next(['q.benefits.title']);
  await next(['q.hvs.title']);
  await chooseRadio(page, 'hvs_worried', 'sometimes', L.forward);
  await chooseRadio(page, 'hvs_ran_out', 'never', 'ArrowDown');
  await next(['q.ahc_living.title']);
  await next(['q.ahc_utilities.title']);
  await next(['q.ahc_transportation.title']);
  await next(['q.ahc_safety_consent.title']);
  await next(['q.needs.title']);
  // "Food" is prefilled from the Hunger Vital Sign answers; add child care with Space.
  expect(await form.getByRole('checkbox', { name: option('needs', 'food'), exact: true }).isChecked()).toBe(true);
  await toggle(page, form.getByRole('checkbox', { name: option('needs', 'child_care'), exact: true }), 'child care need', true);
  await next();
  await expectFocus(page, page.getByRole('heading', { level: 1, name: L.w('results.heading'), exact: true }), 'results heading');
}

// ------------------------------------------------------------------------------------ the tests

const en = {
  c: catalog('en', 'common'),
  w: catalog('en', 'worker'),
  r: catalog('en', 'results'),
  st: catalog('en', 'settings'),
};

describe('keyboard alone', () => {
  test('worker mode: vault → screening → results + override → save → delete dialog → packet → settings → lock → language and back', async () => {
    const { page } = browser;
    const { c, w, r, st } = en;
    await page.goto(served.url);
    await page.getByRole('heading', { level: 1, name: c('start.heading') }).waitFor();
    await expectOneH1(page, c('start.heading'));

    await press(page, page.getByRole('button', { name: c('start.worker') }), 'Worker mode');
    await expectScreen(page, w('vault.createHeading'), 'create-vault heading');
    await typeInto(page, page.getByLabel(w('vault.passphrase'), { exact: true }), 'passphrase', PASS);
    await typeInto(page, page.getByLabel(w('vault.confirm'), { exact: true }), 'passphrase again', PASS);
    await page.keyboard.press('Enter'); // Enter in the field submits
    const newScreening = page.getByRole('button', { name: w('home.newScreening') });
    await newScreening.waitFor({ timeout: 30_000 });
    // The case list's h1 takes focus.
    const listHeading = page.getByRole('heading', { level: 1, name: w('home.pageHeading'), exact: true });
    await expectScreen(page, w('home.pageHeading'), 'case list heading');

    await press(page, newScreening, 'New screening');
    await expectScreen(page, w('screening.heading'), 'screening heading');
    await screenFamily(page, lang('en'));
    await expectOneH1(page, w('results.heading'));

    // Results: override one program that the engine did not find likely ("refer anyway" + note).
    const cards = page.locator('article.results-program');
    const program = await cards.evaluateAll((els) => els.find((e) => !e.classList.contains('results-likely'))?.getAttribute('data-program'));
    expect(program).toBeTruthy();
    const card = page.locator(`article[data-program="${program}"]`);
    const note = card.getByRole('textbox', { name: r('override.note'), exact: true });
    // Refer anyway without a note: the message shows and focus stays on the button.
    const referAnyway = card.getByRole('button', { name: r('override.refer_anyway'), exact: true });
    await press(page, referAnyway, `refer anyway (${program})`);
    await card.getByRole('alert').waitFor();
    await expectFocus(page, referAnyway, 'refer anyway after the note error');
    await tabTo(page, note, 'override note', { back: true });
    await page.keyboard.type('Family asked for it');
    await press(page, referAnyway, 'refer anyway');
    await card.getByText(fill(r('override.current_refer_anyway'), { note: 'Family asked for it' })).waitFor();
    await expectFocus(page, referAnyway, 'refer anyway after the decision');

    await press(page, page.getByRole('button', { name: w('results.saveCase'), exact: true }), 'Save case');
    await expectScreen(page, w('save.heading'), 'save heading');
    // Saving without a label: the alert shows, focus stays on the button; type it; change the
    // family's language with the arrow keys; the overridden program is ticked, untick and tick it.
    const save = page.getByRole('button', { name: w('save.save'), exact: true });
    await press(page, save, 'Save case (empty label)');
    await page.getByRole('alert').filter({ hasText: w('save.required') }).waitFor();
    await typeInto(page, page.getByLabel(w('save.label'), { exact: true }), 'family label', LABEL);
    await selectByArrows(page, page.getByLabel(w('save.language')), 'family language', 'es');
    const referBox = page.getByRole('checkbox', { name: new RegExp(`^${w(`program.${program}`).replace(/[()]/g, '\\$&')} —`) });
    expect(await referBox.isChecked()).toBe(true);
    await toggle(page, referBox, 'refer checkbox', false);
    await page.keyboard.press('Space');
    expect(await referBox.isChecked()).toBe(true);
    await press(page, save, 'Save case');
    const caseHeading = page.getByRole('heading', { level: 1, name: LABEL });
    await caseHeading.waitFor({ timeout: 30_000 });
    await expectFocus(page, caseHeading, 'case heading');
    await expectOneH1(page, LABEL);

    // Delete dialog: focus moves into it, Tab stays inside, Escape closes it and returns focus.
    const del = page.getByRole('button', { name: w('case.delete'), exact: true });
    await press(page, del, 'Delete case');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expectFocus(page, dialog.getByRole('button', { name: w('case.confirmNo') }), 'No, keep it');
    await expectTrapped(page, '[role="alertdialog"]', 2);
    expect(await axeViolations(page), 'axe on the open delete dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expectFocus(page, del, 'Delete case after Escape');
    // "No, keep it" by Enter also returns focus to the opener; the case is still there.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await expectFocus(page, dialog.getByRole('button', { name: w('case.confirmNo') }), 'No, keep it');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expectFocus(page, del, 'Delete case after No');

    // The override is in the saved case; the referral status changes with the arrow keys.
    const status = page.getByRole('group', { name: w(`program.${program}`) }).getByLabel(w('case.status'));
    await tabTo(page, status, 'referral status', { back: true });
    await page.keyboard.press('ArrowDown');
    expect(await status.inputValue()).toBe('sent');
    await press(page, page.getByRole('button', { name: w('case.save'), exact: true }), 'Save changes');
    await page.getByText(w('case.saved')).waitFor();

    // Referral packet: one page for the program, Spanish then English; back to the case.
    await press(page, page.getByRole('button', { name: w('case.print'), exact: true }), 'Referral packet');
    await page.locator('.packet-page').first().waitFor();
    await expectScreen(page, w('packet.heading'), 'packet heading');
    expect(await page.locator('.packet-page').first().locator('.packet-column').evaluateAll((els) => els.map((e) => e.getAttribute('lang')))).toEqual(['es', 'en']);
    await tabTo(page, page.getByRole('button', { name: w('packet.print'), exact: true }), 'Print', { back: true });
    await press(page, page.getByRole('button', { name: w('packet.back'), exact: true }), 'Back to the case');
    await expectFocus(page, caseHeading, 'case heading again');
    await press(page, page.getByRole('button', { name: w('case.back'), exact: true }), 'Back to cases');
    await page.getByRole('button', { name: LABEL }).waitFor();

    // Worker settings: FRS mode with Space, auto-lock minutes with the arrow keys; back.
    await press(page, page.getByRole('button', { name: w('home.settings'), exact: true }), 'Settings and export');
    await expectScreen(page, w('settings.heading'), 'worker settings heading');
    const frs = page.getByRole('checkbox', { name: w('settings.frs') });
    await toggle(page, frs, 'FRS mode', true);
    await page.keyboard.press('Space');
    await expect.poll(() => frs.isChecked()).toBe(false);
    const lock = page.getByLabel(w('settings.autoLock'));
    await tabTo(page, lock, 'auto-lock');
    const minutes = await lock.inputValue();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => lock.inputValue()).not.toBe(minutes);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => lock.inputValue()).toBe(minutes);
    await press(page, page.getByRole('button', { name: w('settings.back'), exact: true }), 'Back to cases');
    await expectFocus(page, listHeading, 'case list heading');

    // Import from kiosk: a code that is not a kiosk code → the message, focus stays in the field;
    // the photo button (a hidden file input in a label) shows its focus; back to the cases.
    const kiosk = catalog('en', 'kiosk');
    await press(page, page.getByRole('button', { name: w('home.importKiosk'), exact: true }), 'Import from kiosk');
    await expectScreen(page, kiosk('import.heading'), 'import heading');
    const code = page.getByRole('textbox', { name: kiosk('import.label') });
    await typeInto(page, code, 'kiosk code', 'not a code');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    await expectFocus(page, code, 'kiosk code after the error');
    await tabTo(page, page.getByLabel(kiosk('import.photo')), 'photo of the code');
    await press(page, page.getByRole('button', { name: w('screening.cancel'), exact: true }), 'Back to cases');
    await expectFocus(page, listHeading, 'case list heading after import');

    // Lock: the unlock screen takes focus; unlock again by keyboard, then leave worker mode.
    await press(page, page.getByRole('button', { name: w('vault.lock'), exact: true }), 'Lock now');
    await expectScreen(page, w('vault.unlockHeading'), 'unlock heading');
    await typeInto(page, page.getByLabel(w('vault.passphrase'), { exact: true }), 'passphrase', PASS);
    await page.keyboard.press('Enter');
    await newScreening.waitFor({ timeout: 30_000 });
    await expectFocus(page, listHeading, 'case list heading after unlock');
    await press(page, page.getByRole('button', { name: w('vault.lock'), exact: true }), 'Lock now');
    await expectFocus(page, page.getByRole('heading', { level: 1, name: w('vault.unlockHeading') }), 'unlock heading');

    // The app's settings: language to Español and back to English with the arrow keys.
    const home = page.getByRole('button', { name: c('appName'), exact: true });
    await tabTo(page, home, 'AnyDoor (home)', { back: true });
    await page.keyboard.press('Enter');
    // The header stays, and so does focus on its home button.
    await page.getByRole('heading', { level: 1, name: c('start.heading') }).waitFor();
    await expectFocus(page, home, 'AnyDoor (home) on the start screen');
    await press(page, page.getByRole('button', { name: c('start.settings'), exact: true }), 'Settings');
    await expectScreen(page, c('settings.heading'), 'settings heading');
    const language = page.getByRole('combobox', { name: st('language.label') });
    await selectByArrows(page, language, 'language', 'es', page.locator('.settings-section select'), languageSettled(page));
    await page.getByRole('heading', { level: 1, name: catalog('es', 'common')('settings.heading') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expectFocus(page, page.getByRole('combobox', { name: catalog('es', 'settings')('language.label') }), 'language select in Spanish');
    await page.keyboard.press('ArrowUp');
    await page.getByRole('heading', { level: 1, name: c('settings.heading') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectFocus(page, language, 'language select in English');
  });

  test('the screening in Arabic (right to left): arrow keys mirrored in radio groups', async () => {
    const { page } = browser;
    const L = lang('ar');
    const ar = { c: catalog('ar', 'common'), st: catalog('ar', 'settings') };
    await page.goto(served.url);
    await page.getByRole('heading', { level: 1, name: en.c('start.heading') }).waitFor();
    await press(page, page.getByRole('button', { name: en.c('start.settings'), exact: true }), 'Settings');
    // Two quick presses (English → Español → العربية) without waiting for the first language to
    // load: each press moves on from the option shown, and the app ends in Arabic.
    const languages = page.locator('.settings-section select');
    await tabTo(page, page.getByRole('combobox', { name: en.st('language.label') }), 'language');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await languageSettled(page)('ar');
    await page.waitForTimeout(300);
    expect(await languages.inputValue()).toBe('ar');
    expect(await hasFocus(languages)).toBe(true);
    await page.getByRole('heading', { level: 1, name: ar.c('settings.heading') }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await tabTo(page, page.getByRole('button', { name: ar.c('appName'), exact: true }), 'AnyDoor (home)', { back: true });
    await page.keyboard.press('Enter');
    await press(page, page.getByRole('button', { name: ar.c('start.worker') }), 'worker mode');
    // The vault from the first test (or, when this test runs alone, a new one).
    const unlockHeading = page.getByRole('heading', { level: 1, name: L.w('vault.unlockHeading') });
    const createHeading = page.getByRole('heading', { level: 1, name: L.w('vault.createHeading') });
    await expectFocus(page, unlockHeading.or(createHeading), 'unlock (or create) heading');
    const creating = await createHeading.isVisible();
    await typeInto(page, page.getByLabel(L.w('vault.passphrase'), { exact: true }), 'passphrase', PASS);
    if (creating) await typeInto(page, page.getByLabel(L.w('vault.confirm'), { exact: true }), 'passphrase again', PASS);
    await page.keyboard.press('Enter');
    const newScreening = page.getByRole('button', { name: L.w('home.newScreening') });
    await newScreening.waitFor({ timeout: 30_000 });
    await press(page, newScreening, 'new screening');
    await expectFocus(page, page.getByRole('heading', { level: 1, name: L.w('screening.heading') }), 'screening heading');
    await screenFamily(page, L);
    expect(await page.locator('article.results-program').count()).toBeGreaterThan(5);
    // Back to English for the next test (the language is remembered on the device).
    await tabTo(page, page.getByRole('button', { name: ar.c('appName'), exact: true }), 'AnyDoor (home)', { back: true, max: 400 });
    await page.keyboard.press('Enter');
    await press(page, page.getByRole('button', { name: ar.c('start.settings'), exact: true }), 'settings');
    await selectByArrows(page, page.getByRole('combobox', { name: ar.st('language.label') }), 'language', 'en', page.locator('.settings-section select'), languageSettled(page));
    await page.getByRole('heading', { level: 1, name: en.c('settings.heading') }).waitFor();
  });

  test('dialogs and notices: kiosk idle dialog traps focus, Escape returns it; the update notice is reachable and does not drop focus', async () => {
    const { page } = browser;
    const k = catalog('en', 'kiosk');
    const pwa = JSON.parse(readFileSync('locales/en/pwa.json', 'utf8')) as { update: Record<string, string> };
    // Kiosk with a 2-second idle time (read from the address).
    await page.goto(`${served.url}?kioskIdleSeconds=2`);
    await page.getByRole('heading', { level: 1, name: en.c('start.heading') }).waitFor();
    await press(page, page.getByRole('button', { name: en.c('start.kiosk') }), 'Kiosk mode');
    await expectScreen(page, k('language.heading'), 'kiosk language heading');
    await press(page, page.getByRole('button', { name: 'English', exact: true }), 'English', 'Space');
    await expectScreen(page, k('welcome.heading'), 'kiosk welcome heading');
    const opener = await focusName(page);
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor({ timeout: 10_000 });
    await expectFocus(page, dialog.getByRole('button', { name: k('idle.stay') }), 'Stay (idle dialog)');
    await expectTrapped(page, 'dialog[open]', 2);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusName(page)).toBe(opener);
    expect(await focusVisible(page)).toBe(true);

    // The update notice: a new release while the start screen shows.
    await page.goto(served.url);
    await waitForServiceWorkerControl(page);
    overrides.set('/sw.js', `${readFileSync('dist/sw.js', 'utf8')}\n// release 2\n`);
    try {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const notice = page.getByTestId('pwa-update');
      await notice.waitFor({ timeout: 30_000 });
      // It comes first in the page: Shift+Tab from the app's name reaches "Later".
      await press(page, page.getByRole('button', { name: en.c('appName'), exact: true }), 'AnyDoor (home)');
      const later = notice.getByRole('button', { name: pwa.update.later, exact: true });
      await tabTo(page, later, 'Later', { back: true });
      await tabTo(page, notice.getByRole('button', { name: pwa.update.now, exact: true }), 'Update now', { back: true });
      await tabTo(page, later, 'Later');
      await page.keyboard.press('Enter');
      await notice.waitFor({ state: 'hidden' });
      await expectFocus(page, page.getByRole('heading', { level: 1, name: en.c('start.heading') }), 'start heading after Later');
    } finally {
      overrides.delete('/sw.js');
    }
  });
});
