/**
 * Household facts shared by the health-group programs (Medicaid, CHIP, WIC, school meals, Lifeline):
 * who is in the unit, household size, and monthly income by the program's own income definition.
 * Pure: reads only the request.
 */
import { monthlyIncome } from '../../core/money';
import type { IncomeType, Member, ScreeningRequest } from '../../core/request';

/** Relationships that make up a MAGI tax household around the applicant (42 CFR 435.603(b)-(f)). */
const TAX_HOUSEHOLD = new Set<Member['relationship']>(['self', 'spouse', 'child', 'stepchild', 'grandchild']);
/** People who live together and share income and expenses (WIC, school meals, Lifeline): everyone but roommates. */
const ECONOMIC_UNIT_EXCLUDES = new Set<Member['relationship']>(['roommate']);

/**
 * MAGI income (26 U.S.C. 36B(d)(2)(B); 42 CFR 435.603(e)): adjusted gross income plus non-taxable Social
 * Security. SSI, TANF, child support received, veterans' benefits and workers' compensation are not counted.
 * Alimony counts only for divorces before 2019 (not asked; counted).
 */
export const MAGI_COUNTED: Record<IncomeType, boolean> = {
  wages: true, self_employment: true, unemployment: true, social_security: true, ssi: false, ssdi: true,
  pension: true, child_support_received: false, tanf: false, veterans: false, workers_comp: false,
  alimony: true, other_unearned: true,
};

export function isChildRelation(m: Member): boolean {
  return m.relationship === 'child' || m.relationship === 'stepchild' || m.relationship === 'grandchild';
}

export interface MagiHousehold {
  members: Member[];
  outside: Member[];
  size: number;
  pregnancies: number;
  /** Monthly MAGI of the household (children's own income left out, 42 CFR 435.603(d)(2)(i)). */
  monthlyIncome: number;
  childIncomeLeftOut: boolean;
}

export function magiHousehold(request: ScreeningRequest): MagiHousehold {
  const members: Member[] = [];
  const outside: Member[] = [];
  // A pregnant woman counts as herself plus the child she expects (42 CFR 435.603(b)); one child assumed.
  let pregnancies = 0;
  for (const m of request.household.members) {
    if (!TAX_HOUSEHOLD.has(m.relationship)) { outside.push(m); continue; }
    members.push(m);
    if (m.pregnant) pregnancies++;
  }
  let income = 0;
  let childIncomeLeftOut = false;
  for (const m of members) {
    const dependentChild = isChildRelation(m) && m.age < 19;
    for (const inc of m.incomes) {
      if (!MAGI_COUNTED[inc.type]) continue;
      if (dependentChild) { childIncomeLeftOut = true; continue; }
      income += monthlyIncome(inc);
    }
  }
  return { members, outside, size: members.length + pregnancies, pregnancies, monthlyIncome: income, childIncomeLeftOut };
}

/**
 * Someone outside the main tax household (a parent, sibling, other relative, partner or roommate) is
 * screened as their own household: themselves (plus an expected child) and their own income. An
 * approximation of the non-filer rules (42 CFR 435.603(f)(3)); results for them are at most "possibly".
 */
export function ownHousehold(m: Member): MagiHousehold {
  let income = 0;
  for (const i of m.incomes) if (MAGI_COUNTED[i.type]) income += monthlyIncome(i);
  const pregnancies = m.pregnant ? 1 : 0;
  return { members: [m], outside: [], size: 1 + pregnancies, pregnancies, monthlyIncome: income, childIncomeLeftOut: false };
}

export interface EconomicUnit {
  members: Member[];
  size: number;
  /** Gross monthly income of everyone in the unit, all sources. */
  monthlyIncome: number;
  pregnancies: number;
}

/** Everyone who lives together and shares income and expenses (roommates excluded). */
export function economicUnit(request: ScreeningRequest, countUnborn: boolean): EconomicUnit {
  const members: Member[] = [];
  let pregnancies = 0;
  let income = 0;
  for (const m of request.household.members) {
    if (ECONOMIC_UNIT_EXCLUDES.has(m.relationship)) continue;
    members.push(m);
    if (m.pregnant) pregnancies++;
    // Member totals added in member order.
    let own = 0;
    for (const i of m.incomes) own += monthlyIncome(i);
    income += own;
  }
  return { members, size: members.length + (countUnborn ? pregnancies : 0), monthlyIncome: income, pregnancies };
}

/** Index of a member in the request (for missing-field paths). */
export function memberIndex(request: ScreeningRequest, m: Member): number {
  return request.household.members.indexOf(m);
}

/** Round up to the next whole dollar (USDA income eligibility guidelines round up). */
export function ceilDollar(x: number): number {
  return Math.ceil(x - 1e-9);
}

export function round2(x: number): number {
  return Math.round(x * 100 + 1e-9) / 100;
}
