/**
 * Students in higher education (7 U.S.C. 2015(e); 7 CFR 273.5). The rule covers only enrolment at
 * least half-time in an institution of higher education: a college or university, or a business,
 * technical, trade or vocational school that normally requires a high-school diploma or equivalency
 * (273.5(a)). When the request says the kind of school (member.school), a student in high school,
 * in adult education (GED, English classes) or in higher education less than half-time is not
 * covered by the rule. When it does not, a student of 18–49 without an exemption is treated, as
 * before, as enrolled half-time or more in higher education (the reason says so).
 * Exemptions recognised from the request: disability, paid work of 20+ hours a week, TANF, and
 * caring for a child in the household: under 6 always (7 U.S.C. 2015(e)(5)); 6–11 only when the state
 * finds adequate child care is not available, or for a single parent enrolled full time (2015(e)(5),
 * (e)(8); 7 CFR 273.5(b)) — facts the request does not have, so that case is undetermined (status
 * possibly, both amounts shown). Audit-3 change: a child of 6–11 used to exempt the student outright.
 */
import type { Member, SchoolKind, ScreeningRequest } from '../../core/request';
import type { StudentRule } from './figures';
import { hasIncome } from './income';

export type StudentOutcome =
  | { kind: 'not_student' }
  | { kind: 'exempt'; basis: string }
  | { kind: 'ineligible' }
  | { kind: 'undetermined'; missing: string[]; childCare?: boolean };

const NOT_STUDENT: StudentOutcome = Object.freeze({ kind: 'not_student' });
const INELIGIBLE: StudentOutcome = Object.freeze({ kind: 'ineligible' });
const CHILD_CARE_UNKNOWN: StudentOutcome = Object.freeze({ kind: 'undetermined', missing: Object.freeze([]) as unknown as string[], childCare: true });
/** Shared answers (read only): one allocation fewer per student member. */
const exempt = (basis: string): StudentOutcome => Object.freeze({ kind: 'exempt', basis });
const EXEMPT_DISABLED = exempt('disabled');
const EXEMPT_TANF = exempt('tanf');
const EXEMPT_WORKS = exempt('works_20_hours');
const EXEMPT_CARER = exempt('cares_for_child');

/** Kinds of school the student rule does not cover (7 CFR 273.5(a): higher education, half-time or more). */
const NOT_HIGHER_EDUCATION_HALF_TIME: ReadonlySet<SchoolKind> = new Set<SchoolKind>(['high_school', 'adult_education', 'higher_education_less_than_half_time']);

/** Age of the youngest member other than `self` (Infinity if none). */
function youngestOtherAge(members: readonly Member[], self: Member): number {
  let youngest = Infinity;
  for (const x of members) if (x !== self && x.age < youngest) youngest = x.age;
  return youngest;
}

/** `self`: the screened person (the youngest other member is found only for a student who may care for a child). */
export function studentOutcome(m: Member, index: number, rule: StudentRule, request: ScreeningRequest, self: Member): StudentOutcome {
  if (!m.student || m.age < rule.minAge || m.age > rule.maxAge) return NOT_STUDENT;
  if (m.school !== undefined && NOT_HIGHER_EDUCATION_HALF_TIME.has(m.school)) return NOT_STUDENT;
  // 273.5(b)(2) physically or mentally unfit: the disabled flag, or receipt of SSI/SSDI (a disabled
  // member under 7 CFR 271.2 "elderly or disabled member" (2)-(3), as the household test counts them).
  if (m.disabled || m.receivesSsi === true || hasIncome(m, 'ssi', 'ssdi')) return EXEMPT_DISABLED;
  if (hasIncome(m, 'tanf') || request.household.receivesTanfNow === true) return EXEMPT_TANF;
  const emp = m.employment;
  const working = emp && (emp.status === 'employed' || emp.status === 'self_employed');
  if (working && emp.hoursPerWeek !== undefined && emp.hoursPerWeek >= rule.workHoursExempt) return EXEMPT_WORKS;
  const carer = m.relationship === 'self' || m.relationship === 'spouse' || m.relationship === 'partner';
  const youngestOther = carer ? youngestOtherAge(request.household.members, self) : Infinity;
  if (carer && youngestOther < 6) return EXEMPT_CARER;
  if (working && emp.hoursPerWeek === undefined) return { kind: 'undetermined', missing: [`household.members.${index}.employment.hoursPerWeek`] };
  if (carer && youngestOther < 12) return CHILD_CARE_UNKNOWN;
  return INELIGIBLE;
}
