/**
 * The HUD income-limit codec round-trips exactly, including figures HUD's size rule does not predict
 * (odd-dollar residuals and large steps), without needing the HUD CSV.
 */
import { describe, expect, test } from 'vitest';
import { ceil50, decode, decodeName, encode, encodeName, predict, sizeFactor, type IncomeLimits } from '../../rules/programs/housing/hud-codec';

const fpg = { first: 15960, additional: 5680 };

describe('hud-codec', () => {
  test('a county that follows HUD size factors exactly encodes to three numbers', () => {
    // Autauga AL FY2026 figures (HUD CSV), except ELI for 1 person: HUD has 18,700 (it starts from the
    // unrounded VLI); the size rule from the rounded 4-person VLI gives 0.6 × 44,400 × 0.7 = 18,648 → 18,650.
    const l: IncomeLimits = {
      ami: 88800,
      extremelyLow: [18650, 21640, 27320, 33000, 38680, 44360, 50040, 55720],
      veryLow: [31100, 35550, 40000, 44400, 48000, 51550, 55100, 58650],
      low: [49750, 56850, 63950, 71050, 76750, 82450, 88150, 93800],
    };
    const rec = encode(l, fpg);
    expect(rec).toBe('88800,44400,71050');
    expect(decode(rec, fpg)).toEqual(l);
    // HUD's real 18,700 is one $50 step above the prediction: the 15th residual is 'N' (+50).
    const real = { ...l, extremelyLow: [18700, ...l.extremelyLow.slice(1)] };
    expect(encode(real, fpg)).toBe('88800,44400,71050,MMMMMMMMMMMMMMN');
    expect(decode(encode(real, fpg), fpg)).toEqual(real);
  });

  test('residuals of any size round-trip, including odd dollars', () => {
    const l: IncomeLimits = {
      ami: 100001,
      extremelyLow: [20001, 25000, 27320, 33000, 38680, 44360, 50040, 55720],
      veryLow: [36650, 41950, 47150, 52400, 56600, 60800, 65000, 69300],
      low: [58700, 67100, 75500, 83850, 90600, 97300, 104000, 100000],
    };
    expect(decode(encode(l, fpg), fpg)).toEqual(l);
  });

  test('HUD size rule: factors, +8% per person above 8, rounding up to $50', () => {
    expect(sizeFactor(1)).toBe(0.7);
    expect(sizeFactor(10)).toBeCloseTo(1.48);
    expect(ceil50(36809.99999)).toBe(36850);
    expect(ceil50(36800)).toBe(36800);
    // 4-person VLI 40,900 → 3 persons 36,810 → 36,850; ELI floor = poverty guideline for 3 (27,320).
    expect(predict(40900, 65450, fpg, 3)).toEqual({ vli: 36850, li: 58950, eli: 27320 });
  });

  test('names: " County" is implied, anything else is kept with "="', () => {
    expect(encodeName('Wayne County')).toBe('Wayne');
    expect(encodeName('St. Louis city')).toBe('=St. Louis city');
    expect(decodeName('Wayne')).toBe('Wayne County');
    expect(decodeName('=Orleans Parish')).toBe('Orleans Parish');
  });
});
