// @vitest-environment jsdom
// The update prompt: workbox-window is mocked at its module boundary (a fake Workbox whose events
// the test fires). A waiting version is offered with "Update now" / "Later"; while a screening is
// in progress the prompt only says the update comes after the screening and nothing reloads; the
// page reloads only after the person chooses "Update now" once the screening has ended.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import KioskMode from '../../src/app/kiosk/KioskMode';
import { initI18n } from '../../src/i18n';
import { isScreeningInProgress, setScreeningInProgress, subscribeScreeningInProgress } from '../../src/pwa/activity';
import { PwaNotices } from '../../src/pwa/PwaNotices';
import { applyUpdate, getPwaState, registerServiceWorker, resetPwaStateForTests } from '../../src/pwa/update';

type Handler = (e: { isUpdate?: boolean }) => void;

const fake = vi.hoisted(() => {
  const instances: FakeWorkbox[] = [];
  class FakeWorkbox {
    url: string;
    options: unknown;
    handlers = new Map<string, Handler[]>();
    register = vi.fn(async () => ({ scope: '/' }) as unknown as ServiceWorkerRegistration);
    update = vi.fn(async () => undefined);
    messageSkipWaiting = vi.fn();
    constructor(url: string, options?: unknown) {
      this.url = url;
      this.options = options;
      instances.push(this);
    }
    addEventListener(type: string, h: Handler) {
      this.handlers.set(type, [...(this.handlers.get(type) ?? []), h]);
    }
    fire(type: string, e: { isUpdate?: boolean } = {}) {
      for (const h of this.handlers.get(type) ?? []) h(e);
    }
  }
  return { instances, FakeWorkbox };
});
vi.mock('workbox-window', () => ({ Workbox: fake.FakeWorkbox }));

let i18n: I18n;
const noStorageCheck = () => Promise.resolve('ok' as const);

beforeAll(async () => {
  i18n = await initI18n('en');
});

beforeEach(() => {
  fake.instances.length = 0;
  resetPwaStateForTests();
  setScreeningInProgress(false);
});

afterEach(() => {
  cleanup();
  setScreeningInProgress(false);
});

const container = {} as ServiceWorkerContainer;

async function setup() {
  const reload = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <PwaNotices checkStorage={noStorageCheck} />
    </I18nextProvider>,
  );
  await act(() => registerServiceWorker({ container, reload }));
  expect(fake.instances).toHaveLength(1);
  return { wb: fake.instances[0]!, reload };
}

describe('activity flag', () => {
  test('set, read and subscribe; listeners hear only changes; unsubscribe stops them', () => {
    const heard: boolean[] = [];
    const off = subscribeScreeningInProgress((a) => heard.push(a));
    setScreeningInProgress(true);
    setScreeningInProgress(true);
    expect(isScreeningInProgress()).toBe(true);
    setScreeningInProgress(false);
    off();
    setScreeningInProgress(true);
    expect(heard).toEqual([true, false]);
  });
});

describe('update prompt', () => {
  test('registers /sw.js through workbox-window; nothing shows until a new version waits', async () => {
    const { wb } = await setup();
    expect(wb.url).toBe('/sw.js');
    expect(wb.options).toEqual({ scope: '/' });
    expect(wb.register).toHaveBeenCalledTimes(1);
    expect(getPwaState().registration).toBe('registered');
    expect(screen.queryByTestId('pwa-update')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('"Update now" activates the waiting version and reloads once it takes control', async () => {
    const user = userEvent.setup();
    const { wb, reload } = await setup();
    act(() => wb.fire('waiting', { isUpdate: true }));
    const prompt = screen.getByTestId('pwa-update');
    expect(within(prompt).getByRole('status')).toHaveTextContent('A new version is ready.');
    expect(within(prompt).getByRole('button', { name: 'Later' })).toBeInTheDocument();
    await user.click(within(prompt).getByRole('button', { name: 'Update now' }));
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByTestId('pwa-update')).toHaveTextContent('Updating…');
    expect(screen.queryByRole('button', { name: 'Update now' })).toBeNull();
    act(() => wb.fire('controlling', { isUpdate: true }));
    act(() => wb.fire('controlling', { isUpdate: true }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('"Later" hides the prompt; a new version taking control from another tab does not reload this one', async () => {
    const user = userEvent.setup();
    const { wb, reload } = await setup();
    act(() => wb.fire('waiting'));
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByTestId('pwa-update')).toBeNull();
    act(() => wb.fire('controlling'));
    expect(reload).not.toHaveBeenCalled();
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
  });

  test('during a screening: says it will update after, offers no "Update now", and refuses to apply', async () => {
    const user = userEvent.setup();
    const { wb, reload } = await setup();
    setScreeningInProgress(true);
    act(() => wb.fire('waiting', { isUpdate: true }));
    const prompt = screen.getByTestId('pwa-update');
    expect(prompt).toHaveTextContent('A new version is ready. It will be installed after this screening, so your answers stay safe.');
    expect(within(prompt).queryByRole('button', { name: 'Update now' })).toBeNull();
    expect(applyUpdate()).toBe(false);
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();

    // The person closes it; the screening goes on; nothing reloads.
    await user.click(within(prompt).getByRole('button', { name: 'OK' }));
    expect(screen.queryByTestId('pwa-update')).toBeNull();
    act(() => wb.fire('controlling'));
    expect(reload).not.toHaveBeenCalled();

    // The screening ends: the offer comes back, and still nothing happens until it is chosen.
    act(() => setScreeningInProgress(false));
    const again = screen.getByTestId('pwa-update');
    expect(again).not.toHaveTextContent('after this screening');
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
    await user.click(within(again).getByRole('button', { name: 'Update now' }));
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
    act(() => wb.fire('controlling'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('a screening that starts while the offer is showing takes "Update now" away at once', async () => {
    const { wb } = await setup();
    act(() => wb.fire('waiting'));
    expect(screen.getByRole('button', { name: 'Update now' })).toBeInTheDocument();
    act(() => setScreeningInProgress(true));
    expect(screen.queryByRole('button', { name: 'Update now' })).toBeNull();
    expect(screen.getByTestId('pwa-update')).toHaveTextContent('after this screening');
  });

  test('the prompt is translated (Spanish) and checks for updates hourly while online', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { wb } = await setup();
      await act(() => i18n.changeLanguage('es'));
      act(() => wb.fire('waiting'));
      expect(screen.getByTestId('pwa-update')).toHaveTextContent('Hay una nueva versión lista.');
      expect(screen.getByRole('button', { name: 'Actualizar ahora' })).toBeInTheDocument();
      expect(wb.update).not.toHaveBeenCalled();
      vi.advanceTimersByTime(60 * 60 * 1000);
      expect(wb.update).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
      await act(() => i18n.changeLanguage('en'));
    }
  });
});

describe('kiosk mode marks the screening in progress', () => {
  test('from the language choice until the summary; off on start over, finish and leaving', async () => {
    const user = userEvent.setup();
    const view = render(
      <I18nextProvider i18n={i18n}>
        <KioskMode />
      </I18nextProvider>,
    );
    expect(isScreeningInProgress()).toBe(false);
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(isScreeningInProgress()).toBe(true);
    await user.click(screen.getByRole('button', { name: i18n.t('kiosk:welcome.start') }));
    expect(isScreeningInProgress()).toBe(true);
    // Start over (reset) clears it.
    await user.click(screen.getByRole('button', { name: i18n.t('kiosk:startOver') }));
    expect(isScreeningInProgress()).toBe(false);

    // Answer through to the summary.
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: i18n.t('kiosk:welcome.start') }));
    const next = () => user.click(screen.getByRole('button', { name: i18n.t('kiosk:next') }));
    const skip = () => user.click(screen.getByRole('button', { name: i18n.t('kiosk:skip') }));
    await user.selectOptions(screen.getByRole('combobox'), 'NY');
    await next();
    await skip(); // county
    await skip(); // zip
    await user.type(screen.getByRole('textbox'), '34');
    await next();
    await skip(); // others
    await skip(); // income
    await user.click(screen.getByRole('radio', { name: i18n.t('kiosk:options.housing.renting') }));
    await next();
    expect(isScreeningInProgress()).toBe(true);
    await skip(); // needs → summary
    expect(await screen.findByRole('heading', { level: 1, name: i18n.t('kiosk:summary.heading') })).toBeInTheDocument();
    expect(isScreeningInProgress()).toBe(false);
    await user.click(screen.getByRole('button', { name: i18n.t('kiosk:summary.finish') }));
    expect(await screen.findByRole('button', { name: 'English' })).toBeInTheDocument();
    expect(isScreeningInProgress()).toBe(false);

    // Leaving kiosk mode mid-screening (unmount) clears it too.
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(isScreeningInProgress()).toBe(true);
    view.unmount();
    expect(isScreeningInProgress()).toBe(false);
  });
});
