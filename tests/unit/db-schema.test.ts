// Pins the Dexie schema: table names and index strings for every version. Migrations are
// add-only (docs/db-migrations.md): changing an old version's entry here is the wrong fix —
// add a new version instead. Also opens a v1 database with data and upgrades it.
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { AnyDoorDB, SCHEMA_VERSIONS, loadSettings, saveSetting } from '../../src/db';

const PINNED = [
  { version: 1, stores: { settings: 'key' } },
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

let n = 0;
const names: string[] = [];
function freshName() {
  const name = `schema-test-${++n}-${Date.now()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Parse a Dexie index string into its parts, so we can check "add-only". */
function parts(s: string): string[] {
  return s.split(',').map((x) => x.trim()).filter(Boolean);
}

describe('database schema', () => {
  test('every version is pinned: table names and index strings', () => {
    expect(SCHEMA_VERSIONS).toEqual(PINNED);
  });

  test('versions are increasing and add-only (no table or index dropped or changed)', () => {
    const seen = new Map<string, string[]>();
    let last = 0;
    for (const v of SCHEMA_VERSIONS) {
      expect(v.version).toBeGreaterThan(last);
      last = v.version;
      for (const [table, idx] of Object.entries(v.stores)) {
        const before = seen.get(table);
        const now = parts(idx);
        if (before) {
          expect(now[0], `${table}: primary key must not change`).toBe(before[0]);
          for (const p of before) expect(now, `${table} v${v.version} drops ${p}`).toContain(p);
        }
        seen.set(table, now);
      }
    }
  });

  test('the opened database has exactly the pinned tables and indexes', async () => {
    const db = new AnyDoorDB(freshName());
    await db.open();
    expect(db.verno).toBe(2);
    const tables = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]),
    );
    expect(tables).toEqual({
      settings: 'key',
      vault: 'id',
      drafts: 'id',
      cases: 'id, updatedAt, state, nextFollowUp, *programs, *referralStatuses',
      casePayloads: 'id',
    });
    db.close();
  });

  test('a v1 database (settings only) upgrades to the current version and keeps its settings', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores({ settings: 'key' });
    await v1.table('settings').put({ key: 'frsMode', value: true });
    await v1.table('settings').put({ key: 'autoLockMinutes', value: 10 });
    v1.close();

    const db = new AnyDoorDB(name);
    expect(await loadSettings(db)).toEqual({ frsMode: true, autoLockMinutes: 10 });
    expect(await db.cases.count()).toBe(0);
    await saveSetting('autoLockMinutes', 2, db);
    expect((await loadSettings(db)).autoLockMinutes).toBe(2);
    db.close();
  });

  test('settings default when absent or out of range', async () => {
    const db = new AnyDoorDB(freshName());
    expect(await loadSettings(db)).toEqual({ frsMode: false, autoLockMinutes: 5 });
    await db.settings.put({ key: 'autoLockMinutes', value: 0 });
    expect((await loadSettings(db)).autoLockMinutes).toBe(5);
    db.close();
  });
});
