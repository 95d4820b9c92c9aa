import { describe, expect, test } from 'vitest';
import { lookupIn, type ParameterTable } from '../../rules/core/params';
import { Evaluation } from '../../rules/core/context';
import { annualPovertyGuideline } from '../../rules/core/poverty';
import { parameterTable } from '../../rules';
import type { ScreeningRequest } from '../../rules/core/request';

const table: ParameterTable = {
  x: {
    description: 'test parameter',
    values: [
      { effective: '2024-10-01', value: 1, citation: 'cite 2024' },
      { effective: '2025-10-01', expires: '2026-09-30', value: 2, citation: 'cite 2025', verify: true },
    ],
  },
};

describe('dated parameter lookup', () => {
  test('picks the value in force on the date', () => {
    expect(lookupIn(table, 'x', '2024-09-30')).toBeUndefined();
    expect(lookupIn(table, 'x', '2024-10-01')).toMatchObject({ value: 1, citation: 'cite 2024', stale: false, verify: false });
    expect(lookupIn(table, 'x', '2025-10-01')).toMatchObject({ value: 2, stale: false, verify: true });
  });
  test('flags a date past the newest value\'s end as stale', () => {
    expect(lookupIn(table, 'x', '2026-10-01')).toMatchObject({ value: 2, stale: true });
  });
});

describe('HHS poverty guidelines', () => {
  const req = (state: string, date: string) => ({ date, location: { state } }) as unknown as ScreeningRequest;
  test.each([
    ['MI', '2025-06-01', 4, 32150],
    ['MI', '2026-11-23', 4, 33000],
    ['AK', '2026-11-23', 1, 19950],
    ['HI', '2026-11-23', 3, 31420],
    ['TX', '2024-06-01', 3, 25820],
    ['CA', '2026-02-01', 9, 15960 + 8 * 5680],
  ])('%s on %s, household of %i: $%i a year', (state, date, size, expected) => {
    const ev = new Evaluation(req(state, date), parameterTable());
    expect(annualPovertyGuideline(ev, size)).toBe(expected);
  });
});
