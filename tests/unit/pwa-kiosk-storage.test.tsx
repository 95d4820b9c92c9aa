// @vitest-environment jsdom
// Kiosk mode keeps nothing but settings, so the storage notices meant for staff ("the browser may
// delete saved cases", "cases cannot be saved") do not show while kiosk mode is on screen; they
// come back on the staff screens.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { App } from '../../src/app/App';
import { initI18n } from '../../src/i18n';
import { isKioskModeOpen } from '../../src/pwa/kiosk-open';
import { PwaNotices } from '../../src/pwa/PwaNotices';
import type { StorageStatus } from '../../src/pwa/storage-status';
import { resetPwaStateForTests } from '../../src/pwa/update';

vi.setConfig({ testTimeout: 30_000 });

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
beforeEach(() => {
  resetPwaStateForTests();
  localStorage.clear();
});
afterEach(cleanup);

function renderShell(check: () => Promise<StorageStatus>) {
  return render(
    <I18nextProvider i18n={i18n}>
      <PwaNotices checkStorage={check} />
      <App />
    </I18nextProvider>,
  );
}

const languageScreen = () => screen.findByRole('button', { name: 'English' });

test.each(['not_persistent', 'unavailable'] as const)('%s: shown on the start screen, hidden in kiosk mode, back on leaving it', async (status) => {
  const user = userEvent.setup();
  renderShell(() => Promise.resolve(status));
  expect(await screen.findByTestId(`pwa-storage-${status}`)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: /Kiosk mode/ }));
  await languageScreen();
  expect(isKioskModeOpen()).toBe(true);
  expect(screen.queryByTestId(`pwa-storage-${status}`)).toBeNull();
  expect(screen.queryByText(/may delete saved cases|cases cannot be saved/)).toBeNull();
  // Back to the start screen (the app name): staff see it again; it was never dismissed.
  await user.click(screen.getByRole('button', { name: 'AnyDoor' }));
  expect(isKioskModeOpen()).toBe(false);
  expect(await screen.findByTestId(`pwa-storage-${status}`)).toBeInTheDocument();
  expect(localStorage.length).toBe(0);
});

test('a check that answers after kiosk mode opened shows nothing in kiosk mode', async () => {
  const user = userEvent.setup();
  let answer: (s: StorageStatus) => void = () => undefined;
  renderShell(() => new Promise<StorageStatus>((r) => { answer = r; }));
  await user.click(screen.getByRole('button', { name: /Kiosk mode/ }));
  await languageScreen();
  await act(async () => answer('not_persistent'));
  expect(screen.queryByTestId('pwa-storage-not_persistent')).toBeNull();
  // The same check in worker mode (staff) shows the advice.
  await user.click(screen.getByRole('button', { name: 'AnyDoor' }));
  await user.click(screen.getByRole('button', { name: /Worker mode/ }));
  expect(await screen.findByTestId('pwa-storage-not_persistent')).toHaveTextContent('The browser may delete saved cases');
});
