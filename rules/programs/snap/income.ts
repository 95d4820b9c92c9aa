/**
 * Countable gross income of the SNAP household (7 CFR 273.9(a)-(c), 273.10(c)): everyone in the
 * household, plus all but the pro rata share of excluded noncitizens' income (7 CFR 273.11(c)(3)).
 * Excluded: earned income of a school-going child under 18 (7 CFR 273.9(c)(7)). Monthly amounts use
 * the contract's factors (weekly × 52/12, biweekly × 26/12, semimonthly × 2; 7 CFR 273.10(c)(2)).
 */
import { toMonthly } from '../../core/money';
import type { IncomeType, Member } from '../../core/request';
import type { Composition } from './household';

const EARNED: ReadonlySet<string> = new Set(['wages', 'self_employment']);

/** Whether the member has income of type a, b or c (a loop: this runs on the hot path). */
export function hasIncome(m: Member, a: IncomeType, b?: IncomeType, c?: IncomeType): boolean {
  for (const i of m.incomes) if (i.type === a || i.type === b || i.type === c) return true;
  return false;
}

export interface ProratedIncome { member: string; income: number; counted: number }

export interface IncomeSummary {
  earned: number;
  unearned: number;
  gross: number;
  prorated: ProratedIncome[];
  /** Earned income left out because the earner is a student under 18. */
  childStudentEarnedExcluded: number;
}


/** Share of the excluded members' income and shared expenses that stays with the household:
 * eligible members ÷ (eligible + excluded ineligible members) (7 CFR 273.11(c)(3)(ii)). */
export function eligibleShare(c: Composition): number {
  return c.prorated.length && c.eligible.length ? c.eligible.length / (c.eligible.length + c.prorated.length) : 1;
}

export function countIncome(c: Composition): IncomeSummary {
  const s: IncomeSummary = { earned: 0, unearned: 0, gross: 0, prorated: [], childStudentEarnedExcluded: 0 };
  for (const m of c.eligible) {
    const childStudent = m.age < 18 && m.student && m.relationship !== 'self';
    for (const inc of m.incomes) {
      const x = toMonthly(inc.amount, inc.frequency);
      if (!EARNED.has(inc.type)) s.unearned += x;
      else if (childStudent) s.childStudentEarnedExcluded += x;
      else s.earned += x;
    }
  }
  if (c.prorated.length && c.eligible.length) {
    const share = eligibleShare(c);
    for (const m of c.prorated) {
      let earned = 0;
      let unearned = 0;
      for (const inc of m.incomes) {
        const x = toMonthly(inc.amount, inc.frequency);
        if (EARNED.has(inc.type)) earned += x; else unearned += x;
      }
      if (earned + unearned === 0) continue;
      s.earned += earned * share;
      s.unearned += unearned * share;
      s.prorated.push({ member: m.id, income: round2(earned + unearned), counted: round2((earned + unearned) * share) });
    }
  }
  s.gross = s.earned + s.unearned;
  return s;
}

function round2(x: number): number { return Math.round(x * 100) / 100; }
