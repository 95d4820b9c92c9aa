// @vitest-environment jsdom
// Every worker-mode screen has exactly one h1, and it names the screen (screen-reader users move
// by headings; src/app/focus.ts moves focus to that h1 when a screen changes). Walked with Testing
// Library over a real vault (fake-indexeddb): unlock, case list, kiosk import, results, save, case,
// referral packet, settings, new screening. The kiosk screens are checked in real Chromium
// (tests/e2e/a11y.e2e.ts, every screen in all 12 languages).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { Vault } from '../../src/cases/vault';
import { initI18n } from '../../src/i18n';
import WorkerMode from '../../src/worker/WorkerMode';
import kiosk from '../../locales/en/kiosk.json';
import worker from '../../locales/en/worker.json';
import { kioskScreening, testDatabases, useNodeWebCrypto } from './fixtures/worker-setup';

const PASS = 'violet harbor stone 7';
let code: string;

beforeAll(async () => {
  useNodeWebCrypto();
  ({ code } = await kioskScreening({ state: 'OH', age: '29', others: '3', income: '1450', housing: 'renting', needs: ['food'] }, '2026-11-20'));
});

const dbs = testDatabases('headings');
afterEach(async () => {
  cleanup();
  await dbs.removeAll();
});

const h1s = () => [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim());

/** Wait for the screen's h1 named `name`, then: it is the only h1 on the page. */
async function onlyH1(name: string) {
  await screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });
  expect(h1s()).toEqual([name]);
}

test('each worker screen has exactly one h1 that names it', async () => {
  const db = dbs.create();
  const vault = new Vault(db);
  await vault.create(PASS);
  vault.lock();
  const i18n = await initI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <WorkerMode vault={vault} />
    </I18nextProvider>,
  );

  await onlyH1(worker.vault.unlockHeading);
  fireEvent.change(screen.getByLabelText(worker.vault.passphrase), { target: { value: PASS } });
  fireEvent.click(screen.getByRole('button', { name: worker.vault.unlock }));
  await onlyH1(worker.home.pageHeading);

  fireEvent.click(screen.getByRole('button', { name: worker.home.importKiosk }));
  await onlyH1(kiosk.import.heading);
  fireEvent.change(screen.getByLabelText(kiosk.import.label), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: kiosk.import.submit }));
  await onlyH1(worker.results.heading);

  fireEvent.click(screen.getByRole('button', { name: worker.results.saveCase }));
  await onlyH1(worker.save.heading);
  fireEvent.change(screen.getByLabelText(worker.save.label), { target: { value: 'Heading family' } });
  fireEvent.click(screen.getByRole('button', { name: worker.save.save }));
  await onlyH1('Heading family');

  fireEvent.click(screen.getByRole('button', { name: worker.case.print }));
  await onlyH1(worker.packet.heading);
  await screen.findAllByRole('article');
  expect(h1s()).toEqual([worker.packet.heading]);
  fireEvent.click(screen.getByRole('button', { name: worker.packet.back }));
  await onlyH1('Heading family');
  fireEvent.click(screen.getByRole('button', { name: worker.case.back }));
  await onlyH1(worker.home.pageHeading);

  fireEvent.click(screen.getByRole('button', { name: worker.home.settings }));
  await onlyH1(worker.settings.heading);
  fireEvent.click(screen.getByRole('button', { name: worker.settings.back }));
  await onlyH1(worker.home.pageHeading);

  fireEvent.click(screen.getByRole('button', { name: worker.home.newScreening }));
  await onlyH1(worker.screening.heading);
}, 30_000);
