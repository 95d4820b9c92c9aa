/**
 * PRWORA "federal public benefit" test (8 U.S.C. 1611, 1641): citizens, nationals and qualified
 * aliens; no five-year bar (these programs are not "federal means-tested public benefits", 8 U.S.C.
 * 1613). Used by LIHEAP (household members) and child care (the child only).
 * `prefer_not_to_say` and missing answers are never guessed: they are counted as unknown.
 */
import type { Evaluation } from '../../core/context';
import { citizenOrNational, isQualifiedAlien, statusUnknown } from '../../core/immigration';
import type { Member } from '../../core/request';
import type { Reason } from '../../core/types';

export type Standing = 'eligible' | 'ineligible' | 'unknown';

export function memberStanding(m: Member, _date: string): Standing {
  // The facts describeMember(m, date) would give, without building them all (this runs per member).
  if (statusUnknown(m)) return 'unknown';
  const status = m.immigration!.status;
  if (citizenOrNational(status) || isQualifiedAlien(status)) return 'eligible';
  if (status === 'other_lawful') return 'unknown';
  return 'ineligible';
}

export interface ImmigrationSummary {
  eligibleMembers: number;
  unknownMembers: number;
  excluded: string[];
  reasons: Reason[];
  missing: string[];
}

const CITE = '8 U.S.C. 1611(a), 1641(b)-(c); HHS PRWORA notice, 63 FR 41658 (1998-08-04)';

export function federalBenefitImmigration(ev: Evaluation, members: Member[] = ev.request.household.members, program = 'liheap'): ImmigrationSummary {
  const out: ImmigrationSummary = { eligibleMembers: 0, unknownMembers: 0, excluded: [], reasons: [], missing: [] };
  const all = ev.request.household.members;
  for (const m of members) {
    const s = memberStanding(m, ev.date);
    if (s === 'eligible') out.eligibleMembers++;
    else if (s === 'unknown') {
      out.unknownMembers++;
      if (!m.immigration) out.missing.push(`household.members.${all.indexOf(m)}.immigration`);
    } else out.excluded.push(m.id);
  }
  if (out.excluded.length && (out.eligibleMembers || out.unknownMembers)) {
    out.reasons.push({ code: `${program}.mixed_status_members`, values: { excludedMembers: out.excluded.length, totalMembers: members.length }, citation: CITE });
  }
  if (!out.eligibleMembers && !out.unknownMembers) {
    out.reasons.push({ code: `${program}.no_eligible_member`, values: { members: members.length }, citation: CITE });
  }
  if (out.unknownMembers) {
    out.reasons.push({ code: `${program}.immigration_status_facts`, values: { membersWithoutAnswer: out.unknownMembers }, citation: CITE });
  }
  return out;
}
