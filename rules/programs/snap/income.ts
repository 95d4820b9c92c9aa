/**
 * Countable gross income of the SNAP household (7 CFR 273.9(a)-(c), 273.10(c)): everyone in the
 * household, plus all but the pro rata share of excluded noncitizens' income (7 CFR 273.11(c)(3)).
 * Excluded: earned income of a school-going child under 18 (7 CFR 273.9(c)(7)). Monthly amounts use
 * the contract's factors (weekly × 52/12, biweekly × 26/12, semimonthly × 2; 7 CFR 273.10(c)(2)).
 */
import { toMonthly } from '../../core/money';
import type { IncomeType, Member } from '../../core/request';
import type { Composition } from './household';

/** Earned income types: wages and self-employment (compared directly: a Set probe per income cost more). */
function isEarned(t: IncomeType): boolean {
  return t === 'wages' || t === 'self_employment';
}

/** Whether the member has income of type a, b or c (a loop: this runs on the hot path). */
export function hasIncome(m: Member, a: IncomeType, b?: IncomeType, c?: IncomeType): boolean {
  for (const i of m.incomes) if (i.type === a || i.type === b || i.type === c) return true;
  return false;
}

export interface ProratedIncome { member: string; income: number; counted: number; countedForGrossTest?: number }

/** How an excluded ineligible member's income counts: pro rata (7 CFR 273.11(c)(3)(ii)), in full (the
 * state option of 273.11(c)(3)(i)), or in full for the gross income test only. */
export type IneligibleIncomeMode = 'prorate' | 'full' | 'gross_test';

export interface IncomeSummary {
  earned: number;
  unearned: number;
  gross: number;
  prorated: ProratedIncome[];
  /** Earned income left out because the earner is a student under 18. */
  childStudentEarnedExcluded: number;
  /** Gross income for the gross income tests (more than `gross` where a state counts excluded
   * noncitizens' income in full for that test). */
  grossForTest: number;
  /** A state option on excluded noncitizens' income changed the count. */
  stateOptionApplied: boolean;
  /** Child support paid was taken off `grossForTest` (state option, 7 CFR 273.9(c)(17)). */
  childSupportExcluded?: boolean;
  /* Facts the eligibility tests need from the same incomes, noted in this pass (each was another scan
   * of every member's incomes, on every budget): */
  /** An eligible member has SSI or SSDI income (a disabled member, 7 CFR 271.2). */
  disabilityIncome: boolean;
  /** A member of the household or an excluded member has TANF income (7 CFR 273.2(j)(2)(i)). */
  tanfIncome: boolean;
  /** Every eligible member receives SSI (the flag or SSI income); false when none is eligible. */
  allReceiveSsi: boolean;
}


/** Share of the excluded members' income and shared expenses that stays with the household:
 * eligible members ÷ (eligible + excluded ineligible members) (7 CFR 273.11(c)(3)(ii)). Members whose
 * income a state counts in full (`modeOf` → 'full') have their shared costs counted in full too. */
export function eligibleShare(c: Composition, modeOf?: (m: Member) => IneligibleIncomeMode): number {
  if (!c.prorated.length || !c.eligible.length) return 1;
  let n = 0;
  for (const m of c.prorated) if (!modeOf || modeOf(m) !== 'full') n++;
  return c.eligible.length / (c.eligible.length + n);
}

export function countIncome(c: Composition, modeOf?: (m: Member) => IneligibleIncomeMode): IncomeSummary {
  const s: IncomeSummary = {
    earned: 0, unearned: 0, gross: 0, prorated: [], childStudentEarnedExcluded: 0, grossForTest: 0, stateOptionApplied: false,
    disabilityIncome: false, tanfIncome: false, allReceiveSsi: c.eligible.length > 0,
  };
  let grossTestExtra = 0;
  for (const m of c.eligible) {
    const childStudent = m.age < 18 && m.student && m.relationship !== 'self';
    let ssi = m.receivesSsi === true;
    for (const inc of m.incomes) {
      const x = toMonthly(inc.amount, inc.frequency);
      const t = inc.type;
      if (!isEarned(t)) {
        s.unearned += x;
        if (t === 'ssi') ssi = s.disabilityIncome = true;
        else if (t === 'ssdi') s.disabilityIncome = true;
        else if (t === 'tanf') s.tanfIncome = true;
      } else if (childStudent) s.childStudentEarnedExcluded += x;
      else s.earned += x;
    }
    if (!ssi) s.allReceiveSsi = false;
  }
  // An excluded member's TANF counts for categorical eligibility even when no one is eligible.
  if (!c.eligible.length) for (const m of c.prorated) if (hasIncome(m, 'tanf')) s.tanfIncome = true;
  if (c.prorated.length && c.eligible.length) {
    const share = eligibleShare(c);
    for (const m of c.prorated) {
      let earned = 0;
      let unearned = 0;
      // Exclusions come off before the income is divided (7 CFR 273.11(c)(2)(ii), applied to excluded
      // noncitizens by (c)(3)(ii)): a school-going child's earnings stay excluded (273.9(c)(7)) even
      // when the child is the excluded member. Audit-3 fix: they were prorated and counted.
      const childStudent = m.age < 18 && m.student && m.relationship !== 'self';
      for (const inc of m.incomes) {
        const x = toMonthly(inc.amount, inc.frequency);
        if (inc.type === 'tanf') s.tanfIncome = true;
        if (!isEarned(inc.type)) unearned += x;
        else if (childStudent) s.childStudentEarnedExcluded += x;
        else earned += x;
      }
      if (earned + unearned === 0) continue;
      const mode = modeOf ? modeOf(m) : 'prorate';
      const k = mode === 'full' ? 1 : share;
      s.earned += earned * k;
      s.unearned += unearned * k;
      const entry: ProratedIncome = { member: m.id, income: round2(earned + unearned), counted: round2((earned + unearned) * k) };
      if (mode === 'gross_test') {
        grossTestExtra += (earned + unearned) * (1 - share);
        entry.countedForGrossTest = entry.income;
      }
      if (mode !== 'prorate') s.stateOptionApplied = true;
      s.prorated.push(entry);
    }
  }
  s.gross = s.earned + s.unearned;
  s.grossForTest = s.gross + grossTestExtra;
  return s;
}

function round2(x: number): number { return Math.round(x * 100) / 100; }
