/**
 * The EIC Table method (rules/programs/tax_credits/eitc.ts) against rows of published IRS EIC Tables, with that year's
 * figures: 2006 (Pub. 596 appendix: phase-in rows) and 2019 (Form 1040 instructions: phase-out rows, which show the
 * phase-out is taken from the unrounded maximum, e.g. MFJ 3 children 46,400–46,450 → 2,006, not 2,007).
 * 2019 figures (Rev. Proc. 2018-57): earned income amounts 10,370 (1 child) / 14,570 (2, 3+); maxima 3,526 / 5,828 / 6,557;
 * thresholds 19,030 single, 24,820 joint.
 */
import { describe, expect, test } from 'vitest';
import { eitcTableAmount, eitcWorksheetA, type EitcSchedule } from '../../rules/programs/tax_credits/eitc';

const far = 1e9; // no threshold / completion in play for phase-in rows
const y2006: Record<number, EitcSchedule> = {
  0: { phaseInRate: 0.0765, phaseOutRate: 0.0765, earnedIncomeAmount: 5380, maxCredit: 412, threshold: far, completedPhaseOut: far },
  1: { phaseInRate: 0.34, phaseOutRate: 0.1598, earnedIncomeAmount: 8080, maxCredit: 2747, threshold: far, completedPhaseOut: far },
  2: { phaseInRate: 0.4, phaseOutRate: 0.2106, earnedIncomeAmount: 11340, maxCredit: 4536, threshold: far, completedPhaseOut: far },
};
const y2019 = (n: 1 | 2 | 3, threshold: number): EitcSchedule => ({
  phaseInRate: [0, 0.34, 0.4, 0.45][n]!, phaseOutRate: [0, 0.1598, 0.2106, 0.2106][n]!,
  earnedIncomeAmount: n === 1 ? 10370 : 14570, maxCredit: [0, 3526, 5828, 6557][n]!, threshold, completedPhaseOut: far,
});

describe('EIC Table amounts match published rows', () => {
  test.each([
    // [income, children, expected] — 2006 EIC Table, single column
    [1, 0, 2], [49, 1, 9], [25, 2, 10], [75, 0, 6], [99, 1, 26], [50, 2, 30],
    [2000, 0, 155], [2049, 1, 689], [2000, 2, 810], [2400, 0, 186], [2449, 1, 825], [2400, 2, 970], [2455, 1, 842], [2499, 2, 990],
  ])('2006: %i with %i children → %i', (income, n, want) => {
    expect(eitcTableAmount(income, y2006[n]!)).toBe(want);
  });
  test.each([
    // [income, children, filing, expected] — 2019 EIC Table
    [52000, 2, 'joint', 99], [52000, 3, 'joint', 827], [52050, 2, 'joint', 88], [52050, 3, 'joint', 817], [52100, 3, 'joint', 806],
    [46400, 1, 'joint', 73], [46400, 2, 'joint', 1278], [46400, 3, 'joint', 2006], [46400, 2, 'single', 59], [46400, 3, 'single', 787],
    [49200, 2, 'joint', 688], [49200, 3, 'joint', 1417], [49200, 3, 'single', 197],
  ] as const)('2019: %i with %i children, %s → %i', (income, n, filing, want) => {
    expect(eitcTableAmount(income, y2019(n, filing === 'joint' ? 24820 : 19030))).toBe(want);
  });
});

describe('EIC Worksheet A', () => {
  const s: EitcSchedule = { phaseInRate: 0.34, phaseOutRate: 0.1598, earnedIncomeAmount: 12730, maxCredit: 4328, threshold: 23350, completedPhaseOut: 50434 };
  test('AGI under the threshold is not looked up', () => {
    expect(eitcWorksheetA(10000, 13000, s)).toEqual({ credit: 3409, earnedAmount: 3409, agiAmount: null });
  });
  test('AGI at or over the threshold: the smaller amount', () => {
    expect(eitcWorksheetA(20000, 31950, s)).toEqual({ credit: 2950, earnedAmount: 4328, agiAmount: 2950 });
  });
  test('no credit for $0 or at the completed phase-out', () => {
    expect(eitcTableAmount(0, s)).toBe(0);
    expect(eitcTableAmount(50433, s)).toBe(2);
    expect(eitcTableAmount(50434, s)).toBe(0);
  });
});
