// @vitest-environment jsdom
// The worker-side reader of kiosk codes: text typed by a handheld scanner or pasted, and a photo
// read with BarcodeDetector where the browser has it (the control is absent where it does not).
// A good code yields exactly the request the kiosk encoded; anything else names the problem.
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { KioskCodeImport } from '../../src/app/kiosk/KioskCodeImport';
import { encodeKioskPayload, KIOSK_PAYLOAD_PREFIX } from '../../src/app/kiosk/payload';
import { parseScreeningRequest, type ScreeningRequest } from '../../src/domain/screening-request';
import { initI18n } from '../../src/i18n';
import en from '../../locales/en/kiosk.json';

let i18n: I18n;
let request: ScreeningRequest;
let code: string;
beforeAll(async () => {
  i18n = await initI18n('en');
  const parsed = parseScreeningRequest(JSON.parse(readFileSync('../shared/contracts/screening-request.example.json', 'utf8')));
  if (!parsed.ok) throw new Error('example must parse');
  request = parsed.request;
  code = await encodeKioskPayload(request);
});
afterEach(() => {
  cleanup();
  delete (window as unknown as { BarcodeDetector?: unknown }).BarcodeDetector;
});

function mount() {
  const onImport = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <KioskCodeImport onImport={onImport} />
    </I18nextProvider>,
  );
  return onImport;
}

async function submit(text: string) {
  fireEvent.change(screen.getByLabelText(en.import.label), { target: { value: text } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: en.import.submit }));
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
}

test('a scanned or pasted code imports exactly the request the kiosk encoded', async () => {
  const onImport = mount();
  await submit(`  ${code}\n`);
  expect(onImport).toHaveBeenCalledTimes(1);
  expect(onImport.mock.calls[0]![0]).toEqual(request);
  expect(screen.getByLabelText(en.import.label)).toHaveValue('');
  expect(screen.queryByRole('alert')).toBeNull();
});

test('foreign text, a damaged code and a code with an invalid request each say what is wrong', async () => {
  const onImport = mount();
  await submit('https://example.org/');
  expect(screen.getByRole('alert')).toHaveTextContent(en.import.errors.notKioskCode);
  await submit(`${code.slice(0, 40)}!!`);
  expect(screen.getByRole('alert')).toHaveTextContent(en.import.errors.corrupt);
  const bad = await encodeKioskPayload({ ...request, household: { ...request.household, members: [{ ...request.household.members[0]!, age: 999 }] } });
  expect(bad.startsWith(KIOSK_PAYLOAD_PREFIX)).toBe(true);
  await submit(bad);
  expect(screen.getByRole('alert')).toHaveTextContent(en.import.errors.invalid);
  expect(screen.getByLabelText(en.import.label)).toHaveAttribute('aria-invalid', 'true');
  expect(onImport).not.toHaveBeenCalled();
});

test('photo: hidden without BarcodeDetector; with it, a photo of the code imports the request', async () => {
  mount();
  expect(screen.queryByText(en.import.photo)).toBeNull();
  cleanup();
  const detect = vi.fn(async () => [{ rawValue: code }]);
  (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
    constructor(public opts: { formats: string[] }) {}
    detect = detect;
  };
  vi.stubGlobal('createImageBitmap', vi.fn(async () => ({})));
  const onImport = mount();
  const input = screen.getByLabelText(en.import.photo);
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File(['x'], 'code.jpg', { type: 'image/jpeg' })] } });
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
  expect(detect).toHaveBeenCalledTimes(1);
  expect(onImport.mock.calls[0]![0]).toEqual(request);
  detect.mockResolvedValueOnce([]);
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File(['y'], 'blank.jpg', { type: 'image/jpeg' })] } });
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
  expect(screen.getByRole('alert')).toHaveTextContent(en.import.errors.noCode);
  vi.unstubAllGlobals();
});
