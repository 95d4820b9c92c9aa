/**
 * SNAP eligibility of one member by citizenship/immigration status on the screening date.
 *
 * Before 2025-07-04 (7 U.S.C. 2015(f); 8 U.S.C. 1612(a)(2), 1613; 7 CFR 273.4): citizens and
 * nationals; refugee-like groups (refugees, asylees, Cuban/Haitian entrants, trafficking victims,
 * Afghan and Ukrainian humanitarian parolees) and COFA citizens with no waiting period; other
 * qualified aliens (LPRs, parolees) when under 18, receiving disability benefits, connected to the
 * military, 5 years in qualified status, or (LPRs) with 40 qualifying quarters.
 *
 * On/after 2025-07-04 (Pub. L. 119-21 §10108 amending 7 U.S.C. 2015(f)): only citizens/nationals,
 * LPRs (still under the PRWORA conditions above), Cuban/Haitian entrants and COFA citizens.
 * Refugees, asylees, parolees, trafficking victims and the rest are no longer eligible unless they
 * have become LPRs.
 *
 * `prefer_not_to_say` is never guessed: 7 CFR 273.4(c)(2)(ii)/273.2(f) treat a member whose status
 * is not given as an ineligible noncitizen, and the result shows what changes if it is given.
 */
import type { ImmigrationStatus, Member } from '../../core/request';
import { hasMilitaryConnection, yearsInStatus } from '../../core/immigration';
import { hasIncome } from './income';

export type NoncitizenOutcome =
  | { kind: 'eligible'; basis: string }
  | { kind: 'ineligible'; basis: string }
  | { kind: 'undetermined'; basis: string; missing: string[] }
  | { kind: 'undisclosed' }
  | { kind: 'not_asked' };

const REFUGEE_LIKE = new Set(['refugee', 'asylee', 'cuban_haitian_entrant', 'trafficking_victim', 'afghan_parolee', 'ukrainian_parolee']);

export const NONCITIZEN_CITATION = {
  prwora: '7 U.S.C. 2015(f); 8 U.S.C. 1612(a)(2), 1613; 7 CFR 273.4(a)',
  obbba: 'Pub. L. 119-21 §10108, 7 U.S.C. 2015(f) as amended; USDA FNS SNAP Implementation of OBBB – Alien SNAP Eligibility',
} as const;

function receivesDisabilityBenefits(m: Member): boolean {
  return m.receivesSsi === true || hasIncome(m, 'ssi', 'ssdi');
}

/** PRWORA conditions for a qualified alien who is not in a no-wait group. */
function qualifiedConditions(m: Member, date: string, index: number, lpr: boolean): NoncitizenOutcome {
  if (m.age < 18) return { kind: 'eligible', basis: 'child_under_18' };
  if (m.disabled && receivesDisabilityBenefits(m)) return { kind: 'eligible', basis: 'disability_benefits' };
  if (hasMilitaryConnection(m)) return { kind: 'eligible', basis: 'military' };
  const years = yearsInStatus(m.immigration, date);
  if (years !== undefined && years >= 5) return { kind: 'eligible', basis: 'five_years' };
  const q = m.immigration?.workQuarters;
  if (lpr && q !== undefined && q >= 40) return { kind: 'eligible', basis: 'forty_quarters' };
  const missing: string[] = [];
  if (years === undefined) missing.push(`household.members.${index}.immigration.since`);
  if (lpr && q === undefined) missing.push(`household.members.${index}.immigration.workQuarters`);
  if (missing.length) return { kind: 'undetermined', basis: 'five_year_wait', missing };
  return { kind: 'ineligible', basis: 'five_year_wait' };
}

const NOT_ASKED: NoncitizenOutcome = Object.freeze({ kind: 'not_asked' });
const UNDISCLOSED: NoncitizenOutcome = Object.freeze({ kind: 'undisclosed' });
const CITIZEN: NoncitizenOutcome = Object.freeze({ kind: 'eligible', basis: 'citizen' });

/** `status`: the member's immigration status (m.immigration?.status), read once by the caller. */
export function noncitizenOutcome(m: Member, status: ImmigrationStatus | undefined, index: number, date: string, rules: 'prwora' | 'obbba'): NoncitizenOutcome {
  if (status === undefined) return NOT_ASKED;
  if (status === 'prefer_not_to_say') return UNDISCLOSED;
  if (status === 'citizen' || status === 'national') return CITIZEN;
  if (rules === 'obbba') {
    if (status === 'cuban_haitian_entrant') return { kind: 'eligible', basis: 'cuban_haitian_entrant' };
    if (status === 'cofa_citizen') return { kind: 'eligible', basis: 'cofa_citizen' };
    if (status === 'lawful_permanent_resident') return qualifiedConditions(m, date, index, true);
    return { kind: 'ineligible', basis: REFUGEE_LIKE.has(status) || status === 'parolee' ? 'category_removed_2025' : 'not_eligible_status' };
  }
  if (REFUGEE_LIKE.has(status)) return { kind: 'eligible', basis: 'refugee_like' };
  if (status === 'cofa_citizen') return { kind: 'eligible', basis: 'cofa_citizen' };
  if (status === 'lawful_permanent_resident') return qualifiedConditions(m, date, index, true);
  if (status === 'parolee') return qualifiedConditions(m, date, index, false);
  return { kind: 'ineligible', basis: status === 'other_lawful' ? 'other_lawful_verify' : 'not_eligible_status' };
}
