/**
 * Lifeline: household income ≤ 135% of the poverty guideline, or someone in the household gets SNAP,
 * Medicaid, SSI, Federal Public Housing Assistance or a Veterans/Survivors Pension. One discount per
 * household; $9.25/month standard support, up to $25 more on Tribal lands (not asked).
 */
import type { FormulaResult, ProgramFormula } from '../../core/program';
import { annualPovertyGuideline } from '../../core/poverty';
import { householdHasNoncitizenOrUnknown, publicChargeReasons } from '../../core/public-charge';
import type { NextStep, Reason, Status } from '../../core/types';
import { economicUnit, round2 } from '../medicaid/household';

interface Support { standard: number; tribalAdditional: number }
interface Proposal { adopted: string; published: string; document: string; fccNumber: string; final: boolean }

export const lifeline: ProgramFormula = (ev): FormulaResult => {
  const h = ev.request.household;
  const reasons: Reason[] = [];
  const missing: string[] = [];
  const pct = ev.lookup<number>('lifeline.income_limit_pct');
  const programs = ev.lookup<string[]>('lifeline.qualifying_programs');
  const support = ev.lookup<Support>('lifeline.support');

  const via = new Set((h.currentBenefits ?? []).filter((b) => programs.value.includes(b)));
  if (h.members.some((m) => m.receivesSsi || m.incomes.some((i) => i.type === 'ssi'))) via.add('ssi');
  const programBased = via.size > 0;
  if (programBased) reasons.push({ code: 'lifeline.qualifies_through_program', values: { programs: [...via].sort().join(',') }, citation: programs.citation });

  const unit = economicUnit(ev.request, false);
  const annualLimit = round2((annualPovertyGuideline(ev, unit.size) * pct.value) / 100);
  const annualIncome = round2(unit.monthlyIncome * 12);
  const incomeOk = annualIncome <= annualLimit;
  reasons.push({
    code: incomeOk ? 'lifeline.income_within_limit' : 'lifeline.income_over_limit',
    values: { householdSize: unit.size, annualIncome, annualLimit, pct: pct.value },
    citation: `${pct.citation}; 47 CFR 54.400(f), (h); HHS poverty guidelines`,
  });

  let status: Status;
  if (programBased || incomeOk) status = 'likely';
  else if (h.currentBenefits === undefined) {
    status = 'possibly';
    missing.push('household.currentBenefits');
    reasons.push({ code: 'lifeline.ask_about_current_benefits', values: { programs: programs.value.join(',') }, citation: programs.citation });
  } else status = 'unlikely';

  if (status !== 'unlikely') {
    reasons.push({ code: 'lifeline.one_per_household', values: {}, citation: '47 CFR 54.400(h) (household), 54.409; USAC: one Lifeline benefit per household' });
    reasons.push({ code: 'lifeline.monthly_support', values: { standard: support.value.standard }, citation: support.citation });
    reasons.push({ code: 'lifeline.tribal_lands_extra_support', values: { additional: support.value.tribalAdditional, maxMonthly: round2(support.value.standard + support.value.tribalAdditional) }, citation: support.citation });
  }
  reasons.push({ code: 'lifeline.no_immigration_test_in_current_rules', values: {}, citation: '47 CFR 54.409-54.410 (qualification by income or program; no citizenship or immigration requirement)' });
  if (householdHasNoncitizenOrUnknown(ev.request)) {
    const p = ev.optional<Proposal>('lifeline.proposed_noncitizen_rule');
    if (p && !p.value.final) reasons.push({ code: 'lifeline.proposed_noncitizen_rule_not_final', values: { published: p.value.published, document: p.value.document, final: false }, citation: p.citation });
    reasons.push(...publicChargeReasons(ev, 'lifeline'));
  }
  const nextSteps: NextStep[] = status === 'unlikely' ? [] : [
    { code: 'apply_lifeline_national_verifier', values: { program: 'lifeline', url: 'https://www.lifelinesupport.org' } },
    { code: 'bring_documents', values: { documents: 'identity,income_or_benefit_letter' } },
  ];
  return {
    program: 'lifeline', status,
    estimate: { monthly: status === 'unlikely' ? 0 : support.value.standard },
    reasons, missing, nextSteps,
  };
};
