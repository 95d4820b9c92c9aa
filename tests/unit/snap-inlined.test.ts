/**
 * Keeps the benchmark honest: the hand-inlined Missouri FY2026 SNAP formula (tests/bench/inlined.ts)
 * and the engine agree to the dollar on generated Missouri FY2026 households, so the bench's
 * engine/inlined ratio compares two implementations of the same rules.
 */
import { describe, expect, test } from 'vitest';
import { evaluateProgram } from '../../rules';
import { generateHouseholds } from '../bench/generate';
import { INLINED_FROM, INLINED_STATE, INLINED_TO, inlinedSnapMoFy2026 } from '../bench/inlined';

describe('inlined SNAP formula (MO FY2026) vs the engine', () => {
  const households = generateHouseholds(3000, { seed: 7, state: INLINED_STATE, from: INLINED_FROM, to: INLINED_TO });

  test('agree to the dollar on every sampled household', () => {
    const diffs: string[] = [];
    for (const [i, h] of households.entries()) {
      const engine = evaluateProgram(h, 'snap').estimate?.monthly ?? 0;
      const inlined = inlinedSnapMoFy2026(h);
      if (engine !== inlined) diffs.push(`#${i}: engine ${engine} inlined ${inlined}`);
    }
    expect(diffs.slice(0, 10)).toEqual([]);
  });

  test('the sample is varied: eligible and ineligible households, several amounts', () => {
    const amounts = households.map((h) => inlinedSnapMoFy2026(h));
    expect(amounts.filter((a) => a === 0).length).toBeGreaterThan(100);
    expect(amounts.filter((a) => a > 0).length).toBeGreaterThan(1000);
    expect(new Set(amounts).size).toBeGreaterThan(300);
  });
});
