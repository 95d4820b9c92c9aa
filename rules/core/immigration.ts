/**
 * PRWORA immigration primitives shared by every program (SNAP, TANF, Medicaid/CHIP, SSI-style
 * rules, housing). Each program decides eligibility with its own statute; this module only answers
 * the general questions those statutes are built from, per member and by the screening date.
 *
 * Exported API
 *   citizenOrNational(status)          citizen or non-citizen U.S. national (not an alien at all)
 *   isQualifiedAlien(status)           "qualified alien", 8 U.S.C. 1641(b)-(c), plus groups that
 *                                      statute treats "to the same extent as refugees" (trafficking
 *                                      victims, Afghan and Ukrainian humanitarian parolees)
 *   isRefugeeLike(status)              refugees, asylees, Cuban/Haitian entrants, trafficking
 *                                      victims, Afghan/Ukrainian parolees: the humanitarian groups
 *                                      8 U.S.C. 1612(a)(2)(A) and 1613(b)(1) exempt
 *   exemptFromFiveYearBar(status, m)   8 U.S.C. 1613(b): humanitarian groups, COFA citizens
 *                                      (Pub. L. 118-42 Div. G §209(f)), veterans/active duty and
 *                                      their families (member.veteran or immigration.militaryConnection)
 *   yearsInStatus(immigration, date)   whole years from `immigration.since` to the screening date,
 *                                      undefined when `since` is absent or after the date
 *   fiveYearsInStatus(immigration, date)  true/false, or undefined when `since` is unknown
 *   hasFortyQuarters(immigration)      true/false from `workQuarters` (8 U.S.C. 1612(a)(2)(B),
 *                                      1645), undefined when not given
 *   isChildUnder18(member)             age < 18 (8 U.S.C. 1612(a)(2)(J) for SNAP; CHIPRA/ICHIA)
 *   statusUnknown(member)              no immigration answer or `prefer_not_to_say`: never guessed
 *   describeMember(member, date)       all of the above in one object (ImmigrationFacts)
 *   FIVE_YEAR_BAR_START                1996-08-22 (PRWORA enactment; the bar applies to entry on/after)
 *
 * A status of `parolee` is treated as qualified (8 U.S.C. 1641(b)(4) requires parole of at least one
 * year; the request does not say for how long, so programs should note that assumption).
 * `other_lawful`, `temporary_protected_status`, `daca` and `undocumented` are not qualified aliens.
 * Battered-immigrant (1641(c)), withholding and conditional-entrant statuses are not in the request
 * enum; people in them answer `other_lawful`, which programs must treat as "needs verification".
 */
import type { Immigration, ImmigrationStatus, Member } from './request';

/** PRWORA enactment: the five-year bar (8 U.S.C. 1613(a)) applies to entry on or after this date. */
export const FIVE_YEAR_BAR_START = '1996-08-22';

const CITIZEN_OR_NATIONAL: ReadonlySet<ImmigrationStatus> = new Set(['citizen', 'national']);

/** 8 U.S.C. 1641(b)-(c) qualified aliens, plus refugee-equivalent groups by later statute. */
const QUALIFIED: ReadonlySet<ImmigrationStatus> = new Set([
  'lawful_permanent_resident', // 1641(b)(1)
  'asylee', // 1641(b)(2)
  'refugee', // 1641(b)(3)
  'parolee', // 1641(b)(4), paroled for at least 1 year
  'cuban_haitian_entrant', // 1641(b)(7)
  'cofa_citizen', // 1641(b)(8), Pub. L. 118-42 Div. G §209(f)
  'trafficking_victim', // 22 U.S.C. 7105(b)(1)(A): eligible to the same extent as refugees
  'afghan_parolee', // Pub. L. 117-43 §2502
  'ukrainian_parolee', // Pub. L. 117-128 §401; Pub. L. 118-50
]);

/** Humanitarian groups exempt from the five-year bar (8 U.S.C. 1613(b)(1)) and from SNAP/SSI time rules. */
const REFUGEE_LIKE: ReadonlySet<ImmigrationStatus> = new Set([
  'refugee', 'asylee', 'cuban_haitian_entrant', 'trafficking_victim', 'afghan_parolee', 'ukrainian_parolee',
]);

export function citizenOrNational(status: ImmigrationStatus): boolean {
  return CITIZEN_OR_NATIONAL.has(status);
}

export function isQualifiedAlien(status: ImmigrationStatus): boolean {
  return QUALIFIED.has(status);
}

export function isRefugeeLike(status: ImmigrationStatus): boolean {
  return REFUGEE_LIKE.has(status);
}

/** Veteran, active duty, or spouse/child of one (8 U.S.C. 1612(a)(2)(C), 1613(b)(2)). */
export function hasMilitaryConnection(member: Pick<Member, 'veteran' | 'immigration'>): boolean {
  return member.veteran === true || member.immigration?.militaryConnection === true;
}

/** 8 U.S.C. 1613(b): who is not subject to the five-year bar on federal means-tested benefits. */
export function exemptFromFiveYearBar(status: ImmigrationStatus, member?: Pick<Member, 'veteran' | 'immigration'>): boolean {
  if (isRefugeeLike(status) || status === 'cofa_citizen') return true;
  return member !== undefined && isQualifiedAlien(status) && hasMilitaryConnection(member);
}

/** Whole years from `since` to `date` (both ISO), or undefined when unknown or in the future. */
export function yearsBetween(since: string, date: string): number | undefined {
  if (since > date) return undefined;
  const sy = Number(since.slice(0, 4));
  const dy = Number(date.slice(0, 4));
  let years = dy - sy;
  // Not yet reached the anniversary this year (compare MM-DD as strings).
  if (date.slice(5) < since.slice(5)) years -= 1;
  return years;
}

export function yearsInStatus(immigration: Immigration | undefined, date: string): number | undefined {
  if (!immigration?.since) return undefined;
  return yearsBetween(immigration.since, date);
}

/** Five full years in qualified status on the screening date; undefined when `since` is not given. */
export function fiveYearsInStatus(immigration: Immigration | undefined, date: string): boolean | undefined {
  const y = yearsInStatus(immigration, date);
  return y === undefined ? undefined : y >= 5;
}

/** 40 qualifying quarters of work (8 U.S.C. 1612(a)(2)(B), 1645); undefined when not given. */
export function hasFortyQuarters(immigration: Immigration | undefined): boolean | undefined {
  const q = immigration?.workQuarters;
  return q === undefined ? undefined : q >= 40;
}

export function isChildUnder18(member: Pick<Member, 'age'>): boolean {
  return member.age < 18;
}

/** No answer, or the person chose not to say: programs must not guess a status. */
export function statusUnknown(member: Pick<Member, 'immigration'>): boolean {
  return !member.immigration || member.immigration.status === 'prefer_not_to_say';
}

export interface ImmigrationFacts {
  /** undefined when not answered or prefer_not_to_say. */
  status: ImmigrationStatus | undefined;
  unknown: boolean;
  citizenOrNational: boolean;
  qualifiedAlien: boolean;
  refugeeLike: boolean;
  exemptFromFiveYearBar: boolean;
  militaryConnection: boolean;
  yearsInStatus: number | undefined;
  fiveYearsInStatus: boolean | undefined;
  fortyQuarters: boolean | undefined;
  childUnder18: boolean;
}

export function describeMember(member: Member, date: string): ImmigrationFacts {
  const unknown = statusUnknown(member);
  const status = unknown ? undefined : member.immigration!.status;
  const known = status !== undefined;
  return {
    status,
    unknown,
    citizenOrNational: known && citizenOrNational(status),
    qualifiedAlien: known && isQualifiedAlien(status),
    refugeeLike: known && isRefugeeLike(status),
    exemptFromFiveYearBar: known && exemptFromFiveYearBar(status, member),
    militaryConnection: hasMilitaryConnection(member),
    yearsInStatus: yearsInStatus(member.immigration, date),
    fiveYearsInStatus: fiveYearsInStatus(member.immigration, date),
    fortyQuarters: hasFortyQuarters(member.immigration),
    childUnder18: isChildUnder18(member),
  };
}
