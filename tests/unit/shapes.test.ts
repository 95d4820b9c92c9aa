/**
 * The engine's stable-shape copy of a request (rules/core/shapes.ts): same values and JSON as the
 * request, the caller's objects untouched, every member of one hidden-class layout (all schema fields
 * present), and results identical whether or not the request went through the copy.
 */
import { describe, expect, test } from 'vitest';
import { evaluateProgram, parseScreeningRequest, PROGRAM_IDS, screen, type ScreeningRequest } from '../../rules';
import { memberSchema } from '../../rules/core/request';
import { withStableShapes } from '../../rules/core/shapes';
import { generateHouseholds } from '../bench/generate';

const households = generateHouseholds(300, { seed: 4242 });

describe('withStableShapes', () => {
  test('same JSON as the request, and the request is not modified', () => {
    for (const h of households) {
      const before = JSON.stringify(h);
      const copy = withStableShapes(h);
      expect(JSON.stringify(copy)).toBe(before);
      expect(JSON.stringify(h)).toBe(before);
      expect(copy).toEqual(h);
    }
  });

  test('every member has every schema field, in schema order', () => {
    const fields = Object.keys(memberSchema.shape);
    for (const h of households) {
      for (const m of withStableShapes(h).household.members) expect(Object.keys(m)).toEqual(fields);
    }
    // The parsed request itself keeps absent fields absent.
    const m = households[0]!.household.members[0]!;
    expect(Object.keys(m).length).toBeLessThan(fields.length);
  });

  test('a member field the copy does not know is kept (the member is then left as given)', () => {
    const h = households[1]!;
    const odd = { ...h, household: { ...h.household, members: h.household.members.map((m, i) => (i === 0 ? { ...m, futureField: 7 } : m)) } } as ScreeningRequest;
    const copy = withStableShapes(odd);
    expect((copy.household.members[0] as unknown as Record<string, unknown>).futureField).toBe(7);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(odd));
  });

  test('results are the same for the request and for its copy', () => {
    for (const h of households.slice(0, 60)) {
      const direct = JSON.stringify(screen(h));
      expect(JSON.stringify(screen(withStableShapes(h)))).toBe(direct);
      expect(JSON.stringify(PROGRAM_IDS.map((p) => evaluateProgram(h, p)))).toBe(direct);
    }
  });

  test('a hand-written request (not parsed) screens the same as its parsed form', () => {
    const input = {
      version: 1, date: '2026-03-01', location: { state: 'MO' },
      household: { housingSituation: 'renting', members: [{ id: 'a', relationship: 'self', age: 30, incomes: [{ type: 'wages', amount: 900, frequency: 'monthly' }] }] },
    };
    const parsed = parseScreeningRequest(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(screen(parsed.request).find((r) => r.program === 'snap')?.status).toBe('likely');
    expect(JSON.stringify(screen(withStableShapes(parsed.request)))).toBe(JSON.stringify(screen(parsed.request)));
  });
});
