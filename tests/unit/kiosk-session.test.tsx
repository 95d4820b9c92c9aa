// @vitest-environment jsdom
// Kiosk session logic in jsdom with fake timers: the timing settings (the warning never under 20 s),
// the idle warning returning to the exact question and typed draft, the full reset (speech
// cancelled, registered caches cleared, nothing of the old answers when the next person starts),
// and read-aloud offered only where the device has a voice for the language.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { kioskTiming } from '../../src/app/kiosk/config';
import KioskMode from '../../src/app/kiosk/KioskMode';
import { registerSessionCache } from '../../src/app/kiosk/session';
import { initI18n } from '../../src/i18n';
import { ReadAloudButton } from '../../src/i18n/ReadAloudButton';
import { voiceFor } from '../../src/i18n/speech';
import en from '../../locales/en/kiosk.json';
import fa from '../../locales/fa-AF/kiosk.json';

describe('kiosk timing from the address', () => {
  test('defaults: 90 s idle, then a 30 s warning', () => {
    expect(kioskTiming('')).toEqual({ idleMs: 90_000, warningSeconds: 30 });
  });
  test('idle time can be set; the warning can be longer but never under 20 s', () => {
    expect(kioskTiming('?kioskIdleSeconds=5&kioskWarningSeconds=3')).toEqual({ idleMs: 5_000, warningSeconds: 20 });
    expect(kioskTiming('?kioskIdleSeconds=300&kioskWarningSeconds=45')).toEqual({ idleMs: 300_000, warningSeconds: 45 });
    expect(kioskTiming('?kioskIdleSeconds=0&kioskWarningSeconds=-9')).toEqual({ idleMs: 2_000, warningSeconds: 20 });
    expect(kioskTiming('?kioskIdleSeconds=abc&kioskWarningSeconds=')).toEqual({ idleMs: 90_000, warningSeconds: 30 });
    expect(kioskTiming('?kioskIdleSeconds=1e9')).toEqual({ idleMs: 3_600_000, warningSeconds: 30 });
  });
});

let i18n: I18n;
const cancel = vi.fn();

beforeAll(async () => {
  i18n = await initI18n('en');
  // jsdom has no <dialog> modality and no speech: the smallest stand-ins that behave the same way.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
beforeEach(() => {
  vi.useFakeTimers();
  cancel.mockReset();
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: { cancel, speak: vi.fn(), getVoices: () => [], addEventListener: vi.fn(), removeEventListener: vi.fn() },
  });
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await i18n.changeLanguage('en');
});

function renderKiosk() {
  return render(
    <I18nextProvider i18n={i18n}>
      <KioskMode idleMs={10_000} warningSeconds={20} />
    </I18nextProvider>,
  );
}
/** Advance fake time in steps, letting React re-render between them (the countdown is one timer per second). */
function tick(ms: number) {
  for (let left = ms; left > 0; left -= 250) act(() => vi.advanceTimersByTime(Math.min(250, left)));
}
const click = (name: string) => act(() => fireEvent.click(screen.getByRole('button', { name })));
const h1 = () => screen.getByRole('heading', { level: 1 }).textContent;

async function toDariCounty() {
  renderKiosk();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'دری' })));
  // The Dari catalogs load lazily (their own chunks): wait until the language has switched.
  // (Fake timers stay frozen meanwhile: loading is I/O, not timers, so the idle clock does not move.)
  for (let i = 0; i < 200 && h1() !== fa.welcome.heading; i++) {
    await act(async () => {
      await i18n.loadLanguages('fa-AF');
      await new Promise((r) => process.nextTick(r));
    });
  }
  expect(document.documentElement.dir).toBe('rtl');
  expect(h1()).toBe(fa.welcome.heading);
  click(fa.welcome.start);
  act(() => fireEvent.change(screen.getByRole('combobox'), { target: { value: 'NM' } }));
  click(fa.next);
  expect(h1()).toBe(fa.q.county.label);
  act(() => fireEvent.change(screen.getByRole('textbox'), { target: { value: 'Bernalillo' } }));
}

describe('idle warning', () => {
  test('appears after the idle time; "still here" returns to the same question with the typed draft and earlier answers', async () => {
    await toDariCounty();
    expect(screen.queryByRole('dialog')).toBeNull();
    tick(9_900);
    expect(screen.queryByRole('dialog')).toBeNull();
    tick(200);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent(fa.idle.heading);
    expect(dialog).toHaveTextContent(fa.idle.body_other.replace('{{count, number}}', new Intl.NumberFormat('fa-AF').format(20)));
    tick(19_000); // 19 s into the 20 s window: still waiting
    expect(screen.getByRole('dialog')).toHaveTextContent(fa.idle.body_other.replace('{{count, number}}', new Intl.NumberFormat('fa-AF').format(1)));
    click(fa.idle.stay);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(h1()).toBe(fa.q.county.label);
    expect(screen.getByRole('textbox')).toHaveValue('Bernalillo');
    click(fa.back);
    expect(screen.getByRole('combobox')).toHaveValue('NM');
  });

  test('no answer within 20 s: full reset to the language screen, speech stopped, caches cleared, nothing left for the next person', async () => {
    const cleared = vi.fn();
    const unregister = registerSessionCache(cleared);
    await toDariCounty();
    expect(cleared).not.toHaveBeenCalled();
    tick(10_000); // warning
    tick(19_750);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    tick(500);
    await act(async () => {
      await i18n.loadNamespaces('kiosk');
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(h1()).toBe(en.language.heading);
    expect(screen.getByRole('status')).toHaveTextContent(en.cleared);
    expect(document.documentElement.lang).toBe('en');
    expect(cancel).toHaveBeenCalled();
    expect(cleared).toHaveBeenCalledTimes(1);
    expect(document.body.textContent).not.toContain('Bernalillo');
    // The next person: same flow, empty answers.
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'English' })));
    click(en.welcome.start);
    expect(screen.getByRole('combobox')).toHaveValue('');
    click(en.next);
    expect(screen.getByRole('alert')).toHaveTextContent(en.errors.required);
    unregister();
  });

  test('"start over" resets the same way at once', async () => {
    await toDariCounty();
    click(fa.startOver);
    expect(h1()).toBe(en.language.heading);
    expect(cancel).toHaveBeenCalled();
    expect(document.body.textContent).not.toContain('Bernalillo');
  });
});

describe('read-aloud', () => {
  const voice = (lang: string, localService = true) => ({ lang, localService, voiceURI: `v-${lang}`, name: lang, default: false }) as SpeechSynthesisVoice;

  test('voice choice: exact tag, then the same language (fa-AF → fa-IR), Simplified Chinese → zh-CN; none for a missing language', () => {
    const voices = [voice('en-US'), voice('fa-IR'), voice('zh-CN'), voice('zh-TW'), voice('ar-SA', false), voice('ar-EG')];
    expect(voiceFor('fa-AF', voices)?.lang).toBe('fa-IR');
    expect(voiceFor('zh-Hans', voices)?.lang).toBe('zh-CN');
    expect(voiceFor('ar', voices)?.lang).toBe('ar-EG'); // a local voice first
    expect(voiceFor('ps', voices)).toBeUndefined();
    expect(voiceFor('so', voices)).toBeUndefined();
  });

  test('kiosk welcome in Dari: read-aloud speaks the Dari text with the Persian voice; reset stops it', async () => {
    const speak = vi.fn();
    vi.stubGlobal('SpeechSynthesisUtterance', class {
      voice?: SpeechSynthesisVoice;
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { cancel, speak, getVoices: () => [voice('en-US'), voice('fa-IR')], addEventListener: vi.fn(), removeEventListener: vi.fn() },
    });
    renderKiosk();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'دری' })));
    for (let i = 0; i < 200 && h1() !== fa.welcome.heading; i++) {
      await act(async () => {
        await i18n.loadLanguages('fa-AF');
        await new Promise((r) => process.nextTick(r));
      });
    }
    const faCommon = i18n.getResourceBundle('fa-AF', 'common') as { readAloud: { start: string } };
    click(faCommon.readAloud.start);
    expect(speak).toHaveBeenCalledTimes(1);
    const u = speak.mock.calls[0]![0] as { text: string; lang: string };
    expect(u.lang).toBe('fa-IR');
    expect(u.text).toContain(fa.welcome.intro);
    cancel.mockClear();
    click(fa.welcome.start);
    click(fa.startOver);
    expect(cancel).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  test('the control shows where a voice exists and is absent where none does', async () => {
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { cancel, speak: vi.fn(), getVoices: () => [voice('fa-IR')], addEventListener: vi.fn(), removeEventListener: vi.fn() },
    });
    await act(async () => {
      await i18n.changeLanguage('fa-AF');
    });
    const { unmount } = render(
      <I18nextProvider i18n={i18n}>
        <ReadAloudButton text={() => 'x'} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('button')).toBeInTheDocument();
    unmount();
    await act(async () => {
      await i18n.changeLanguage('ps');
    });
    render(
      <I18nextProvider i18n={i18n}>
        <ReadAloudButton text={() => 'x'} />
      </I18nextProvider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
