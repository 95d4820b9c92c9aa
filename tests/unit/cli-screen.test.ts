/**
 * The screening CLI as an outside checker runs it (`npm run -s screen -- FILE`, "-" = stdin): a good
 * request prints results and exits 0; a bad one prints every bad field by its path and exits 1.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

function run(input: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/screen.ts', '-'], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('screen CLI', () => {
  test('the contract example: exit 0, SNAP estimate by hand ($476)', () => {
    const r = run(readFileSync('../shared/contracts/screening-request.example.json', 'utf8'));
    expect(r.code, r.err).toBe(0);
    const snap = (JSON.parse(r.out) as { results: { program: string; estimate?: { monthly?: number } }[] }).results.find((x) => x.program === 'snap');
    expect(snap?.estimate?.monthly).toBe(476);
  }, 60_000);

  test('a bad request: exit 1 and every bad field named', () => {
    const bad = {
      version: 1, date: '2026-02-30', location: { state: 'XX', zip: '123' },
      household: {
        members: [{ id: 'a', relationship: 'boss', age: -1, incomes: [{ type: 'wages', amount: -5, frequency: 'daily' }], immigration: { status: 'alien', workQuarters: 1.5 } }],
        expenses: { rent: '100', utilities: { heat: true } }, housingSituation: 'car', needs: ['money'], extra: 1,
      },
    };
    const r = run(JSON.stringify(bad));
    expect(r.code).toBe(1);
    const fields = (JSON.parse(r.out) as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining([
      'date', 'location.state', 'location.zip', 'household.members.0.relationship', 'household.members.0.age',
      'household.members.0.immigration.status', 'household.members.0.immigration.workQuarters',
      'household.members.0.incomes.0.amount', 'household.members.0.incomes.0.frequency', 'household.expenses.rent',
      'household.expenses.utilities', 'household.housingSituation', 'household.needs.0', 'household',
    ]));
  }, 60_000);

  test('not JSON: exit 1 with an invalid_json error', () => {
    const r = run('{"version": 1,');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ errors: [{ field: '(root)', code: 'invalid_json' }] });
  }, 60_000);
});
