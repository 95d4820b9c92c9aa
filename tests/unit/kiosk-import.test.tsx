// @vitest-environment jsdom
// The worker-side reader of kiosk codes: text typed by a handheld scanner or pasted, and a photo
// or picture of the code (BarcodeDetector where the browser has it, else jsqr on the picture's
// pixels: a real QR code drawn by the `qrcode` library behind stand-ins for the image decoding
// jsdom lacks). A good code yields exactly the request the kiosk encoded; anything else names the
// problem: no code in the picture, not a picture, not a kiosk code, a damaged code.
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { KioskCodeImport } from '../../src/app/kiosk/KioskCodeImport';
import { encodeKioskPayload, KIOSK_PAYLOAD_PREFIX } from '../../src/app/kiosk/payload';
import { parseScreeningRequest, type ScreeningRequest } from '../../src/domain/screening-request';
import { initI18n } from '../../src/i18n';
import en from '../../locales/en/kiosk.json';
import { drawQr, fakeImageDecoding, page } from './fixtures/qr-pixels';

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
  vi.unstubAllGlobals();
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

/** Choose a file in the photo control. */
async function choosePhoto(file: File) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(en.import.photo), { target: { files: [file] } });
  });
}
const until = (check: () => void) => waitFor(check, { timeout: 10_000 });
const alertSays = (text: string) => until(() => expect(screen.getByRole('alert')).toHaveTextContent(text));

const png = (name: string) => new File(['png'], name, { type: 'image/png' });

test('photo without BarcodeDetector: the control is always there; a picture of the code imports the request', async () => {
  expect((window as unknown as { BarcodeDetector?: unknown }).BarcodeDetector).toBeUndefined();
  fakeImageDecoding({ width: 640, height: 480 }, (w, h) => drawQr(code, { width: w, height: h, codeSide: Math.round(h * 0.8), x: Math.round(w * 0.2), y: Math.round(h * 0.1) }));
  const onImport = mount();
  const input = screen.getByLabelText(en.import.photo);
  expect(input).toHaveAttribute('type', 'file');
  expect(input).toHaveAttribute('accept', 'image/*');
  expect(input).toHaveAttribute('capture', 'environment');
  await choosePhoto(png('code.png'));
  await until(() => expect(onImport).toHaveBeenCalledTimes(1));
  expect(onImport.mock.calls[0]![0]).toEqual(request);
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('status')).toHaveTextContent('');
});

test('photo errors: no code in the picture, a file that is not a picture, a QR that is not a kiosk code, a damaged kiosk code', async () => {
  let picture = (w: number, h: number) => page(w, h);
  fakeImageDecoding({ width: 400, height: 300 }, (w, h) => picture(w, h));
  const onImport = mount();
  await choosePhoto(png('wall.png'));
  await alertSays(en.import.errors.noCode);

  await choosePhoto(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
  await alertSays(en.import.errors.notImage);

  picture = (w, h) => drawQr('https://example.org/menu', { width: w, height: h, codeSide: h, x: 40 });
  await choosePhoto(png('menu.png'));
  await alertSays(en.import.errors.notKioskCode);

  // A kiosk code whose compressed data was cut short: the QR reads, the payload does not inflate.
  const damaged = `${code.slice(0, 60)}x`;
  picture = (w, h) => drawQr(damaged, { width: w, height: h, codeSide: h, x: 40 });
  await choosePhoto(png('torn.png'));
  await alertSays(en.import.errors.corrupt);
  expect(onImport).not.toHaveBeenCalled();

  // The same file control works again after errors: now a good code.
  picture = (w, h) => drawQr(code, { width: w, height: h, codeSide: h, x: 40 });
  await choosePhoto(png('code.png'));
  await until(() => expect(onImport).toHaveBeenCalledTimes(1));
  expect(onImport.mock.calls[0]![0]).toEqual(request);
  expect(screen.queryByRole('alert')).toBeNull();
});

test('photo with BarcodeDetector: the detector reads the picture', async () => {
  const detect = vi.fn(async () => [{ rawValue: code }]);
  (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
    constructor(public opts: { formats: string[] }) {}
    detect = detect;
  };
  const draws = fakeImageDecoding({ width: 400, height: 300 }, (w, h) => page(w, h));
  const onImport = mount();
  await choosePhoto(new File(['x'], 'code.jpg', { type: 'image/jpeg' }));
  await until(() => expect(onImport).toHaveBeenCalledTimes(1));
  expect(detect).toHaveBeenCalledTimes(1);
  expect(draws).toEqual([]);
  expect(onImport.mock.calls[0]![0]).toEqual(request);
});

test('as the page heading (worker mode), the form is named by an h1', () => {
  render(
    <I18nextProvider i18n={i18n}>
      <KioskCodeImport onImport={() => undefined} headingLevel={1} />
    </I18nextProvider>,
  );
  expect(screen.getByRole('heading', { level: 1, name: en.import.heading })).toBeInTheDocument();
  expect(screen.getByRole('form', { name: en.import.heading })).toBeInTheDocument();
});
