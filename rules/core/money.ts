import type { Frequency, Income } from './request';

/** Monthly equivalents, as the contract defines them (7 CFR 273.10(c)(2) uses the same factors). */
const MONTHLY_FACTOR: Record<Frequency, number> = {
  weekly: 52 / 12,
  biweekly: 26 / 12,
  semimonthly: 2,
  monthly: 1,
  annual: 1 / 12,
};

/** Convert an amount at a frequency to a monthly amount (unrounded). */
export function toMonthly(amount: number, frequency: Frequency): number {
  // The factors of MONTHLY_FACTOR by comparison: indexing the table by a string that takes five
  // values was a megamorphic keyed load on every income of every program (npm run bench).
  switch (frequency) {
    case 'monthly': return amount * MONTHLY_FACTOR.monthly;
    case 'weekly': return amount * MONTHLY_FACTOR.weekly;
    case 'biweekly': return amount * MONTHLY_FACTOR.biweekly;
    case 'semimonthly': return amount * MONTHLY_FACTOR.semimonthly;
    case 'annual': return amount * MONTHLY_FACTOR.annual;
    default: return amount * MONTHLY_FACTOR[frequency];
  }
}

export function monthlyIncome(income: Income): number {
  return toMonthly(income.amount, income.frequency);
}

/** Round half away from zero to whole cents (avoids 1.005 -> 1.00 float surprises). */
export function roundCents(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9) / 100;
}

/** Round to the nearest whole dollar, half up. Each program's formula says where it rounds. */
export function roundDollar(x: number): number {
  return Math.floor(x + 0.5 + 1e-9);
}
