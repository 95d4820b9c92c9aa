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

  describe('members[].school (optional kind of school)', () => {
    test('the contract example has no school field and parses with none', () => {
      const r = parseScreeningRequest(example);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.request.household.members.map((m) => m.school)).toEqual([undefined, undefined, undefined, undefined]);
    });

    test('accepted with student: true, and kept as given', () => {
      const ok = clone();
      ok.household.members[3].school = 'high_school';
      const r = parseScreeningRequest(ok);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.request.household.members[3]!.school).toBe('high_school');
    });

    test('without student: true it is an error that names the field', () => {
      const bad = clone();
      bad.household.members[0].school = 'higher_education_half_time_or_more'; // member 0 has student: false
      bad.household.members[2].school = 'adult_education';
      delete bad.household.members[2].student; // student defaults to false
      const r = parseScreeningRequest(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors.map((e) => [e.field, e.code])).toEqual([
          ['household.members.0.school', 'school_requires_student'],
          ['household.members.2.school', 'school_requires_student'],
        ]);
      }
    });

    test('an unknown kind of school is rejected at its field', () => {
      const bad = clone();
      bad.household.members[3].school = 'university';
      const r = parseScreeningRequest(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ field: 'household.members.3.school', code: 'invalid_value' })]);
    });
  });
});
