// @vitest-environment jsdom
// Worker mode UI (Testing Library, fake-indexeddb): create → the draft is saved encrypted as the
// worker types → auto-lock returns to the unlock screen → wrong passphrase shows the message and
// changes nothing → unlock → the draft is restored.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { webcrypto } from 'node:crypto';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { Vault } from '../../src/cases/vault';
import { AnyDoorDB, saveSetting } from '../../src/db';
import { initI18n } from '../../src/i18n';
import WorkerMode from '../../src/worker/WorkerMode';

const PASS = 'green ladder window 5';

beforeAll(() => {
  // jsdom's window may lack SubtleCrypto: use Node's WebCrypto (the same API Chromium has).
  if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
});

const dbs: AnyDoorDB[] = [];
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function renderWorker(vault: Vault) {
  const i18n = await initI18n('en');
  await i18n.loadNamespaces('worker');
  return render(
    <I18nextProvider i18n={i18n}>
      <WorkerMode vault={vault} />
    </I18nextProvider>,
  );
}

test('draft saved while typing, auto-lock to the unlock screen, wrong passphrase message, draft restored', async () => {
  const db = new AnyDoorDB(`ui-${Date.now()}`);
  dbs.push(db);
  await saveSetting('autoLockMinutes', 1, db);
  const vault = new Vault(db);
  await renderWorker(vault);

  await screen.findByRole('heading', { name: 'Create a passphrase' });
  expect(screen.getByText(/cannot be recovered/)).toBeInTheDocument();
  fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: PASS } });
  fireEvent.change(screen.getByLabelText('Type the passphrase again'), { target: { value: 'different one 12' } });
  fireEvent.click(screen.getByRole('button', { name: 'Create and open' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('The two passphrases are not the same.');
  fireEvent.change(screen.getByLabelText('Type the passphrase again'), { target: { value: PASS } });
  fireEvent.click(screen.getByRole('button', { name: 'Create and open' }));

  fireEvent.click(await screen.findByRole('button', { name: 'New screening' }, { timeout: 10_000 }));
  const field = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`);
  await waitFor(() => expect(field('zip')).not.toBeNull());
  fireEvent.change(field('county')!, { target: { value: 'Hennepin' } });
  fireEvent.change(field('state')!, { target: { value: 'MN' } });
  await screen.findByText('Draft saved and locked on this device.', {}, { timeout: 5_000 });
  expect(await db.drafts.count()).toBe(1);
  const row = await db.drafts.get('current');
  expect(new TextDecoder('latin1').decode(row!.ct)).not.toContain('Hennepin');
  expect(await vault.loadDraft()).toMatchObject({ answers: { state: 'MN', county: 'Hennepin' }, currentQuestionId: 'location' });

  // Idle for the set minute: the key is dropped and the unlock screen shows.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  fireEvent.keyDown(document.body, { key: 'a' }); // restart the countdown under fake timers
  act(() => { vi.advanceTimersByTime(60_000 + 10); });
  vi.useRealTimers();
  expect(vault.unlocked).toBe(false);
  await screen.findByRole('heading', { name: 'Unlock your cases' });
  expect(screen.getByText(/locked because no one used the app/)).toBeInTheDocument();
  expect(field('state')).toBeNull();

  // Wrong passphrase: clear message, nothing changed.
  const before = await db.drafts.get('current');
  fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: 'green ladder window 6' } });
  fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
  expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('This passphrase did not open the cases. Nothing was changed or deleted.');
  expect(await db.drafts.get('current')).toEqual(before);

  fireEvent.change(screen.getByLabelText('Passphrase'), { target: { value: PASS } });
  fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Continue it' }, { timeout: 10_000 }));
  await waitFor(() => expect(field('state')).toHaveValue('MN'));
  expect(field('county')).toHaveValue('Hennepin');
}, 60_000);
