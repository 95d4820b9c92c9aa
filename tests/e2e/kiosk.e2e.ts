// A kiosk session in Dari (fa-AF), in real Chromium against the production build: completed to the
// summary (Dari text, right-to-left, a QR code whose payload is a valid screening request), then
// reset by the "start over" button and, in a second session, by the idle timeout (after a warning
// that answered returns to exactly the same question and answers). After each reset: the DOM, web
// storage, IndexedDB and React's own tree hold nothing the family typed; at the end the V8 heap
// (after garbage collection) and the browser profile on disk hold none of it either.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodeKioskPayload, KIOSK_PAYLOAD_PREFIX } from '../../src/app/kiosk/payload';
import { launch, serveDist, type Browser, type Served } from './harness';
import { answerAll, catalog, h1, indexedDbDump, next, openKiosk, pageTraces, pickLanguage, reactStrings, smallTargets, waitQuestion } from './kiosk-helpers';

let served: Served;
let browser: Browser;
const en = catalog('en', 'kiosk');

beforeAll(async () => {
  served = await serveDist();
  browser = await launch({ viewport: { width: 1024, height: 900 } });
});
afterAll(async () => {
  await browser?.dispose();
  await served?.close();
});

// Distinctive values a family types (Dari digits included: ۳۷ = 37, ۲۷۱۸٫۲۸ = 2718.28).
const FAMILY = {
  state: 'VA',
  county: 'Zarghunabad',
  zip: '22041',
  age: '۳۷',
  others: '۳۵، ۴، ۹',
  income: '۲۷۱۸٫۲۸',
  housing: 'renting',
  needs: ['food', 'rent'],
};
const IDLE_COUNTY = 'Qalandarwood';
/** Every payload text the QR held, checked for absence after the resets. */
const payloads: string[] = [];

/** Assert nothing of the family survives: DOM + form values, web storage, IndexedDB, React's tree. */
/** The V8 heap of the page after a forced garbage collection, as the snapshot's JSON text. */
async function heapSnapshot(): Promise<string> {
  const { page, context } = browser;
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return chunks.join('');
}

async function expectNoTrace(needles: string[]) {
  const { page } = browser;
  const traces = await pageTraces(page);
  const idb = await indexedDbDump(page);
  const react = await reactStrings(page);
  for (const n of needles) {
    expect(traces.dom, `DOM holds ${n}`).not.toContain(n);
    expect(traces.formValues.join('\n'), `a form field holds ${n}`).not.toContain(n);
    expect(traces.local, `localStorage holds ${n}`).not.toContain(n);
    expect(traces.session, `sessionStorage holds ${n}`).not.toContain(n);
    expect(JSON.stringify(idb), `IndexedDB holds ${n}`).not.toContain(n);
    expect(react.filter((s) => s.includes(n)), `React state holds ${n}`).toEqual([]);
  }
  // Kiosk mode may leave settings behind, nothing else: every other store is empty.
  console.log(`IndexedDB after reset: ${idb.map((x) => `${x.db}/${x.store}=${x.records.length}`).join(', ') || '(no databases)'}`);
  const nonSettings = idb.filter((s) => s.records.length > 0 && !/setting/i.test(`${s.db}/${s.store}`));
  expect(nonSettings.map((s) => `${s.db}/${s.store}: ${s.records.length}`)).toEqual([]);
  expect(react.length).toBeGreaterThan(10); // the walk really read the tree
}

describe('kiosk session in Dari', () => {
  test('completed to a printable summary in Dari, right-to-left, with a QR code holding the request', async () => {
    const { page } = browser;
    await openKiosk(page, served.url);
    // The picker names each language in its own script, marked with its language and direction.
    const dari = page.getByRole('button', { name: 'دری', exact: true });
    expect(await dari.getAttribute('lang')).toBe('fa-AF');
    expect(await dari.getAttribute('dir')).toBe('rtl');
    expect(await smallTargets(page)).toEqual([]);
    // Control: the check does see a small target.
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'tiny';
      b.style.cssText = 'min-width:0;min-height:0;width:20px;height:20px;padding:0';
      document.querySelector('.app-main')!.append(b);
    });
    expect(await smallTargets(page)).toEqual(['button "" 20x20']);
    await page.evaluate(() => document.getElementById('tiny')!.remove());
    const k = await pickLanguage(page, 'fa-AF');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa-AF', 'rtl']);
    expect(await h1(page)).toBe('خوش آمدید');

    // Large touch targets (≥ 44 × 44 px) on every kiosk screen, the language picker included.
    expect(await smallTargets(page)).toEqual([]);
    const screens: string[] = [];
    await answerAll(page, k, FAMILY, async (screen) => {
      screens.push(screen);
      expect(await smallTargets(page), screen).toEqual([]);
    });
    expect(screens).toEqual(['welcome', 'state', 'county', 'zip', 'age', 'others', 'income', 'housing', 'needs', 'summary']);
    expect(await h1(page)).toBe(k('summary.heading'));
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

    // Numbers and money in Dari's own digits and format (Intl), plural by Intl.PluralRules.
    const fmt = await page.evaluate(() => ({
      people: new Intl.NumberFormat('fa-AF').format(4),
      money: new Intl.NumberFormat('fa-AF', { style: 'currency', currency: 'USD' }).format(2718.28),
    }));
    expect(fmt.people).toBe('۴');
    const facts = await page.locator('.kiosk-summary-facts li').allTextContents();
    expect(facts[0]).toBe(k('summary.people_other').replace('{{count, number}}', fmt.people));
    expect(facts[1]).toBe(k('summary.income').replace('{{amount, currency(USD)}}', fmt.money));
    const answers = await page.locator('.kiosk-answers').first().innerText();
    for (const text of ['ویرجینیا', k('options.housing.renting'), k('options.needs.food'), k('options.needs.rent'), 'Zarghunabad', '22041', '۳۷', fmt.money]) {
      expect(answers).toContain(text);
    }
    // A copy for staff in the kiosk's own language (English here), marked as English, left-to-right.
    const staff = page.locator('.kiosk-staff-copy');
    expect(await staff.getAttribute('lang')).toBe('en');
    expect(await staff.getAttribute('dir')).toBe('ltr');
    expect(await staff.getByRole('heading').textContent()).toBe(en('summary.staffHeading'));
    const staffText = await staff.innerText();
    const longDate = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    for (const text of [`Date: ${longDate}`, 'Virginia', en('q.age.label'), en('options.housing.renting'), en('options.needs.food'), '37', '35, 4, 9', '$2,718.28', 'Zarghunabad']) {
      expect(staffText).toContain(text);
    }

    // The QR code: an image named in Dari whose pixels are exactly the QR of the embedded payload,
    // and the payload decodes (offline, no network) into the request the family gave.
    const img = page.getByRole('img', { name: k('summary.qrLabel') });
    await img.waitFor();
    const payload = (await img.getAttribute('data-payload')) ?? '';
    payloads.push(payload);
    expect(payload.startsWith(KIOSK_PAYLOAD_PREFIX)).toBe(true);
    const src = (await img.getAttribute('src')) ?? '';
    const svg = decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
    expect(svg).toBe(await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }));
    expect(await img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0)).toBe(true);
    const decoded = await decodeKioskPayload(payload);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.errors));
    const r = decoded.request;
    expect(r.location).toEqual({ state: 'VA', county: 'Zarghunabad', zip: '22041' });
    expect(r.household.members.map((m) => [m.relationship, m.age])).toEqual([['self', 37], ['other_relative', 35], ['child', 4], ['child', 9]]);
    expect(r.household.members[0]!.incomes).toEqual([{ type: 'wages', amount: 2718.28, frequency: 'monthly' }]);
    expect(r.household.housingSituation).toBe('renting');
    expect(r.household.needs).toEqual(['food', 'rent']);
    expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/kiosk-fa-AF-summary-with-staff-copy.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

    // Printable: the print stylesheet hides the buttons and keeps the code; Chromium prints a PDF.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: k('summary.print') }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: k('startOver') }).isVisible()).toBe(false);
    expect(await img.isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'Letter' });
    await page.screenshot({ path: 'test-results/kiosk-fa-AF-summary-print.png', fullPage: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    // Positive controls: while the session is open, the checks used after the reset do see the values.
    expect((await pageTraces(page)).dom).toContain('Zarghunabad');
    expect((await reactStrings(page)).some((x) => x.includes('Zarghunabad'))).toBe(true);
    expect((await reactStrings(page)).some((x) => x.includes(payload))).toBe(true);
    const heap = await heapSnapshot();
    expect(heap.includes('Zarghunabad')).toBe(true);
    expect(heap.includes(payload)).toBe(true);
  });

  test('"start over" resets to the language screen and leaves nothing of the family behind', async () => {
    const { page } = browser;
    const k = catalog('fa-AF', 'kiosk');
    await page.getByRole('button', { name: k('startOver'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: en('language.heading') }).waitFor();
    expect(await page.locator('.kiosk-cleared').textContent()).toBe(en('cleared'));
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    await expectNoTrace(['Zarghunabad', '22041', '۳۷', '۳۵، ۴، ۹', '۲۷۱۸٫۲۸', '2718.28', '2,718.28', '۲٬۷۱۸٫۲۸', KIOSK_PAYLOAD_PREFIX, ...payloads]);
  });
});

describe('kiosk idle warning and timeout', () => {
  test('the warning gives at least 20 s (even if asked for 5), and answering returns to the same question and answers', async () => {
    const { page } = browser;
    await openKiosk(page, `${served.url}?kioskIdleSeconds=2&kioskWarningSeconds=5`);
    const k = await pickLanguage(page, 'fa-AF');
    await page.getByRole('button', { name: k('welcome.start'), exact: true }).click();
    await waitQuestion(page, k, 'state');
    await page.getByRole('combobox', { name: k('q.state.label') }).selectOption('MN');
    await next(page, k);
    await waitQuestion(page, k, 'county');
    const county = page.getByRole('textbox', { name: k('q.county.label'), exact: true });
    await county.pressSequentially(IDLE_COUNTY); // typed, not yet submitted

    const dialog = page.locator('dialog[open]');
    await dialog.waitFor({ timeout: 10_000 });
    expect(await dialog.getByRole('heading').textContent()).toBe(k('idle.heading'));
    expect(await smallTargets(page)).toEqual([]);
    const body = (await dialog.locator('p').textContent()) ?? '';
    const shown = Number(body.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/\D/g, ''));
    expect(shown).toBeGreaterThanOrEqual(18);
    expect(shown).toBeLessThanOrEqual(20);
    // The page underneath is inert while the dialog is open (modal).
    expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);

    await dialog.getByRole('button', { name: k('idle.stay') }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await h1(page)).toBe(k('q.county.label'));
    expect(await county.inputValue()).toBe(IDLE_COUNTY);
    expect(await county.evaluate((e) => e === document.activeElement)).toBe(true);
    const progress = await page.evaluate(() => new Intl.NumberFormat('fa-AF').format(2));
    expect(await page.locator('.kiosk-progress').textContent()).toContain(progress);
    // Earlier answers are intact too: forward, then back twice to the first question.
    await next(page, k);
    await waitQuestion(page, k, 'zip');
    await page.getByRole('button', { name: k('back'), exact: true }).click();
    await waitQuestion(page, k, 'county');
    expect(await county.inputValue()).toBe(IDLE_COUNTY);
    await page.getByRole('button', { name: k('back'), exact: true }).click();
    await waitQuestion(page, k, 'state');
    expect(await page.getByRole('combobox', { name: k('q.state.label') }).inputValue()).toBe('MN');
  });

  test('no answer: after the full warning the kiosk resets to the language screen, leaving nothing behind', async () => {
    const { page } = browser;
    // Observe (from the test, not the app) when the warning opens and when the language screen returns.
    await page.evaluate((heading) => {
      const w = window as unknown as { __times: Record<string, number> };
      w.__times = {};
      const obs = new MutationObserver(() => {
        if (!w.__times.open && document.querySelector('dialog[open]')) w.__times.open = performance.now();
        if (w.__times.open && !w.__times.reset && document.querySelector('h1')?.textContent === heading) {
          w.__times.reset = performance.now();
          obs.disconnect();
        }
      });
      obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    }, en('language.heading'));
    await page.getByRole('heading', { level: 1, name: en('language.heading') }).waitFor({ timeout: 45_000 });
    const times = await page.evaluate(() => (window as unknown as { __times: Record<string, number> }).__times);
    expect(times.reset! - times.open!).toBeGreaterThanOrEqual(20_000);
    expect(times.reset! - times.open!).toBeLessThan(25_000);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    await page.evaluate(() => delete (window as unknown as { __times?: unknown }).__times);
    await expectNoTrace([IDLE_COUNTY]);
  });
});

describe('after both sessions', () => {
  test('the JavaScript heap (after garbage collection) holds none of the typed values', async () => {
    const snapshot = await heapSnapshot();
    expect(snapshot.length).toBeGreaterThan(100_000);
    expect(snapshot).toContain(en('language.heading')); // the snapshot does hold live strings
    for (const n of ['Zarghunabad', IDLE_COUNTY, ...payloads]) expect(snapshot.includes(n), `heap holds ${n}`).toBe(false);
  });

  test('the browser profile on disk holds none of the typed values', async () => {
    await browser.close();
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        const st = statSync(p, { throwIfNoEntry: false });
        if (st?.isDirectory()) walk(p);
        else if (st?.isFile() && st.size < 50_000_000) files.push(p);
      }
    };
    walk(browser.profileDir);
    expect(files.length).toBeGreaterThan(0);
    const hits: string[] = [];
    for (const f of files) {
      const buf = readFileSync(f);
      for (const n of ['Zarghunabad', IDLE_COUNTY]) {
        if (buf.includes(Buffer.from(n, 'utf8')) || buf.includes(Buffer.from(n, 'utf16le'))) hits.push(`${f}: ${n}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
