/**
 * Medicaid and CHIP. Member by member (see eligibility.ts): MAGI group and state income limit, and the
 * noncitizen rules on the screening date. The household's answer is the best member answer; members
 * whose status makes them ineligible are listed in excludedMembers (still counted in household size,
 * 42 CFR 435.603) and told about emergency Medicaid, which has no status test.
 */
import type { Evaluation } from '../../core/context';
import type { FormulaResult, ProgramFormula } from '../../core/program';
import { householdHasNoncitizenOrUnknown, publicChargeMemberReasons, publicChargeReasons } from '../../core/public-charge';
import type { NextStep, Reason, Status } from '../../core/types';
import { evaluateHealth, immigrationOk, immigrationUncertain, monthlyLimitFor, type HealthEvaluation, type MemberFinding } from './eligibility';
import { isChildRelation, round2 } from './household';
import { agencyStep, CONTACT_FALLBACKS } from '../../core/contacts';

/** likely > possibly > needs_info > unlikely (a switch: indexing a table by the status string was a slow keyed load). */
function rank(s: Status): number {
  switch (s) {
    case 'likely': return 3;
    case 'possibly': return 2;
    case 'needs_info': return 1;
    default: return 0;
  }
}
function best(statuses: Status[]): Status {
  let out: Status = 'unlikely';
  for (const s of statuses) if (rank(s) > rank(out)) out = s;
  return out;
}

const GROUP_CITE: Record<string, string> = {
  infant: '42 U.S.C. 1396a(a)(10)(A)(i)(IV), (l)(1)(B), (l)(2)(A); 42 CFR 435.118',
  child1to5: '42 U.S.C. 1396a(a)(10)(A)(i)(VI), (l)(1)(C); 42 CFR 435.118',
  child6to18: '42 U.S.C. 1396a(a)(10)(A)(i)(VII), (l)(1)(D); 42 CFR 435.118',
  pregnant: '42 U.S.C. 1396a(a)(10)(A)(i)(IV), (l)(1)(A); 42 CFR 435.116',
  postpartum: '42 U.S.C. 1396a(e)(5), (e)(16); 42 CFR 435.170',
  parent: '42 U.S.C. 1396u-1; 42 CFR 435.110',
  adult: '42 U.S.C. 1396a(a)(10)(A)(i)(VIII); 42 CFR 435.119',
};

/** Shared frozen (read it, never modify it): the same for every household. */
const BRING_DOCUMENTS: NextStep = Object.freeze({ code: 'bring_documents', values: Object.freeze({ documents: 'identity,income_last_30_days,residency,immigration_documents' }) });

function nextSteps(program: 'medicaid' | 'chip', state: string, status: Status, anyVerify: boolean): NextStep[] {
  // CHIP: the state's own CHIP contact when it runs a separate program, else the Medicaid agency.
  const fallbacks = CONTACT_FALLBACKS[program] ?? [];
  if (status === 'unlikely') return [agencyStep('call_agency', program, state, fallbacks)];
  const steps: NextStep[] = [
    agencyStep('apply_with_state_agency', program, state, fallbacks),
    BRING_DOCUMENTS,
  ];
  if (anyVerify || status === 'possibly') steps.push({ code: 'verify_with_agency', values: { program, state } });
  return steps;
}

function stateMissing(program: 'medicaid' | 'chip', state: string): FormulaResult {
  return {
    program, status: 'possibly',
    reasons: [{ code: `${program}.state_limits_not_bundled`, values: { state }, citation: 'AnyDoor rules coverage' }],
    missing: [], nextSteps: [{ code: 'verify_with_agency', values: { program, state } }],
  };
}

/** The public-charge facts, added when anyone in the household is not a citizen or gave no status. */
function addPublicCharge(reasons: Reason[], ev: Evaluation, program: 'medicaid' | 'chip'): void {
  if (!householdHasNoncitizenOrUnknown(ev.request)) return;
  for (const r of publicChargeReasons(ev, program)) reasons.push(r);
  for (const r of publicChargeMemberReasons(ev)) reasons.push(r);
}

/** Adds `<limits id>.<group>` to the figures to verify when the state's limit for that group is unconfirmed. */
function noteGroupVerify(verifyIds: string[], h: HealthEvaluation, group: string): void {
  if (!h.limits.verifyGroups.includes(group)) return;
  const id = `${h.limitsId}.${group}`;
  if (!verifyIds.includes(id)) verifyIds.push(id);
}

function commonReasons(h: HealthEvaluation, ev: Evaluation, program: 'medicaid' | 'chip'): Reason[] {
  const r: Reason[] = [];
  r.push({ code: `${program}.household_size_and_income`, values: { householdSize: h.household.size, monthlyIncome: round2(h.household.monthlyIncome), pregnancies: h.household.pregnancies, fpgAnnual: h.fpgAnnual }, citation: '42 CFR 435.603(b)-(f); HHS poverty guidelines' });
  if (h.household.outside.length) r.push({ code: `${program}.members_outside_tax_household`, values: { count: h.household.outside.length }, citation: '42 CFR 435.603(f)' });
  if (h.household.childIncomeLeftOut) r.push({ code: `${program}.child_income_not_counted`, values: {}, citation: '42 CFR 435.603(d)(2)(i)' });
  const disregard = ev.lookup<number>('medicaid.magi_disregard_points');
  r.push({ code: `${program}.magi_disregard_included`, values: { points: disregard.value }, citation: disregard.citation });
  return r;
}

function excludedAndEmergency(h: HealthEvaluation, program: 'medicaid' | 'chip', reasons: Reason[]): string[] {
  const excluded = h.findings.filter((f) => f.immigration === 'not_eligible' || f.immigration === 'five_year_bar');
  for (const f of excluded) {
    if (f.limitPct !== null && f.incomeOk) {
      reasons.push({ code: `${program}.emergency_medicaid_only`, values: { member: f.member.id }, citation: '42 U.S.C. 1396b(v)(2)-(3); 42 CFR 435.406(b), 440.255' });
    }
  }
  if (excluded.length) reasons.push({ code: `${program}.ineligible_members_still_counted`, values: { count: excluded.length }, citation: '42 CFR 435.603(b)-(f); 42 CFR 435.907(e)' });
  return excluded.map((f) => f.member.id);
}

function memberStatus(f: MemberFinding): Status {
  if (f.limitPct === null || !f.incomeOk) return 'unlikely';
  if (f.immigration === 'not_eligible' || f.immigration === 'five_year_bar') return 'unlikely';
  if (immigrationUncertain(f.immigration) || f.verify || f.group === 'postpartum' || f.ownUnit) return 'possibly';
  return immigrationOk(f.immigration) ? 'likely' : 'possibly';
}

/** A parent of a child 13 or younger in the household (not a child themselves). */
function parentOfYoungChild(h: HealthEvaluation, m: MemberFinding['member']): boolean {
  return h.household.members.some((c) => c !== m && c.age <= 13) && !isChildRelation(m);
}

export const medicaid: ProgramFormula = (ev): FormulaResult => {
  const h = evaluateHealth(ev, 'medicaid');
  if (!h) return stateMissing('medicaid', ev.state);
  const limitsLookup = ev.lookup<unknown>(h.limitsId);
  const reasons: Reason[] = commonReasons(h, ev, 'medicaid');
  const { limits } = h;
  reasons.push({ code: limits.expansion ? 'medicaid.state_expanded' : 'medicaid.state_not_expanded', values: { state: h.state, expanded: limits.expansion, adultLimitPct: limits.adult }, citation: `${limitsLookup.citation}; 42 U.S.C. 1396a(a)(10)(A)(i)(VIII)` });
  const statuses: Status[] = [];
  for (const f of h.findings) {
    const values = { member: f.member.id, group: f.group, limitPct: f.limitPct, monthlyLimit: f.monthlyLimit, monthlyIncome: round2(f.monthlyIncome), householdSize: f.householdSize, ownHousehold: f.ownUnit };
    const barred = f.immigration === 'not_eligible' || f.immigration === 'five_year_bar';
    if (f.group === 'aged') {
      reasons.push({ code: 'medicaid.aged_blind_disabled_rules_not_modeled', values: { member: f.member.id, age: f.member.age }, citation: '42 U.S.C. 1396a(a)(10)(A)(ii)(X); 42 CFR 435.601-435.603(j)' });
      statuses.push(barred ? 'unlikely' : 'possibly');
      continue;
    }
    if (f.group === 'none') {
      reasons.push({ code: 'medicaid.no_group_for_adult', values: { member: f.member.id, state: h.state, expanded: false }, citation: limitsLookup.citation });
    } else {
      reasons.push({ code: f.incomeOk ? 'medicaid.income_within_limit' : 'medicaid.income_over_limit', values, citation: `${GROUP_CITE[f.group]}; ${limitsLookup.citation}` });
    }
    if (f.group === 'postpartum') {
      const pp = ev.lookup<{ minimumDays: number; optionMonths: number }>('medicaid.postpartum');
      reasons.push({ code: 'medicaid.postpartum_coverage', values: { member: f.member.id, minimumDays: pp.value.minimumDays, optionMonths: pp.value.optionMonths }, citation: pp.citation });
    }
    if ((f.member.disabled || f.member.receivesSsi) && !barred) {
      reasons.push({ code: f.member.receivesSsi ? 'medicaid.ssi_recipient_route' : 'medicaid.disability_route_not_modeled', values: { member: f.member.id }, citation: '42 U.S.C. 1396a(a)(10)(A)(i)(II), 1396a(f) (section 209(b) states); 42 CFR 435.120-435.121' });
      if (!barred) statuses.push('possibly');
    }
    // Parents of a child 13 or younger are exempt (Pub. L. 119-21 §71119); say nothing to people excluded anyway.
    // Checked only for expansion adults (pure tests, so the order does not change the answer).
    if (f.group === 'adult' && limits.expansion && !parentOfYoungChild(h, f.member) && !f.member.pregnant && immigrationOk(f.immigration)) {
      const wr = ev.optional<{ startsOn: string; hoursPerMonth: number }>('medicaid.work_requirement');
      if (wr) reasons.push({ code: 'medicaid.work_requirement', values: { member: f.member.id, startsOn: wr.value.startsOn, hoursPerMonth: wr.value.hoursPerMonth }, citation: wr.citation });
    }
    statuses.push(memberStatus(f));
  }
  for (const r of h.reasons) reasons.push(r);
  const excludedMembers = excludedAndEmergency(h, 'medicaid', reasons);
  // A child over the Medicaid limit may still get CHIP; say so here.
  if (limits.chipChild !== null && h.findings.some((f) => !f.incomeOk && (f.group === 'infant' || f.group === 'child1to5' || f.group === 'child6to18'))) {
    reasons.push({ code: 'medicaid.chip_may_cover_children', values: { state: h.state, chipLimitPct: limits.chipChild }, citation: '42 U.S.C. 1397bb(b)(1); 1397jj(b)' });
  }
  addPublicCharge(reasons, ev, 'medicaid');
  let status = best(statuses.length ? statuses : ['unlikely']);
  const verifyIds = h.needsVerification;
  if (verifyIds.length) reasons.push({ code: 'medicaid.figures_need_verification', values: { count: verifyIds.length }, citation: 'AnyDoor rules coverage' });
  if (status === 'likely' && ev.stale) status = 'possibly';
  // Optional keys added after the literal (same key order as spreading them in, without the copy).
  const result: FormulaResult = {
    program: 'medicaid', status, reasons, missing: h.missing.length ? [...new Set(h.missing)] : [],
    nextSteps: nextSteps('medicaid', h.state, status, verifyIds.length > 0),
  };
  if (excludedMembers.length) result.excludedMembers = excludedMembers;
  if (verifyIds.length) result.needsVerification = verifyIds.slice(); // the shared evaluation's list stays its own
  return result;
};

export const chip: ProgramFormula = (ev): FormulaResult => {
  const h = evaluateHealth(ev, 'chip');
  if (!h) return stateMissing('chip', ev.state);
  const limitsLookup = ev.lookup<unknown>(h.limitsId);
  const { limits } = h;
  const reasons: Reason[] = commonReasons(h, ev, 'chip');
  const childUnder = ev.param<number>('medicaid.chip_child_age_limit');
  const statuses: Status[] = [];
  const chipCite = '42 U.S.C. 1397aa, 1397bb(b)(1), 1397jj(b)';
  const separate = limits.chipChild !== null;
  reasons.push({ code: separate ? 'chip.separate_chip_program' : 'chip.no_separate_chip_program', values: { state: h.state, chipLimitPct: limits.chipChild }, citation: `${chipCite}; ${limitsLookup.citation}` });
  const excluded = new Set<string>();
  const missing = new Set<string>();
  const verifyIds = [...h.needsVerification];
  for (const f of h.findings) {
    const m = f.member;
    const isChild = m.age < childUnder && !m.pregnant;
    if (!isChild && !m.pregnant) continue;
    // Every member reason's values start with these (written out per reason: a spread costs more than the rest of the reason).
    const member = m.id;
    const monthlyIncome = round2(f.monthlyIncome);
    const householdSize = f.householdSize;
    const ownHousehold = f.ownUnit;
    if (isChild) {
      if (f.incomeOk) {
        if (separate && (f.immigration === 'not_eligible' || f.immigration === 'five_year_bar')) {
          // Barred from Medicaid by status: CHIP applies the same noncitizen rules (42 U.S.C. 1397gg(e)(1)).
          excluded.add(m.id);
          statuses.push('unlikely');
          continue;
        }
        if (separate) {
          reasons.push({ code: 'chip.child_gets_medicaid_instead', values: { member, monthlyIncome, householdSize, ownHousehold, medicaidLimitPct: f.limitPct }, citation: '42 U.S.C. 1397jj(b)(1)(B)(ii)' });
          statuses.push('unlikely');
        } else {
          // Medicaid-expansion CHIP: the child's coverage is CHIP-funded Medicaid, same application.
          reasons.push({ code: 'chip.covered_through_medicaid', values: { member, monthlyIncome, householdSize, ownHousehold, limitPct: f.limitPct }, citation: `42 U.S.C. 1397aa(a)(2); ${limitsLookup.citation}` });
          const s = memberStatus(f);
          statuses.push(s);
          if (s === 'unlikely') excluded.add(m.id);
        }
        continue;
      }
      if (!separate) {
        reasons.push({ code: 'chip.child_income_over_limit', values: { member, monthlyIncome, householdSize, ownHousehold, limitPct: f.limitPct, monthlyLimit: f.monthlyLimit }, citation: `${chipCite}; ${limitsLookup.citation}` });
        statuses.push('unlikely');
        continue;
      }
      noteGroupVerify(verifyIds, h, 'chipChild');
      const monthlyLimit = monthlyLimitFor(f.fpgAnnual, limits.chipChild!);
      const ok = f.monthlyIncome <= monthlyLimit + 1e-9;
      reasons.push({ code: ok ? 'chip.child_income_within_limit' : 'chip.child_income_over_limit', values: { member, monthlyIncome, householdSize, ownHousehold, limitPct: limits.chipChild, monthlyLimit }, citation: `${chipCite}; ${limitsLookup.citation}` });
      if (!ok) { statuses.push('unlikely'); continue; }
      // Separate CHIP uses its own lawfully-residing election (42 U.S.C. 1397gg(e)(1)(Q)).
      const imm = f.immigration === 'lawfully_residing_option' && !limits.chipIchiaChild ? 'not_eligible' : f.immigration;
      if (imm !== f.immigration) {
        // The state chose the option in Medicaid only: separate CHIP cannot use it for this child.
        const i = h.reasons.findIndex((r) => r.code === 'chip.lawfully_residing_option' && r.values.member === m.id);
        if (i >= 0) h.reasons.splice(i, 1);
        h.reasons.push({ code: 'chip.noncitizen_status_not_eligible', values: { member: m.id, status: m.immigration?.status ?? null }, citation: '42 U.S.C. 1397gg(e)(1)(Q)' });
      }
      if (imm === 'not_eligible' || imm === 'five_year_bar') {
        excluded.add(m.id);
        statuses.push('unlikely');
        continue;
      }
      statuses.push(immigrationUncertain(imm) || limits.verifyGroups.includes('chipChild') || f.ownUnit ? 'possibly' : 'likely');
      reasons.push({ code: 'chip.no_other_health_insurance', values: { member: m.id }, citation: '42 U.S.C. 1397jj(b)(1)(C)' });
      continue;
    }
    // Pregnant member.
    if (f.incomeOk && immigrationOk(f.immigration)) {
      reasons.push({ code: 'chip.pregnant_gets_medicaid_instead', values: { member, monthlyIncome, householdSize, ownHousehold, medicaidLimitPct: f.limitPct }, citation: GROUP_CITE.pregnant! });
      statuses.push('unlikely');
      continue;
    }
    let covered = false;
    if (limits.chipPregnant !== null) {
      noteGroupVerify(verifyIds, h, 'chipPregnant');
      const monthlyLimit = monthlyLimitFor(f.fpgAnnual, limits.chipPregnant);
      const ok = f.monthlyIncome <= monthlyLimit + 1e-9;
      reasons.push({ code: ok ? 'chip.pregnancy_income_within_limit' : 'chip.pregnancy_income_over_limit', values: { member, monthlyIncome, householdSize, ownHousehold, limitPct: limits.chipPregnant, monthlyLimit }, citation: `42 U.S.C. 1397ll; ${limitsLookup.citation}` });
      if (ok && (immigrationOk(f.immigration) || immigrationUncertain(f.immigration))) {
        statuses.push(immigrationUncertain(f.immigration) || limits.verifyGroups.includes('chipPregnant') || f.ownUnit ? 'possibly' : 'likely');
        covered = true;
      }
    }
    if (!covered && limits.fcep !== null) {
      noteGroupVerify(verifyIds, h, 'fcep');
      const monthlyLimit = monthlyLimitFor(f.fpgAnnual, limits.fcep);
      const ok = f.monthlyIncome <= monthlyLimit + 1e-9;
      // FCEP covers the unborn child: the mother's immigration status is not asked (42 CFR 457.10).
      reasons.push({ code: ok ? 'chip.unborn_child_option' : 'chip.unborn_child_option_income_over', values: { member, monthlyIncome, householdSize, ownHousehold, limitPct: limits.fcep, monthlyLimit, noImmigrationTest: true }, citation: `42 CFR 457.10 (targeted low-income child includes from conception to birth); ${limitsLookup.citation}` });
      if (ok) { statuses.push(limits.verifyGroups.includes('fcep') || f.ownUnit ? 'possibly' : 'likely'); covered = true; }
    }
    if (!covered) {
      if (limits.chipPregnant === null && limits.fcep === null) reasons.push({ code: 'chip.no_pregnancy_coverage', values: { member: m.id, state: h.state }, citation: limitsLookup.citation });
      statuses.push('unlikely');
    }
  }
  if (!statuses.length) reasons.unshift({ code: 'chip.no_child_or_pregnancy', values: { childAgeLimit: childUnder }, citation: '42 U.S.C. 1397jj(b)(1), (c)(1)' });
  // Immigration facts only for the people CHIP could cover (children and pregnant members).
  const candidates = new Set<string>();
  for (const f of h.findings) if (f.member.pregnant || f.member.age < childUnder) candidates.add(f.member.id);
  for (const r of h.reasons) if (typeof r.values.member !== 'string' || candidates.has(r.values.member)) reasons.push(r);
  if (excluded.size) {
    for (const id of excluded) reasons.push({ code: 'chip.emergency_medicaid_only', values: { member: id }, citation: '42 U.S.C. 1396b(v)(2)-(3)' });
    reasons.push({ code: 'chip.ineligible_members_still_counted', values: { count: excluded.size }, citation: '42 CFR 435.603(b)-(f); 42 CFR 457.315' });
  }
  addPublicCharge(reasons, ev, 'chip');
  let status = best(statuses.length ? statuses : ['unlikely']);
  if (verifyIds.length) reasons.push({ code: 'chip.figures_need_verification', values: { count: verifyIds.length }, citation: 'AnyDoor rules coverage' });
  if (status === 'likely' && ev.stale) status = 'possibly';
  for (const f of h.findings) {
    if (!candidates.has(f.member.id)) continue;
    for (const x of h.missing) if (x.startsWith(`household.members.${f.index}.`)) missing.add(x);
  }
  // Optional keys added after the literal (same key order as spreading them in, without the copy).
  const result: FormulaResult = {
    program: 'chip', status, reasons, missing: [...missing],
    nextSteps: nextSteps('chip', h.state, status, verifyIds.length > 0),
  };
  if (excluded.size) result.excludedMembers = [...excluded];
  if (verifyIds.length) result.needsVerification = verifyIds;
  return result;
};
