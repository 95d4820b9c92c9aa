/**
 * Federal EITC (26 U.S.C. 32) and Child Tax Credit (26 U.S.C. 24): annual estimates for the tax year
 * of the screening date, from the IRS inflation figures (Rev. Proc. 2024-40 for 2025, 2025-32 for 2026).
 *
 * Tax unit: the person screened ("self"), a spouse (married filing jointly), and qualifying children
 * (child, stepchild, grandchild or sibling; EITC under 19, or under 24 if a student, or any age if
 * disabled; CTC under 17). Filing status: joint with a spouse, head of household with a qualifying
 * child, else single. Earned income = wages + self-employment of self and spouse; AGI adds their
 * unemployment, pensions, alimony and other taxable income (Social Security is left out: most of it is
 * untaxed at these incomes, said as a reason). Investment income is not asked: the limit is stated.
 * SSNs: `ssnValidForWork` when answered; otherwise citizens, nationals, LPRs, refugees, asylees, COFA
 * citizens and T-status holders (work-authorized by status, 8 CFR 274a.12(a)) are taken to have one
 * (said as a reason), undocumented members to have none, and anyone else is unknown ("possibly").
 */
import type { Evaluation } from '../../core/context';
import type { FormulaResult, ProgramFormula } from '../../core/program';
import { roundDollar } from '../../core/money';
import type { Member } from '../../core/request';
import type { NextStep, Reason, Status } from '../../core/types';
import { memberAnnual } from '../housing/income';

type Ssn = 'yes' | 'assumed' | 'no' | 'unknown';
type Filing = 'single' | 'joint' | 'head_of_household';

/** Statuses that carry work authorization in themselves, so an unrestricted SSN is the norm (8 CFR 274a.12(a)). */
const WORK_AUTHORIZED_BY_STATUS = new Set(['citizen', 'national', 'lawful_permanent_resident', 'refugee', 'asylee', 'cofa_citizen', 'trafficking_victim']);
const QC_RELATIONSHIPS = new Set(['child', 'stepchild', 'grandchild', 'sibling']);
const AGI_TYPES = new Set(['wages', 'self_employment', 'unemployment', 'pension', 'alimony', 'other_unearned']);

export function ssnStatus(m: Member): Ssn {
  if (m.ssnValidForWork !== undefined) return m.ssnValidForWork ? 'yes' : 'no';
  const s = m.immigration?.status;
  if (s !== undefined && WORK_AUTHORIZED_BY_STATUS.has(s)) return 'assumed';
  if (s === 'undocumented') return 'no';
  return 'unknown';
}
const hasSsn = (s: Ssn) => s === 'yes' || s === 'assumed';

interface TaxUnit {
  filers: Member[];
  filing: Filing;
  earned: number;
  agi: number;
  socialSecurity: number;
  eitcChildren: Member[];
  ctcChildren: Member[];
}

function taxUnit(ev: Evaluation): TaxUnit {
  const members = ev.request.household.members;
  const self = members.find((m) => m.relationship === 'self')!;
  const spouse = members.find((m) => m.relationship === 'spouse');
  const filers = spouse ? [self, spouse] : [self];
  const qa = ev.lookup<{ under: number; underIfStudent: number }>('eitc.qualifying_child_age').value;
  const ctcAge = ev.lookup<number>('ctc.child_age_limit').value;
  const kids = members.filter((m) => QC_RELATIONSHIPS.has(m.relationship));
  const eitcChildren = kids.filter((m) => m.age < qa.under || (m.student && m.age < qa.underIfStudent) || m.disabled);
  const ctcChildren = kids.filter((m) => m.age < ctcAge);
  const earned = filers.reduce((s, m) => s + memberAnnual(m, (t) => t === 'wages' || t === 'self_employment'), 0);
  const agi = filers.reduce((s, m) => s + memberAnnual(m, (t) => AGI_TYPES.has(t)), 0);
  const socialSecurity = filers.reduce((s, m) => s + memberAnnual(m, (t) => t === 'social_security' || t === 'ssdi'), 0);
  const filing: Filing = spouse ? 'joint' : eitcChildren.length > 0 ? 'head_of_household' : 'single';
  return { filers, filing, earned: roundDollar(earned), agi: roundDollar(agi), socialSecurity: roundDollar(socialSecurity), eitcChildren, ctcChildren };
}

function commonReasons(u: TaxUnit, year: number): Reason[] {
  const r: Reason[] = [{
    code: 'tax_credits.tax_unit',
    values: { taxYear: year, filingStatus: u.filing, earnedIncome: u.earned, adjustedGrossIncome: u.agi },
    citation: '26 U.S.C. 1, 2(b), 32(c)(2), 62 (filing status, earned income, AGI)',
  }];
  if (u.socialSecurity > 0) {
    r.push({ code: 'tax_credits.social_security_not_counted', values: { socialSecurity: u.socialSecurity }, citation: '26 U.S.C. 86' });
  }
  return r;
}

function steps(status: Status): NextStep[] {
  if (status === 'unlikely') return [];
  return [
    { code: 'free_tax_help', values: { programs: 'vita,tce' } },
    { code: 'bring_documents', values: { documents: 'identity,social_security_numbers,tax_forms,birth_certificates' } },
  ];
}

export const eitc: ProgramFormula = (ev: Evaluation): FormulaResult => {
  const program = 'eitc' as const;
  const year = Number(ev.date.slice(0, 4));
  const u = taxUnit(ev);
  const reasons = commonReasons(u, year);
  const filerSsn = u.filers.map(ssnStatus);
  const kidSsn = u.eitcChildren.map(ssnStatus);
  const countedKids = u.eitcChildren.filter((_, i) => kidSsn[i] !== 'no');
  const n = Math.min(3, countedKids.length);
  reasons.push({
    code: 'eitc.ssn_required',
    values: {
      filersWithSsn: filerSsn.filter(hasSsn).length, filers: u.filers.length,
      ssnAssumedFromStatus: [...filerSsn, ...kidSsn].includes('assumed'),
      childrenWithoutSsn: kidSsn.filter((s) => s === 'no').length,
    },
    citation: '26 U.S.C. 32(c)(1)(E), 32(c)(3)(D), 32(m)',
  });
  const inv = ev.lookup<number>('eitc.investment_income_limit');
  reasons.push({ code: 'eitc.investment_income_limit', values: { limit: inv.value }, citation: inv.citation });

  const zero = (code: string, values: Reason['values'], citation: string): FormulaResult => ({
    program, status: 'unlikely', estimate: { annual: 0 }, reasons: [{ code, values, citation }, ...reasons], missing: [], nextSteps: [],
  });
  if (filerSsn.includes('no')) return zero('eitc.filer_without_ssn', { filers: u.filers.length }, '26 U.S.C. 32(c)(1)(E), 32(m)');
  if (u.earned <= 0) return zero('eitc.no_earned_income', {}, '26 U.S.C. 32(a), 32(c)(2)');
  if (n === 0) {
    const age = ev.lookup<{ min: number; max: number }>('eitc.childless_age');
    const ok = u.filers.some((m) => m.age >= age.value.min && m.age <= age.value.max);
    if (!ok) return zero('eitc.childless_age_not_met', { minAge: age.value.min, maxAge: age.value.max }, age.citation);
  }
  const max = ev.lookup<number[]>('eitc.max_credit');
  const inRate = ev.lookup<number[]>('eitc.phase_in_rate').value[n]!;
  const outRate = ev.lookup<number[]>('eitc.phase_out_rate').value[n]!;
  const start = ev.lookup<{ single: number[]; joint: number[] }>('eitc.phase_out_start');
  const threshold = start.value[u.filing === 'joint' ? 'joint' : 'single'][n === 0 ? 0 : 1]!;
  const phaseIn = Math.min(inRate * u.earned, max.value[n]!);
  const reduction = outRate * Math.max(0, Math.max(u.agi, u.earned) - threshold);
  const credit = Math.max(0, roundDollar(phaseIn - reduction));
  reasons.unshift({
    code: credit > 0 ? 'eitc.estimate' : 'eitc.income_too_high',
    values: {
      annual: credit, qualifyingChildren: n, maxCredit: max.value[n]!, phaseInRate: inRate, phaseOutRate: outRate,
      phaseOutStart: threshold, earnedIncome: u.earned, adjustedGrossIncome: u.agi, taxYear: year,
    },
    citation: `${max.citation}; ${start.citation}`,
  });
  const unknown = filerSsn.includes('unknown') || kidSsn.slice(0, 3).includes('unknown');
  const status: Status = credit === 0 ? 'unlikely' : unknown ? 'possibly' : 'likely';
  const missing = unknown ? ev.request.household.members.flatMap((m, i) => (ssnStatus(m) === 'unknown' && (u.filers.includes(m) || u.eitcChildren.includes(m)) ? [`household.members.${i}.ssnValidForWork`] : [])) : [];
  return { program, status, estimate: { annual: credit }, reasons, missing, nextSteps: steps(status) };
};

export const ctc: ProgramFormula = (ev: Evaluation): FormulaResult => {
  const program = 'ctc' as const;
  const year = Number(ev.date.slice(0, 4));
  const u = taxUnit(ev);
  const reasons = commonReasons(u, year);
  const filerSsn = u.filers.map(ssnStatus);
  const kidSsn = u.ctcChildren.map(ssnStatus);
  const counted = u.ctcChildren.filter((_, i) => kidSsn[i] !== 'no');
  const ageLimit = ev.lookup<number>('ctc.child_age_limit');
  const taxpayerRule = ev.lookup<boolean>('ctc.taxpayer_ssn_required');
  reasons.push({
    code: 'ctc.ssn_rules',
    values: {
      childSsnRequired: true, taxpayerSsnRequired: taxpayerRule.value,
      filersWithSsn: filerSsn.filter(hasSsn).length, childrenWithoutSsn: kidSsn.filter((s) => s === 'no').length,
      ssnAssumedFromStatus: [...filerSsn, ...kidSsn].includes('assumed'),
    },
    citation: `26 U.S.C. 24(h)(7); ${taxpayerRule.citation}`,
  });
  const zero = (code: string, values: Reason['values'], citation: string): FormulaResult => ({
    program, status: 'unlikely', estimate: { annual: 0 }, reasons: [{ code, values, citation }, ...reasons], missing: [], nextSteps: [],
  });
  if (u.ctcChildren.length === 0) return zero('ctc.no_child_under_age_limit', { ageLimit: ageLimit.value }, ageLimit.citation);
  if (counted.length === 0) return zero('ctc.no_child_with_ssn', { children: u.ctcChildren.length }, '26 U.S.C. 24(h)(7)');
  if (taxpayerRule.value && !filerSsn.some(hasSsn) && !filerSsn.includes('unknown')) {
    return zero('ctc.no_taxpayer_ssn', { filers: u.filers.length }, taxpayerRule.citation);
  }
  const n = counted.length;
  const per = ev.lookup<number>('ctc.amount_per_child');
  const po = ev.lookup<{ single: number; joint: number; per1000: number }>('ctc.phase_out');
  const threshold = u.filing === 'joint' ? po.value.joint : po.value.single;
  const over = Math.max(0, u.agi - threshold);
  const total = Math.max(0, n * per.value - po.value.per1000 * Math.ceil(over / 1000));
  // Income tax before credits (10% / 12% / 22% brackets) limits the non-refundable part.
  const sd = ev.lookup<Record<Filing, number>>('tax.standard_deduction');
  const taxable = Math.max(0, u.agi - sd.value[u.filing]);
  let liability = 0;
  if (taxable > 0) {
    const [b1, b2] = ev.lookup<number[]>(`tax.brackets.${u.filing}`).value as [number, number];
    liability = 0.1 * Math.min(taxable, b1) + 0.12 * Math.max(0, Math.min(taxable, b2) - b1) + 0.22 * Math.max(0, taxable - b2);
  }
  const nonrefundable = Math.min(total, liability);
  const refMax = ev.lookup<number>('ctc.refundable_max_per_child');
  const phase = ev.lookup<{ threshold: number; rate: number }>('ctc.refundable_phase_in');
  const refundable = Math.min(total - nonrefundable, n * refMax.value, phase.value.rate * Math.max(0, u.earned - phase.value.threshold));
  const annual = roundDollar(nonrefundable + Math.max(0, refundable));
  reasons.unshift({
    code: annual > 0 ? 'ctc.estimate' : 'ctc.no_credit_at_this_income',
    values: {
      annual, children: n, perChild: per.value, fullCredit: total, phaseOutThreshold: threshold,
      taxBeforeCredits: roundDollar(liability), nonrefundablePart: roundDollar(nonrefundable), refundablePart: roundDollar(Math.max(0, refundable)),
      refundableMaxPerChild: refMax.value, refundableRate: phase.value.rate, refundableThreshold: phase.value.threshold, taxYear: year,
    },
    citation: `${per.citation}; ${refMax.citation}; 26 U.S.C. 24(b), 24(d)`,
  });
  if (kidSsn.includes('no')) reasons.push({ code: 'ctc.other_dependent_credit_for_child_without_ssn', values: { children: kidSsn.filter((s) => s === 'no').length }, citation: '26 U.S.C. 24(h)(4)' });
  const unknown = filerSsn.every((s) => s === 'unknown') || kidSsn.includes('unknown');
  const status: Status = annual === 0 ? 'unlikely' : unknown ? 'possibly' : 'likely';
  const missing = unknown ? ev.request.household.members.flatMap((m, i) => (ssnStatus(m) === 'unknown' && (u.filers.includes(m) || u.ctcChildren.includes(m)) ? [`household.members.${i}.ssnValidForWork`] : [])) : [];
  return { program, status, estimate: { annual }, reasons, missing, nextSteps: steps(status) };
};
