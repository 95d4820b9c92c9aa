/**
 * The TANF assistance unit: who is a dependent child, who is the caretaker, whose income counts.
 * One job: turn the household into the facts every state's formula reads.
 */
import type { Evaluation } from '../../core/context';
import { monthlyIncome } from '../../core/money';
import type { Member } from '../../core/request';
import type { Reason } from '../../core/types';
import { tanfImmigration, type ParoleWindows } from './immigration';

export interface UnitFacts {
  /** Members in the assistance unit (eligible, needy). */
  size: number;
  adults: number;
  children: number;
  /** No caretaker in the unit (caretaker excluded or not needy). */
  childOnly: boolean;
  /** Two parents/caretakers in the unit. */
  twoParents: boolean;
  pregnant: boolean;
  /** Monthly earnings per earner whose income counts (unit members and excluded caretakers). */
  earnings: number[];
  /** Monthly unearned income other than child support. */
  unearned: number;
  childSupport: number;
  recipient: boolean;
  assets: number;
  elderlyOrDisabled: boolean;
  /** Every adult in the unit receives disability-based income (CalWORKs "exempt" unit proxy). */
  allAdultsDisabilityIncome: boolean;
  county?: string;
  /** Ages of the dependent children in the unit (dependent-care deduction caps differ under 2). */
  childAges: number[];
  /** Monthly dependent-care cost the household pays (expenses.dependentCare). */
  dependentCare: number;
  /** Longest weekly hours among counted earners, when given (MA scales its deduction by hours). */
  earnerHours?: number;
}

export interface UnitResult {
  facts: UnitFacts;
  hasChild: boolean;
  reasons: Reason[];
  missing: string[];
  excludedMembers: string[];
  /** Some member's status is unknown: the result can only be "possibly". */
  immigrationUnknown: boolean;
  anyNoncitizen: boolean;
  anyIneligibleCaretakerIncome: boolean;
}

const EARNED = new Set(['wages', 'self_employment']);
/** Not counted: the TANF grant itself; SSI (SSI recipients are outside the unit). */
const NOT_COUNTED = new Set(['tanf', 'ssi']);
const CARETAKER_RELATIONSHIPS = new Set(['self', 'spouse', 'partner']);

/**
 * A minor child: under 18, or under 19 and a full-time student in a secondary school or the
 * equivalent level of vocational or technical training (42 U.S.C. 619(2); 45 CFR 260.30). A student
 * whose school is given as higher education (college, university, post-high-school trade school) is
 * not in secondary school, so not a minor child at 18. Without the kind of school (member.school
 * absent), or for high school and adult education (a state reading), a student is counted as before.
 */
function isDependentChild(m: Member, limits: { nonStudent: number; student: number }): boolean {
  if (CARETAKER_RELATIONSHIPS.has(m.relationship)) return false;
  const higherEducation = m.school === 'higher_education_half_time_or_more' || m.school === 'higher_education_less_than_half_time';
  return m.age < limits.nonStudent || (m.student && !higherEducation && m.age < limits.student);
}

function receivesSsi(m: Member): boolean {
  if (m.receivesSsi === true) return true;
  for (const i of m.incomes) if (i.type === 'ssi') return true;
  return false;
}

/** The dependent children are grandchildren, nieces, siblings…: the adults are relative caretakers, not parents. */
export function relativeCaretakerHousehold(ev: Evaluation): boolean {
  const limits = ev.param<{ nonStudent: number; student: number }>('tanf.federal.child_age_limit');
  const kids = ev.request.household.members.filter((m) => isDependentChild(m, limits));
  return kids.length > 0 && kids.every((m) => m.relationship !== 'child' && m.relationship !== 'stepchild');
}

/**
 * countExcludedIncome: whether an excluded caretaker's income counts (the state rule is unconfirmed).
 * childOnly: build the unit a non-needy relative caretaker can ask for — the children only, with the
 * caretakers (and their income) left out.
 */
export function buildUnit(ev: Evaluation, countExcludedIncome = true, childOnly = false): UnitResult {
  const h = ev.request.household;
  const limits = ev.param<{ nonStudent: number; student: number }>('tanf.federal.child_age_limit');
  const barYears = ev.param<number>('tanf.federal.five_year_bar_years');
  const windows = ev.optional<ParoleWindows>('tanf.federal.humanitarian_parole_windows')?.value ?? {};
  const reasons: Reason[] = [];
  const missing: string[] = [];
  const excluded: string[] = [];
  let immigrationUnknown = false;
  let anyNoncitizen = false;
  let anyIneligibleCaretakerIncome = false;

  const children: Member[] = [];
  const caretakers: Member[] = [];
  const counted: Member[] = [];
  const members = h.members;
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const child = isDependentChild(m, limits);
    const caretaker = CARETAKER_RELATIONSHIPS.has(m.relationship) && (m.relationship === 'self' || m.age >= 18 || m.pregnant);
    if (!child && !caretaker) continue; // other adults (roommates, adult relatives) are outside the unit
    if (childOnly && !child) continue; // relative caretaker not in the unit; their income is not counted
    const st = m.immigration?.status;
    if (st && st !== 'citizen' && st !== 'national') anyNoncitizen = true;
    if (receivesSsi(m)) {
      reasons.push({ code: 'tanf.ssi_recipient_not_in_unit', values: { member: m.id }, citation: '42 U.S.C. 602(a); state TANF plans (SSI recipients excluded from the assistance unit)' });
      continue;
    }
    const imm = tanfImmigration(m, i, ev.date, barYears, windows);
    for (const x of imm.reasons) reasons.push(x);
    if (imm.kind === 'excluded') {
      excluded.push(m.id);
      if (caretaker) {
        // The excluded caretaker's income still counts; how much is a state rule not yet confirmed.
        if (countExcludedIncome) counted.push(m);
        if (m.incomes.some((x) => !NOT_COUNTED.has(x.type))) anyIneligibleCaretakerIncome = true;
      }
      continue;
    }
    if (imm.kind === 'unknown') { immigrationUnknown = true; missing.push(...imm.missing); }
    counted.push(m);
    if (child) children.push(m); else caretakers.push(m);
  }

  // Per counted member: earnings (rounded to cents), unearned income and child support; the longest
  // weekly hours among earners whose hours are given. Loops (this runs up to three times per screening).
  const earnings: number[] = [];
  let unearned = 0;
  let childSupport = 0;
  let earnerHours: number | undefined;
  for (const m of counted) {
    let earned = 0;
    let earns = false;
    for (const inc of m.incomes) {
      if (EARNED.has(inc.type)) earns = true;
      if (NOT_COUNTED.has(inc.type)) continue;
      const amt = monthlyIncome(inc);
      if (EARNED.has(inc.type)) earned += amt;
      else if (inc.type === 'child_support_received') childSupport += amt;
      else unearned += amt;
    }
    if (earned > 0) earnings.push(Math.round(earned * 100) / 100);
    const hrs = m.employment?.hoursPerWeek;
    if (earns && hrs !== undefined && (earnerHours === undefined || hrs > earnerHours)) earnerHours = hrs;
  }

  const pregnant = caretakers.some((m) => m.pregnant);
  const adults = caretakers.length;
  const a = h.assets;
  const assets = a.cash + a.bank + (a.other ?? 0);
  const childAges: number[] = [];
  for (const m of children) childAges.push(m.age);
  const facts: UnitFacts = {
    size: children.length + adults,
    adults,
    children: children.length,
    childOnly: adults === 0,
    twoParents: adults >= 2,
    pregnant,
    earnings,
    unearned,
    childSupport,
    recipient: h.receivesTanfNow === true,
    assets,
    elderlyOrDisabled: h.members.some((m) => m.age >= 60 || m.disabled),
    allAdultsDisabilityIncome: caretakers.length > 0 && caretakers.every((m) => m.incomes.some((i) => i.type === 'ssdi')),
    childAges,
    dependentCare: h.expenses.dependentCare,
  };
  if (ev.request.location.county) facts.county = ev.request.location.county;
  if (earnerHours !== undefined) facts.earnerHours = earnerHours;
  const hasChild = h.members.some((m) => isDependentChild(m, limits));
  return { facts, hasChild, reasons, missing, excludedMembers: excluded, immigrationUnknown, anyNoncitizen, anyIneligibleCaretakerIncome };
}

export function totalEarnings(u: UnitFacts): number {
  return u.earnings.reduce((s, e) => s + e, 0);
}
