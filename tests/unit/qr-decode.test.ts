// Reading a kiosk QR code from pixels, the way a laptop without BarcodeDetector does: real QR
// codes drawn by the `qrcode` library (the same one the kiosk uses) into RGBA pixels and decoded by
// the jsqr path; pictures without a code say so. readQrCode's orchestration (BarcodeDetector first,
// the downscale of a large photo, files that are not pictures) runs against a stand-in canvas that
// draws the real code at whatever size it is asked for (fixtures/qr-pixels fakeImageDecoding).
import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { decodeKioskPayload, encodeKioskPayload } from '../../src/app/kiosk/payload';
import { answersToRequest } from '../../src/app/kiosk/questions';
import { decodeQrPixels, readQrCode, scanSides } from '../../src/app/kiosk/qr-decode';
import { parseScreeningRequest, type ScreeningRequest } from '../../src/domain/screening-request';
import { drawQr as draw, fakeImageDecoding as fakeCanvas, noise, page } from './fixtures/qr-pixels';

let request: ScreeningRequest;
/** The contract example (a large household: QR version 20, 97 modules). */
let payload: string;
/** What a kiosk family's summary holds (QR version 14, 73 modules). */
let kioskPayload: string;
beforeAll(async () => {
  const parsed = parseScreeningRequest(JSON.parse(readFileSync('../shared/contracts/screening-request.example.json', 'utf8')));
  if (!parsed.ok) throw new Error('example must parse');
  request = parsed.request;
  payload = await encodeKioskPayload(request);
  const kiosk = parseScreeningRequest(answersToRequest({ state: 'VA', county: 'Fairfax', zip: '22041', age: '37', others: '35, 4, 9', income: '2718.28', housing: 'renting', needs: ['food', 'rent'] }, '2026-11-23'));
  if (!kiosk.ok) throw new Error('kiosk answers must parse');
  kioskPayload = await encodeKioskPayload(kiosk.request);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

test('a real kiosk code drawn at 4 px a module decodes to exactly the payload, and back to the request', async () => {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const side = (qr.modules.size + 8) * 4;
  const p = draw(payload, { width: side, height: side, codeSide: side });
  const text = await decodeQrPixels(p.data, p.width, p.height);
  expect(text).toBe(payload);
  expect(await decodeKioskPayload(text!)).toEqual({ ok: true, request });
});

test('a kiosk code at a fractional module size (280 px, as on the summary), off-centre in a larger picture', async () => {
  expect(QRCode.create(kioskPayload, { errorCorrectionLevel: 'M' }).modules.size).toBe(73);
  const off = draw(kioskPayload, { width: 640, height: 480, codeSide: 280, x: 217, y: 101 });
  expect(await decodeQrPixels(off.data, off.width, off.height)).toBe(kioskPayload);
});

test('pictures without a code (blank page, noise, a code cut in half) give no text', async () => {
  const blank = new Uint8ClampedArray(200 * 200 * 4).fill(255);
  expect(await decodeQrPixels(blank, 200, 200)).toBeUndefined();
  const n = noise(320, 240);
  expect(await decodeQrPixels(n.data, n.width, n.height)).toBeUndefined();
  // Half the code is outside the picture.
  const cut = draw(payload, { width: 300, height: 300, codeSide: 300, x: 150 });
  expect(await decodeQrPixels(cut.data, cut.width, cut.height)).toBeUndefined();
});

test('scanSides: capped at 1600 px, then ¾, then half (large) or 1¼ times (small)', () => {
  expect(scanSides(4000)).toEqual([1600, 1200, 800]);
  expect(scanSides(1000)).toEqual([1000, 750, 1250]);
  expect(scanSides(280)).toEqual([280, 210, 350]);
});

test('readQrCode: a 4000×3000 photo is scaled to 1600 px before jsqr reads it', async () => {
  const draws = fakeCanvas({ width: 4000, height: 3000 }, (w, h) => draw(payload, { width: w, height: h, codeSide: Math.round(h * 0.6), x: Math.round(w * 0.3), y: Math.round(h * 0.2) }));
  expect(await readQrCode(new Blob(['jpeg'], { type: 'image/jpeg' }))).toEqual({ ok: true, text: payload });
  expect(draws).toEqual([[1600, 1200]]);
});

test('readQrCode: no code → every size tried, then no_code; a file that is not a picture → not_image', async () => {
  // A plain page (a grey gradient): jsqr scans it fast; noise at 1600 px would take seconds.
  const draws = fakeCanvas({ width: 2000, height: 1000 }, (w, h) => page(w, h));
  expect(await readQrCode(new Blob(['jpeg'], { type: 'image/jpeg' }))).toEqual({ ok: false, reason: 'no_code' });
  expect(draws).toEqual([[1600, 800], [1200, 600], [800, 400]]);
  expect(await readQrCode(new Blob(['hello'], { type: 'text/plain' }))).toEqual({ ok: false, reason: 'not_image' });
});

test('readQrCode: a code jsqr misses at the first size is read at another', async () => {
  // The contract example's version-20 code filling 280 px (2.7 px a module) is missed; at 210 px it is read.
  const picture = (w: number, h: number) => draw(payload, { width: w, height: h, codeSide: w });
  const at280 = picture(280, 280);
  expect(await decodeQrPixels(at280.data, 280, 280)).toBeUndefined();
  const draws = fakeCanvas({ width: 280, height: 280 }, picture);
  expect(await readQrCode(new Blob(['png'], { type: 'image/png' }))).toEqual({ ok: true, text: payload });
  expect(draws).toEqual([[280, 280], [210, 210]]);
});

test('readQrCode: BarcodeDetector is used where present; when it finds nothing, jsqr still reads the picture', async () => {
  const draws = fakeCanvas({ width: 400, height: 400 }, (w, h) => draw(payload, { width: w, height: h, codeSide: 400 }));
  const detect = vi.fn(async () => [{ rawValue: 'ANYDOOR1:from-detector' }]);
  const formats: string[][] = [];
  vi.stubGlobal('BarcodeDetector', class {
    constructor(opts: { formats: string[] }) { formats.push(opts.formats); }
    detect = detect;
  });
  expect(await readQrCode(new Blob(['png'], { type: 'image/png' }))).toEqual({ ok: true, text: 'ANYDOOR1:from-detector' });
  expect(formats).toEqual([['qr_code']]);
  expect(draws).toEqual([]); // the detector answered: no canvas work
  detect.mockResolvedValueOnce([]);
  expect(await readQrCode(new Blob(['png'], { type: 'image/png' }))).toEqual({ ok: true, text: payload });
  expect(draws).toEqual([[400, 400]]);
});
