/**
 * The kiosk's hand-off to staff: the ScreeningRequest, deflated and base64url-encoded behind a
 * versioned prefix, small enough for a QR code a phone or laptop camera reads off a screen or
 * paper. A worker's device imports it with decodeKioskPayload — no network involved.
 */
import { parseScreeningRequest, type FieldError, type ScreeningRequest, type ScreeningRequestInput } from '../../domain/screening-request';

export const KIOSK_PAYLOAD_PREFIX = 'ANYDOOR1:';
/** Cap on the encoded text: keeps the QR at version ≤ 25 (117×117 modules) at error level M. */
export const KIOSK_PAYLOAD_MAX_CHARS = 1_200;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  // Response bodies are web streams everywhere (browsers, Node, jsdom); Blob.stream() is not in jsdom.
  const out = new Response(new Response(bytes as BodyInit).body!.pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** Fields whose schema default is false / 0 / []: dropped when at the default, parsing restores them. */
const DEFAULTED = new Set([
  'pregnant', 'disabled', 'student', 'incomes', 'needs', 'rent', 'mortgage', 'propertyTaxInsurance',
  'heatingCooling', 'electricity', 'water', 'phone', 'dependentCare', 'childSupportPaid', 'medical', 'cash', 'bank',
]);
const isDefault = (v: unknown) => v === false || v === 0 || (Array.isArray(v) && v.length === 0);

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || (DEFAULTED.has(k) && isDefault(v))) continue;
      out[k] = compact(v);
    }
    return out;
  }
  return value;
}

export async function encodeKioskPayload(request: ScreeningRequest | ScreeningRequestInput): Promise<string> {
  const json = JSON.stringify(compact(request));
  const deflated = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return KIOSK_PAYLOAD_PREFIX + toBase64Url(deflated);
}

export type DecodeResult =
  | { ok: true; request: ScreeningRequest }
  | { ok: false; errors: FieldError[] };

/** Read a scanned kiosk code back into a validated ScreeningRequest (errors name the field). */
export async function decodeKioskPayload(text: string): Promise<DecodeResult> {
  const trimmed = text.trim();
  if (!trimmed.startsWith(KIOSK_PAYLOAD_PREFIX)) {
    return { ok: false, errors: [{ field: '(payload)', code: 'not_a_kiosk_code', message: 'not_a_kiosk_code' }] };
  }
  let json: unknown;
  try {
    const bytes = await pipe(fromBase64Url(trimmed.slice(KIOSK_PAYLOAD_PREFIX.length)), new DecompressionStream('deflate-raw'));
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, errors: [{ field: '(payload)', code: 'corrupt_kiosk_code', message: 'corrupt_kiosk_code' }] };
  }
  return parseScreeningRequest(json);
}
