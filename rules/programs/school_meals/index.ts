/**
 * School meals (NSLP/SBP): school-age children; free at ≤ 130% and reduced-price at ≤ 185% of the
 * poverty guideline adopted July 1; categorically free through SNAP, TANF, FDPIR or Head Start, and for
 * homeless, runaway, migrant and foster children; universal free meals in some states. No immigration
 * test. No dollar estimate (no sourced value of the meals to a family).
 */
import type { FormulaResult, ProgramFormula } from '../../core/program';
import { householdHasNoncitizenOrUnknown, publicChargeReasons } from '../../core/public-charge';
import type { NextStep, Reason, Status } from '../../core/types';
import { economicUnit, round2 } from '../medicaid/household';
import { incomeGuideline } from '../wic';

interface Basis { first: number; additional: number }
interface Guidelines { freePct: number; reducedPct: number; contiguous: Basis; alaska: Basis; hawaii: Basis }

export const schoolMeals: ProgramFormula = (ev): FormulaResult => {
  const ages = ev.lookup<{ min: number; max: number; studentMax: number }>('school_meals.school_age');
  const h = ev.request.household;
  // Over the school age, only a student of high school grade or under (7 CFR 210.2 "child"): a
  // student whose school is given as adult education or higher education does not count.
  const inSchoolMeals = (m: { student: boolean; school?: string }) => m.student && (m.school === undefined || m.school === 'high_school');
  const children = h.members.filter((m) => (m.age >= ages.value.min && m.age <= ages.value.max) || (inSchoolMeals(m) && m.age > ages.value.max && m.age <= ages.value.studentMax));
  const reasons: Reason[] = [];
  const missing: string[] = [];
  if (!children.length) {
    reasons.push({ code: 'school_meals.no_school_age_children', values: { minAge: ages.value.min, maxAge: ages.value.max }, citation: ages.citation });
    return { program: 'school_meals', status: 'unlikely', reasons, missing, nextSteps: [] };
  }
  reasons.push({ code: 'school_meals.school_age_children', values: { count: children.length }, citation: ages.citation });
  reasons.push({ code: 'school_meals.no_immigration_test', values: {}, citation: '42 U.S.C. 1758; 7 CFR 245.6 (no citizenship or immigration requirement)' });

  const universal = ev.optional<string[]>('school_meals.universal_free_meal_states');
  const isUniversal = universal?.value.includes(ev.state) ?? false;
  if (isUniversal) reasons.push({ code: 'school_meals.state_universal_free_meals', values: { state: ev.state }, citation: universal!.citation });

  // Categorical eligibility.
  const cat = ev.lookup<string[]>('school_meals.categorical_programs');
  const via = (h.currentBenefits ?? []).filter((b) => cat.value.includes(b));
  let categorical = via.length > 0;
  if (categorical) reasons.push({ code: 'school_meals.categorical_through_benefits', values: { programs: via.join(',') }, citation: cat.citation });
  if (h.housingSituation === 'shelter' || h.housingSituation === 'unsheltered') {
    categorical = true;
    reasons.push({ code: 'school_meals.categorical_homeless', values: { housingSituation: h.housingSituation }, citation: '42 U.S.C. 1758(b)(12); 7 CFR 245.2 (categorically eligible); 42 U.S.C. 11434a(2)' });
  } else if (h.housingSituation === 'staying_with_others') {
    reasons.push({ code: 'school_meals.doubled_up_may_count_as_homeless', values: {}, citation: '42 U.S.C. 11434a(2)(B)(i) (sharing housing due to loss of housing); 42 U.S.C. 1758(b)(12)' });
  }
  const foster = children.filter((m) => m.fosterYouth);
  for (const f of foster) reasons.push({ code: 'school_meals.categorical_foster_child', values: { member: f.id }, citation: '42 U.S.C. 1758(b)(12); 7 CFR 245.2 (foster child)' });

  // Income test.
  const g = ev.lookup<Guidelines>('school_meals.income_eligibility_guidelines');
  const unit = economicUnit(ev.request, false);
  const free = incomeGuideline({ pct: g.value.freePct, contiguous: g.value.contiguous, alaska: g.value.alaska, hawaii: g.value.hawaii }, ev.state, unit.size);
  const reduced = incomeGuideline({ pct: g.value.reducedPct, contiguous: g.value.contiguous, alaska: g.value.alaska, hawaii: g.value.hawaii }, ev.state, unit.size);
  const income = unit.monthlyIncome;
  const tier = categorical ? 'free' : income <= free.monthly + 1e-9 ? 'free' : income <= reduced.monthly + 1e-9 ? 'reduced' : 'paid';
  const TIER_CODE = { free: 'school_meals.free_meals', reduced: 'school_meals.reduced_price_meals', paid: 'school_meals.income_over_reduced_limit' } as const;
  reasons.push({
    code: TIER_CODE[tier],
    values: { tier, categorical, householdSize: unit.size, monthlyIncome: round2(income), freeMonthlyLimit: free.monthly, reducedMonthlyLimit: reduced.monthly, freeAnnualLimit: free.annual, reducedAnnualLimit: reduced.annual },
    citation: g.citation,
  });
  if (householdHasNoncitizenOrUnknown(ev.request)) reasons.push(...publicChargeReasons(ev, 'school_meals'));

  let status: Status;
  if (isUniversal || tier !== 'paid' || foster.length > 0) {
    status = 'likely';
  } else if (h.currentBenefits === undefined || h.housingSituation === 'staying_with_others') {
    status = 'possibly';
    if (h.currentBenefits === undefined) {
      missing.push('household.currentBenefits');
      reasons.push({ code: 'school_meals.ask_about_current_benefits', values: { programs: cat.value.join(',') }, citation: cat.citation });
    }
  } else {
    status = 'unlikely';
    reasons.push({ code: 'school_meals.community_eligibility_schools', values: {}, citation: '42 U.S.C. 1759a(a)(1)(F); 7 CFR 245.9(f)' });
  }
  const ownVerify = ev.needsVerification.filter((id) => id.startsWith('school_meals.'));
  if (ownVerify.length) reasons.push({ code: 'school_meals.figures_need_verification', values: { count: ownVerify.length }, citation: 'AnyDoor rules coverage' });
  const nextSteps: NextStep[] = status === 'unlikely' ? [] : [
    { code: 'apply_with_school', values: { program: 'school_meals', state: ev.state } },
  ];
  return { program: 'school_meals', status, reasons, missing, nextSteps };
};
