/**
 * WIC: categorical (pregnant, postpartum ≤ 6 months, breastfeeding ≤ 12 months, infants, children
 * under 5), income ≤ 185% of the poverty guideline in force on July 1 (USDA income eligibility
 * guidelines) or adjunctive eligibility through SNAP, TANF or Medicaid. No immigration test. Nutritional
 * risk is judged at the clinic, so the best answer is "likely".
 */
import type { FormulaResult, ProgramFormula } from '../../core/program';
import { householdHasNoncitizenOrUnknown, publicChargeReasons } from '../../core/public-charge';
import type { NextStep, Reason, Status } from '../../core/types';
import { ceilDollar, economicUnit, round2 } from '../medicaid/household';
import { agencyContact } from '../../core/contacts';

interface Basis { first: number; additional: number }
interface Guidelines { pct: number; contiguous: Basis; alaska: Basis; hawaii: Basis }
interface Categories { infantUnder: number; childUnder: number; postpartumMonths: number; breastfeedingMonths: number }

/** USDA IEG for a household size: annual = pct x guideline rounded up; monthly = annual / 12 rounded up. */
export function incomeGuideline(g: { pct: number; contiguous: Basis; alaska: Basis; hawaii: Basis }, state: string, size: number, pct = g.pct): { annual: number; monthly: number } {
  const b = state === 'AK' ? g.alaska : state === 'HI' ? g.hawaii : g.contiguous;
  const fpg = b.first + b.additional * Math.max(0, size - 1);
  const annual = ceilDollar((fpg * pct) / 100);
  return { annual, monthly: ceilDollar(annual / 12) };
}

export const wic: ProgramFormula = (ev): FormulaResult => {
  const cats = ev.lookup<Categories>('wic.categories');
  const members = ev.request.household.members;
  const reasons: Reason[] = [];
  const missing: string[] = [];
  const categorical: { id: string; category: string; sure: boolean }[] = [];
  for (const m of members) {
    if (m.pregnant) categorical.push({ id: m.id, category: 'pregnant', sure: true });
    else if (m.breastfeeding) categorical.push({ id: m.id, category: 'breastfeeding', sure: true });
    else if (m.postpartum) categorical.push({ id: m.id, category: 'postpartum', sure: false });
    else if (m.age < cats.value.infantUnder) categorical.push({ id: m.id, category: 'infant', sure: true });
    else if (m.age < cats.value.childUnder) categorical.push({ id: m.id, category: 'child', sure: true });
  }
  const base = { program: 'wic' as const, nextSteps: [] };
  if (!categorical.length) {
    reasons.push({ code: 'wic.no_eligible_category', values: { childUnder: cats.value.childUnder }, citation: cats.citation });
    return { ...base, status: 'unlikely', reasons, missing };
  }
  for (const c of categorical) {
    reasons.push({ code: 'wic.category', values: { member: c.id, category: c.category }, citation: cats.citation });
    if (c.category === 'postpartum') reasons.push({ code: 'wic.postpartum_within_six_months', values: { member: c.id, months: cats.value.postpartumMonths, breastfeedingMonths: cats.value.breastfeedingMonths }, citation: cats.citation });
  }
  const anySure = categorical.some((c) => c.sure);

  // Adjunctive eligibility: someone gets SNAP, TANF or Medicaid now.
  const adj = ev.lookup<string[]>('wic.adjunctive_programs');
  const benefits = ev.request.household.currentBenefits;
  const via = benefits?.filter((b) => adj.value.includes(b)) ?? [];
  const adjunctive = via.length > 0;
  if (adjunctive) reasons.push({ code: 'wic.adjunctive_eligibility', values: { programs: via.join(',') }, citation: adj.citation });

  // Income: everyone who shares income and expenses; a pregnant woman counts each expected child.
  const g = ev.lookup<Guidelines>('wic.income_eligibility_guidelines');
  const unit = economicUnit(ev.request, true);
  const limit = incomeGuideline(g.value, ev.state, unit.size);
  const incomeOk = unit.monthlyIncome <= limit.monthly + 1e-9;
  reasons.push({
    code: incomeOk ? 'wic.income_within_limit' : 'wic.income_over_limit',
    values: { householdSize: unit.size, monthlyIncome: round2(unit.monthlyIncome), monthlyLimit: limit.monthly, annualLimit: limit.annual, pct: g.value.pct, adjunctive },
    citation: g.citation,
  });
  reasons.push({ code: 'wic.nutrition_risk_assessment', values: {}, citation: '7 CFR 246.7(e) (nutritional risk determined by a competent professional authority)' });
  reasons.push({ code: 'wic.no_immigration_test', values: {}, citation: '42 U.S.C. 1786; 7 CFR 246.7 (no citizenship or immigration requirement)' });
  if (householdHasNoncitizenOrUnknown(ev.request)) reasons.push(...publicChargeReasons(ev, 'wic'));

  let status: Status;
  if (!incomeOk && !adjunctive) {
    if (benefits === undefined) {
      missing.push('household.currentBenefits');
      status = 'possibly';
      reasons.push({ code: 'wic.ask_about_current_benefits', values: { programs: adj.value.join(',') }, citation: adj.citation });
    } else {
      status = 'unlikely';
    }
  } else {
    status = anySure ? 'likely' : 'possibly';
  }
  const ownVerify = ev.needsVerification.filter((id) => id.startsWith('wic.'));
  if (ownVerify.length) reasons.push({ code: 'wic.figures_need_verification', values: { count: ownVerify.length }, citation: 'AnyDoor rules coverage' });
  const nextSteps: NextStep[] = status === 'unlikely'
    ? []
    : [
      { code: 'apply_with_state_agency', values: { program: 'wic', state: ev.state, ...agencyContact(ev.state, 'wic') } },
      { code: 'bring_documents', values: { documents: 'identity,residency,income_or_benefit_letter,child_birth_or_relationship' } },
    ];
  return { ...base, status, reasons, missing, nextSteps };
};
