/**
 * WIOA Title I: Adult, Dislocated Worker and Youth. Eligibility is per person (age, work
 * authorization, category and barriers); there is no benefit amount, so no estimate. The household
 * result is the best outcome among its members, and every member's facts are in the reasons.
 */
import type { Evaluation } from '../../core/context';
import type { FormulaResult, ProgramFormula } from '../../core/program';
import { householdHasNoncitizenOrUnknown, publicChargeMemberReasons, publicChargeReasons } from '../../core/public-charge';
import type { Member } from '../../core/request';
import type { NextStep, ProgramId, Reason, Status } from '../../core/types';
import { agencyContact } from '../../core/contacts';
import { homeless, lowIncome, mayBeBornOnOrAfter, memberIndex, receivesPublicAssistance, wantsWork, workAuthReason, workAuthorization, type WorkAuth } from './common';

const RANK: Record<Status, number> = { likely: 3, possibly: 2, needs_info: 1, unlikely: 0 };
export function best(statuses: Status[], none: Status = 'unlikely'): Status {
  return statuses.reduce<Status>((a, s) => (RANK[s] > RANK[a] ? s : a), none);
}

/** Status after the work-authorization gate: undocumented -> unlikely; not known or a document needed -> at most possibly. */
function gate(auth: WorkAuth, s: Status): Status {
  if (auth === 'not_authorized') return 'unlikely';
  if (auth === 'authorized' || s === 'unlikely') return s;
  return s === 'likely' ? 'possibly' : s;
}

function ajcSteps(ev: Evaluation, program: ProgramId, status: Status): NextStep[] {
  if (status === 'unlikely') return [];
  const ajc = ev.lookup<{ url: string; phone: string }>('wioa.american_job_center');
  const contact = agencyContact(ev.state, 'wioa');
  return [
    ...(Object.keys(contact).length > 0 ? [{ code: 'apply_with_state_agency', values: { program, state: ev.state, ...contact } }] : []),
    { code: 'wioa.visit_american_job_center', values: { program, url: ajc.value.url, phone: ajc.value.phone } },
    { code: 'bring_documents', values: { documents: 'identity,work_authorization,selective_service_registration,income_last_6_months' } },
  ];
}

/** Shared tail: Selective Service note, work-authorization verification guidance, public-charge facts. */
function commonReasons(ev: Evaluation, program: ProgramId, considered: Member[], auths: WorkAuth[]): Reason[] {
  const reasons: Reason[] = [];
  const ss = ev.lookup<{ bornOnOrAfter: string; registerFromAge: number; registerThroughAge: number }>('wioa.selective_service');
  const ssMembers = considered.filter((m) => m.age >= ss.value.registerFromAge && mayBeBornOnOrAfter(ev, m, ss.value.bornOnOrAfter));
  if (ssMembers.length) {
    reasons.push({ code: 'wioa.selective_service', values: { members: ssMembers.map((m) => m.id).join(','), bornOnOrAfter: ss.value.bornOnOrAfter, registerFromAge: ss.value.registerFromAge, registerThroughAge: ss.value.registerThroughAge }, citation: ss.citation });
  }
  if (auths.some((a) => a !== 'authorized')) {
    const g = ev.optional<{ tegl: string }>('wioa.work_authorization.verification_guidance');
    if (g) reasons.push({ code: 'wioa.work_authorization_verified', values: { tegl: g.value.tegl }, citation: g.citation });
  }
  if (householdHasNoncitizenOrUnknown(ev.request)) reasons.push(...publicChargeReasons(ev, program), ...publicChargeMemberReasons(ev));
  return reasons;
}

function result(program: ProgramId, ev: Evaluation, status: Status, reasons: Reason[], missing: string[]): FormulaResult {
  return { program, status, reasons, missing: [...new Set(missing)], nextSteps: ajcSteps(ev, program, status) };
}

export const wioaAdult: ProgramFormula = (ev) => {
  const minAge = ev.lookup<number>('wioa.adult.min_age');
  const prio = ev.lookup<{ order: string[] }>('wioa.adult.priority_of_service');
  const adults = ev.request.household.members.filter((m) => m.age >= minAge.value);
  const reasons: Reason[] = [];
  const missing: string[] = [];
  if (adults.length === 0) {
    reasons.push({ code: 'wioa.adult_age', values: { minAge: minAge.value }, citation: minAge.citation });
    return result('wioa_adult', ev, 'unlikely', reasons, missing);
  }
  const statuses: Status[] = [];
  const auths: WorkAuth[] = [];
  const pa = receivesPublicAssistance(ev);
  for (const m of adults) {
    const i = memberIndex(ev, m);
    const { auth, citation } = workAuthorization(ev, m);
    auths.push(auth);
    const wants = wantsWork(ev, m);
    reasons.push({ code: 'wioa.adult_eligible_age', values: { member: m.id, age: m.age, minAge: minAge.value, wantsWork: wants }, citation: minAge.citation });
    const ar = workAuthReason('wioa', ev, m, auth, citation);
    if (ar) reasons.push(ar);
    if (!m.immigration) missing.push(`household.members.${i}.immigration.status`);
    statuses.push(gate(auth, wants ? 'likely' : 'possibly'));
    if (auth === 'not_authorized') continue;
    // Priority of service (individualized career and training services).
    const li = lowIncome(ev, m);
    reasons.push(li.reason);
    const bsd = m.workforce?.basicSkillsDeficient;
    const inGroup = pa || li.lowIncome === true || bsd === true ? true : null;
    const veteran = m.veteran === true;
    const order = inGroup ? (veteran ? prio.value.order[0]! : prio.value.order[1]!) : null;
    reasons.push({ code: 'wioa.adult_priority_of_service', values: { member: m.id, veteran, publicAssistance: pa, lowIncome: li.lowIncome, basicSkillsDeficient: bsd ?? null, inPriorityGroup: inGroup, order }, citation: prio.citation });
    if (!inGroup && bsd === undefined) missing.push(`household.members.${i}.workforce.basicSkillsDeficient`);
    if (!wants) reasons.push({ code: 'wioa.no_job_need_stated', values: { member: m.id }, citation: '29 U.S.C. 3174(c)(2)-(3)' });
  }
  const status = best(statuses);
  if (status !== 'unlikely') reasons.push({ code: 'wioa.supportive_services', values: {}, citation: '29 U.S.C. 3174(d)(2); 20 CFR 680.900' });
  reasons.push(...commonReasons(ev, 'wioa_adult', adults, auths));
  return result('wioa_adult', ev, status, reasons, missing);
};

type DwCategory = 'laid_off' | 'layoff_notice' | 'business_closed' | 'displaced_homemaker' | 'military_spouse';

function dwCategories(m: Member): DwCategory[] {
  const c: DwCategory[] = [];
  const w = m.workforce;
  if (m.employment?.status === 'laid_off') c.push('laid_off');
  if (w?.layoffNotice) c.push('layoff_notice');
  if (w?.businessClosed) c.push('business_closed');
  if (w?.displacedHomemaker) c.push('displaced_homemaker');
  if (w?.militarySpouseJobLoss) c.push('military_spouse');
  return c;
}

const DW_CITE: Record<DwCategory, string> = {
  laid_off: '29 U.S.C. 3102(15)(A); 20 CFR 680.130',
  layoff_notice: '29 U.S.C. 3102(15)(A)-(B); 20 CFR 680.130',
  business_closed: '29 U.S.C. 3102(15)(C); 20 CFR 680.130',
  displaced_homemaker: '29 U.S.C. 3102(15)(D), 3102(16); 20 CFR 680.130',
  military_spouse: '29 U.S.C. 3102(15)(E); 20 CFR 680.130',
};

export const wioaDislocatedWorker: ProgramFormula = (ev) => {
  ev.lookup('wioa.dislocated_worker.categories');
  const reasons: Reason[] = [];
  const missing: string[] = [];
  const statuses: Status[] = [];
  const auths: WorkAuth[] = [];
  const considered: Member[] = [];
  for (const m of ev.request.household.members) {
    const i = memberIndex(ev, m);
    const cats = dwCategories(m);
    const jobless = m.employment !== undefined && ['unemployed', 'not_working'].includes(m.employment.status);
    if (cats.length === 0 && !(jobless && m.age >= 16)) continue;
    considered.push(m);
    const { auth, citation } = workAuthorization(ev, m);
    auths.push(auth);
    const ar = workAuthReason('wioa', ev, m, auth, citation);
    if (ar) reasons.push(ar);
    if (!m.immigration) missing.push(`household.members.${i}.immigration.status`);
    if (cats.length) {
      for (const c of cats) reasons.push({ code: 'wioa.dw_category', values: { member: m.id, category: c }, citation: DW_CITE[c] });
      if (cats.includes('laid_off') || cats.includes('layoff_notice')) {
        reasons.push({ code: 'wioa.dw_ui_and_return_check', values: { member: m.id }, citation: '29 U.S.C. 3102(15)(A)(ii)-(iii); 20 CFR 680.130' });
      }
      statuses.push(gate(auth, 'likely'));
      if (m.veteran) reasons.push({ code: 'wioa.veteran_priority', values: { member: m.id }, citation: '38 U.S.C. 4215; 20 CFR 1010.200-1010.230' });
    } else {
      reasons.push({ code: 'wioa.dw_job_loss_reason_needed', values: { member: m.id }, citation: '29 U.S.C. 3102(15)-(16)' });
      missing.push(`household.members.${i}.workforce.layoffNotice`);
      statuses.push(gate(auth, 'possibly'));
    }
  }
  if (considered.length === 0) {
    reasons.push({ code: 'wioa.dw_no_job_loss', values: {}, citation: '29 U.S.C. 3102(15)-(16); 20 CFR 680.130-680.140' });
    return result('wioa_dislocated_worker', ev, 'unlikely', reasons, missing);
  }
  const status = best(statuses);
  if (status !== 'unlikely') {
    reasons.push({ code: 'wioa.dw_no_income_test', values: {}, citation: '29 U.S.C. 3102(15); 20 CFR 680.130' });
    reasons.push({ code: 'wioa.supportive_services', values: {}, citation: '29 U.S.C. 3174(d)(2); 20 CFR 680.900' });
  }
  reasons.push(...commonReasons(ev, 'wioa_dislocated_worker', considered, auths));
  return result('wioa_dislocated_worker', ev, status, reasons, missing);
};

type Barrier =
  | 'basic_skills_deficient' | 'english_learner' | 'justice_involved' | 'homeless' | 'foster_youth'
  | 'pregnant_or_parenting' | 'disability' | 'left_school_without_diploma';

/** Barriers that count for out-of-school youth only when the youth is also low-income (sec. 129(a)(1)(B)(iii)(III)). */
const OSY_NEEDS_LOW_INCOME: ReadonlySet<Barrier> = new Set(['basic_skills_deficient', 'english_learner']);

function parenting(ev: Evaluation, m: Member): boolean {
  if (m.pregnant || m.postpartum) return true;
  if (!['self', 'spouse', 'partner'].includes(m.relationship)) return false;
  return ev.request.household.members.some((o) => (o.relationship === 'child' || o.relationship === 'stepchild') && o.age < 18);
}

function barriers(ev: Evaluation, m: Member): Barrier[] {
  const w = m.workforce;
  const b: Barrier[] = [];
  if (w?.basicSkillsDeficient) b.push('basic_skills_deficient');
  if (w?.englishLearner) b.push('english_learner');
  if (w?.justiceInvolved) b.push('justice_involved');
  if (homeless(ev)) b.push('homeless');
  if (m.fosterYouth) b.push('foster_youth');
  if (parenting(ev, m)) b.push('pregnant_or_parenting');
  if (m.disabled) b.push('disability');
  if (w?.leftSchoolWithoutDiploma) b.push('left_school_without_diploma');
  return b;
}

export const wioaYouth: ProgramFormula = (ev) => {
  const ages = ev.lookup<{ outOfSchoolMin: number; outOfSchoolMax: number; inSchoolMin: number; inSchoolMax: number }>('wioa.youth.age');
  const a = ages.value;
  const reasons: Reason[] = [];
  const missing: string[] = [];
  const statuses: Status[] = [];
  const auths: WorkAuth[] = [];
  const considered: Member[] = [];
  for (const m of ev.request.household.members) {
    if (m.age < a.inSchoolMin || m.age > a.outOfSchoolMax) continue;
    const i = memberIndex(ev, m);
    // Attending school, secondary or postsecondary (20 CFR 681.220); a youth in a high-school
    // equivalency program or adult education is out-of-school (20 CFR 681.230; DOL TEGL 21-16, p. 3:
    // such programs are not "school" for WIOA youth eligibility).
    const inSchool = m.student && m.school !== 'adult_education';
    if (!inSchool && m.age < a.outOfSchoolMin) {
      reasons.push({ code: 'wioa.youth_age_out_of_range', values: { member: m.id, age: m.age, inSchool, min: a.outOfSchoolMin, max: a.outOfSchoolMax }, citation: ages.citation });
      statuses.push('unlikely');
      continue;
    }
    considered.push(m);
    const { auth, citation } = workAuthorization(ev, m);
    auths.push(auth);
    const ar = workAuthReason('wioa', ev, m, auth, citation);
    if (ar) reasons.push(ar);
    if (!m.immigration) missing.push(`household.members.${i}.immigration.status`);
    const b = barriers(ev, m);
    const li = lowIncome(ev, m);
    reasons.push(li.reason);
    let s: Status;
    if (inSchool) {
      let ageOk: Status = 'likely';
      if (m.age > a.inSchoolMax) {
        // Over 21 and in school: only a student with a disability attending school under state law.
        ageOk = m.disabled ? 'possibly' : 'unlikely';
        reasons.push({ code: 'wioa.youth_in_school_over_age', values: { member: m.id, age: m.age, max: a.inSchoolMax, disability: m.disabled }, citation: '29 U.S.C. 3164(a)(1)(C)(ii); 20 CFR 681.220' });
      }
      reasons.push({ code: 'wioa.youth_in_school', values: { member: m.id, age: m.age, barriers: b.join(','), lowIncome: li.lowIncome }, citation: '29 U.S.C. 3164(a)(1)(C); 20 CFR 681.220' });
      if (li.lowIncome !== true) reasons.push({ code: 'wioa.youth_low_income_exception', values: { member: m.id, maxShare: 0.05 }, citation: '29 U.S.C. 3164(a)(3)(A)(ii); 20 CFR 681.250' });
      if (b.length === 0) {
        reasons.push({ code: 'wioa.youth_barrier_needed', values: { member: m.id, inSchool }, citation: '29 U.S.C. 3164(a)(1)(C)(iv)' });
        missing.push(`household.members.${i}.workforce`);
      }
      const core: Status = b.length === 0 ? 'possibly' : li.lowIncome === true ? 'likely' : 'possibly';
      s = ageOk === 'unlikely' ? 'unlikely' : ageOk === 'possibly' && core === 'likely' ? 'possibly' : core;
    } else {
      const strong = b.filter((x) => !OSY_NEEDS_LOW_INCOME.has(x));
      const incomeLinked = b.filter((x) => OSY_NEEDS_LOW_INCOME.has(x));
      reasons.push({ code: 'wioa.youth_out_of_school', values: { member: m.id, age: m.age, barriers: b.join(','), lowIncome: li.lowIncome }, citation: m.school === 'adult_education' ? '29 U.S.C. 3164(a)(1)(B); 20 CFR 681.210, 681.230; DOL TEGL 21-16 (high-school equivalency and adult education programs are not school)' : '29 U.S.C. 3164(a)(1)(B); 20 CFR 681.210' });
      if (strong.length > 0 || (incomeLinked.length > 0 && li.lowIncome === true)) s = 'likely';
      else if (incomeLinked.length > 0) s = 'possibly';
      else {
        reasons.push({ code: 'wioa.youth_barrier_needed', values: { member: m.id, inSchool }, citation: '29 U.S.C. 3164(a)(1)(B)(iii)' });
        missing.push(`household.members.${i}.workforce`);
        s = 'possibly';
      }
    }
    if (m.age >= 18 && s !== 'unlikely') reasons.push({ code: 'wioa.youth_adult_coenrollment', values: { member: m.id }, citation: '20 CFR 681.430' });
    statuses.push(gate(auth, s));
  }
  if (statuses.length === 0) {
    reasons.push({ code: 'wioa.youth_no_member_in_age_range', values: { min: a.inSchoolMin, max: a.outOfSchoolMax }, citation: ages.citation });
    return result('wioa_youth', ev, 'unlikely', reasons, missing);
  }
  const status = best(statuses);
  if (status !== 'unlikely') reasons.push({ code: 'wioa.supportive_services', values: {}, citation: '29 U.S.C. 3164(c)(2); 20 CFR 681.570' });
  reasons.push(...commonReasons(ev, 'wioa_youth', considered, auths));
  return result('wioa_youth', ev, status, reasons, missing);
};
