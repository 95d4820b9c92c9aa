// Crypto primitives: PBKDF2-SHA-256 (600,000 iterations) → AES-GCM 256, fresh IV per write.
import { describe, expect, test } from 'vitest';
import {
  IV_BYTES, PBKDF2_ITERATIONS, WrongPassphraseError, checkVerifier, deriveKey, fromBase64, openJson,
  sealJson, sealVerifier, toBase64,
} from '../../src/cases/crypto';

const salt = new Uint8Array(16).fill(7);

describe('crypto', () => {
  test('600,000 PBKDF2 iterations; fewer are refused', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    await expect(deriveKey('pass phrase', salt, 1000)).rejects.toThrow('iterations_too_low');
  });

  test('round trip: JSON → UTF-8 → AES-GCM and back, non-ASCII included', async () => {
    const key = await deriveKey('correct horse battery', salt);
    const value = { label: 'Zyxwvut Canary — أسرة 家庭', n: 4, nested: { ok: true } };
    const sealed = await sealJson(key, value, 'case:1');
    expect(sealed.iv).toHaveLength(IV_BYTES);
    // 16-byte GCM tag appended; ciphertext is not the plaintext.
    const plain = new TextEncoder().encode(JSON.stringify(value));
    expect(sealed.ct.length).toBe(plain.length + 16);
    expect(new TextDecoder('latin1').decode(sealed.ct)).not.toContain('Zyxwvut');
    expect(await openJson(key, sealed, 'case:1')).toEqual(value);
  });

  test('a fresh IV on every write: same value twice gives different IVs and ciphertexts', async () => {
    const key = await deriveKey('pass', salt);
    const a = await sealJson(key, 'same', 'p');
    const b = await sealJson(key, 'same', 'p');
    expect(toBase64(a.iv)).not.toBe(toBase64(b.iv));
    expect(toBase64(a.ct)).not.toBe(toBase64(b.ct));
  });

  test('wrong passphrase, wrong record (additional data) or tampering → WrongPassphraseError', async () => {
    const key = await deriveKey('right', salt);
    const other = await deriveKey('wrong', salt);
    const sealed = await sealJson(key, { a: 1 }, 'case:1');
    await expect(openJson(other, sealed, 'case:1')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(openJson(key, sealed, 'case:2')).rejects.toBeInstanceOf(WrongPassphraseError);
    const bad = { iv: sealed.iv, ct: sealed.ct.slice() };
    bad.ct[0]! ^= 1;
    await expect(openJson(key, bad, 'case:1')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  test('the verifier tells a right passphrase from a wrong one', async () => {
    const key = await deriveKey('right', salt);
    const verifier = await sealVerifier(key);
    expect(await checkVerifier(key, verifier)).toBe(true);
    expect(await checkVerifier(await deriveKey('Right', salt), verifier)).toBe(false);
    // Same passphrase, different salt → different key.
    expect(await checkVerifier(await deriveKey('right', new Uint8Array(16).fill(8)), verifier)).toBe(false);
  });

  test('passphrases are NFC-normalised (é typed two ways opens the same key)', async () => {
    const key = await deriveKey('caf\u00e9', salt);
    const verifier = await sealVerifier(key);
    expect(await checkVerifier(await deriveKey('cafe\u0301', salt), verifier)).toBe(true);
  });

  test('base64 round trip for export files', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31 + 7) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});
