/**
 * Annual income helpers for the housing-group programs (HUD, LIHEAP, child care, tax credits).
 * Amounts are annualized from each income's frequency (monthly × 12) and rounded to whole dollars
 * once, at the end.
 */
import { toMonthly, roundDollar } from '../../core/money';
import type { IncomeType, Member, ScreeningRequest } from '../../core/request';

export const EARNED: ReadonlySet<IncomeType> = new Set(['wages', 'self_employment']);

/** A member's annual income of the types `filter` keeps (all by default), unrounded. Loops, not
 * filter/reduce: this runs for every member in several programs (same additions, same order). */
export function memberAnnual(m: Member, filter?: (t: IncomeType) => boolean): number {
  let s = 0;
  for (const i of m.incomes) if (!filter || filter(i.type)) s += toMonthly(i.amount, i.frequency) * 12;
  return s;
}

/** Gross annual income of every member, unrounded. */
export function householdGrossAnnual(request: ScreeningRequest): number {
  let s = 0;
  for (const m of request.household.members) s += memberAnnual(m);
  return s;
}

/**
 * HUD annual income (24 CFR 5.609): all members' anticipated gross income for 12 months, except the
 * earned income of children under 18 (other than the head or spouse).
 */
export function annualIncome(request: ScreeningRequest): { total: number; minorEarningsExcluded: number } {
  let total = 0;
  let minor = 0;
  for (const m of request.household.members) {
    const isMinorChild = m.age < 18 && m.relationship !== 'self' && m.relationship !== 'spouse' && m.relationship !== 'partner';
    for (const i of m.incomes) {
      const annual = toMonthly(i.amount, i.frequency) * 12;
      if (isMinorChild && EARNED.has(i.type)) minor += annual;
      else total += annual;
    }
  }
  return { total: roundDollar(total), minorEarningsExcluded: roundDollar(minor) };
}
