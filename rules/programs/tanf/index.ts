/**
 * TANF cash assistance: federal frame (dependent child or pregnancy, PRWORA noncitizen rules,
 * 60-month clock, public-charge fact) and the 14 modeled states' income, asset and benefit rules.
 * Other states: "possibly", with the state's contact.
 */
import type { Evaluation } from '../../core/context';
import type { FormulaResult, ProgramFormula } from '../../core/program';
import type { NextStep, Reason, Status } from '../../core/types';
import { publicChargeMemberReasons, publicChargeReasons } from '../../core/public-charge';
import { programContact } from '../../core/contacts';
import { STATE_FORMULAS } from './states';
import { SizeOverTableError } from './tables';
import { buildUnit, relativeCaretakerHousehold, type UnitResult } from './unit';

const FAMILY_CITE = '42 U.S.C. 608(a)(1); 45 CFR 260.30';
/** Parameters whose "verify" flag does not touch the eligibility answer or the amount. */
function noteOnly(id: string): boolean {
  return id.endsWith('.time_limit_months') || id.startsWith('public_charge.');
}

/** Count of figures used that need verification and bear on the answer or the amount. */
function verifyCount(ev: Evaluation): number {
  let n = 0;
  for (const id of ev.needsVerification) if (!noteOnly(id)) n++;
  return n;
}

/** Next-step objects per state, built once and shared frozen (each result gets its own list). */
const stepsByState = new Map<string, { apply: NextStep; call: NextStep }>();
const DOCS_STEP: NextStep = Object.freeze({ code: 'bring_documents', values: Object.freeze({ documents: 'identity,child_birth_or_relationship,income_last_30_days,residency,immigration_documents,bank_statements' }) });

function nextSteps(state: string, eligibleish: boolean): NextStep[] {
  let s = stepsByState.get(state);
  if (!s) {
    const contact = programContact(state, 'tanf');
    s = {
      apply: Object.freeze({ code: 'apply_with_state_agency', values: Object.freeze({ program: 'tanf', state, ...contact }) }),
      call: Object.freeze({ code: 'call_agency', values: Object.freeze({ program: 'tanf', state, ...contact }) }),
    };
    stepsByState.set(state, s);
  }
  return eligibleish ? [s.apply, DOCS_STEP] : [s.call];
}

interface LimitShape { months: number; window?: number; lifetime?: number; federal?: number; stateTiers?: number[] }

function timeLimitReasons(ev: Evaluation, adultsInUnit: number): { reasons: Reason[]; reached: boolean; missing: string[] } {
  const fed = ev.lookup<number>('tanf.federal.time_limit_months');
  // States keep their own clock in tanf.<ST>.time_limit_months: a number, or a shape for period limits.
  const stateLimit = ev.optional<number | LimitShape>(`tanf.${ev.state}.time_limit_months`);
  const v = stateLimit?.value;
  const shape: LimitShape | undefined = typeof v === 'object' ? v : undefined;
  const stateMonths = typeof v === 'number' ? v : shape?.lifetime ?? shape?.federal ?? fed.value;
  const limit = Math.min(fed.value, stateMonths);
  const used = ev.request.household.tanfMonthsUsed;
  const reasons: Reason[] = [];
  const missing: string[] = [];
  if (adultsInUnit === 0) {
    reasons.push({ code: 'tanf.child_only_no_time_limit', values: {}, citation: '42 U.S.C. 608(a)(7)(A)' });
    return { reasons, reached: false, missing };
  }
  const citation = stateLimit?.citation ?? fed.citation;
  const values: Reason['values'] = { federalLimit: fed.value, stateLimit: stateMonths };
  if (shape?.window !== undefined) { values.periodMonths = shape.window; values.monthsInPeriod = shape.months; }
  if (shape?.stateTiers) values.stateTiers = shape.stateTiers.join(',');
  if (used === undefined) {
    reasons.push({ code: 'tanf.time_limit', values: { ...values, monthsUsed: null }, citation });
    if (ev.request.household.receivesTanfNow) missing.push('household.tanfMonthsUsed');
    return { reasons, reached: false, missing };
  }
  const reached = used >= limit;
  reasons.push({ code: reached ? 'tanf.time_limit_reached' : 'tanf.time_limit', values: { ...values, monthsUsed: used, monthsLeft: Math.max(0, limit - used) }, citation });
  if (reached) reasons.push({ code: 'tanf.hardship_extension_possible', values: { exemptShareOfCaseload: 0.2 }, citation: '42 U.S.C. 608(a)(7)(C); 45 CFR 264.1(c)' });
  return { reasons, reached, missing };
}

/**
 * Relatives raising children (grandparents, aunts, older siblings) may ask for a child-only grant that
 * leaves them and their income out. Picks the larger of the two answers for modeled states.
 */
function chooseUnit(ev: Evaluation): { unit: UnitResult; note?: Reason } {
  const family = buildUnit(ev);
  if (!relativeCaretakerHousehold(ev) || family.facts.adults === 0) return { unit: family };
  const kids = buildUnit(ev, true, true);
  if (kids.facts.children === 0) return { unit: family };
  const formula = STATE_FORMULAS[ev.state];
  const cite = '42 U.S.C. 608(a)(1); 45 CFR 261.2(n); state TANF plans (non-needy relative caretaker, child-only grant)';
  if (!formula) return { unit: family, note: { code: 'tanf.relative_caretaker_child_only_possible', values: {}, citation: cite } };
  const run = (u: UnitResult) => {
    try { const o = formula(ev, u.facts); return o.eligible ? o.benefit : 0; } catch (e) { if (e instanceof SizeOverTableError) return 0; throw e; }
  };
  const withCaretaker = run(family);
  const childOnly = run(kids);
  const chosen = childOnly > withCaretaker ? 'child_only' : 'with_caretaker';
  return { unit: chosen === 'child_only' ? kids : family, note: { code: 'tanf.relative_caretaker_option', values: { chosen, withCaretaker, childOnly }, citation: cite } };
}

export const tanf: ProgramFormula = (ev): FormulaResult => {
  const state = ev.state;
  const chosen = chooseUnit(ev);
  const unit = chosen.unit;
  if (chosen.note) unit.reasons.push(chosen.note);
  // The unit was built for this call only: its lists are extended in place.
  const reasons: Reason[] = unit.reasons;
  const missing = unit.missing;
  // Results are object literals (program and excludedMembers first), not spreads of a shared base: the
  // spread copy cost more than the rest of the return (npm run bench).
  const program = 'tanf' as const;
  const excludedMembers = unit.excludedMembers;

  if (unit.anyNoncitizen) {
    // Facts, not a score: what the DHS rule in force on the date counts, and who it applies to.
    reasons.push(...publicChargeReasons(ev, 'tanf'), ...publicChargeMemberReasons(ev));
  }

  if (!unit.hasChild && !unit.facts.pregnant) {
    reasons.unshift({ code: 'tanf.no_dependent_child', values: { pregnantMember: false }, citation: FAMILY_CITE });
    return { program, excludedMembers, status: 'unlikely', estimate: { monthly: 0 }, reasons, missing, nextSteps: [] };
  }
  reasons.unshift({ code: 'tanf.family_with_child', values: { children: unit.facts.children, pregnant: unit.facts.pregnant }, citation: FAMILY_CITE });
  if (unit.facts.children === 0 && !unit.facts.pregnant) {
    reasons.push({ code: 'tanf.no_eligible_child', values: {}, citation: '8 U.S.C. 1611; 42 U.S.C. 608(a)(1)' });
    const status: Status = unit.immigrationUnknown ? 'possibly' : 'unlikely';
    return { program, excludedMembers, status, estimate: { monthly: 0 }, reasons, missing, nextSteps: nextSteps(state, false) };
  }
  if (unit.facts.childOnly) reasons.push({ code: 'tanf.child_only_case', values: { children: unit.facts.children }, citation: '45 CFR 261.2(n)' });

  if (ev.request.household.receivesTanfNow === undefined) missing.push('household.receivesTanfNow');
  const tl = timeLimitReasons(ev, unit.facts.adults);
  missing.push(...tl.missing);

  const formula = STATE_FORMULAS[state];
  if (!formula) {
    reasons.push({ code: 'tanf.state_not_modeled', values: { state, ...programContact(state, 'tanf') }, citation: '42 U.S.C. 602 (state TANF plans set income tests and benefit levels)' });
    reasons.push(...tl.reasons);
    return { program, excludedMembers, status: 'possibly', reasons, missing, nextSteps: nextSteps(state, true) };
  }

  let out;
  try {
    out = formula(ev, unit.facts);
  } catch (e) {
    if (!(e instanceof SizeOverTableError)) throw e;
    reasons.push({ code: 'tanf.family_size_over_table', values: { size: e.size, tableMax: e.max }, citation: `tanf.${state} payment table` });
    return { program, excludedMembers, status: 'possibly', reasons, missing, nextSteps: nextSteps(state, true) };
  }
  reasons.push(...out.reasons, ...tl.reasons);
  missing.push(...(out.missing ?? []));
  // An excluded caretaker's income is counted in full; states may prorate or disregard part of it.
  // When leaving it out would change the answer, the answer can only be "possibly".
  let hingesOnExcludedIncome = false;
  if (unit.anyIneligibleCaretakerIncome) {
    const without = formula(ev, buildUnit(ev, false).facts);
    hingesOnExcludedIncome = without.eligible !== out.eligible;
    reasons.push({ code: 'tanf.ineligible_member_income_counted', values: { counted: 'full', stateRuleConfirmed: false, benefitWithoutThatIncome: without.eligible ? without.benefit : 0 }, citation: '8 U.S.C. 1612(b); state TANF manual (treatment of an ineligible noncitizen\'s income)' });
  }
  const verifyIds = verifyCount(ev);
  if (verifyIds) reasons.push({ code: 'tanf.figures_need_verification', values: { count: verifyIds }, citation: 'AnyDoor rules coverage' });

  let status: Status;
  if (!out.eligible) {
    // Ineligible on the numbers: only "possibly" when the outcome hinged on unknown facts.
    status = out.uncertain || hingesOnExcludedIncome ? 'possibly' : 'unlikely';
  } else if (tl.reached) {
    status = 'possibly';
  } else if (out.uncertain || unit.immigrationUnknown || unit.anyIneligibleCaretakerIncome || verifyIds > 0) {
    status = 'possibly';
  } else {
    status = 'likely';
  }
  // A pregnancy with no child in the unit: states set the month of pregnancy from which aid starts.
  if (out.eligible && unit.facts.children === 0 && unit.facts.pregnant) {
    reasons.push({ code: 'tanf.pregnancy_only_state_rules', values: { state }, citation: '42 U.S.C. 608(a)(1)(B); state TANF plans (e.g. 106 CMR 703.210: Massachusetts from the 5th month)' });
    if (status === 'likely') status = 'possibly';
  }
  return {
    program,
    excludedMembers,
    status,
    estimate: { monthly: out.eligible ? out.benefit : 0 },
    reasons,
    missing: missing.length > 1 ? [...new Set(missing)] : missing,
    nextSteps: nextSteps(state, status !== 'unlikely'),
  };
};
