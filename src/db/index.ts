/**
 * The one IndexedDB database (Dexie). Versioned schema; migrations are ADD-ONLY (see
 * docs/db-migrations.md): a new version may add tables and indexes, never drop or rename one,
 * and tests/unit/db-schema.test.ts pins every version's table names and index strings.
 *
 * What is stored in clear: settings, the vault's key-derivation parameters (salt, iteration
 * count) and non-identifying case index fields. Everything a worker types about a family is in
 * `iv` + `ct` (AES-GCM ciphertext) and only src/cases/vault.ts reads or writes it.
 */
import Dexie, { type EntityTable } from 'dexie';

export const DB_NAME = 'anydoor';

/** Index strings per version. Append a new entry to migrate; never edit an old one. */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Readonly<Record<string, string>> }[] = [
  // v1 (foundation): device settings only — the one table kiosk mode may write.
  { version: 1, stores: { settings: 'key' } },
  // v2 (worker mode): encrypted vault, draft, cases (index row + separate encrypted payload).
  {
    version: 2,
    stores: {
      vault: 'id',
      drafts: 'id',
      cases: 'id, updatedAt, state, nextFollowUp, *programs, *referralStatuses',
      casePayloads: 'id',
    },
  },
];

/** A setting: small, non-identifying, device-wide (FRS mode, auto-lock minutes, …). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** AES-GCM ciphertext with its 96-bit IV. */
export interface Sealed {
  iv: Uint8Array;
  ct: Uint8Array;
}

/** The vault header: how to derive the key, and a verifier sealed with it. One row, id 'main'. */
export interface VaultRow {
  id: 'main';
  kdf: 'PBKDF2-SHA-256';
  salt: Uint8Array;
  iterations: number;
  verifier: Sealed;
  createdAt: string;
}

/** The screening draft in progress (encrypted). One row, id 'current'. */
export interface DraftRow extends Sealed {
  id: 'current';
  updatedAt: string;
}

export const REFERRAL_STATUSES = ['to_send', 'sent', 'applied', 'approved', 'denied', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * A case's plaintext index: only non-identifying fields (no names, ages, birth dates,
 * immigration facts, incomes or notes). Enough to list, filter and find what is due.
 */
export interface CaseRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Incremented on every save. */
  version: number;
  state: string;
  county?: string;
  householdSize: number;
  /** Programs referred (ProgramId). */
  programs: string[];
  /** Distinct referral statuses across the case's referrals. */
  referralStatuses: ReferralStatus[];
  /** Follow-up dates (YYYY-MM-DD) of open referrals, sorted. */
  followUpDates: string[];
  /** Earliest open follow-up date, for the due list ('' when none, so the index covers it). */
  nextFollowUp: string;
}

export interface CasePayloadRow extends Sealed {
  id: string;
}

export class AnyDoorDB extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  vault!: EntityTable<VaultRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  cases!: EntityTable<CaseRow, 'id'>;
  casePayloads!: EntityTable<CasePayloadRow, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const v of SCHEMA_VERSIONS) this.version(v.version).stores({ ...v.stores });
  }
}

let shared: AnyDoorDB | undefined;

/** The app's database (opened lazily on first use). */
export function getDb(): AnyDoorDB {
  shared ??= new AnyDoorDB();
  return shared;
}

// ---------------------------------------------------------------------------------------------
// Settings (the only writes kiosk mode may make)

export interface Settings {
  /** Family Resource Specialist ordering: concrete supports first, urgent needs flagged. */
  frsMode: boolean;
  /** Worker mode locks itself after this many idle minutes. */
  autoLockMinutes: number;
}

export const DEFAULT_SETTINGS: Settings = { frsMode: false, autoLockMinutes: 5 };
export const AUTO_LOCK_CHOICES = [1, 2, 5, 10, 15, 30] as const;

export async function loadSettings(db: AnyDoorDB = getDb()): Promise<Settings> {
  const rows = await db.settings.bulkGet(['frsMode', 'autoLockMinutes']);
  const frs = rows[0]?.value;
  const lock = rows[1]?.value;
  return {
    frsMode: typeof frs === 'boolean' ? frs : DEFAULT_SETTINGS.frsMode,
    autoLockMinutes: typeof lock === 'number' && lock >= 1 && lock <= 120 ? lock : DEFAULT_SETTINGS.autoLockMinutes,
  };
}

export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K], db: AnyDoorDB = getDb()): Promise<void> {
  await db.settings.put({ key, value });
}
