/**
 * Federal EITC (26 U.S.C. 32), computed the way the IRS computes it: with the EIC Table.
 *
 * 26 U.S.C. 32(f): the credit is "determined under tables prescribed by the Secretary" with income
 * brackets of not more than $50. The IRS EIC Table (Form 1040 instructions; Pub. 596 appendix) has rows
 * "at least $X but less than $X+50", from $1–$50 up to the completed phase-out amount, and each entry is
 * the credit computed at the MIDPOINT of the row (X + 25), rounded to the nearest dollar (half up).
 * Read off the published tables: 2006 table, $1–$50 → $2 / $9 / $10 (0.0765 / 0.34 / 0.40 × 25 =
 * 1.91 / 8.5 / 10), $2,450–$2,500 → $842 (0.34 × 2,475 = 841.5); 2019 table, MFJ 3 children,
 * $46,400–$46,450 → $2,006 = 0.45 × 14,570 − 0.2106 × (46,425 − 24,820) = 6,556.50 − 4,550.01 = 2,006.49.
 * The last example shows the phase-out is taken from the UNROUNDED maximum (credit rate × earned income
 * amount = 6,556.50, not the published $6,557, which would give 2,007). Where the completed phase-out
 * amount (Rev. Proc.; Pub. 596 Rule 1 AGI limits) falls inside a row, incomes at or above it get no
 * credit (the table's starred rows and footnotes, e.g. 2019 MFJ 2 children $52,450–$52,500).
 * The Rev. Proc. completed amounts for 2025/2026 are threshold + ROUNDED maximum ÷ rate (2025, 1 child:
 * 23,350 + 4,328 / 0.1598 = 50,433.85 → 50,434), so they are read as parameters, not recomputed.
 *
 * EIC Worksheet A (Form 1040 instructions): line 2 = table amount for earned income; if AGI differs
 * from earned income and AGI is at least the phase-out threshold ($10,620 / $23,350 for 2025;
 * +$7,110 / +$7,120 joint), line 5 = table amount for AGI; the credit is the smaller of the two.
 * (PolicyEngine US, variables/gov/irs/credits/earned_income/eitc_reduction.py, uses the continuous formula
 * max(0, phase-in − rate × (max(earnings, AGI) − start)) instead; it can differ from the table by a few dollars.)
 */
import type { Evaluation } from '../../core/context';
import type { FormulaResult, ProgramFormula } from '../../core/program';
import type { Status } from '../../core/types';
import { commonReasons, countOf, hasSsn, noCredit, steps, taxUnit, unknownSsnPaths } from './tax';

export interface EitcSchedule {
  /** Credit (phase-in) rate and phase-out rate, e.g. 0.34 and 0.1598. */
  phaseInRate: number;
  phaseOutRate: number;
  /** Earned income amount (Rev. Proc.): the credit reaches its maximum here. */
  earnedIncomeAmount: number;
  /** Published maximum credit (rate × earned income amount, rounded). */
  maxCredit: number;
  /** Threshold phase-out amount for the filing status. */
  threshold: number;
  /** Completed phase-out amount (Rev. Proc.): at or above it the credit is 0. */
  completedPhaseOut: number;
}

export const EITC_TABLE_BAND = 50;

/** The EIC Table row "at least `from` but less than `from + 50`" that holds `income` (whole dollars). */
export function eitcTableBand(income: number): { from: number; to: number; midpoint: number } {
  const from = Math.floor(income / EITC_TABLE_BAND) * EITC_TABLE_BAND;
  return { from, to: from + EITC_TABLE_BAND, midpoint: from + EITC_TABLE_BAND / 2 };
}

/**
 * The EIC Table amount for an income (earned income or AGI) in whole dollars. Exact integer arithmetic in
 * ten-thousandths of a dollar (the rates have four decimals), so 841.5 rounds to 842, never 841.
 */
export function eitcTableAmount(income: number, s: EitcSchedule): number {
  const inc = Math.floor(income);
  if (inc < 1) return 0;
  const inBp = Math.round(s.phaseInRate * 10000);
  const outBp = Math.round(s.phaseOutRate * 10000);
  // At or past the completed phase-out amount (Rev. Proc.; the table's last row is cut there): no credit.
  if (inc >= s.completedPhaseOut) return 0;
  const mid = eitcTableBand(inc).midpoint;
  const v = inBp * Math.min(mid, s.earnedIncomeAmount) - outBp * Math.max(0, mid - s.threshold);
  if (v <= 0) return 0;
  return Math.min(s.maxCredit, Math.floor((v + 5000) / 10000));
}

/** EIC Worksheet A, lines 1–6: the smaller of the table amounts for earned income and (when at or over the threshold) AGI. */
export function eitcWorksheetA(earned: number, agi: number, s: EitcSchedule): { credit: number; earnedAmount: number; agiAmount: number | null } {
  const earnedAmount = eitcTableAmount(earned, s);
  const lookUpAgi = agi !== earned && agi >= s.threshold;
  const agiAmount = lookUpAgi ? eitcTableAmount(agi, s) : null;
  return { credit: agiAmount === null ? earnedAmount : Math.min(earnedAmount, agiAmount), earnedAmount, agiAmount };
}

export const eitc: ProgramFormula = (ev: Evaluation): FormulaResult => {
  const program = 'eitc' as const;
  const year = Number(ev.date.slice(0, 4));
  const u = taxUnit(ev);
  const reasons = commonReasons(u, year);
  const filerSsn = u.filerSsn;
  const kidSsn = u.eitcChildSsn;
  const childrenWithoutSsn = countOf(kidSsn, 'no');
  const n = Math.min(3, kidSsn.length - childrenWithoutSsn);
  reasons.push({
    code: 'eitc.ssn_required',
    values: {
      filersWithSsn: filerSsn.filter(hasSsn).length, filers: u.filers.length,
      ssnAssumedFromStatus: filerSsn.includes('assumed') || kidSsn.includes('assumed'),
      childrenWithoutSsn,
    },
    citation: '26 U.S.C. 32(c)(1)(E), 32(c)(3)(D), 32(m)',
  });
  // The first figure set per tax year: a date past the newest year stops here.
  const inv = ev.optional<number>('eitc.investment_income_limit');
  if (!inv) return ev.noRulesForDate('eitc.investment_income_limit');
  reasons.push({ code: 'eitc.investment_income_limit', values: { limit: inv.value }, citation: inv.citation });

  if (filerSsn.includes('no')) return noCredit(program, reasons, 'eitc.filer_without_ssn', { filers: u.filers.length }, '26 U.S.C. 32(c)(1)(E), 32(m)');
  if (u.investment !== undefined && u.investment > inv.value) {
    return noCredit(program, reasons, 'eitc.investment_income_over_limit', { investmentIncome: u.investment, limit: inv.value }, inv.citation);
  }
  if (u.earned <= 0) return noCredit(program, reasons, 'eitc.no_earned_income', {}, '26 U.S.C. 32(a), 32(c)(2)');
  if (n === 0) {
    const age = ev.lookup<{ min: number; max: number }>('eitc.childless_age');
    const ok = u.filers.some((m) => m.age >= age.value.min && m.age <= age.value.max);
    if (!ok) return noCredit(program, reasons, 'eitc.childless_age_not_met', { minAge: age.value.min, maxAge: age.value.max }, age.citation);
  }
  const max = ev.lookup<number[]>('eitc.max_credit');
  const eia = ev.lookup<number[]>('eitc.earned_income_amount');
  const inRate = ev.lookup<number[]>('eitc.phase_in_rate').value[n]!;
  const outRate = ev.lookup<number[]>('eitc.phase_out_rate').value[n]!;
  const start = ev.lookup<{ single: number[]; joint: number[] }>('eitc.phase_out_start');
  const threshold = start.value[u.filing === 'joint' ? 'joint' : 'single'][n === 0 ? 0 : 1]!;
  const completed = ev.lookup<{ single: number[]; joint: number[] }>('eitc.completed_phase_out');
  const completedPhaseOut = completed.value[u.filing === 'joint' ? 'joint' : 'single'][n]!;
  const schedule: EitcSchedule = { phaseInRate: inRate, phaseOutRate: outRate, earnedIncomeAmount: eia.value[n]!, maxCredit: max.value[n]!, threshold, completedPhaseOut };
  const w = eitcWorksheetA(u.earned, u.agi, schedule);
  const band = eitcTableBand(u.earned);
  const credit = w.credit;
  reasons.unshift({
    code: credit > 0 ? 'eitc.estimate' : 'eitc.income_too_high',
    values: {
      annual: credit, qualifyingChildren: n, maxCredit: max.value[n]!, phaseInRate: inRate, phaseOutRate: outRate,
      earnedIncomeAmount: eia.value[n]!, phaseOutStart: threshold, completedPhaseOut, earnedIncome: u.earned, adjustedGrossIncome: u.agi, taxYear: year,
      tableRowFrom: band.from, tableRowTo: band.to, tableAmountForEarnedIncome: w.earnedAmount,
      agiLookedUp: w.agiAmount !== null, tableAmountForAgi: w.agiAmount ?? w.earnedAmount,
    },
    citation: `26 U.S.C. 32(f) (EIC Table, $50 rows, amount at each row's midpoint); Form 1040 instructions, EIC Worksheet A; ${max.citation}; ${start.citation}`,
  });
  // Only the first three children count toward the credit.
  const firstUnknownKid = kidSsn.indexOf('unknown');
  const unknown = filerSsn.includes('unknown') || (firstUnknownKid >= 0 && firstUnknownKid < 3);
  const status: Status = credit === 0 ? 'unlikely' : unknown ? 'possibly' : 'likely';
  const missing = unknown ? unknownSsnPaths(ev, u, u.eitcChildren) : [];
  return { program, status, estimate: { annual: credit }, reasons, missing, nextSteps: steps(status) };
};
