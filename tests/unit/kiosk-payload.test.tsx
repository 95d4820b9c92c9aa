// The kiosk QR payload round-trips a real request through deflate + base64url, fits a QR version
// a camera reads off a screen, and rejects tampered or foreign codes with a field-named error.
import { readFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { expect, test } from 'vitest';
import { decodeKioskPayload, encodeKioskPayload, KIOSK_PAYLOAD_MAX_CHARS, KIOSK_PAYLOAD_PREFIX } from '../../src/app/kiosk/payload';
import { parseScreeningRequest } from '../../src/domain/screening-request';

const example = JSON.parse(readFileSync('../shared/contracts/screening-request.example.json', 'utf8'));

test('round-trips the contract example exactly (after parsing)', async () => {
  const parsed = parseScreeningRequest(example);
  if (!parsed.ok) throw new Error('example must parse');
  const text = await encodeKioskPayload(parsed.request);
  expect(text.startsWith(KIOSK_PAYLOAD_PREFIX)).toBe(true);
  const back = await decodeKioskPayload(text);
  expect(back).toEqual({ ok: true, request: parsed.request });
  expect(text.length).toBeLessThan(JSON.stringify(example).length / 2);
});

test('a large household (10 members, 3 incomes each) still fits a QR of version ≤ 25 at level M', async () => {
  const members = Array.from({ length: 10 }, (_, i) => ({
    id: `m${i + 1}`, relationship: i === 0 ? 'self' : 'child', age: i === 0 ? 40 : i, pregnant: false, disabled: i % 3 === 0, student: i > 4,
    immigration: { status: 'refugee', since: '2024-02-10' },
    incomes: [{ type: 'wages', amount: 1234.56, frequency: 'biweekly' }, { type: 'ssi', amount: 943, frequency: 'monthly' }, { type: 'child_support_received', amount: 75, frequency: 'weekly' }],
  }));
  const parsed = parseScreeningRequest({ ...example, household: { ...example.household, members } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const text = await encodeKioskPayload(parsed.request);
  expect(text.length).toBeLessThanOrEqual(KIOSK_PAYLOAD_MAX_CHARS);
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  expect(qr.version).toBeLessThanOrEqual(25);
  expect(await decodeKioskPayload(text)).toEqual({ ok: true, request: parsed.request });
});

test('zeros that are answers (0 hours, 0 work quarters, age 0) survive the compaction', async () => {
  const m = example.household.members[0];
  const members = [
    { ...m, employment: { status: 'employed', hoursPerWeek: 0 }, immigration: { status: 'lawful_permanent_resident', workQuarters: 0 } },
    { id: 'baby', relationship: 'child', age: 0 },
  ];
  const parsed = parseScreeningRequest({ ...example, household: { ...example.household, members, tanfMonthsUsed: 0 } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  expect(await decodeKioskPayload(await encodeKioskPayload(parsed.request))).toEqual({ ok: true, request: parsed.request });
});

test('rejects foreign text, corrupt data, and a valid code holding an invalid request', async () => {
  expect(await decodeKioskPayload('https://example.org')).toMatchObject({ ok: false, errors: [{ code: 'not_a_kiosk_code' }] });
  expect(await decodeKioskPayload(`${KIOSK_PAYLOAD_PREFIX}!!!not-base64`)).toMatchObject({ ok: false, errors: [{ code: 'corrupt_kiosk_code' }] });
  const bad = await encodeKioskPayload({ ...example, household: { ...example.household, members: [{ ...example.household.members[0], age: 200 }] } });
  const r = await decodeKioskPayload(bad);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors.map((e) => e.field)).toContain('household.members.0.age');
});
