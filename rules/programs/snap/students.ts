/**
 * Students in higher education (7 U.S.C. 2015(e); 7 CFR 273.5). The request's `student` flag does
 * not say which school: a student of 18–49 without an exemption is treated as enrolled half-time or
 * more in higher education (the reason says so; a high-school student is not covered by the rule).
 * Exemptions recognised from the request: disability, paid work of 20+ hours a week, TANF, and
 * caring for a child in the household: under 6 always (7 U.S.C. 2015(e)(5)); 6–11 only when the state
 * finds adequate child care is not available, or for a single parent enrolled full time (2015(e)(5),
 * (e)(8); 7 CFR 273.5(b)) — facts the request does not have, so that case is undetermined (status
 * possibly, both amounts shown). Audit-3 change: a child of 6–11 used to exempt the student outright.
 */
import type { Member, ScreeningRequest } from '../../core/request';
import type { StudentRule } from './figures';
import { hasIncome } from './income';

export type StudentOutcome =
  | { kind: 'not_student' }
  | { kind: 'exempt'; basis: string }
  | { kind: 'ineligible' }
  | { kind: 'undetermined'; missing: string[]; childCare?: boolean };

const NOT_STUDENT: StudentOutcome = Object.freeze({ kind: 'not_student' });

/** `youngestOther`: age of the youngest other member of the household (Infinity if none). */
export function studentOutcome(m: Member, index: number, rule: StudentRule, request: ScreeningRequest, youngestOther: number): StudentOutcome {
  if (!m.student || m.age < rule.minAge || m.age > rule.maxAge) return NOT_STUDENT;
  // 273.5(b)(2) physically or mentally unfit: the disabled flag, or receipt of SSI/SSDI (a disabled
  // member under 7 CFR 271.2 "elderly or disabled member" (2)-(3), as the household test counts them).
  if (m.disabled || m.receivesSsi === true || hasIncome(m, 'ssi', 'ssdi')) return { kind: 'exempt', basis: 'disabled' };
  if (hasIncome(m, 'tanf') || request.household.receivesTanfNow === true) return { kind: 'exempt', basis: 'tanf' };
  const emp = m.employment;
  const working = emp && (emp.status === 'employed' || emp.status === 'self_employed');
  if (working && emp.hoursPerWeek !== undefined && emp.hoursPerWeek >= rule.workHoursExempt) return { kind: 'exempt', basis: 'works_20_hours' };
  const carer = m.relationship === 'self' || m.relationship === 'spouse' || m.relationship === 'partner';
  if (carer && youngestOther < 6) return { kind: 'exempt', basis: 'cares_for_child' };
  if (working && emp.hoursPerWeek === undefined) return { kind: 'undetermined', missing: [`household.members.${index}.employment.hoursPerWeek`] };
  if (carer && youngestOther < 12) return { kind: 'undetermined', missing: [], childCare: true };
  return { kind: 'ineligible' };
}
