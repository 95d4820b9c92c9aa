/**
 * Vocational Rehabilitation (Rehabilitation Act Title I) and Pre-Employment Transition Services.
 * Per person: a disability (or SSI/SSDI, which makes a person presumed eligible) and a wish to work;
 * Pre-ETS: a student with a disability in the federal age frame. No dollar estimate (services, not cash).
 * Federal VR law has no immigration test; state agencies ask for proof that a noncitizen may work, so
 * an undocumented person is "possibly", and a withheld status only adds facts.
 */
import type { Evaluation } from '../../core/context';
import type { ProgramFormula } from '../../core/program';
import { householdHasNoncitizenOrUnknown, publicChargeMemberReasons, publicChargeReasons } from '../../core/public-charge';
import type { Member } from '../../core/request';
import type { NextStep, ProgramId, Reason, Status } from '../../core/types';
import { memberIndex, wantsWork, workAuthReason, workAuthorization } from '../wioa/common';
import { best } from '../wioa';
import { agencyContact } from '../../core/contacts';

function ssiOrSsdi(m: Member): 'ssi' | 'ssdi' | undefined {
  if (m.receivesSsi === true || m.incomes.some((i) => i.type === 'ssi' && i.amount > 0)) return 'ssi';
  if (m.incomes.some((i) => i.type === 'ssdi' && i.amount > 0)) return 'ssdi';
  return undefined;
}

/** The immigration facts for one member; undocumented -> at most possibly (state rule), others unchanged. */
function immigration(ev: Evaluation, program: 'vr' | 'pre_ets', m: Member, s: Status, reasons: Reason[]): Status {
  const { auth, citation } = workAuthorization(ev, m);
  const rule = ev.lookup<{ stateAgenciesRequireProof: boolean }>('vr.work_authorization_state_rule');
  const r = workAuthReason(program, ev, m, auth, `${citation}; ${rule.citation}`);
  if (r) reasons.push(r);
  if (auth === 'not_authorized' && s === 'likely') return 'possibly';
  return s;
}

function tail(ev: Evaluation, program: ProgramId, status: Status, reasons: Reason[]): NextStep[] {
  if (householdHasNoncitizenOrUnknown(ev.request)) reasons.push(...publicChargeReasons(ev, program), ...publicChargeMemberReasons(ev));
  if (status === 'unlikely') return [];
  // The state's VR agency when on file (it also delivers Pre-ETS); else the national RSA directory.
  const contact = agencyContact(ev.state, 'vr');
  const steps: NextStep[] = [];
  if (Object.keys(contact).length > 0) steps.push({ code: 'apply_with_state_agency', values: { program, state: ev.state, ...contact } });
  else steps.push({ code: 'vr.contact_state_vr_agency', values: { program, state: ev.state, url: ev.lookup<{ url: string }>('vr.agency_directory').value.url } });
  if (program === 'pre_ets') steps.push({ code: 'pre_ets.talk_to_school', values: { topic: 'transition_services' } });
  steps.push({ code: 'bring_documents', values: { documents: 'identity,disability_records,benefit_letters,school_iep_or_504,work_authorization' } });
  return steps;
}

export const vr: ProgramFormula = (ev) => {
  const minAge = ev.lookup<number>('vr.screening_min_age');
  const elig = ev.lookup<{ decisionDays: number }>('vr.eligibility');
  const pres = ev.lookup<{ significantDisability: boolean }>('vr.ssi_ssdi_presumption');
  const reasons: Reason[] = [];
  const missing: string[] = [];
  const statuses: Status[] = [];
  for (const m of ev.request.household.members) {
    if (m.age < minAge.value) continue;
    const benefit = ssiOrSsdi(m);
    if (!m.disabled && !benefit) continue;
    const wants = wantsWork(ev, m);
    if (benefit) {
      reasons.push({ code: 'vr.ssi_ssdi_presumed_eligible', values: { member: m.id, benefit, significantDisability: pres.value.significantDisability, wantsWork: wants }, citation: pres.citation });
    } else {
      reasons.push({ code: 'vr.disability_reported', values: { member: m.id, wantsWork: wants }, citation: elig.citation });
    }
    if (!wants) {
      reasons.push({ code: 'vr.employment_goal_needed', values: { member: m.id }, citation: '29 U.S.C. 722(a)(3)(A); 34 CFR 361.42(a)(1)' });
      missing.push(`household.members.${memberIndex(ev, m)}.workforce.wantsToWork`);
    }
    statuses.push(immigration(ev, 'vr', m, wants ? 'likely' : 'possibly', reasons));
  }
  if (statuses.length === 0) {
    reasons.push({ code: 'vr.no_disability_reported', values: {}, citation: '29 U.S.C. 705(20)(A), 722(a)(1)' });
    const steps = tail(ev, 'vr', 'unlikely', reasons);
    return { program: 'vr', status: 'unlikely', reasons, missing, nextSteps: steps };
  }
  const status = best(statuses);
  const oos = ev.lookup<{ stateStatusBundled: boolean }>('vr.order_of_selection');
  const pc = ev.lookup<Record<string, boolean>>('vr.prohibited_criteria');
  if (status !== 'unlikely') {
    reasons.push({ code: 'vr.order_of_selection', values: { state: ev.state, stateStatusKnown: oos.value.stateStatusBundled }, citation: oos.citation });
    reasons.push({ code: 'vr.decision_within_days', values: { days: elig.value.decisionDays }, citation: elig.citation });
    reasons.push({ code: 'vr.no_income_or_residence_test', values: {}, citation: pc.citation });
  }
  const steps = tail(ev, 'vr', status, reasons);
  return { program: 'vr', status, reasons, missing: [...new Set(missing)], nextSteps: steps };
};

export const preEts: ProgramFormula = (ev) => {
  const age = ev.lookup<{ federalFloor: number; idea: number; max: number; stateRangesBundled: boolean }>('pre_ets.age');
  const svc = ev.lookup<{ activities: string[]; reservedShare: number }>('pre_ets.services');
  const a = age.value;
  const reasons: Reason[] = [];
  const statuses: Status[] = [];
  for (const m of ev.request.household.members) {
    const disability = m.disabled || m.workforce?.iepOr504 === true;
    if (!disability || m.age < a.federalFloor) continue;
    if (!m.student) {
      if (m.age <= a.max) {
        reasons.push({ code: 'pre_ets.not_enrolled', values: { member: m.id, age: m.age }, citation: age.citation });
        statuses.push('unlikely');
      }
      continue;
    }
    let s: Status;
    if (m.age > a.max) {
      reasons.push({ code: 'pre_ets.over_federal_max_age', values: { member: m.id, age: m.age, max: a.max }, citation: age.citation });
      s = 'unlikely';
    } else if (m.age < a.idea) {
      reasons.push({ code: 'pre_ets.state_age_range', values: { member: m.id, age: m.age, federalFloor: a.federalFloor, ideaAge: a.idea, max: a.max }, citation: age.citation });
      s = 'possibly';
    } else {
      reasons.push({ code: 'pre_ets.student_with_disability', values: { member: m.id, age: m.age, minAge: a.idea, max: a.max, iepOr504: m.workforce?.iepOr504 ?? null }, citation: age.citation });
      s = 'likely';
    }
    statuses.push(immigration(ev, 'pre_ets', m, s, reasons));
  }
  if (statuses.length === 0) {
    reasons.push({ code: 'pre_ets.no_student_with_disability', values: { minAge: a.federalFloor, max: a.max }, citation: age.citation });
    return { program: 'pre_ets', status: 'unlikely', reasons, missing: [], nextSteps: tail(ev, 'pre_ets', 'unlikely', reasons) };
  }
  const status = best(statuses);
  if (status !== 'unlikely') {
    reasons.push({ code: 'pre_ets.no_application_needed', values: {}, citation: '34 CFR 361.48(a); 29 U.S.C. 733(a)' });
    reasons.push({ code: 'pre_ets.services', values: { activities: svc.value.activities.join(','), reservedShare: svc.value.reservedShare }, citation: svc.citation });
  } else {
    reasons.push({ code: 'pre_ets.vr_may_still_help', values: {}, citation: '29 U.S.C. 722(a)' });
  }
  return { program: 'pre_ets', status, reasons, missing: [], nextSteps: tail(ev, 'pre_ets', status, reasons) };
};
