import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScreeningRequest } from '../../src/domain/screening-request';

const example = JSON.parse(readFileSync('../shared/contracts/screening-request.example.json', 'utf8')) as Record<string, unknown>;
const clone = () => JSON.parse(JSON.stringify(example)) as any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('ScreeningRequest schema', () => {
  test('accepts the shared contract example unchanged', () => {
    const r = parseScreeningRequest(example);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.request.household.members).toHaveLength(4);
      expect(r.request.household.members[1]!.immigration?.status).toBe('undocumented');
      expect(r.request.location.state).toBe('MI');
    }
  });

  test('names every bad field', () => {
    const bad = clone();
    bad.date = '2026-02-30';
    bad.location.state = 'XX';
    bad.household.members[2].age = -1;
    bad.household.members[0].incomes[0].frequency = 'fortnightly';
    bad.household.expenses.rent = -5;
    const r = parseScreeningRequest(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.field).sort()).toEqual([
        'date',
        'household.expenses.rent',
        'household.members.0.incomes.0.frequency',
        'household.members.2.age',
        'location.state',
      ]);
    }
  });

  test('rejects unknown keys instead of ignoring them', () => {
    const bad = clone();
    bad.household.members[0].salary = 100;
    const r = parseScreeningRequest(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ field: 'household.members.0', code: 'unrecognized_keys' });
  });

  test('requires exactly one "self" and unique member ids', () => {
    const bad = clone();
    bad.household.members[1].relationship = 'self';
    bad.household.members[2].id = 'm1';
    const r = parseScreeningRequest(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual(expect.arrayContaining([
        expect.objectContaining({ field: 'household.members', code: 'exactly_one_self' }),
        expect.objectContaining({ field: 'household.members.2.id', code: 'duplicate_member_id' }),
      ]));
    }
  });
});
