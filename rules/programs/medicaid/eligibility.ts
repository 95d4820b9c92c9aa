/**
 * Medicaid and CHIP, member by member: MAGI group and income test against the state's limits (% of the
 * HHS poverty guideline, 5-point disregard included), and the noncitizen rules in force on the
 * screening date (PRWORA qualified aliens and the 5-year bar before 2026-10-01; Pub. L. 119-21 §71109
 * from 2026-10-01; the ICHIA lawfully-residing option for children and pregnant people throughout).
 */
import type { Evaluation } from '../../core/context';
import { sharedFact } from '../../core/shared';
import { exemptFromFiveYearBar, FIVE_YEAR_BAR_START, fiveYearsInStatus, statusUnknown, yearsInStatus, citizenOrNational } from '../../core/immigration';
import { annualPovertyGuideline } from '../../core/poverty';
import type { Member } from '../../core/request';
import type { Reason } from '../../core/types';
import { isChildRelation, magiHousehold, memberIndex, ownHousehold, round2, type MagiHousehold } from './household';

export interface StateLimits {
  expansion: boolean;
  adult: number | null;
  parent: number | null;
  pregnant: number | null;
  infant: number | null;
  child1to5: number | null;
  child6to18: number | null;
  chipChild: number | null;
  chipPregnant: number | null;
  fcep: number | null;
  ichiaChild: boolean;
  ichiaPregnant: boolean;
  chipIchiaChild: boolean;
  verifyGroups: string[];
}

/** Pub. L. 119-21 was enacted on this date; its §71109 Medicaid/CHIP change takes effect 2026-10-01. */
const OBBBA_ENACTED = '2025-07-04';

export type Group = 'infant' | 'child1to5' | 'child6to18' | 'pregnant' | 'postpartum' | 'parent' | 'adult' | 'none' | 'aged';
export type ImmigrationOutcome = 'citizen' | 'eligible' | 'lawfully_residing_option' | 'five_year_bar' | 'not_eligible' | 'unknown' | 'since_unknown' | 'needs_review';

export interface MemberFinding {
  member: Member;
  index: number;
  group: Group;
  limitPct: number | null;
  monthlyLimit: number | null;
  incomeOk: boolean;
  immigration: ImmigrationOutcome;
  /** Figure used for this member is flagged as needing verification. */
  verify: boolean;
  /** The household this member was screened in (the main tax household, or their own). */
  householdSize: number;
  monthlyIncome: number;
  fpgAnnual: number;
  /** Screened as their own household (outside the main tax household): at most "possibly". */
  ownUnit: boolean;
}

export interface HealthEvaluation {
  state: string;
  limits: StateLimits;
  limitsId: string;
  household: MagiHousehold;
  fpgAnnual: number;
  findings: MemberFinding[];
  reasons: Reason[];
  missing: string[];
  after71109: boolean;
  needsVerification: string[];
}

interface Ages { childUnder: number; infantUnder: number; youngChildUnder: number; adultMin: number; adultMax: number }

export function loadLimits(ev: Evaluation): { limits: StateLimits; id: string; citation: string } | undefined {
  const r = ev.optionalOf<StateLimits>('medicaid.state', ev.state);
  if (!r) return undefined;
  return { limits: r.value, id: r.id, citation: r.citation };
}

export function monthlyLimitFor(fpgAnnual: number, pct: number): number {
  return round2((fpgAnnual * pct) / 100 / 12);
}

function groupFor(m: Member, hh: MagiHousehold, limits: StateLimits, ages: Ages): { group: Group; pct: number | null } {
  if (m.pregnant) return { group: 'pregnant', pct: limits.pregnant };
  if (m.postpartum) return { group: 'postpartum', pct: limits.pregnant };
  if (m.age < ages.infantUnder) return { group: 'infant', pct: limits.infant };
  if (m.age < ages.youngChildUnder) return { group: 'child1to5', pct: limits.child1to5 };
  if (m.age < ages.childUnder) return { group: 'child6to18', pct: limits.child6to18 };
  if (m.age > ages.adultMax) return { group: 'aged', pct: null };
  const isParent = !isChildRelation(m) && hh.members.some((c) => isChildRelation(c) && c.age < ages.childUnder);
  const adult = limits.adult;
  if (isParent && limits.parent !== null) {
    const pct = adult !== null && adult > limits.parent ? adult : limits.parent;
    return { group: adult !== null && adult > limits.parent ? 'adult' : 'parent', pct };
  }
  if (adult !== null) return { group: 'adult', pct: adult };
  return { group: 'none', pct: null };
}

/** The state's ICHIA option for lawfully residing children or pregnant people covers the member (said as a reason). */
function ichiaOption(
  ev: Evaluation, m: Member, status: string, optionGroup: 'pregnant' | 'child' | undefined, lawfullyResiding: string[],
  reasons: Reason[], p: 'medicaid' | 'chip',
): boolean {
  if (!optionGroup || !lawfullyResiding.includes(status)) return false;
  reasons.push({ code: `${p}.lawfully_residing_option`, values: { member: m.id, status, state: ev.state, group: optionGroup }, citation: '42 U.S.C. 1396b(v)(4)(A), 1397gg(e)(1)(Q) (ICHIA / CHIPRA §214 state option)' });
  return true;
}

/** Immigration outcome for a member on the screening date, with reasons. */
export function immigrationFor(
  ev: Evaluation, m: Member, limits: StateLimits, reasons: Reason[], missing: string[], index: number,
  opts: { ichiaChild: boolean; program: 'medicaid' | 'chip' },
): ImmigrationOutcome {
  const p = opts.program;
  if (statusUnknown(m)) {
    if (m.immigration?.status === 'prefer_not_to_say' || m.immigration === undefined) {
      reasons.push({ code: `${p}.immigration_status_not_given`, values: { member: m.id }, citation: '42 U.S.C. 1320b-7(d); 42 CFR 435.406, 435.907(e) (only the person applying must give a status)' });
      missing.push(`household.members.${index}.immigration.status`);
    }
    return 'unknown';
  }
  const status = m.immigration!.status;
  if (citizenOrNational(status)) return 'citizen';
  const eligible = ev.lookup<string[]>('medicaid.eligible_noncitizen_statuses');
  const lawfullyResiding = ev.lookup<string[]>('medicaid.lawfully_residing_statuses');
  const after = ev.date >= '2026-10-01';
  const childUnder = ev.param<Ages>('medicaid.age_ranges').childUnder;
  const optionGroup = m.pregnant && limits.ichiaPregnant ? 'pregnant' : m.age < childUnder && opts.ichiaChild ? 'child' : undefined;
  if (status === 'other_lawful') {
    if (ichiaOption(ev, m, status, optionGroup, lawfullyResiding.value, reasons, p)) return 'lawfully_residing_option';
    reasons.push({ code: `${p}.status_needs_review`, values: { member: m.id, status }, citation: eligible.citation });
    return 'needs_review';
  }
  if (!eligible.value.includes(status)) {
    if (ichiaOption(ev, m, status, optionGroup, lawfullyResiding.value, reasons, p)) return 'lawfully_residing_option';
    const lostOn = after && lawfullyResiding.value.includes(status) && ['refugee', 'asylee', 'parolee', 'trafficking_victim', 'afghan_parolee', 'ukrainian_parolee'].includes(status);
    reasons.push({
      code: lostOn ? `${p}.status_not_eligible_from_2026_10_01` : `${p}.noncitizen_status_not_eligible`,
      values: { member: m.id, status, ...(lostOn ? { changedOn: '2026-10-01' } : {}) },
      citation: eligible.citation,
    });
    return 'not_eligible';
  }
  // On the list for the date. Warn about the 2026-10-01 change once the law exists and while it is still ahead.
  if (!after && ev.date >= OBBBA_ENACTED && !['lawful_permanent_resident', 'cuban_haitian_entrant', 'cofa_citizen'].includes(status)) {
    reasons.push({ code: `${p}.status_changes_on_2026_10_01`, values: { member: m.id, status, changesOn: '2026-10-01' }, citation: 'Pub. L. 119-21 §71109' });
  }
  if (status === 'parolee') {
    reasons.push({ code: `${p}.parole_one_year_assumed`, values: { member: m.id }, citation: '8 U.S.C. 1641(b)(4)' });
  }
  if (exemptFromFiveYearBar(status, m)) return 'eligible';
  const since = m.immigration!.since;
  if (since !== undefined && since < FIVE_YEAR_BAR_START) return 'eligible';
  const five = fiveYearsInStatus(m.immigration, ev.date);
  const years = ev.param<number>('medicaid.five_year_bar_years');
  if (five === true) return 'eligible';
  if (ichiaOption(ev, m, status, optionGroup, lawfullyResiding.value, reasons, p)) return 'lawfully_residing_option';
  // An LPR who first came as a refugee or asylee, or a veteran's family member, is exempt; the request
  // holds only the current status, so say so rather than guess.
  const exemptions = { code: `${p}.bar_exemptions_may_apply`, values: { member: m.id }, citation: '8 U.S.C. 1613(b); 42 U.S.C. 1396b(v)' };
  if (five === undefined) {
    reasons.push({ code: `${p}.since_date_needed`, values: { member: m.id, status, yearsRequired: years }, citation: '8 U.S.C. 1613(a)' }, exemptions);
    missing.push(`household.members.${index}.immigration.since`);
    return 'since_unknown';
  }
  reasons.push({ code: `${p}.five_year_bar`, values: { member: m.id, status, yearsInStatus: yearsInStatus(m.immigration, ev.date) ?? null, yearsRequired: years }, citation: '8 U.S.C. 1613(a)' }, exemptions);
  return 'five_year_bar';
}

/**
 * The household screened member by member, shared by Medicaid and CHIP (rules/core/shared.ts): the
 * two differ only in the prefix of the immigration reason codes, so it is computed once with
 * Medicaid's and CHIP gets a copy of the reasons with its own.
 */
const HEALTH = sharedFact('medicaid.health_evaluation', (ev) => screenMembers(ev, 'medicaid'));
const MEDICAID_PREFIX = 'medicaid'.length;

/** The screening of every member for the program; shared: read it, never modify it (CHIP's reasons are its own copy). */
export function evaluateHealth(ev: Evaluation, program: 'medicaid' | 'chip'): HealthEvaluation | undefined {
  const h = ev.shared(HEALTH);
  if (!h || program === 'medicaid') return h;
  const reasons = new Array<Reason>(h.reasons.length);
  for (let i = 0; i < reasons.length; i++) {
    const r = h.reasons[i]!;
    reasons[i] = { code: `chip${r.code.slice(MEDICAID_PREFIX)}`, values: r.values, citation: r.citation };
  }
  return {
    state: h.state, limits: h.limits, limitsId: h.limitsId, household: h.household, fpgAnnual: h.fpgAnnual, findings: h.findings,
    reasons, missing: h.missing, after71109: h.after71109, needsVerification: h.needsVerification,
  };
}

function screenMembers(ev: Evaluation, program: 'medicaid' | 'chip'): HealthEvaluation | undefined {
  const loaded = loadLimits(ev);
  if (!loaded) return undefined;
  const { limits } = loaded;
  const hh = magiHousehold(ev.request);
  const fpgAnnual = annualPovertyGuideline(ev, hh.size);
  const ages = ev.param<Ages>('medicaid.age_ranges');
  const reasons: Reason[] = [];
  const missing: string[] = [];
  const findings: MemberFinding[] = [];
  const needsVerification: string[] = [];
  // The tax household's members, then everyone else as their own household (in that order).
  const all = hh.members.length + hh.outside.length;
  for (let u = 0; u < all; u++) {
    const ownUnit = u >= hh.members.length;
    const m = ownUnit ? hh.outside[u - hh.members.length]! : hh.members[u]!;
    const unit = ownUnit ? ownHousehold(m) : hh;
    const index = memberIndex(ev.request, m);
    const unitFpg = ownUnit ? annualPovertyGuideline(ev, unit.size) : fpgAnnual;
    const { group, pct } = groupFor(m, unit, limits, ages);
    const monthlyLimit = pct === null ? null : monthlyLimitFor(unitFpg, pct);
    const incomeOk = monthlyLimit !== null && unit.monthlyIncome <= monthlyLimit + 1e-9;
    const verifyKey = group === 'postpartum' ? 'pregnant' : group;
    const verify = limits.verifyGroups.includes(verifyKey);
    if (verify && !needsVerification.includes(`${loaded.id}.${verifyKey}`)) needsVerification.push(`${loaded.id}.${verifyKey}`);
    const immigration = immigrationFor(ev, m, limits, reasons, missing, index, { ichiaChild: limits.ichiaChild, program });
    findings.push({ member: m, index, group, limitPct: pct, monthlyLimit, incomeOk, immigration, verify, householdSize: unit.size, monthlyIncome: unit.monthlyIncome, fpgAnnual: unitFpg, ownUnit });
  }
  return { state: ev.state, limits, limitsId: loaded.id, household: hh, fpgAnnual, findings, reasons, missing, after71109: ev.date >= '2026-10-01', needsVerification };
}

export function immigrationOk(o: ImmigrationOutcome): boolean {
  return o === 'citizen' || o === 'eligible' || o === 'lawfully_residing_option';
}
export function immigrationUncertain(o: ImmigrationOutcome): boolean {
  return o === 'unknown' || o === 'since_unknown' || o === 'needs_review';
}
