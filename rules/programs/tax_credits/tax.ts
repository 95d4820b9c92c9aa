/**
 * Shared tax facts for the EITC and the CTC: the tax unit, the inferred filing status, earned income,
 * AGI, and income tax before credits.
 *
 * Tax unit: the person screened ("self"), a spouse (married filing jointly), and qualifying children
 * (child, stepchild, grandchild or sibling; EITC under 19, or under 24 if a student, or any age if
 * disabled; CTC under 17). Earned income = wages + self-employment of self and spouse; AGI adds their
 * unemployment, pensions, alimony, other taxable income and investment income (Social Security is
 * left out: most of it is untaxed at these incomes, said as a reason).
 *
 * Filing status: the request has no tax filing status, so it is INFERRED and said as a reason
 * (`tax_credits.filing_status_inferred`): a spouse in the household → married filing jointly
 * (26 U.S.C. 6013; married filing separately cannot get the EITC, 32(d)); else a qualifying child in
 * the household → head of household (2(b)); else single. An unmarried partner is not a spouse.
 *
 * SSNs: `ssnValidForWork` when answered; otherwise citizens, nationals, LPRs, refugees, asylees, COFA
 * citizens and T-status holders (work-authorized by status, 8 CFR 274a.12(a)) are taken to have one
 * (said as a reason), undocumented members to have none, and anyone else is unknown ("possibly").
 */
import type { Evaluation } from '../../core/context';
import type { FormulaResult } from '../../core/program';
import { roundDollar, toMonthly } from '../../core/money';
import { sharedFact } from '../../core/shared';
import type { Member } from '../../core/request';
import type { NextStep, Reason, Status } from '../../core/types';

export type Ssn = 'yes' | 'assumed' | 'no' | 'unknown';
export type Filing = 'single' | 'joint' | 'head_of_household';
export type FilingBasis = 'spouse_in_household' | 'qualifying_child_no_spouse' | 'no_spouse_no_qualifying_child';

/** Statuses that carry work authorization in themselves, so an unrestricted SSN is the norm (8 CFR 274a.12(a)). */
const WORK_AUTHORIZED_BY_STATUS = new Set(['citizen', 'national', 'lawful_permanent_resident', 'refugee', 'asylee', 'cofa_citizen', 'trafficking_victim']);
const QC_RELATIONSHIPS = new Set(['child', 'stepchild', 'grandchild', 'sibling']);
const AGI_TYPES: ReadonlySet<string> = new Set(['wages', 'self_employment', 'unemployment', 'pension', 'alimony', 'other_unearned']);

export function ssnStatus(m: Member): Ssn {
  if (m.ssnValidForWork !== undefined) return m.ssnValidForWork ? 'yes' : 'no';
  const s = m.immigration?.status;
  if (s !== undefined && WORK_AUTHORIZED_BY_STATUS.has(s)) return 'assumed';
  if (s === 'undocumented') return 'no';
  return 'unknown';
}
export const hasSsn = (s: Ssn) => s === 'yes' || s === 'assumed';

export interface TaxUnit {
  filers: Member[];
  filing: Filing;
  filingBasis: FilingBasis;
  earned: number;
  agi: number;
  /** Investment income of the filers when asked (`investmentIncomeAnnual`); undefined when nobody answered. */
  investment: number | undefined;
  socialSecurity: number;
  eitcChildren: Member[];
  ctcChildren: Member[];
  /** ssnStatus of the filers, the EITC children and the CTC children, in the same order. */
  filerSsn: Ssn[];
  eitcChildSsn: Ssn[];
  ctcChildSsn: Ssn[];
}

/** The filers' annual earned income, AGI income (before investment income) and Social Security, unrounded. */
function filerIncome(filers: Member[]): { earned: number; agi: number; socialSecurity: number } {
  // One pass over the incomes; each total adds the same amounts in the same order as one sum per kind
  // would (per member in income order, then members in order), so the results are the same to the cent.
  let earned = 0;
  let agi = 0;
  let socialSecurity = 0;
  for (const m of filers) {
    let e = 0;
    let a = 0;
    let ss = 0;
    for (const i of m.incomes) {
      const t = i.type;
      const annual = toMonthly(i.amount, i.frequency) * 12;
      if (t === 'wages' || t === 'self_employment') e += annual;
      if (AGI_TYPES.has(t)) a += annual;
      if (t === 'social_security' || t === 'ssdi') ss += annual;
    }
    earned += e;
    agi += a;
    socialSecurity += ss;
  }
  return { earned, agi, socialSecurity };
}

/** The tax unit, shared by the EITC and the CTC of one screening (rules/core/shared.ts): read it, never modify it. */
const TAX_UNIT = sharedFact('tax_credits.tax_unit', buildTaxUnit);

export function taxUnit(ev: Evaluation): TaxUnit {
  return ev.shared(TAX_UNIT);
}

function buildTaxUnit(ev: Evaluation): TaxUnit {
  const members = ev.request.household.members;
  const self = members.find((m) => m.relationship === 'self')!;
  const spouse = members.find((m) => m.relationship === 'spouse');
  const filers = spouse ? [self, spouse] : [self];
  const qa = ev.lookup<{ under: number; underIfStudent: number }>('eitc.qualifying_child_age').value;
  const ctcAge = ev.lookup<number>('ctc.child_age_limit').value;
  const eitcChildren: Member[] = [];
  const ctcChildren: Member[] = [];
  for (const m of members) {
    if (!QC_RELATIONSHIPS.has(m.relationship)) continue;
    if (m.age < qa.under || (m.student && m.age < qa.underIfStudent) || m.disabled) eitcChildren.push(m);
    if (m.age < ctcAge) ctcChildren.push(m);
  }
  const income = filerIncome(filers);
  let answered = 0;
  let investmentSum = 0;
  for (const m of filers) {
    if (m.investmentIncomeAnnual === undefined) continue;
    answered++;
    investmentSum += m.investmentIncomeAnnual;
  }
  const investment = answered > 0 ? roundDollar(investmentSum) : undefined;
  const agi = income.agi + (investment ?? 0);
  const filingBasis: FilingBasis = spouse ? 'spouse_in_household' : eitcChildren.length > 0 ? 'qualifying_child_no_spouse' : 'no_spouse_no_qualifying_child';
  const filing: Filing = spouse ? 'joint' : eitcChildren.length > 0 ? 'head_of_household' : 'single';
  return {
    filers, filing, filingBasis, earned: roundDollar(income.earned), agi: roundDollar(agi), investment,
    socialSecurity: roundDollar(income.socialSecurity), eitcChildren, ctcChildren,
    filerSsn: filers.map(ssnStatus), eitcChildSsn: eitcChildren.map(ssnStatus), ctcChildSsn: ctcChildren.map(ssnStatus),
  };
}

/** Missing-answer paths (`household.members.<i>.ssnValidForWork`) of the filers and `children` whose SSN is unknown. */
export function unknownSsnPaths(ev: Evaluation, u: TaxUnit, children: Member[]): string[] {
  const out: string[] = [];
  const members = ev.request.household.members;
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    if (ssnStatus(m) === 'unknown' && (u.filers.includes(m) || children.includes(m))) out.push(`household.members.${i}.ssnValidForWork`);
  }
  return out;
}

export function commonReasons(u: TaxUnit, year: number): Reason[] {
  const r: Reason[] = [
    {
      code: 'tax_credits.tax_unit',
      values: { taxYear: year, filingStatus: u.filing, earnedIncome: u.earned, adjustedGrossIncome: u.agi },
      citation: '26 U.S.C. 1, 2(b), 32(c)(2), 62 (filing status, earned income, AGI)',
    },
    {
      code: 'tax_credits.filing_status_inferred',
      values: { filingStatus: u.filing, basis: u.filingBasis },
      citation: '26 U.S.C. 2(b), 6013(a) (head of household; joint return); 26 U.S.C. 32(d) (married filing separately: no EITC)',
    },
  ];
  if (u.socialSecurity > 0) {
    r.push({ code: 'tax_credits.social_security_not_counted', values: { socialSecurity: u.socialSecurity }, citation: '26 U.S.C. 86' });
  }
  return r;
}

/** Tax by the rate schedule (10% / 12% / 22% brackets; above that the CTC is always absorbed). */
function scheduleTax(taxable: number, b1: number, b2: number): number {
  return 0.1 * Math.min(taxable, b1) + 0.12 * Math.max(0, Math.min(taxable, b2) - b1) + 0.22 * Math.max(0, taxable - b2);
}

/**
 * The Form 1040 Tax Table row for taxable income under $100,000: rows $0–5, $5–15, $15–25, then $25 rows to
 * $3,000, then $50 rows; the tax shown is the schedule tax at the row's midpoint, rounded to the dollar
 * (e.g. $25–50 → $4 = 10% × 37.50 rounded). From $100,000 the Tax Computation Worksheet applies the schedule exactly.
 */
export function taxTableRow(taxable: number): { from: number; to: number } | null {
  if (taxable >= 100000) return null;
  if (taxable < 5) return { from: 0, to: 5 };
  if (taxable < 25) return taxable < 15 ? { from: 5, to: 15 } : { from: 15, to: 25 };
  const width = taxable < 3000 ? 25 : 50;
  const from = Math.floor(taxable / width) * width;
  return { from, to: from + width };
}

/** Federal income tax before credits on AGI − standard deduction, by the Tax Table (under $100,000) or the schedule. */
export function incomeTaxBeforeCredits(ev: Evaluation, u: TaxUnit): number {
  const sd = ev.lookup<Record<Filing, number>>('tax.standard_deduction');
  const taxable = Math.max(0, Math.floor(u.agi - sd.value[u.filing]));
  if (taxable <= 0) return 0;
  const [b1, b2] = ev.lookupOf<number[]>('tax.brackets', u.filing).value as [number, number];
  const row = taxTableRow(taxable);
  if (row === null) return Math.round(scheduleTax(taxable, b1, b2) * 100) / 100;
  if (row.to === 5) return 0;
  return Math.floor(scheduleTax((row.from + row.to) / 2, b1, b2) + 0.5 + 1e-9);
}

export function countOf<T>(xs: readonly T[], x: T): number {
  let n = 0;
  for (const v of xs) if (v === x) n++;
  return n;
}

/** A result with no credit: the deciding reason first, then the reasons so far. */
export function noCredit(program: 'eitc' | 'ctc', reasons: Reason[], code: string, values: Reason['values'], citation: string): FormulaResult {
  const all: Reason[] = [{ code, values, citation }];
  for (const r of reasons) all.push(r);
  return { program, status: 'unlikely', estimate: { annual: 0 }, reasons: all, missing: [], nextSteps: [] };
}

/** The next steps are the same for every household: built once and shared frozen (read them, never modify them). */
const FREE_TAX_HELP: NextStep = Object.freeze({ code: 'free_tax_help', values: Object.freeze({ programs: 'vita,tce' }) });
const BRING_TAX_DOCUMENTS: NextStep = Object.freeze({ code: 'bring_documents', values: Object.freeze({ documents: 'identity,social_security_numbers,tax_forms,birth_certificates' }) });

export function steps(status: Status): NextStep[] {
  if (status === 'unlikely') return [];
  return [FREE_TAX_HELP, BRING_TAX_DOCUMENTS];
}
