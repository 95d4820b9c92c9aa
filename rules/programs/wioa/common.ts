/**
 * Facts the work programs (WIOA Adult, Dislocated Worker, Youth; VR; Pre-ETS) share: work
 * authorization by immigration status on the screening date, the WIOA "low-income individual" test,
 * and who in the household signals wanting work. Pure: reads the request and dated parameters.
 */
import type { Evaluation } from '../../core/context';
import type { Lookup } from '../../core/params';
import { monthlyIncome, roundCents } from '../../core/money';
import { annualPovertyGuideline } from '../../core/poverty';
import type { Member } from '../../core/request';
import type { Reason } from '../../core/types';

export type WorkAuth = 'authorized' | 'document_needed' | 'not_authorized' | 'unknown';

interface WorkAuthTable { authorized: string[]; documentNeeded: string[]; notAuthorized: string[] }

/** Work authorization for one member, from the stated status only ("unknown" when not given or withheld). */
export function workAuthorization(ev: Evaluation, m: Member): { auth: WorkAuth; citation: string } {
  const t = ev.lookup<WorkAuthTable>('wioa.work_authorization.by_status');
  const s = m.immigration?.status;
  if (!s || s === 'prefer_not_to_say') return { auth: 'unknown', citation: t.citation };
  if (t.value.authorized.includes(s)) return { auth: 'authorized', citation: t.citation };
  if (t.value.notAuthorized.includes(s)) return { auth: 'not_authorized', citation: t.citation };
  return { auth: 'document_needed', citation: t.citation };
}

/** One reason per member about work authorization when it is not simply "authorized". */
export function workAuthReason(program: string, ev: Evaluation, m: Member, auth: WorkAuth, citation: string): Reason | undefined {
  if (auth === 'authorized') return undefined;
  const status = m.immigration?.status ?? null;
  if (auth === 'unknown') {
    return { code: `${program}.work_authorization_required`, values: { member: m.id, statusGiven: status !== null && status !== 'prefer_not_to_say' }, citation };
  }
  if (auth === 'document_needed') {
    return { code: `${program}.work_authorization_document_needed`, values: { member: m.id, status }, citation };
  }
  return { code: `${program}.no_work_authorization`, values: { member: m.id, status }, citation };
}

const PUBLIC_ASSISTANCE_INCOME = new Set(['tanf', 'ssi']);

/** Members of the WIOA "family" (roommates are not family). */
export function familyMembers(ev: Evaluation): Member[] {
  return ev.request.household.members.filter((m) => m.relationship !== 'roommate');
}

/**
 * Household-level facts asked once per member (low-income test): kept for the last evaluation only.
 * Safe to reuse within one evaluation: its lookups were already recorded there when first computed,
 * and recording a lookup again changes nothing.
 */
let paMemo: { ev: Evaluation; value: boolean } | undefined;

/** Household (or a member) gets SNAP, TANF or SSI: low-income under 3(36)(A)(i). */
export function receivesPublicAssistance(ev: Evaluation): boolean {
  if (paMemo?.ev === ev) return paMemo.value;
  const value = computePublicAssistance(ev);
  paMemo = { ev, value };
  return value;
}

function computePublicAssistance(ev: Evaluation): boolean {
  const list = ev.param<string[]>('wioa.low_income.public_assistance');
  const h = ev.request.household;
  if ((h.currentBenefits ?? []).some((b) => list.includes(b))) return true;
  return h.members.some((m) => m.receivesSsi === true || m.incomes.some((i) => PUBLIC_ASSISTANCE_INCOME.has(i.type) && i.amount > 0));
}

export function homeless(ev: Evaluation): boolean {
  const s = ev.request.household.housingSituation;
  return s === 'shelter' || s === 'unsheltered';
}

function annualIncome(members: Member[]): number {
  let m = 0;
  for (const p of members) for (const i of p.incomes) if (!PUBLIC_ASSISTANCE_INCOME.has(i.type)) m += monthlyIncome(i);
  return m * 12;
}

export interface LowIncome {
  /** true: low-income; false: never (not possible: over the poverty line only means "not shown"); null: not shown. */
  lowIncome: true | null;
  basis: 'public_assistance' | 'homeless' | 'foster_youth' | 'income_under_poverty_line' | 'own_income_disability' | null;
  reason: Reason;
}

interface FamilyIncome {
  ev: Evaluation;
  test: Lookup<{ llsilBundled: boolean; llsilRate: number }>;
  size: number;
  income: number;
  line: number;
}
/** The family's income and poverty line, for the last evaluation (see paMemo). */
let familyMemo: FamilyIncome | undefined;

function familyIncome(ev: Evaluation): FamilyIncome {
  if (familyMemo?.ev === ev) return familyMemo;
  // Same lookups in the same order as before the memo: income test, then the poverty guideline.
  const test = ev.lookup<{ llsilBundled: boolean; llsilRate: number }>('wioa.low_income.income_test');
  const fam = familyMembers(ev);
  const income = annualIncome(fam);
  familyMemo = { ev, test, size: fam.length, income, line: annualPovertyGuideline(ev, fam.length) };
  return familyMemo;
}

/**
 * WIOA sec. 3(36) low-income test for one person. Only the poverty-line half of the income test is
 * applied (the 70% LLSIL tables are not bundled), so a family over the poverty line is "not shown"
 * rather than "not low-income".
 */
export function lowIncome(ev: Evaluation, m: Member): LowIncome {
  const cite = '29 U.S.C. 3102(36)';
  if (receivesPublicAssistance(ev)) {
    return { lowIncome: true, basis: 'public_assistance', reason: { code: 'wioa.low_income', values: { member: m.id, basis: 'public_assistance' }, citation: `${cite}(A)(i)` } };
  }
  if (homeless(ev)) {
    return { lowIncome: true, basis: 'homeless', reason: { code: 'wioa.low_income', values: { member: m.id, basis: 'homeless' }, citation: `${cite}(A)(iii)` } };
  }
  if (m.fosterYouth === true && m.age < 18) {
    return { lowIncome: true, basis: 'foster_youth', reason: { code: 'wioa.low_income', values: { member: m.id, basis: 'foster_youth' }, citation: `${cite}(A)(v)` } };
  }
  const { test, size: famSize, income: famIncome, line: famLine } = familyIncome(ev);
  if (famIncome <= famLine) {
    return { lowIncome: true, basis: 'income_under_poverty_line', reason: { code: 'wioa.low_income', values: { member: m.id, basis: 'income_under_poverty_line', annualIncome: roundCents(famIncome), povertyLine: famLine, familySize: famSize }, citation: `${cite}(A)(ii)` } };
  }
  if (m.disabled) {
    const own = annualIncome([m]);
    const line1 = annualPovertyGuideline(ev, 1);
    if (own <= line1) {
      return { lowIncome: true, basis: 'own_income_disability', reason: { code: 'wioa.low_income', values: { member: m.id, basis: 'own_income_disability', annualIncome: roundCents(own), povertyLine: line1, familySize: 1 }, citation: `${cite}(A)(vi)` } };
    }
  }
  return {
    lowIncome: null,
    basis: null,
    reason: { code: 'wioa.low_income_not_shown', values: { member: m.id, annualIncome: roundCents(famIncome), povertyLine: famLine, familySize: famSize, llsilRate: test.value.llsilRate, llsilBundled: test.value.llsilBundled }, citation: `${test.citation}` },
  };
}

const WORK_NEEDS = new Set(['job', 'training', 'disability_work']);
const LOOKING = new Set(['unemployed', 'laid_off', 'not_working']);

/** The household asked for job or training help (needs), or this member is out of work or said so. */
export function wantsWork(ev: Evaluation, m: Member): boolean {
  if (m.workforce?.wantsToWork !== undefined) return m.workforce.wantsToWork;
  const needs = ev.request.household.needs;
  if (needs.some((n) => WORK_NEEDS.has(n))) return true;
  return m.employment !== undefined && LOOKING.has(m.employment.status);
}

export function memberIndex(ev: Evaluation, m: Member): number {
  return ev.request.household.members.indexOf(m);
}

/** Birth on or after a date can be ruled out only by age: anyone younger than (year - bornYear) might be. */
export function mayBeBornOnOrAfter(ev: Evaluation, m: Member, iso: string): boolean {
  const years = Number(ev.date.slice(0, 4)) - Number(iso.slice(0, 4));
  return m.age <= years;
}
