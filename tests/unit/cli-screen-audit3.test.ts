/**
 * Audit-3 checks of how the screening CLI reads what an outside checker sends (`npm run -s screen --
 * FILE`, "-" = stdin): a UTF-8 byte-order mark, JSON nulls for fields not given, arrays of requests,
 * and a lower-case state (still rejected: the contract asks for the USPS code).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

interface Result { program: string; status: string; estimate?: { monthly?: number }; missing: string[] }
type Out = { results: Result[] } | { errors: { field: string; code: string }[] };

function run(input: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/screen.ts', '-'], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function snapOf(out: Out): Result | undefined {
  return 'results' in out ? out.results.find((x) => x.program === 'snap') : undefined;
}

// New Mexico FY2027, one person with $1,000 of unemployment and $500 rent: standard 217, adjusted 783,
// excess shelter 500 - 391.5 = 108.5, net 674.5 -> 675, 30% = 202.5 -> 203, 306 - 203 = 103.
const base = {
  version: 1, date: '2026-11-23', location: { state: 'NM' },
  household: {
    members: [{ id: 'a', relationship: 'self', age: 30, immigration: { status: 'citizen' }, incomes: [{ type: 'unemployment', amount: 1000, frequency: 'monthly' }] }],
    expenses: { rent: 500 }, housingSituation: 'renting',
  },
};

describe('screen CLI input handling (audit 3)', () => {
  test('a leading UTF-8 byte-order mark is ignored: exit 0, SNAP $103', () => {
    const r = run(`\uFEFF${JSON.stringify(base)}`);
    expect(r.code, r.out + r.err).toBe(0);
    expect(snapOf(JSON.parse(r.out) as Out)?.estimate?.monthly).toBe(103);
  }, 60_000);

  test('null for fields not given (county, zip, since, workQuarters, employment, assets.other) reads as absent', () => {
    const withNulls = {
      ...base,
      location: { state: 'NM', county: null, zip: null },
      household: {
        ...base.household,
        members: [{ ...base.household.members[0], immigration: { status: 'citizen', since: null, workQuarters: null }, employment: null }],
        assets: { cash: 0, bank: 0, other: null },
      },
    };
    const r = run(JSON.stringify(withNulls));
    expect(r.code, r.out + r.err).toBe(0);
    const snap = snapOf(JSON.parse(r.out) as Out);
    expect(snap?.status).toBe('likely');
    expect(snap?.estimate?.monthly).toBe(103);
  }, 60_000);

  test('null for a required field is still an error naming it', () => {
    const r = run(JSON.stringify({ ...base, household: { ...base.household, housingSituation: null } }));
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain('household.housingSituation');
  }, 60_000);

  test('an array: each request answered in order, a bad one in its place, exit 1', () => {
    const r = run(JSON.stringify([base, { ...base, date: '2026-13-01' }, { ...base, location: { state: 'AR' } }]));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as Out[];
    expect(out).toHaveLength(3);
    expect(snapOf(out[0]!)?.estimate?.monthly).toBe(103);
    expect(out[1]).toMatchObject({ errors: [{ field: 'date' }] });
    // Arkansas (no BBCE) FY2027, same budget: gross 1000 <= 1729, net 675 <= 1330: $103.
    expect(snapOf(out[2]!)?.estimate?.monthly).toBe(103);
  }, 60_000);

  test('a lower-case state is rejected by its field (the contract asks for the USPS code)', () => {
    const r = run(JSON.stringify({ ...base, location: { state: 'nm' } }));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ errors: [{ field: 'location.state' }] });
  }, 60_000);
});
