// The encrypted vault on fake-indexeddb: round trip, wrong passphrase, atomic saves on a full disk,
// import conflict rules, auto-lock, and what stays in clear.
import Dexie from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AutoLock } from '../../src/cases/autolock';
import { WrongPassphraseError } from '../../src/cases/crypto';
import {
  ImportFormatError, StorageFullError, Vault, VaultExistsError, VaultLockedError, type CaseData,
} from '../../src/cases/vault';
import { AnyDoorDB } from '../../src/db';
import { parseScreeningRequest } from '../../src/domain/screening-request';
import { createReferral, transition } from '../../src/referrals/model';

const CANARY = 'Zyxwvut Canary';
const PASS = 'river stone lantern 42';

function request(state = 'MI', county = 'Wayne') {
  const r = parseScreeningRequest({
    version: 1,
    date: '2026-11-23',
    location: { state, county },
    household: {
      members: [
        { id: 'm1', relationship: 'self', age: 34, incomes: [{ type: 'wages', amount: 1450, frequency: 'monthly' }], immigration: { status: 'refugee' } },
        { id: 'm2', relationship: 'child', age: 4 },
      ],
      housingSituation: 'renting',
      expenses: { rent: 900 },
    },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.request;
}

function caseData(label: string, state = 'MI'): CaseData {
  let snap = createReferral('snap', '2026-11-23T10:00:00.000Z', '2026-11-30');
  snap = transition(snap, 'sent', '2026-11-23T11:00:00.000Z');
  return {
    familyLabel: label,
    familyLanguage: 'es',
    request: request(state),
    results: [],
    overrides: [{ program: 'wic', decision: 'refer_anyway', note: `${label} asked about WIC`, at: '2026-11-23T10:00:00.000Z' }],
    referrals: [snap, createReferral('wic', '2026-11-23T10:00:00.000Z', '2026-12-05')],
    notes: `Met ${label} at the library`,
  };
}

const dbs: AnyDoorDB[] = [];
let n = 0;
function newDb() {
  const db = new AnyDoorDB(`vault-test-${++n}-${Date.now()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Every byte stored in the database, as text in UTF-8 and UTF-16LE views. */
async function dump(db: AnyDoorDB): Promise<string> {
  const rows = await Promise.all(db.tables.map((t) => t.toArray()));
  const parts: string[] = [];
  const walk = (v: unknown) => {
    if (v instanceof Uint8Array) {
      parts.push(new TextDecoder('latin1').decode(v));
      parts.push(new TextDecoder('utf-16le').decode(v.length % 2 ? v.subarray(1) : v));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    else parts.push(String(v));
  };
  walk(rows);
  return parts.join('\n');
}

describe('vault', () => {
  test('create → save draft and case → lock → unlock → read back; only index fields in clear', async () => {
    const db = newDb();
    const vault = new Vault(db);
    expect(await vault.exists()).toBe(false);
    await vault.create(PASS);
    expect(vault.unlocked).toBe(true);
    await expect(vault.create(PASS)).rejects.toBeInstanceOf(VaultExistsError);

    const draft = { answers: { familyName: CANARY, 'member.m1.age': 34 }, currentQuestionId: 'members', updatedAt: '2026-11-23T10:00:00.000Z' };
    await vault.saveDraft(draft);
    const row = await vault.saveCase(caseData(CANARY));
    expect(row).toMatchObject({
      version: 1, state: 'MI', county: 'Wayne', householdSize: 2, programs: ['snap', 'wic'],
      referralStatuses: ['to_send', 'sent'], followUpDates: ['2026-11-30', '2026-12-05'], nextFollowUp: '2026-11-30',
    });
    expect(Object.keys(row).sort()).toEqual(['county', 'createdAt', 'followUpDates', 'householdSize', 'id', 'nextFollowUp', 'programs', 'referralStatuses', 'state', 'updatedAt', 'version']);

    const stored = await dump(db);
    for (const secret of [CANARY, 'library', 'refugee', '1450', 'familyName']) expect(stored).not.toContain(secret);

    vault.lock();
    expect(vault.unlocked).toBe(false);
    await expect(vault.loadCase(row.id)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(vault.loadDraft()).rejects.toBeInstanceOf(VaultLockedError);

    // A new Vault object on the same database = a page reload.
    const again = new Vault(db);
    await again.unlock(PASS);
    expect(await again.loadDraft()).toEqual(draft);
    const loaded = await again.loadCase(row.id);
    expect(loaded?.familyLabel).toBe(CANARY);
    expect(loaded?.referrals.map((r) => r.status)).toEqual(['sent', 'to_send']);
    expect((await again.listCaseSummaries()).map((s) => s.familyLabel)).toEqual([CANARY]);

    // Saving again bumps version, keeps createdAt, and can clear the draft in the same transaction.
    const row2 = await again.saveCase({ ...loaded!, notes: 'second visit' }, { id: row.id, clearDraft: true });
    expect(row2.version).toBe(2);
    expect(row2.createdAt).toBe(row.createdAt);
    expect(await again.loadDraft()).toBeUndefined();
    await again.deleteCase(row.id);
    expect(await db.cases.count()).toBe(0);
    expect(await db.casePayloads.count()).toBe(0);
  });

  test('creating the vault asks the browser to persist storage (navigator.storage.persist)', async () => {
    const persist = vi.fn(async () => true);
    const persisted = vi.fn(async () => false);
    vi.stubGlobal('navigator', { storage: { persist, persisted } });
    try {
      const vault = new Vault(newDb());
      expect(await vault.create(PASS)).toEqual({ persisted: true });
      expect(persist).toHaveBeenCalledTimes(1);
      persist.mockResolvedValueOnce(false);
      expect(await new Vault(newDb()).create(PASS)).toEqual({ persisted: false });
      expect(persist).toHaveBeenCalledTimes(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('wrong passphrase: WrongPassphraseError, stays locked, nothing readable, nothing destroyed', async () => {
    const db = newDb();
    const vault = new Vault(db);
    await vault.create(PASS);
    const row = await vault.saveCase(caseData(CANARY));
    await vault.saveDraft({ answers: { a: 1 }, currentQuestionId: 'q1', updatedAt: 'x' });
    vault.lock();
    const before = await Promise.all(db.tables.map((t) => t.toArray()));

    const other = new Vault(db);
    await expect(other.unlock('river stone lantern 43')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(other.unlock('')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(other.unlocked).toBe(false);
    await expect(other.loadCase(row.id)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(other.listCaseSummaries()).rejects.toBeInstanceOf(VaultLockedError);
    expect(await Promise.all(db.tables.map((t) => t.toArray()))).toEqual(before);

    await other.unlock(PASS);
    expect((await other.loadCase(row.id))?.familyLabel).toBe(CANARY);
    expect(await other.loadDraft()).toEqual({ answers: { a: 1 }, currentQuestionId: 'q1', updatedAt: 'x' });
  });

  test('full disk (QuotaExceededError) on the payload write: StorageFullError and no partial record', async () => {
    const db = newDb();
    const vault = new Vault(db);
    await vault.create(PASS);
    const first = await vault.saveCase(caseData('First family'));
    await vault.saveDraft({ answers: { keep: true }, currentQuestionId: 'q', updatedAt: 'y' });

    const realPut = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'casePayloads') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });

    // A new case: the index row was put first, then the payload failed → the index row is gone too.
    const err = await vault.saveCase(caseData('Second family'), { clearDraft: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as StorageFullError).code).toBe('storage_full');
    // An update to the first case: the old version stays whole.
    await expect(vault.saveCase({ ...caseData('First family'), notes: 'changed' }, { id: first.id })).rejects.toBeInstanceOf(StorageFullError);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();

    expect(await db.cases.count()).toBe(1);
    expect(await db.casePayloads.count()).toBe(1);
    expect((await db.cases.get(first.id))?.version).toBe(1);
    expect((await vault.loadCase(first.id))?.notes).toBe('Met First family at the library');
    // clearDraft was in the aborted transaction: the draft survives.
    expect(await vault.loadDraft()).toEqual({ answers: { keep: true }, currentQuestionId: 'q', updatedAt: 'y' });
  });

  test('full disk on a draft save: StorageFullError, the previous draft survives', async () => {
    const db = newDb();
    const vault = new Vault(db);
    await vault.create(PASS);
    await vault.saveDraft({ answers: { step: 1 }, currentQuestionId: 'q1', updatedAt: 'a' });
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'drafts') throw new DOMException('quota', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    await expect(vault.saveDraft({ answers: { step: 2 }, currentQuestionId: 'q2', updatedAt: 'b' })).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await vault.loadDraft()).toEqual({ answers: { step: 1 }, currentQuestionId: 'q1', updatedAt: 'a' });
  });

  test('import never silently overwrites newer data: newer local kept and reported, older replaced, new added', async () => {
    let clock = new Date('2026-11-20T09:00:00.000Z');
    const now = () => clock;
    const at = (iso: string) => { clock = new Date(iso); };

    // Device A: three cases saved on Nov 20.
    const a = new Vault(newDb(), now);
    await a.create('device A passphrase');
    const x = await a.saveCase(caseData('Family X from A'));
    const y = await a.saveCase(caseData('Family Y from A'));
    const z = await a.saveCase(caseData('Family Z from A', 'TX'));
    const file = await a.exportCases('export phrase 1');
    expect(file).not.toContain('Family');
    const header = JSON.parse(file) as { kdf: { iterations: number }; cipher: { iv: string } };
    expect(header.kdf.iterations).toBe(600_000);

    // Device B: X edited later (Nov 22, newer), Y older (Nov 18).
    const bDb = newDb();
    const b = new Vault(bDb, now);
    await b.create('device B passphrase');
    at('2026-11-22T09:00:00.000Z');
    await b.saveCase(caseData('Family X edited on B'), { id: x.id });
    at('2026-11-18T09:00:00.000Z');
    await b.saveCase(caseData('Family Y old on B'), { id: y.id });

    // Wrong file passphrase: nothing changes.
    const before = await bDb.cases.toArray();
    await expect(b.importCases(file, 'export phrase 2')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(b.importCases('{"format":"other"}', 'export phrase 1')).rejects.toBeInstanceOf(ImportFormatError);
    await expect(b.importCases('not json', 'export phrase 1')).rejects.toBeInstanceOf(ImportFormatError);
    expect(await bDb.cases.toArray()).toEqual(before);

    const summary = await b.importCases(file, 'export phrase 1');
    expect(summary).toEqual({
      added: 1,
      replaced: 1,
      unchanged: 0,
      keptLocal: [{ id: x.id, localUpdatedAt: '2026-11-22T09:00:00.000Z', importedUpdatedAt: '2026-11-20T09:00:00.000Z' }],
    });
    expect((await b.loadCase(x.id))?.familyLabel).toBe('Family X edited on B');
    expect((await b.loadCase(y.id))?.familyLabel).toBe('Family Y from A');
    expect((await b.loadCase(z.id))?.familyLabel).toBe('Family Z from A');
    expect((await bDb.cases.get(z.id))?.state).toBe('TX');

    // Importing the same file again changes nothing and still reports the conflict.
    const again = await b.importCases(file, 'export phrase 1');
    expect(again).toMatchObject({ added: 0, replaced: 0, unchanged: 2 });
    expect(again.keptLocal.map((k) => k.id)).toEqual([x.id]);
  });

  test('auto-lock: idle for the set minutes drops the key; activity postpones it; the saved draft survives', async () => {
    const db = newDb();
    const vault = new Vault(db);
    await vault.create(PASS);
    await vault.saveDraft({ answers: { typed: 'half way' }, currentQuestionId: 'income', updatedAt: 'z' });

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const lock = new AutoLock(vault, 5);
    const target = new EventTarget();
    const detach = lock.attach(target);
    vi.advanceTimersByTime(4 * 60_000);
    target.dispatchEvent(new Event('keydown')); // activity restarts the countdown
    vi.advanceTimersByTime(4 * 60_000);
    expect(vault.unlocked).toBe(true);
    vi.advanceTimersByTime(60_000 + 1);
    expect(vault.unlocked).toBe(false);
    detach();
    vi.useRealTimers();

    await expect(vault.loadDraft()).rejects.toBeInstanceOf(VaultLockedError);
    await vault.unlock(PASS);
    expect(await vault.loadDraft()).toEqual({ answers: { typed: 'half way' }, currentQuestionId: 'income', updatedAt: 'z' });
  });

  test('auto-lock minutes can change while running', async () => {
    const fake = { unlocked: true, lock: vi.fn(() => { fake.unlocked = false; }) };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const lock = new AutoLock(fake, 5);
    lock.touch();
    lock.setMinutes(1);
    vi.advanceTimersByTime(59_000);
    expect(fake.lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2_000);
    expect(fake.lock).toHaveBeenCalledTimes(1);
  });
});
