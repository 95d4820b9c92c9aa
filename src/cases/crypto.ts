/**
 * Case encryption with WebCrypto only.
 *
 * - Key: PBKDF2-SHA-256 over the passphrase (Unicode NFC, UTF-8), 600,000 iterations (OWASP 2023
 *   guidance for PBKDF2-HMAC-SHA256), 16-byte random salt → AES-GCM 256-bit key, non-extractable.
 * - Each write: fresh random 96-bit IV, payload = JSON → UTF-8 → AES-GCM. Additional data binds a
 *   ciphertext to its purpose and record id, so a blob copied onto another record will not open.
 * - A verifier (a known value sealed with the key) lets unlock detect a wrong passphrase without
 *   touching case data.
 *
 * All of this runs BEFORE any Dexie transaction: WebCrypto promises are not IndexedDB requests, and
 * awaiting them inside a transaction lets it auto-commit half way.
 */
import type { Sealed } from '../db';

export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
const VERIFIER_TEXT = 'anydoor-vault-verifier-v1';

/** A passphrase did not open the vault or file (the AES-GCM tag check failed). */
export class WrongPassphraseError extends Error {
  readonly code = 'wrong_passphrase';
  constructor() {
    super('wrong_passphrase');
    this.name = 'WrongPassphraseError';
  }
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('webcrypto_unavailable');
  return s;
}

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

/** Derive the AES-GCM key. Slow on purpose (~0.3–1 s). */
export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  if (!Number.isInteger(iterations) || iterations < PBKDF2_ITERATIONS) throw new Error('iterations_too_low');
  const material = await subtle().importKey('raw', enc.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypt a JSON-serialisable value. `purpose` is authenticated (not secret), e.g. "case:<id>". */
export async function sealJson(key: CryptoKey, value: unknown, purpose: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const plain = enc.encode(JSON.stringify(value));
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(purpose), tagLength: 128 }, key, plain);
  return { iv, ct: new Uint8Array(ct) };
}

/** Decrypt; a wrong key, a wrong purpose or any tampering throws WrongPassphraseError. */
export async function openJson<T = unknown>(key: CryptoKey, sealed: Sealed, purpose: string): Promise<T> {
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(sealed.iv), additionalData: enc.encode(purpose), tagLength: 128 },
      key,
      new Uint8Array(sealed.ct),
    );
  } catch {
    throw new WrongPassphraseError();
  }
  return JSON.parse(dec.decode(plain)) as T;
}

export function sealVerifier(key: CryptoKey): Promise<Sealed> {
  return sealJson(key, VERIFIER_TEXT, 'verifier');
}

/** True when the key opens the verifier. */
export async function checkVerifier(key: CryptoKey, verifier: Sealed): Promise<boolean> {
  try {
    return (await openJson<string>(key, verifier, 'verifier')) === VERIFIER_TEXT;
  } catch {
    return false;
  }
}

// Base64 for the export file (no Buffer in the browser).
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
