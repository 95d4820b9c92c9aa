// @vitest-environment jsdom
// The staff's language (Settings → Language) is saved in the device settings table (Dexie, here
// over fake-indexeddb) and applies on the next load, with <html lang dir>. Reading it never
// creates the database. Kiosk mode's per-person language never replaces it and writes nothing.
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../src/app/App';
import { AnyDoorDB, DB_NAME, getDb } from '../../src/db';
import { initI18n } from '../../src/i18n';
import { readStaffLanguage, saveStaffLanguage, SETTINGS_DB_NAME, STAFF_LANGUAGE_KEY, startupLanguage } from '../../src/i18n/staff-language';

vi.setConfig({ testTimeout: 30_000 });

beforeEach(async () => {
  await getDb().settings.clear();
  document.documentElement.lang = '';
  document.documentElement.dir = '';
});
afterEach(cleanup);

/** What a fresh page load does (src/main.tsx): read the saved language, start i18n in it. */
async function load(fallback = 'en') {
  const i18n = await initI18n(await startupLanguage(() => fallback));
  render(<I18nextProvider i18n={i18n}><App /></I18nextProvider>);
  return i18n;
}

const stored = async () => (await getDb().settings.get(STAFF_LANGUAGE_KEY))?.value;

test('the database name matches src/db (not imported by the startup reader)', () => {
  expect(SETTINGS_DB_NAME).toBe(DB_NAME);
});

test('reading on a device with no database gives nothing and does not create the database', async () => {
  const idb = new FakeIDBFactory();
  expect(await readStaffLanguage({ indexedDB: idb })).toBeUndefined();
  expect(await idb.databases()).toEqual([]);
  expect(await readStaffLanguage({ indexedDB: undefined })).toBeUndefined();
  // Falls back to the device language.
  expect(await startupLanguage(() => 'fr', { indexedDB: idb })).toBe('fr');
});

test('saved and read back; an unknown stored code is ignored', async () => {
  const dexie = new AnyDoorDB(SETTINGS_DB_NAME);
  await saveStaffLanguage('uk', dexie);
  expect(await readStaffLanguage()).toBe('uk');
  expect(await startupLanguage(() => 'en')).toBe('uk');
  await dexie.settings.put({ key: STAFF_LANGUAGE_KEY, value: 'xx-nope' });
  expect(await readStaffLanguage()).toBeUndefined();
  await dexie.settings.put({ key: STAFF_LANGUAGE_KEY, value: 42 });
  expect(await readStaffLanguage()).toBeUndefined();
  await expect(saveStaffLanguage('klingon', dexie)).rejects.toThrow('unknown language');
  dexie.close();
});

test('Settings → Arabic is saved; the next load starts in Arabic with <html lang="ar" dir="rtl">', async () => {
  const user = userEvent.setup();
  await load();
  expect(document.documentElement.lang).toBe('en');
  await user.click(screen.getByRole('button', { name: 'Settings' }));
  await user.selectOptions(screen.getByLabelText('Language of the app'), 'ar');
  await waitFor(async () => expect(await stored()).toBe('ar'));
  await waitFor(() => expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']));

  // "Reload": a new i18n instance and app, the device language says English.
  cleanup();
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
  const i18n = await load('en');
  expect(i18n.language).toBe('ar');
  expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(i18n.t('start.heading'));
  expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('How will you use AnyDoor today?');
});

test('kiosk: a family picks Spanish; the staff language stays saved and the kiosk writes nothing else', async () => {
  const user = userEvent.setup();
  await saveStaffLanguage('fr');
  const i18n = await load('en');
  expect(i18n.language).toBe('fr');
  await user.click(screen.getByRole('button', { name: new RegExp(i18n.t('start.kiosk')) }));
  await user.click(await screen.findByRole('button', { name: 'Español' }));
  await waitFor(() => expect(i18n.language).toBe('es'));
  expect(document.documentElement.lang).toBe('es');
  await act(() => new Promise((r) => setTimeout(r, 50)));
  expect(await stored()).toBe('fr');
  const db = getDb();
  expect(await db.settings.toArray()).toEqual([{ key: STAFF_LANGUAGE_KEY, value: 'fr' }]);
  expect([await db.vault.count(), await db.drafts.count(), await db.cases.count(), await db.casePayloads.count()]).toEqual([0, 0, 0, 0]);
  // The next load starts in the staff's French, not the family's Spanish.
  cleanup();
  expect(await startupLanguage(() => 'en')).toBe('fr');
});
