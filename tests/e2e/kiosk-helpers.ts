/**
 * Shared steps for the kiosk e2e tests (kiosk, rtl, a11y): locale text straight from
 * locales/<lng>/*.json, so every assertion is about the text a person in that language sees.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { LANGUAGES } from '../../src/i18n/languages';

export type Catalog = (key: string) => string;

/** A lookup into locales/<lng>/<ns>.json by dotted key (throws on a missing key: a test bug). */
export function catalog(lng: string, ns: string): Catalog {
  const json = JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8')) as Record<string, unknown>;
  return (key: string) => {
    let cur: unknown = json;
    for (const part of key.split('.')) cur = (cur as Record<string, unknown> | undefined)?.[part];
    if (typeof cur !== 'string') throw new Error(`no ${lng}/${ns}:${key}`);
    return cur;
  };
}

export function nativeName(code: string): string {
  const l = LANGUAGES.find((x) => x.code === code);
  if (!l) throw new Error(`unknown language ${code}`);
  return l.nativeName;
}

export async function h1(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}

/** From the start screen (English by default) into kiosk mode's language screen. */
export async function openKiosk(page: Page, url: string, startLanguage = 'en'): Promise<void> {
  await page.goto(url);
  const c = catalog(startLanguage, 'common');
  await page.getByRole('button', { name: c('start.kiosk') }).click();
  await page.getByRole('heading', { level: 1, name: catalog(startLanguage, 'kiosk')('language.heading') }).waitFor();
}

/** Pick a language on the kiosk language screen and wait for the welcome screen in it. */
export async function pickLanguage(page: Page, code: string): Promise<Catalog> {
  await page.getByRole('button', { name: nativeName(code), exact: true }).click();
  const k = catalog(code, 'kiosk');
  await page.getByRole('heading', { level: 1, name: k('welcome.heading') }).waitFor();
  return k;
}

/** The answers a test family gives, question by question (question ids as in src/app/kiosk/questions.ts). */
export interface FamilyAnswers {
  state: string;
  county?: string;
  zip?: string;
  age: string;
  others?: string;
  income?: string;
  housing: string;
  needs?: string[];
}

/** Wait for question `id` (its translated label as the h1). */
export async function waitQuestion(page: Page, k: Catalog, id: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: k(`q.${id}.label`), exact: true }).waitFor();
}

export async function next(page: Page, k: Catalog): Promise<void> {
  await page.getByRole('button', { name: k('next'), exact: true }).click();
}

/** Answer the whole kiosk (from the welcome screen) and wait for the summary; `each` runs on every screen. */
export async function answerAll(page: Page, k: Catalog, a: FamilyAnswers, each: (screen: string) => Promise<void> = async () => undefined): Promise<void> {
  await each('welcome');
  await page.getByRole('button', { name: k('welcome.start'), exact: true }).click();
  await waitQuestion(page, k, 'state');
  await each('state');
  await page.getByRole('combobox', { name: k('q.state.label') }).selectOption(a.state);
  await next(page, k);
  for (const id of ['county', 'zip', 'age', 'others', 'income'] as const) {
    await waitQuestion(page, k, id);
    await each(id);
    const v = a[id];
    if (v !== undefined) await page.getByRole('textbox', { name: k(`q.${id}.label`), exact: true }).fill(v);
    await next(page, k);
  }
  await waitQuestion(page, k, 'housing');
  await each('housing');
  await page.getByRole('radio', { name: k(`options.housing.${a.housing}`), exact: true }).check();
  await next(page, k);
  await waitQuestion(page, k, 'needs');
  await each('needs');
  for (const n of a.needs ?? []) await page.getByRole('checkbox', { name: k(`options.needs.${n}`), exact: true }).check();
  await next(page, k);
  await page.getByRole('heading', { level: 1, name: k('summary.heading') }).waitFor();
  await each('summary');
}

/**
 * Touch targets smaller than 44 × 44 CSS px on the kiosk screen: every button, field and option
 * (a radio or checkbox counts by its whole label, which is what a finger presses).
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.querySelector('.app-main');
    if (!root) return ['no .app-main'];
    const targets = new Set<Element>();
    for (const el of root.querySelectorAll('button, select, input, textarea, a[href], [tabindex]:not([tabindex="-1"])')) {
      targets.add(el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? (el.closest('label') ?? el) : el);
    }
    for (const el of targets) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered (e.g. print-only)
      if (r.width < 44 || r.height < 44) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    return out;
  });
}

/** Everything the page could still hold of a family, as text: DOM (with attributes and form values) and web storage. */
export async function pageTraces(page: Page): Promise<{ dom: string; formValues: string[]; local: string; session: string }> {
  return page.evaluate(() => ({
    dom: document.documentElement.outerHTML,
    formValues: [...document.querySelectorAll('input, select, textarea')].map((e) => (e as HTMLInputElement).value),
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
}

/** Every IndexedDB database on the origin with every record of every object store. */
export async function indexedDbDump(page: Page): Promise<{ db: string; store: string; records: unknown[] }[]> {
  return page.evaluate(async () => {
    const out: { db: string; store: string; records: unknown[] }[] = [];
    const dbs = await indexedDB.databases();
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => reject(req.error);
        });
        out.push({ db: info.name, store, records });
      }
      db.close();
    }
    return out;
  });
}

/**
 * Every string React still holds for the rendered tree: walk the fiber tree from the root
 * container (current and alternate fibers), collecting strings from props, hook state and
 * effect deps. This reads React's own bookkeeping; the app exposes no hook for it.
 */
export async function reactStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.getElementById('root') as unknown as Record<string, unknown> | null;
    if (!root) return [];
    const key = Object.keys(root).find((k) => k.startsWith('__reactContainer$'));
    if (!key) throw new Error('no React root on #root');
    const strings = new Set<string>();
    const seen = new WeakSet<object>();
    const collect = (v: unknown, depth: number): void => {
      if (typeof v === 'string') {
        strings.add(v);
        return;
      }
      if (!v || typeof v !== 'object' || depth > 8 || seen.has(v)) return;
      if (v instanceof Node || v instanceof Window) return;
      seen.add(v);
      if (Array.isArray(v)) {
        for (const x of v) collect(x, depth + 1);
        return;
      }
      for (const [k, x] of Object.entries(v)) {
        // Fiber links are walked by the fiber walk below; `_owner`/`_store` are React element internals.
        if (k === 'return' || k === 'child' || k === 'sibling' || k === 'alternate' || k === 'stateNode' || k === '_owner') continue;
        // Hook lists are linked through `next`: follow them without spending depth.
        collect(x, k === 'next' ? depth : depth + 1);
      }
    };
    type Fiber = { child?: Fiber; sibling?: Fiber; alternate?: Fiber; memoizedProps?: unknown; memoizedState?: unknown; pendingProps?: unknown; updateQueue?: unknown; dependencies?: unknown };
    const fibers = new Set<Fiber>();
    const walk = (f: Fiber | undefined): void => {
      const stack: Fiber[] = f ? [f] : [];
      while (stack.length) {
        const x = stack.pop()!;
        if (fibers.has(x)) continue;
        fibers.add(x);
        for (const n of [x.child, x.sibling, x.alternate]) if (n) stack.push(n);
      }
    };
    const container = root[key] as Fiber & { stateNode?: { current?: Fiber } };
    walk(container);
    if (container.stateNode?.current) walk(container.stateNode.current);
    for (const f of fibers) {
      collect(f.memoizedProps, 0);
      collect(f.memoizedState, 0);
      collect(f.pendingProps, 0);
      collect(f.updateQueue, 0);
    }
    return [...strings];
  });
}
