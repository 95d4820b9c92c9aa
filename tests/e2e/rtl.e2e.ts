// Right-to-left layout in real Chromium: Arabic and Dari (with English as the left-to-right
// control). The browser's own language picks the UI language. On the start screen, a kiosk
// question and the kiosk summary: <html dir> is rtl, paired elements sit mirrored (Back to the
// right of Next, the first choice on the right), text is right-aligned, and nothing overflows
// sideways — at a laptop and at a phone width. Full-page screenshots go to test-results/.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, serveDist, type Served } from './harness';
import { catalog, h1, nativeName, next, waitQuestion } from './kiosk-helpers';

let served: Served;
beforeAll(async () => {
  served = await serveDist();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await served?.close();
});

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('element not visible');
  return b;
}

/** Where an element's text sits inside its content box: gaps to the left and right edges. */
async function textGaps(l: Locator): Promise<{ left: number; right: number; direction: string; textAlign: string }> {
  return l.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const t = range.getBoundingClientRect();
    const e = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return {
      left: t.left - (e.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth)),
      right: e.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth) - t.right,
      direction: cs.direction,
      textAlign: cs.textAlign,
    };
  });
}

async function expectAligned(l: Locator, rtl: boolean) {
  const g = await textGaps(l);
  expect(g.direction).toBe(rtl ? 'rtl' : 'ltr');
  // The text hugs the start edge (right in RTL) and leaves the free space at the end.
  if (rtl) {
    expect(Math.abs(g.right)).toBeLessThan(2);
    expect(g.left).toBeGreaterThan(20);
  } else {
    expect(Math.abs(g.left)).toBeLessThan(2);
    expect(g.right).toBeGreaterThan(20);
  }
}

/** No sideways scrolling, at this size and at a phone's width. */
async function expectNoOverflow(page: Page) {
  const check = () => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  const wide = await check();
  expect(wide.scroll).toBeLessThanOrEqual(wide.client);
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 360, height: 740 });
  const narrow = await check();
  expect(narrow.scroll, 'overflow at 360 px').toBeLessThanOrEqual(narrow.client);
  await page.setViewportSize(size);
}

async function shot(page: Page, lng: string, name: string) {
  await page.screenshot({ path: `test-results/rtl-${lng}-${name}.png`, fullPage: true });
}

/** `a` lies entirely to the right of `b` (RTL) or to the left (LTR). */
async function expectMirrored(a: Locator, b: Locator, rtl: boolean) {
  const [ba, bb] = [await box(a), await box(b)];
  if (rtl) expect(ba.x).toBeGreaterThanOrEqual(bb.x + bb.width);
  else expect(ba.x + ba.width).toBeLessThanOrEqual(bb.x);
}

for (const lng of ['ar', 'fa-AF', 'en']) {
  const rtl = lng !== 'en';
  describe(`${lng} (${rtl ? 'right-to-left' : 'left-to-right control'})`, () => {
    test('start screen, kiosk question and summary are mirrored, aligned and fit the screen', async () => {
      const browser = await launch({ locale: lng, viewport: { width: 1024, height: 800 } });
      try {
        const { page } = browser;
        const c = catalog(lng, 'common');
        const k = catalog(lng, 'kiosk');
        await page.goto(served.url);
        await page.getByRole('heading', { level: 1, name: c('start.heading') }).waitFor();
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lng, rtl ? 'rtl' : 'ltr']);

        // Start: the first mode is at the start side (right in RTL); the app name heads the bar at the start.
        const worker = page.getByRole('button', { name: c('start.worker') });
        const kiosk = page.getByRole('button', { name: c('start.kiosk') });
        await expectMirrored(worker, kiosk, rtl);
        await expectMirrored(page.locator('.app-header .app-name'), page.locator('.app-header [data-testid="online-status"]'), rtl);
        await expectAligned(page.locator('h1'), rtl);
        await expectNoOverflow(page);
        if (rtl) await shot(page, lng, 'start');

        // Kiosk, in the device's language; the person picks their own.
        await kiosk.click();
        await page.getByRole('heading', { level: 1, name: k('language.heading') }).waitFor();
        await page.getByRole('button', { name: nativeName(lng), exact: true }).click();
        await page.getByRole('button', { name: k('welcome.start'), exact: true }).click();
        await waitQuestion(page, k, 'state');
        await page.getByRole('combobox', { name: k('q.state.label') }).selectOption('CA');
        await next(page, k);
        for (const id of ['county', 'zip', 'age', 'others', 'income']) {
          await waitQuestion(page, k, id);
          if (id === 'age') await page.getByRole('textbox', { name: k('q.age.label'), exact: true }).fill('41');
          await next(page, k);
        }
        await waitQuestion(page, k, 'housing');
        await page.getByRole('radio', { name: k('options.housing.renting'), exact: true }).check();
        // A choice question: Back sits to the right of Next in RTL, each radio at the start of its label.
        const back = page.getByRole('button', { name: k('back'), exact: true });
        const nextButton = page.getByRole('button', { name: k('next'), exact: true });
        await expectMirrored(back, nextButton, rtl);
        const option = page.locator('.kiosk-option').first();
        await expectMirrored(option.locator('input'), option.locator('span'), rtl);
        await expectAligned(page.locator('.kiosk-hint'), rtl);
        await expectNoOverflow(page);
        if (rtl) await shot(page, lng, 'kiosk-question');
        await next(page, k);

        await waitQuestion(page, k, 'needs');
        await page.getByRole('checkbox', { name: k('options.needs.food'), exact: true }).check();
        await next(page, k);
        await page.getByRole('heading', { level: 1, name: k('summary.heading') }).waitFor();
        await page.getByRole('img', { name: k('summary.qrLabel') }).waitFor();
        expect(await h1(page)).toBe(k('summary.heading'));
        // Summary: each question (dt) at the start side of its answer (dd); actions start at the start side.
        const row = page.locator('.kiosk-answers > div').first();
        await expectMirrored(row.locator('dt'), row.locator('dd'), rtl);
        await expectMirrored(
          page.getByRole('button', { name: k('summary.print'), exact: true }),
          page.getByRole('button', { name: k('summary.finish'), exact: true }),
          rtl,
        );
        await expectAligned(page.locator('h1'), rtl);
        await expectNoOverflow(page);
        expect(await page.evaluate(() => document.documentElement.dir)).toBe(rtl ? 'rtl' : 'ltr');
        if (rtl) await shot(page, lng, 'summary');
      } finally {
        await browser.dispose();
      }
    });
  });
}
