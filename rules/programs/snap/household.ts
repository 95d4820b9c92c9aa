/**
 * Who is in the SNAP household and how each person's income counts (7 CFR 273.1, 273.5, 273.11).
 *
 * - eligible:   in the household and counted for its size.
 * - prorated:   excluded ineligible noncitizens (and members whose status is not given): not counted
 *               for size; all but their pro rata share of income counted (7 CFR 273.11(c)(3)(ii)(A)-(B)
 *               as the state manuals apply it: income × eligible members ÷ all members); resources
 *               counted in full (7 CFR 273.11(c)(3)(i)).
 * - nonMembers: people who buy and cook apart (and may be), and ineligible students: not household
 *               members, their income and resources not counted (7 CFR 273.1(b)(7), 273.11(d)).
 */
import type { Member, ScreeningRequest } from '../../core/request';
import type { Reason } from '../../core/types';
import type { SnapFigures } from './figures';
import { noncitizenOutcome, NONCITIZEN_CITATION } from './noncitizens';
import { studentOutcome } from './students';

export interface Composition {
  eligible: Member[];
  prorated: Member[];
  nonMembers: Member[];
  /** Member ids whose status is not given (excluded here). */
  undisclosed: string[];
  /** Member ids whose eligibility needs a fact (included here). */
  undetermined: string[];
  /** Of those, students whose exemption needs their weekly work hours. */
  studentsUndetermined: string[];
  /** Of those, students whose only possible exemption is caring for a child of 6–11 (7 U.S.C. 2015(e)(5), (e)(8)). */
  studentsChildCare: string[];
  reasons: Reason[];
  missing: string[];
  excludedMembers: string[];
  /** A member (in the household or not) gave an immigration status other than citizen or national
   * (the documents step then asks for immigration papers). */
  anyNoncitizen: boolean;
}

export interface CompositionOptions {
  /** Count members whose status is not given as eligible (the "if the status is given" variant). */
  includeUndisclosed: boolean;
  /** Count members whose eligibility needs a missing fact as eligible (default). */
  includeUndetermined: boolean;
}


/** Spouses and children under 22 living with a parent must be in the same household (273.1(b)(1)). */
function mustBuyTogether(m: Member, self: Member): boolean {
  if (m.relationship === 'spouse') return true;
  if ((m.relationship === 'child' || m.relationship === 'stepchild') && m.age < 22) return true;
  if (m.relationship === 'parent' && self.age < 22) return true;
  return m.age < 18;
}

/** `household.members.<i>.immigration.status`, built once per index (asked of every member without a status). */
const statusPaths: string[] = [];
function statusPath(i: number): string {
  return (statusPaths[i] ??= `household.members.${i}.immigration.status`);
}

/** The screened person: the (last) member whose relationship is self, else the first member. */
function selfOf(members: readonly Member[]): Member {
  let self = members[0]!;
  for (const m of members) if (m.relationship === 'self') self = m;
  return self;
}

/** The shared empty list. Check `length` before a for-of over a list that may be it: for-of over a
 * frozen array takes the slow iterator path (several times slower than over a plain one). */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** Append to a list that may still be the shared empty one. */
function add<T>(list: T[], x: T): T[] {
  if (list === (NONE as T[])) return [x];
  list.push(x);
  return list;
}

export function compose(request: ScreeningRequest, fig: SnapFigures, opts: CompositionOptions): Composition {
  const members = request.household.members;
  const self = selfOf(members);
  const rules = fig.noncitizenRules.value;
  const citation = rules === 'obbba' ? NONCITIZEN_CITATION.obbba : NONCITIZEN_CITATION.prwora;
  // The rarely used lists start as one shared empty array and get their own on first use (add()).
  const c: Composition = { eligible: [], prorated: NONE, nonMembers: NONE, undisclosed: NONE, undetermined: NONE, studentsUndetermined: NONE, studentsChildCare: NONE, reasons: [], missing: [], excludedMembers: [], anyNoncitizen: false };

  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    // Read once: immigration objects come in several shapes, so every read of the status is a slow
    // (megamorphic) load once many households have been screened.
    const status = m.immigration?.status;
    if (status !== undefined && status !== 'citizen' && status !== 'national') c.anyNoncitizen = true;
    // A roommate with no answer on shared meals is taken as buying and cooking apart (audit 2026-11):
    // nothing makes him a household member by rule (7 CFR 273.1(a), (b)(1)); `assumed` says so.
    const apart = m.purchasesAndPreparesTogether === false || (m.purchasesAndPreparesTogether === undefined && m.relationship === 'roommate');
    if (apart && m !== self && !mustBuyTogether(m, self)) {
      c.nonMembers = add(c.nonMembers, m);
      c.excludedMembers.push(m.id);
      c.reasons.push({ code: 'snap.member_separate_household', values: { member: m.id, assumed: m.purchasesAndPreparesTogether === undefined }, citation: '7 CFR 273.1(a)' });
      continue;
    }
    const nc = noncitizenOutcome(m, status, i, request.date, rules);
    if (nc.kind === 'not_asked') {
      c.missing.push(statusPath(i));
    } else if (nc.kind === 'undisclosed') {
      c.undisclosed = add(c.undisclosed, m.id);
      if (!opts.includeUndisclosed) {
        c.prorated = add(c.prorated, m);
        c.excludedMembers.push(m.id);
        continue;
      }
    } else if (nc.kind === 'ineligible') {
      c.prorated = add(c.prorated, m);
      c.excludedMembers.push(m.id);
      c.reasons.push({ code: 'snap.member_excluded_immigration', values: { member: m.id, status: status!, basis: nc.basis, rules }, citation });
      continue;
    } else if (nc.kind === 'undetermined') {
      c.undetermined = add(c.undetermined, m.id);
      c.missing.push(...nc.missing);
      if (!opts.includeUndetermined) {
        c.prorated = add(c.prorated, m);
        c.excludedMembers.push(m.id);
        continue;
      }
    } else if (status !== 'citizen' && status !== 'national') {
      c.reasons.push({ code: 'snap.member_eligible_noncitizen', values: { member: m.id, status: status!, basis: nc.basis, rules }, citation });
    }
    const st = studentOutcome(m, i, fig.student.value, request, self);
    if (st.kind === 'ineligible') {
      c.nonMembers = add(c.nonMembers, m);
      c.excludedMembers.push(m.id);
      c.reasons.push({ code: 'snap.student_ineligible', values: { member: m.id, minAge: fig.student.value.minAge, maxAge: fig.student.value.maxAge, workHours: fig.student.value.workHoursExempt }, citation: '7 U.S.C. 2015(e); 7 CFR 273.5(a)-(b)' });
      continue;
    }
    if (st.kind === 'exempt') {
      c.reasons.push({ code: 'snap.student_exempt', values: { member: m.id, exemption: st.basis }, citation: '7 CFR 273.5(b)' });
    } else if (st.kind === 'undetermined') {
      // Exempt or not depends on a missing fact: counted in, status possibly, and the answer without
      // them (ineligible students are not household members, 7 CFR 273.1(b)(7)) — audit 2026-11.
      c.missing.push(...st.missing);
      if (!c.undetermined.includes(m.id)) c.undetermined = add(c.undetermined, m.id);
      if (st.childCare) c.studentsChildCare = add(c.studentsChildCare, m.id);
      else c.studentsUndetermined = add(c.studentsUndetermined, m.id);
      if (!opts.includeUndetermined) {
        c.nonMembers = add(c.nonMembers, m);
        c.excludedMembers.push(m.id);
        continue;
      }
    }
    c.eligible.push(m);
  }
  return c;
}
