// @vitest-environment jsdom
// Faults: a service worker that cannot be registered (no support, or register() rejects) and
// storage that is blocked or not persistent each show a clear, dismissible message — and the app
// itself keeps working. checkStorage() is exercised over fake-indexeddb and broken factories.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory as FakeIDBFactory } from 'fake-indexeddb';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../src/app/App';
import { initI18n } from '../../src/i18n';
import { PwaNotices } from '../../src/pwa/PwaNotices';
import { checkStorage, type StorageStatus } from '../../src/pwa/storage-status';
import { getPwaState, registerServiceWorker, resetPwaStateForTests, type WorkboxLike } from '../../src/pwa/update';

const OFFLINE_UNAVAILABLE = 'Offline use is not available on this device; the app still works while online.';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});
beforeEach(() => {
  resetPwaStateForTests();
  localStorage.clear();
});
afterEach(cleanup);

function renderShell(check: () => Promise<StorageStatus> = () => Promise.resolve('ok')) {
  return render(
    <I18nextProvider i18n={i18n}>
      <PwaNotices checkStorage={check} />
      <App />
    </I18nextProvider>,
  );
}

function workbox(register: WorkboxLike['register']): WorkboxLike {
  return { addEventListener: vi.fn(), register, update: vi.fn(async () => undefined), messageSkipWaiting: vi.fn() };
}

describe('service-worker registration failure', () => {
  test.each([
    ['unsupported (no navigator.serviceWorker)', { container: undefined }, 'unsupported'],
    ['register() rejects', { container: {} as ServiceWorkerContainer, createWorkbox: () => workbox(() => Promise.reject(new Error('SecurityError'))) }, 'register_failed'],
    ['workbox-window cannot load', { container: {} as ServiceWorkerContainer, createWorkbox: () => Promise.reject(new Error('chunk failed')) }, 'register_failed'],
    ['register() resolves with no registration', { container: {} as ServiceWorkerContainer, createWorkbox: () => workbox(() => Promise.resolve(undefined)) }, 'register_failed'],
  ] as const)('%s: a clear, dismissible message, and the app still works', async (_name, options, failure) => {
    const user = userEvent.setup();
    renderShell();
    const state = await act(() => registerServiceWorker(options));
    expect(state).toMatchObject({ registration: 'failed', failure });
    expect(screen.getByRole('alert')).toHaveTextContent(OFFLINE_UNAVAILABLE);

    // The app works: go to settings and back.
    await user.click(screen.getByRole('button', { name: /Settings/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByText(OFFLINE_UNAVAILABLE)).toBeNull();
    expect(getPwaState().failureDismissed).toBe(true);
  });

  test('a successful registration shows no message', async () => {
    renderShell();
    await act(() => registerServiceWorker({ container: {} as ServiceWorkerContainer, createWorkbox: () => workbox(async () => ({}) as ServiceWorkerRegistration) }));
    expect(getPwaState().registration).toBe('registered');
    expect(screen.queryByText(OFFLINE_UNAVAILABLE)).toBeNull();
  });

  test('the message is translated (Arabic, right to left document)', async () => {
    await act(() => i18n.changeLanguage('ar'));
    try {
      renderShell();
      await act(() => registerServiceWorker({ container: undefined }));
      expect(screen.getByRole('alert')).toHaveTextContent('الاستخدام دون اتصال غير متاح على هذا الجهاز');
      expect(document.documentElement.dir).toBe('rtl');
    } finally {
      await act(() => i18n.changeLanguage('en'));
    }
  });
});

describe('checkStorage()', () => {
  const persisted = (p: boolean, grant?: boolean) => {
    const persist = vi.fn(async () => grant ?? false);
    return { storage: { persisted: vi.fn(async () => p), persist } as unknown as StorageManager, persist };
  };

  test('ok when IndexedDB opens and storage is already persistent; the probe database is removed', async () => {
    const idb = new FakeIDBFactory();
    const { storage, persist } = persisted(true);
    expect(await checkStorage({ indexedDB: idb, storage })).toBe('ok');
    expect(persist).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 20));
    expect((await idb.databases()).map((d) => d.name)).toEqual([]);
  });

  test('asks for persistence: granted → ok, refused → not_persistent; not asked when told not to', async () => {
    const granted = persisted(false, true);
    expect(await checkStorage({ indexedDB: new FakeIDBFactory(), storage: granted.storage })).toBe('ok');
    expect(granted.persist).toHaveBeenCalledTimes(1);
    const refused = persisted(false, false);
    expect(await checkStorage({ indexedDB: new FakeIDBFactory(), storage: refused.storage })).toBe('not_persistent');
    const quiet = persisted(false, true);
    expect(await checkStorage({ indexedDB: new FakeIDBFactory(), storage: quiet.storage, requestPersistence: false })).toBe('not_persistent');
    expect(quiet.persist).not.toHaveBeenCalled();
  });

  test('not_persistent when the Storage API is missing or throws', async () => {
    expect(await checkStorage({ indexedDB: new FakeIDBFactory(), storage: undefined })).toBe('not_persistent');
    const throwing = { persisted: () => Promise.reject(new Error('denied')) } as unknown as StorageManager;
    expect(await checkStorage({ indexedDB: new FakeIDBFactory(), storage: throwing })).toBe('not_persistent');
  });

  test('unavailable when IndexedDB is missing, throws, errors, is blocked or never answers', async () => {
    const storage = persisted(true).storage;
    expect(await checkStorage({ indexedDB: undefined, storage })).toBe('unavailable');
    const throws = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
    expect(await checkStorage({ indexedDB: throws, storage })).toBe('unavailable');
    const request = (fire: 'onerror' | 'onblocked' | null) =>
      ({
        open: () => {
          const req: Record<string, unknown> = {};
          if (fire) setTimeout(() => (req[fire] as (e: Event) => void)(new Event('error')), 0);
          return req;
        },
      }) as unknown as IDBFactory;
    expect(await checkStorage({ indexedDB: request('onerror'), storage })).toBe('unavailable');
    expect(await checkStorage({ indexedDB: request('onblocked'), storage })).toBe('unavailable');
    expect(await checkStorage({ indexedDB: request(null), storage, timeoutMs: 30 })).toBe('unavailable');
  });
});

describe('storage notice', () => {
  test('unavailable: an alert saying cases cannot be saved; the app still works', async () => {
    const user = userEvent.setup();
    renderShell(() => Promise.resolve('unavailable'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Screening still works, but cases cannot be saved.');
    await user.click(screen.getByRole('button', { name: /Settings/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('pwa-storage-unavailable')).toBeNull();
  });

  test('not persistent: advice to install; dismissing it is remembered on this device', async () => {
    const user = userEvent.setup();
    const view = renderShell(() => Promise.resolve('not_persistent'));
    expect(await screen.findByTestId('pwa-storage-not_persistent')).toHaveTextContent('The browser may delete saved cases if this device runs low on space.');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('pwa-storage-not_persistent')).toBeNull();
    view.unmount();
    renderShell(() => Promise.resolve('not_persistent'));
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(screen.queryByTestId('pwa-storage-not_persistent')).toBeNull();
  });

  test('ok, or a check that rejects (treated as unavailable)', async () => {
    const view = renderShell(() => Promise.resolve('ok'));
    await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(screen.queryByTestId(/pwa-storage/)).toBeNull();
    view.unmount();
    renderShell(() => Promise.reject(new Error('boom')));
    expect(await screen.findByTestId('pwa-storage-unavailable')).toBeInTheDocument();
  });
});
