/**
 * SNAP: household, income, deductions, eligibility tests and allotment, exact to the dollar, by the
 * screening date and state. Each step lives in its own module; this file runs them and turns the
 * numbers into reasons (codes and values, never prose). REASONS.md lists every code.
 */
import type { Evaluation } from '../../core/context';
import type { FormulaResult, ProgramFormula } from '../../core/program';
import type { Member, ScreeningRequest } from '../../core/request';
import type { NextStep, Reason, ReasonValue, Status } from '../../core/types';
import { allotment, type Benefit } from './benefit';
import { snapContact } from './contacts';
import { deductions, type Deductions } from './deductions';
import { runTests, type Tests } from './eligibility';
import { noteUsed, snapFigures, type SnapFigures } from './figures';
import { compose, type Composition, type CompositionOptions } from './household';
import { countIncome, eligibleShare, type IneligibleIncomeMode, type IncomeSummary } from './income';
import { utilityAllowance, type UtilityResult } from './utilities';
import { abawdNotes } from './work';
import { alaskaArea, noteArea } from './alaska';
import { NO_STATE_FOOD, stateFood } from './state-food';
import { CITE } from './cites';

export interface Budget {
  comp: Composition;
  size: number;
  elderlyOrDisabled: boolean;
  income: IncomeSummary;
  utility: UtilityResult;
  ded: Deductions;
  tests: Tests;
  benefit: Benefit;
  eligible: boolean;
  monthly: number;
}

/** An eligible member is elderly or disabled (7 CFR 271.2); SSI/SSDI income was noted by countIncome. */
function elderlyOrDisabledMember(c: Composition, income: IncomeSummary, elderlyAge: number): boolean {
  if (income.disabilityIncome) return true;
  for (const m of c.eligible) if (m.age >= elderlyAge || m.disabled || m.receivesSsi === true) return true;
  return false;
}

/** How the state counts an excluded member's income (7 CFR 273.11(c)(3)(i) options; pro rata otherwise). */
function ineligibleIncomeMode(fig: SnapFigures, state: string): ((m: Member) => IneligibleIncomeMode) | undefined {
  // Depends only on the (cached, shared) figures and the state: the last answer is kept.
  if (modeMemo && modeMemo.fig === fig && modeMemo.state === state) return modeMemo.mode;
  const mode = incomeModeOf(fig, state);
  modeMemo = { fig, state, mode };
  return mode;
}
let modeMemo: { fig: SnapFigures; state: string; mode: ((m: Member) => IneligibleIncomeMode) | undefined } | undefined;

function incomeModeOf(fig: SnapFigures, state: string): ((m: Member) => IneligibleIncomeMode) | undefined {
  const o = fig.ineligibleIncome?.value;
  if (!o) return undefined;
  const mode: IneligibleIncomeMode = o.fullCount.includes(state) ? 'full' : o.grossTestFullCount.includes(state) ? 'gross_test' : 'prorate';
  if (mode === 'prorate') return undefined;
  return (m) => (m.immigration && o.statuses.includes(m.immigration.status) ? mode : 'prorate');
}

/** The whole budget for one composition option (pure; used for the main answer and what-ifs). */
export function budget(request: ScreeningRequest, fig: SnapFigures, opts: CompositionOptions): Budget {
  const comp = compose(request, fig, opts);
  const size = comp.eligible.length;
  const modeOf = ineligibleIncomeMode(fig, request.location.state);
  const income = countIncome(comp, modeOf);
  const ed = elderlyOrDisabledMember(comp, income, fig.rates.elderlyAge);
  const utility = utilityAllowance(request, fig, Math.max(1, size), ed);
  // Bills are split only when paid by or billed to an excluded member (7 CFR 273.11(c)(2)(iii),
  // (c)(3)(ii)). The request records the household's bills, not who pays them; they are taken as the
  // screened person's (relationship "self"), so they are split only when that person is excluded.
  let billPayerExcluded = false;
  // A payer whose income the state counts in full (7 CFR 273.11(c)(3)(i) option) has their costs counted
  // in full too (eligibleShare's rule), so the bills are not split then.
  // (Length first: the list is usually the shared frozen empty one, and for-of over a frozen array is slow.)
  if (comp.prorated.length) for (const m of comp.prorated) if (m.relationship === 'self' && (!modeOf || modeOf(m) !== 'full')) billPayerExcluded = true;
  const ded = deductions(request, fig, Math.max(1, size), income, ed, utility, billPayerExcluded ? eligibleShare(comp, modeOf) : 1);
  // States with the child support exclusion (7 CFR 273.9(c)(17)) compare income net of it with the gross limits.
  if (ded.childSupport > 0 && fig.childSupportExclusion?.value.includes(request.location.state)) {
    income.grossForTest = Math.max(0, income.grossForTest - ded.childSupport);
    income.childSupportExcluded = true;
  }
  const tests = runTests(request, fig, comp, Math.max(1, size), income, ded.net, ed);
  const benefit = allotment(fig, Math.max(1, size), ded.net);
  const eligible = size > 0 && tests.path !== 'none' && benefit.monthly > 0;
  return { comp, size, elderlyOrDisabled: ed, income, utility, ded, tests, benefit, eligible, monthly: eligible ? benefit.monthly : 0 };
}

function r2(x: number): number { return Math.round(x * 100) / 100; }

function budgetReasons(ev: Evaluation, fig: SnapFigures, b: Budget, R: Reason[]): void {
  const { tests: t, ded: d, income: inc, utility: u } = b;
  R.push({ code: 'snap.household_size', values: { size: b.size, excluded: b.comp.excludedMembers.length, elderlyOrDisabled: b.elderlyOrDisabled }, citation: CITE.household });
  for (const p of inc.prorated) {
    const values: Record<string, ReasonValue> = { member: p.member, income: p.income, counted: p.counted };
    if (p.countedForGrossTest !== undefined) values.countedForGrossTest = p.countedForGrossTest;
    R.push({ code: 'snap.excluded_member_income_prorated', values, citation: inc.stateOptionApplied && fig.ineligibleIncome ? `${CITE.prorate}; ${fig.ineligibleIncome.citation}` : CITE.prorate });
  }
  if (inc.childStudentEarnedExcluded > 0) R.push({ code: 'snap.child_student_earnings_excluded', values: { amount: r2(inc.childStudentEarnedExcluded) }, citation: CITE.childEarned });
  R.push({ code: 'snap.gross_income', values: { gross: r2(inc.gross), earned: r2(inc.earned), unearned: r2(inc.unearned) }, citation: CITE.gross });
  // Eligibility path
  if (t.categorical) {
    R.push({ code: 'snap.categorically_eligible', values: { basis: t.categorical }, citation: CITE.categorical });
  } else {
    if (t.bbce) {
      if (t.path === 'bbce') R.push({ code: 'snap.bbce_eligible', values: { limitPct: t.bbce.limitPct, limit: t.bbce.limit, gross: r2(inc.grossForTest), assetLimit: t.bbce.assetLimit, netTest: t.bbce.netRequired }, citation: fig.cite.bbce });
      else {
        if (!t.bbce.grossOk) R.push({ code: 'snap.bbce_gross_over_limit', values: { limitPct: t.bbce.limitPct, limit: t.bbce.limit, gross: r2(inc.grossForTest) }, citation: fig.cite.bbce });
        if (!t.bbce.assetsOk) R.push({ code: 'snap.bbce_assets_over_limit', values: { assets: t.assets, limit: t.bbce.assetLimit }, citation: fig.cite.bbce });
        if (t.bbce.grossOk && t.bbce.assetsOk && t.bbce.netRequired && !t.netOk) R.push({ code: 'snap.bbce_net_income_over_limit', values: { net: b.benefit.netRounded, limit: t.netLimit }, citation: fig.cite.bbce });
      }
    } else {
      R.push({ code: 'snap.no_bbce_in_state', values: { state: ev.state }, citation: fig.bbce?.citation ?? CITE.bbce });
    }
    if (t.path !== 'bbce') {
      if (t.grossExempt) R.push({ code: 'snap.gross_test_exempt_elderly_disabled', values: {}, citation: '7 U.S.C. 2014(c); 7 CFR 273.9(a)(1)' });
      else R.push({ code: t.grossOk ? 'snap.gross_income_within_limit' : 'snap.gross_income_over_limit', values: { gross: r2(inc.grossForTest), limit: t.grossLimit }, citation: fig.grossLimit.citation });
      R.push({ code: t.netOk ? 'snap.net_income_within_limit' : 'snap.net_income_over_limit', values: { net: b.benefit.netRounded, limit: t.netLimit }, citation: fig.netLimit.citation });
      R.push({ code: t.assetsOk ? 'snap.assets_within_limit' : 'snap.assets_over_limit', values: { assets: t.assets, limit: t.assetLimit }, citation: fig.assetLimit.citation });
    }
  }
  // Deductions
  if (d.earned > 0) R.push({ code: 'snap.earned_income_deduction', values: { amount: r2(d.earned), earned: r2(inc.earned), rate: fig.rates.earnedIncomeDeduction }, citation: CITE.earned });
  R.push({ code: 'snap.standard_deduction', values: { amount: d.standard, size: Math.max(1, b.size) }, citation: fig.standardDeduction.citation });
  if (d.medicalKind === 'standard') R.push({ code: 'snap.standard_medical_deduction', values: { amount: d.medical, costs: ev.request.household.expenses.medical }, citation: fig.cite.smd });
  else if (d.medicalKind === 'actual') R.push({ code: 'snap.medical_deduction', values: { amount: r2(d.medical), costs: ev.request.household.expenses.medical, threshold: fig.rates.medicalThreshold }, citation: CITE.medical });
  else if (ev.request.household.expenses.medical > 0 && !b.elderlyOrDisabled) R.push({ code: 'snap.medical_not_deductible', values: { costs: ev.request.household.expenses.medical }, citation: CITE.medical });
  if (d.dependentCare > 0) R.push({ code: 'snap.dependent_care_deduction', values: { amount: r2(d.dependentCare) }, citation: CITE.depCare });
  if (d.childSupport > 0) R.push({ code: 'snap.child_support_deduction', values: { amount: r2(d.childSupport), excludedFromGross: inc.childSupportExcluded === true }, citation: inc.childSupportExcluded && fig.childSupportExclusion ? `${CITE.childSupport}; ${fig.childSupportExclusion.citation}` : CITE.childSupport });
  // Utilities and shelter
  if (u.kind !== 'none') {
    const values: Record<string, ReasonValue> = { kind: u.kind, amount: u.amount, region: u.region ?? null, effective: u.effective ?? null };
    if (u.stateEnergyAssistance) values.stateEnergyAssistance = true;
    R.push({ code: 'snap.utility_allowance', values, citation: u.stateEnergyAssistance && fig.energyAssistanceAll ? `${fig.cite.utility}; ${fig.energyAssistanceAll.citation}` : fig.cite.utility });
  }
  if (u.notRecorded) R.push({ code: 'snap.utility_allowance_not_recorded', values: { kind: u.notRecorded, state: ev.state }, citation: CITE.utility });
  else if (u.stateHasNone && u.kind === 'none') R.push({ code: 'snap.utility_allowance_none_in_state', values: { state: ev.state }, citation: fig.utility?.citation ?? CITE.utility });
  if (u.kind !== 'none' && !u.current) R.push({ code: 'snap.utility_allowance_not_current', values: { fiscalYear: fig.fiscalYear, figuresEffective: u.effective ?? null }, citation: fig.utility!.citation });
  if (u.countyNeeded && u.kind !== 'none') R.push({ code: 'snap.utility_allowance_county_needed', values: { region: u.region ?? null }, citation: fig.utility!.citation });
  if (u.liheapNeedsElderlyDisabled) R.push({ code: 'snap.liheap_sua_needs_elderly_disabled', values: {}, citation: fig.liheapSuaElderlyDisabledOnly.citation });
  if (d.shelterCosts > 0) {
    R.push({ code: 'snap.excess_shelter_deduction', values: { shelterCosts: r2(d.shelterCosts), halfIncome: r2(d.halfAdjusted), amount: r2(d.excessShelter), cap: fig.shelterCap.value, capped: d.shelterCapped }, citation: fig.cite.shelter });
    if (b.elderlyOrDisabled && d.shelterCosts - d.halfAdjusted > fig.shelterCap.value) R.push({ code: 'snap.shelter_cap_waived_elderly_disabled', values: { cap: fig.shelterCap.value }, citation: '7 U.S.C. 2014(e)(6)(B); 7 CFR 273.9(d)(6)(ii)' });
  }
  if (d.homeless) R.push({ code: 'snap.homeless_shelter_deduction', values: { amount: d.homelessDeduction, used: d.homelessDeduction >= d.excessShelter }, citation: fig.homelessDeduction.citation });
  R.push({ code: 'snap.net_income', values: { adjusted: r2(d.adjusted), shelterDeduction: r2(d.shelterDeduction), net: b.benefit.netRounded }, citation: CITE.net });
}

/** Whether a short list repeats an entry (the missing paths: usually none or a few, rarely repeated). */
function hasDuplicate(xs: readonly string[]): boolean {
  for (let i = 1; i < xs.length; i++) for (let j = 0; j < i; j++) if (xs[i] === xs[j]) return true;
  return false;
}

const applySteps = new Map<string, NextStep>();
const docSteps: (NextStep | undefined)[] = [];
const VERIFY_STEP: NextStep = Object.freeze({ code: 'verify_with_agency', values: Object.freeze({ program: 'snap' }) });

function steps(ev: Evaluation, status: Status, noncitizen: boolean): NextStep[] {
  let apply = applySteps.get(ev.state);
  if (!apply) {
    apply = Object.freeze({ code: 'apply_with_state_agency', values: Object.freeze({ program: 'snap', state: ev.state, ...snapContact(ev.state) }) });
    applySteps.set(ev.state, apply);
  }
  const out: NextStep[] = [apply];
  if (status !== 'unlikely') {
    const e = ev.request.household.expenses;
    const key = (e.dependentCare > 0 ? 1 : 0) | (e.medical > 0 ? 2 : 0) | (e.childSupportPaid > 0 ? 4 : 0) | (noncitizen ? 8 : 0);
    let step = docSteps[key];
    if (!step) {
      const docs = ['identity', 'income_last_30_days', 'housing_costs', 'utility_bills'];
      if (key & 1) docs.push('dependent_care_costs');
      if (key & 2) docs.push('medical_costs');
      if (key & 4) docs.push('child_support_paid');
      if (key & 8) docs.push('immigration_documents');
      step = docSteps[key] = Object.freeze({ code: 'bring_documents', values: Object.freeze({ program: 'snap', documents: docs.join(',') }) });
    }
    out.push(step);
  }
  return out;
}

/** The three composition options: the answer, and the two what-ifs. */
const MAIN: CompositionOptions = Object.freeze({ includeUndisclosed: false, includeUndetermined: true });
const IF_STATUS_GIVEN: CompositionOptions = Object.freeze({ includeUndisclosed: true, includeUndetermined: true });
const IF_NOT_ELIGIBLE: CompositionOptions = Object.freeze({ includeUndisclosed: false, includeUndetermined: false });

export const snap: ProgramFormula = (ev): FormulaResult => {
  const base = snapFigures(ev);
  // Alaska: the allotment area's figures (alaska.ts); elsewhere the shared ones.
  const ak = base.alaska ? alaskaArea(ev, base) : undefined;
  const fig = ak ? ak.figFor(ak.area) : base;
  const req = ev.request;
  const main = budget(req, fig, MAIN);
  const c = main.comp;
  const reasons: Reason[] = c.reasons;
  const missing = c.missing;
  let status: Status;

  if (main.size === 0) {
    reasons.push({ code: 'snap.no_eligible_members', values: { members: req.household.members.length }, citation: '7 U.S.C. 2015(f); 7 CFR 273.4; 7 CFR 273.5' });
    status = 'unlikely';
  } else {
    budgetReasons(ev, fig, main, reasons);
    if (main.tests.path === 'none') status = 'unlikely';
    else if (main.monthly === 0) {
      reasons.push({ code: 'snap.benefit_zero', values: { maxAllotment: main.benefit.maxAllotment, contribution: main.benefit.contribution }, citation: CITE.zero });
      status = 'unlikely';
    } else {
      const bn = main.benefit;
      reasons.push({ code: 'snap.benefit', values: { maxAllotment: bn.maxAllotment, net: bn.netRounded, contribution: bn.contribution, monthly: bn.monthly }, citation: fig.cite.benefit });
      if (bn.minimumApplied) reasons.push({ code: 'snap.minimum_benefit', values: { amount: bn.monthly }, citation: fig.minBenefit.citation });
      status = 'likely';
    }
    if (ak) {
      reasons.push({ code: `snap.alaska_allotment_area_${ak.area}`, values: { maxAllotment: main.benefit.maxAllotment }, citation: ak.citation });
      if (ak.possible.length > 1) {
        // The borough (or no county) leaves the area open: the lowest is used; what the others would pay.
        reasons.push({ code: 'snap.alaska_allotment_area_assumed', values: { area: ak.area, possible: ak.possible.join(',') }, citation: ak.citation });
        for (const a of ak.possible) {
          if (a === ak.area) continue;
          const alt = budget(req, ak.figFor(a), MAIN);
          noteArea(ev, base, a);
          reasons.push({ code: `snap.alaska_allotment_area_if_${a}`, values: { maxAllotment: alt.benefit.maxAllotment, monthly: alt.monthly }, citation: ak.citation });
          if (status === 'unlikely' && main.tests.path !== 'none' && alt.monthly > 0) status = 'possibly';
        }
        if (!ak.countyGiven) missing.push('location.county');
      }
    }
    abawdNotes(req, c.eligible, fig.abawd, reasons);
  }

  // Members whose status is not given: the answer with them excluded, and what it would be if given.
  if (c.undisclosed.length) {
    const alt = budget(req, fig, IF_STATUS_GIVEN);
    reasons.push({ code: 'snap.member_status_not_given', values: { member: c.undisclosed.join(','), monthlyIfEligible: alt.monthly, monthlyNow: main.monthly }, citation: '7 CFR 273.4(c)(2); 7 CFR 273.11(c)(3)' });
    if (status === 'unlikely' && alt.eligible) status = 'possibly';
  }
  if (c.undetermined.length) {
    const alt = budget(req, fig, IF_NOT_ELIGIBLE);
    const stu = c.studentsUndetermined;
    const care = c.studentsChildCare;
    const others = stu.length || care.length ? c.undetermined.filter((id) => !stu.includes(id) && !care.includes(id)) : c.undetermined;
    if (others.length) reasons.push({ code: 'snap.member_eligibility_needs_info', values: { members: others.join(','), monthlyIfNotEligible: alt.monthly }, citation: '7 U.S.C. 2015(f); 8 U.S.C. 1612(a)(2); 7 CFR 273.5' });
    if (stu.length) for (const id of stu) reasons.push({ code: 'snap.student_hours_needed', values: { member: id, workHours: fig.student.value.workHoursExempt, monthlyIfNotEligible: alt.monthly }, citation: '7 U.S.C. 2015(e); 7 CFR 273.5(b)(5)' });
    if (care.length) for (const id of care) reasons.push({ code: 'snap.student_child_care_exemption_unknown', values: { member: id, childAgeFrom: 6, childAgeTo: 11, monthlyIfNotEligible: alt.monthly }, citation: '7 U.S.C. 2015(e)(5), (e)(8); 7 CFR 273.5(b)' });
    if (status === 'likely' || (status === 'unlikely' && main.eligible !== alt.eligible)) status = 'possibly';
  }
  // Staying with others is homelessness when it is a temporary stay of 90 days or less (7 CFR 271.2);
  // the request does not say how long, so the answer is the settled one and this shows the other.
  if (main.size > 0 && req.household.housingSituation === 'staying_with_others') {
    const alt = budget({ ...req, household: { ...req.household, housingSituation: 'shelter' } }, fig, MAIN);
    if (alt.ded.homeless && alt.monthly !== main.monthly) {
      reasons.push({ code: 'snap.homeless_if_temporary_stay', values: { days: 90, amount: fig.homelessDeduction.value, monthlyIfHomeless: alt.monthly }, citation: `7 CFR 271.2 (homeless individual); ${fig.homelessDeduction.citation}` });
      if (status === 'unlikely' && alt.eligible) status = 'possibly';
    }
  }
  if (main.size > 0 && main.utility.countyNeeded && main.utility.kind !== 'none') {
    missing.push('location.county');
    if (status === 'likely') status = 'possibly';
  }
  if (main.size > 0 && (main.utility.kind !== 'none' || main.utility.stateHasNone || main.utility.notRecorded)) {
    noteUsed(ev, fig.utility);
    if (!main.utility.current || main.utility.notRecorded) {
      const id = `state.${ev.state}.snap.utility_allowances`;
      if (!ev.needsVerification.includes(id)) ev.needsVerification.push(id);
    }
  }
  if (main.size > 0 && main.ded.medicalKind === 'standard') noteUsed(ev, fig.smd);
  if (main.size > 0 && main.utility.stateEnergyAssistance) noteUsed(ev, fig.energyAssistanceAll);
  if (main.size > 0 && main.income.stateOptionApplied) noteUsed(ev, fig.ineligibleIncome);
  if (main.size > 0 && main.income.childSupportExcluded) noteUsed(ev, fig.childSupportExclusion);
  // State-funded minimum benefits and food programs for members SNAP excludes by status (state-food.ts).
  const sf = fig.stateMinimum || fig.stateFoodProgram ? stateFood(ev, fig, main.monthly, c, reasons, (r) => budget(r, fig, MAIN)) : NO_STATE_FOOD;
  const nextSteps = steps(ev, status, c.anyNoncitizen);
  if (sf.steps.length) nextSteps.push(...sf.steps);
  if (ev.stale || ev.needsVerification.length) nextSteps.push(VERIFY_STEP);
  return {
    program: 'snap',
    status,
    estimate: { monthly: status === 'unlikely' && main.monthly === 0 ? 0 : main.monthly + sf.supplement },
    reasons,
    missing: hasDuplicate(missing) ? [...new Set(missing)] : missing,
    nextSteps,
    excludedMembers: c.excludedMembers,
  };
};
