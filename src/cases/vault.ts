/**
 * The encrypted case vault. A passphrase derives the key (src/cases/crypto.ts); the key lives only
 * in this object's memory and `lock()` drops it. Every write encrypts first and then runs ONE
 * Dexie transaction that does only IndexedDB work, so a record is whole or absent (a full disk
 * aborts the transaction: StorageFullError, nothing partial).
 *
 * In clear: the case index (src/db CaseRow: dates, state, county, household size, referred programs,
 * referral statuses, follow-up dates). Encrypted: everything the worker typed (family label,
 * answers, request, results, overrides, notes, referrals) and the screening draft.
 */
import { z } from 'zod';
import { checkStorage } from '../pwa/storage-status';
import { getDb, type AnyDoorDB, type CaseRow, type Sealed, type VaultRow } from '../db';
import { referralIndex, type Referral } from '../referrals/model';
import type { Override, ProgramResult, ScreeningDraft, ScreeningRequest } from '../worker/contracts';
import {
  PBKDF2_ITERATIONS, SALT_BYTES, WrongPassphraseError, checkVerifier, deriveKey, fromBase64, openJson,
  randomBytes, sealJson, sealVerifier, toBase64,
} from './crypto';

export { WrongPassphraseError };

/** What a case holds (the decrypted payload). */
export interface CaseData {
  /** What the worker calls the family (a name or a label): never stored in clear. */
  familyLabel: string;
  /** The family's language (locale code) for the referral packet. */
  familyLanguage: string;
  request: ScreeningRequest;
  results: ProgramResult[];
  overrides: Override[];
  referrals: Referral[];
  notes: string;
}

/** A case as listed: its index row plus what search and the due list need, decrypted in memory only. */
export interface CaseSummary {
  row: CaseRow;
  familyLabel: string;
  referrals: Referral[];
}

export class VaultLockedError extends Error {
  readonly code = 'vault_locked';
  constructor() {
    super('vault_locked');
    this.name = 'VaultLockedError';
  }
}

export class VaultExistsError extends Error {
  readonly code = 'vault_exists';
  constructor() {
    super('vault_exists');
    this.name = 'VaultExistsError';
  }
}

/** The device is out of storage space (IndexedDB QuotaExceededError); nothing was written. */
export class StorageFullError extends Error {
  readonly code = 'storage_full';
  constructor(cause?: unknown) {
    super('storage_full', { cause });
    this.name = 'StorageFullError';
  }
}

export class ImportFormatError extends Error {
  readonly code = 'import_invalid';
  constructor(readonly detail: string) {
    super(`import_invalid:${detail}`);
    this.name = 'ImportFormatError';
  }
}

export function isQuotaError(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x && depth < 5; depth++) {
    const name = (x as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
    x = (x as { inner?: unknown; cause?: unknown }).inner ?? (x as { cause?: unknown }).cause;
  }
  return false;
}

async function guardQuota<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError(e);
    throw e;
  }
}

/**
 * Ask the browser to keep our storage under pressure (navigator.storage.persist(), through the
 * shell's src/pwa/storage-status.ts). True when granted; false when refused or unsupported.
 */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await checkStorage({ requestPersistence: true })) === 'ok';
  } catch {
    return false;
  }
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

const casePurpose = (id: string) => `case:${id}`;
const DRAFT_PURPOSE = 'draft';

/** Build the plaintext index from a case (only non-identifying fields are copied). */
export function caseIndex(data: CaseData): Pick<CaseRow, 'state' | 'county' | 'householdSize' | 'programs' | 'referralStatuses' | 'followUpDates' | 'nextFollowUp'> {
  const loc = data.request.location as { state: string; county?: string };
  return {
    state: loc.state,
    ...(loc.county ? { county: loc.county } : {}),
    householdSize: data.request.household.members.length,
    ...referralIndex(data.referrals),
  };
}

// ---------------------------------------------------------------------------------------------
// Export file format (all of it safe to show: the cases are inside `ciphertext`).

export const EXPORT_FORMAT = 'anydoor-cases';

const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  kdf: z.strictObject({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(PBKDF2_ITERATIONS).max(10_000_000), salt: z.string().min(16) }),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: z.string().min(16) }),
  ciphertext: z.string().min(1),
});
export type ExportFile = z.infer<typeof exportFileSchema>;

const caseRowSchema = z.object({
  id: z.string().min(1).max(100),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int().min(1),
  state: z.string(),
  county: z.string().optional(),
  householdSize: z.number().int().min(0),
  programs: z.array(z.string()),
  referralStatuses: z.array(z.enum(['to_send', 'sent', 'applied', 'approved', 'denied', 'closed'])),
  followUpDates: z.array(z.string()),
  nextFollowUp: z.string(),
});
const exportBodySchema = z.object({
  cases: z.array(z.object({ row: caseRowSchema, data: z.object({ familyLabel: z.string() }).passthrough() })),
});

export interface ImportConflict {
  id: string;
  localUpdatedAt: string;
  importedUpdatedAt: string;
}

export interface ImportSummary {
  added: number;
  replaced: number;
  unchanged: number;
  /** Same case, newer on this device: the local copy was kept (never overwritten silently). */
  keptLocal: ImportConflict[];
}

// ---------------------------------------------------------------------------------------------

export class Vault {
  private key: CryptoKey | null = null;
  private listeners = new Set<(unlocked: boolean) => void>();

  constructor(readonly db: AnyDoorDB = getDb(), private readonly now: () => Date = () => new Date()) {}

  get unlocked(): boolean {
    return this.key !== null;
  }

  /** Called with true on unlock/create and false on lock. Returns an unsubscribe function. */
  subscribe(fn: (unlocked: boolean) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit() {
    for (const fn of this.listeners) fn(this.unlocked);
  }

  private requireKey(): CryptoKey {
    if (!this.key) throw new VaultLockedError();
    return this.key;
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  async exists(): Promise<boolean> {
    return (await this.db.vault.get('main')) !== undefined;
  }

  /**
   * Create the vault with a new passphrase (it cannot be recovered: there is no back door).
   * Also asks the browser to persist storage. Returns the persist() answer.
   */
  async create(passphrase: string): Promise<{ persisted: boolean }> {
    if (await this.exists()) throw new VaultExistsError();
    const salt = randomBytes(SALT_BYTES);
    const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
    const verifier = await sealVerifier(key);
    const row: VaultRow = { id: 'main', kdf: 'PBKDF2-SHA-256', salt, iterations: PBKDF2_ITERATIONS, verifier, createdAt: this.stamp() };
    await guardQuota(() =>
      this.db.transaction('rw', this.db.vault, async () => {
        if (await this.db.vault.get('main')) throw new VaultExistsError();
        await this.db.vault.add(row);
      }),
    );
    this.key = key;
    this.emit();
    return { persisted: await requestPersistence() };
  }

  /** Unlock; a wrong passphrase throws WrongPassphraseError and changes nothing. */
  async unlock(passphrase: string): Promise<void> {
    const row = await this.db.vault.get('main');
    if (!row) throw new Error('no_vault');
    const key = await deriveKey(passphrase, row.salt, row.iterations);
    if (!(await checkVerifier(key, row.verifier))) throw new WrongPassphraseError();
    this.key = key;
    this.emit();
  }

  /** Drop the key from memory. Stored data is untouched. */
  lock(): void {
    if (!this.key) return;
    this.key = null;
    this.emit();
  }

  // --- draft ---------------------------------------------------------------------------------

  async saveDraft(draft: ScreeningDraft): Promise<void> {
    const sealed = await sealJson(this.requireKey(), draft, DRAFT_PURPOSE);
    await guardQuota(() =>
      this.db.transaction('rw', this.db.drafts, async () => {
        await this.db.drafts.put({ id: 'current', ...sealed, updatedAt: this.stamp() });
      }),
    );
  }

  async loadDraft(): Promise<ScreeningDraft | undefined> {
    const key = this.requireKey();
    const row = await this.db.drafts.get('current');
    return row ? openJson<ScreeningDraft>(key, row, DRAFT_PURPOSE) : undefined;
  }

  async clearDraft(): Promise<void> {
    await this.db.transaction('rw', this.db.drafts, async () => {
      await this.db.drafts.delete('current');
    });
  }

  // --- cases ---------------------------------------------------------------------------------

  /**
   * Save a case (new when `id` is absent). Encrypts first, then one transaction writes the index
   * row and the encrypted payload (and clears the draft when asked). Returns the index row.
   */
  async saveCase(data: CaseData, opts: { id?: string; clearDraft?: boolean } = {}): Promise<CaseRow> {
    const key = this.requireKey();
    const id = opts.id ?? newId();
    const sealed: Sealed = await sealJson(key, data, casePurpose(id));
    const index = caseIndex(data);
    const at = this.stamp();
    return guardQuota(() =>
      this.db.transaction('rw', [this.db.cases, this.db.casePayloads, this.db.drafts], async () => {
        const prev = await this.db.cases.get(id);
        const row: CaseRow = { id, createdAt: prev?.createdAt ?? at, updatedAt: at, version: (prev?.version ?? 0) + 1, ...index };
        await this.db.cases.put(row);
        await this.db.casePayloads.put({ id, ...sealed });
        if (opts.clearDraft) await this.db.drafts.delete('current');
        return row;
      }),
    );
  }

  /** Index rows only (no decryption), most recently updated first. */
  async listCases(): Promise<CaseRow[]> {
    return (await this.db.cases.orderBy('updatedAt').reverse().toArray());
  }

  async loadCase(id: string): Promise<CaseData | undefined> {
    const key = this.requireKey();
    const payload = await this.db.casePayloads.get(id);
    return payload ? openJson<CaseData>(key, payload, casePurpose(id)) : undefined;
  }

  /** Index rows with the family label and referrals decrypted in memory (list, search, due list). */
  async listCaseSummaries(): Promise<CaseSummary[]> {
    const key = this.requireKey();
    const rows = await this.listCases();
    const payloads = await this.db.casePayloads.bulkGet(rows.map((r) => r.id));
    const out: CaseSummary[] = [];
    for (let i = 0; i < rows.length; i++) {
      const p = payloads[i];
      if (!p) continue;
      const data = await openJson<CaseData>(key, p, casePurpose(rows[i]!.id));
      out.push({ row: rows[i]!, familyLabel: data.familyLabel, referrals: data.referrals ?? [] });
    }
    return out;
  }

  async deleteCase(id: string): Promise<void> {
    await this.db.transaction('rw', [this.db.cases, this.db.casePayloads], async () => {
      await this.db.cases.delete(id);
      await this.db.casePayloads.delete(id);
    });
  }

  // --- export / import -------------------------------------------------------------------------

  /** Every case, encrypted with `passphrase` (a fresh salt and IV), as a JSON file's text. */
  async exportCases(passphrase: string): Promise<string> {
    const key = this.requireKey();
    const rows = await this.listCases();
    const cases: { row: CaseRow; data: CaseData }[] = [];
    for (const row of rows) {
      const p = await this.db.casePayloads.get(row.id);
      if (p) cases.push({ row, data: await openJson<CaseData>(key, p, casePurpose(row.id)) });
    }
    const salt = randomBytes(SALT_BYTES);
    const fileKey = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
    const sealed = await sealJson(fileKey, { cases }, EXPORT_FORMAT);
    const file: ExportFile = {
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: this.stamp(),
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
      cipher: { name: 'AES-GCM', iv: toBase64(sealed.iv) },
      ciphertext: toBase64(sealed.ct),
    };
    return JSON.stringify(file, null, 1);
  }

  /**
   * Import an export file. Never overwrites newer data silently: a case newer on this device is
   * kept and reported; an older local copy is replaced; an equal one is left alone. A wrong
   * passphrase or a damaged file changes nothing.
   */
  async importCases(text: string, passphrase: string): Promise<ImportSummary> {
    const key = this.requireKey();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ImportFormatError('not_json');
    }
    const head = exportFileSchema.safeParse(json);
    if (!head.success) throw new ImportFormatError('header');
    const file = head.data;
    let salt: Uint8Array, iv: Uint8Array, ct: Uint8Array;
    try {
      salt = fromBase64(file.kdf.salt);
      iv = fromBase64(file.cipher.iv);
      ct = fromBase64(file.ciphertext);
    } catch {
      throw new ImportFormatError('base64');
    }
    const fileKey = await deriveKey(passphrase, salt, file.kdf.iterations);
    const body = exportBodySchema.safeParse(await openJson(fileKey, { iv, ct }, EXPORT_FORMAT));
    if (!body.success) throw new ImportFormatError('body');

    // Plan against what is here now, encrypt the winners (outside any transaction)…
    const incoming = body.data.cases as unknown as { row: CaseRow; data: CaseData }[];
    const locals = await this.db.cases.bulkGet(incoming.map((c) => c.row.id));
    const summary: ImportSummary = { added: 0, replaced: 0, unchanged: 0, keptLocal: [] };
    const writes: { row: CaseRow; sealed: Sealed; expectLocal: string | undefined }[] = [];
    for (let i = 0; i < incoming.length; i++) {
      const { row, data } = incoming[i]!;
      const local = locals[i];
      if (local && local.updatedAt > row.updatedAt) {
        summary.keptLocal.push({ id: row.id, localUpdatedAt: local.updatedAt, importedUpdatedAt: row.updatedAt });
        continue;
      }
      if (local && local.updatedAt === row.updatedAt) {
        summary.unchanged++;
        continue;
      }
      const fresh: CaseRow = { ...row, ...caseIndex(data) };
      writes.push({ row: fresh, sealed: await sealJson(key, data, casePurpose(row.id)), expectLocal: local?.updatedAt });
      if (local) summary.replaced++;
      else summary.added++;
    }
    // …then one transaction; if a case changed meanwhile and is now newer, keep it.
    await guardQuota(() =>
      this.db.transaction('rw', [this.db.cases, this.db.casePayloads], async () => {
        for (const w of writes) {
          const now = await this.db.cases.get(w.row.id);
          if (now && now.updatedAt >= w.row.updatedAt && now.updatedAt !== w.expectLocal) {
            if (w.expectLocal === undefined) summary.added--;
            else summary.replaced--;
            summary.keptLocal.push({ id: w.row.id, localUpdatedAt: now.updatedAt, importedUpdatedAt: w.row.updatedAt });
            continue;
          }
          await this.db.cases.put(w.row);
          await this.db.casePayloads.put({ id: w.row.id, ...w.sealed });
        }
      }),
    );
    return summary;
  }
}

let shared: Vault | undefined;

/** The app's vault (one key in memory per page). */
export function getVault(): Vault {
  shared ??= new Vault();
  return shared;
}
