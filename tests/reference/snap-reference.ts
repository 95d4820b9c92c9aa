/**
 * Independent reference SNAP calculator, written from the rules (not from rules/programs/snap/*.ts):
 * 7 U.S.C. 2014 (income, deductions), 2017(a) (allotment), 7 CFR 273.1 (household), 273.2(j)
 * (categorical eligibility), 273.4 (noncitizens; as amended by Pub. L. 119-21 §10108 from
 * 2025-07-04), 273.5 (students), 273.8 (resources), 273.9 (income and deductions), 273.10
 * (benefit), 273.11(c)-(d) (excluded members). Figures come only from the compiled parameter DATA
 * (rules/generated/parameters.json: federal FNS tables and the state options in rules/states).
 *
 * Readings of the request that the rules leave open (each was a disagreement class, settled as noted):
 * - bills (rent, mortgage, taxes, dependent care, child support paid) are the screened person's: split pro
 *   rata only when that person is an excluded noncitizen whose income is prorated (273.11(c)(3)(ii));
 * - a member excluded by status stays an excluded member even if also a student (income prorated);
 * - a roommate with no answer buys and cooks apart; the parent of a screened person under 22 is included;
 * - TANF income of a household member (or an excluded parent-payee) confers categorical eligibility, and
 *   receivesTanfNow exempts a student; SSI/SSDI make a member disabled (271.2) — also for the student rule;
 * - the noncitizen disability exemption needs the disabled flag and SSI/SSDI; a since-date after the
 *   screening date is unknown; the homeless shelter deduction needs some shelter cost (a phone alone is not);
 * - gross income is compared exactly (fractions of a cent count) but without float noise.
 *
 * Used by tests/unit/snap-differential.test.ts to compare against the engine. `flags` name every
 * fact the request leaves open (missing dates, a county for a regional SUA, a temporary stay…): the
 * test accepts the engine's possibly/needs_info for exactly those, and nothing else.
 */
import compiled from '../../rules/generated/parameters.json';
import type { ScreeningRequest, Member, Frequency } from '../../rules/core/request';

type Values = Array<{ effective: string; expires?: string; value: unknown }>;
const PARAMS = (compiled as unknown as { parameters: Record<string, { values: Values }> }).parameters;

/** The value in force on `date`: the newest `effective` on or before it (a passed `expires` still applies, stale). */
export function param<T>(id: string, date: string): T | undefined {
  const p = PARAMS[id];
  if (!p) return undefined;
  let best: { effective: string; value: unknown } | undefined;
  for (const v of p.values) if (v.effective <= date && (!best || v.effective > best.effective)) best = v;
  return best?.value as T | undefined;
}
function must<T>(id: string, date: string): T {
  const v = param<T>(id, date);
  if (v === undefined) throw new Error(`reference: no ${id} on ${date}`);
  return v;
}

interface SizeTable { sizes: number[]; additional?: number; cap?: number; capFromSize?: number }
function bySize(t: SizeTable, size: number): number {
  if (t.cap !== undefined && t.capFromSize !== undefined && size >= t.capFromSize) return t.cap;
  if (size <= t.sizes.length) return t.sizes[size - 1]!;
  return t.sizes[t.sizes.length - 1]! + (t.additional ?? 0) * (size - t.sizes.length);
}
function amountForSize(a: number | number[], size: number): number {
  return Array.isArray(a) ? a[Math.min(size, a.length) - 1]! : a;
}

/** Contract: weekly × 52/12, biweekly × 26/12, semimonthly × 2, annual / 12 (7 CFR 273.10(c)(2) conversion). */
function monthly(amount: number, f: Frequency): number {
  return f === 'weekly' ? amount * 52 / 12 : f === 'biweekly' ? amount * 26 / 12 : f === 'semimonthly' ? amount * 2 : f === 'annual' ? amount / 12 : amount;
}
const EARNED = new Set(['wages', 'self_employment']);

export type RefFlag =
  | 'immigration_dates_missing' // LPR/parolee whose eligibility turns on a missing since/workQuarters
  | 'other_lawful' // "other_lawful" status: which status is not said
  | 'status_not_given' // prefer_not_to_say: treated as an ineligible noncitizen (7 CFR 273.4(c))
  | 'student_hours_missing' // working student 18-49 with no hours: the 20-hour exemption is open
  | 'county_needed' // state with regional utility allowances and no county
  | 'temporary_stay' // staying_with_others with shelter costs: homeless if the stay is 90 days or less (7 CFR 271.2)
  | 'figure_not_recorded' // a state figure the rule needs is absent from the data
  | 'student_child_6_to_11'; // student exempt for a child 6-11 only if adequate child care is unavailable / single parent: counted in

export interface RefResult {
  status: 'likely' | 'unlikely' | 'possibly';
  monthly: number | null;
  flags: RefFlag[];
  detail: Record<string, number | string | boolean | null>;
}

type Elig = 'eligible' | 'ineligible' | 'unknown' | 'not_given' | 'other_lawful';

function receivesDisabilityBenefits(m: Member): boolean {
  return m.disabled || m.receivesSsi === true || m.incomes.some((i) => i.type === 'ssi' || i.type === 'ssdi');
}

/** 8 U.S.C. 1612(a)(2) conditions for a qualified alien subject to the SNAP wait (LPR; parolee before 2025-07-04). */
function qualifiedWithWait(m: Member, date: string, lpr: boolean): Elig {
  const im = m.immigration!;
  if (m.age < 18) return 'eligible'; // 1612(a)(2)(J)
  // 1612(a)(2)(F) "receiving benefits or assistance for blindness or disability": SSI/SSDI received by a
  // member the request marks disabled (SSI alone may be SSI for age); an income row is receipt
  if (m.disabled && (m.receivesSsi === true || m.incomes.some((i) => i.type === 'ssi' || i.type === 'ssdi'))) return 'eligible';
  if (m.veteran === true || im.militaryConnection === true) return 'eligible'; // 1612(a)(2)(C)
  if (im.since !== undefined && im.since <= date) { // a since-date after the screening date says nothing
    const five = addYears(im.since, 5);
    if (five <= date) return 'eligible'; // 1612(a)(2)(L): 5 years in qualified status
  }
  if (lpr && im.workQuarters !== undefined && im.workQuarters >= 40) return 'eligible'; // 1612(a)(2)(B)
  if (im.since === undefined || im.since > date || (lpr && im.workQuarters === undefined)) return 'unknown';
  return 'ineligible';
}
function addYears(iso: string, n: number): string {
  return `${String(Number(iso.slice(0, 4)) + n).padStart(4, '0')}${iso.slice(4)}`;
}

function memberEligibility(m: Member, date: string): Elig {
  const s = m.immigration?.status ?? 'citizen';
  if (s === 'citizen' || s === 'national') return 'eligible';
  if (s === 'prefer_not_to_say') return 'not_given';
  if (s === 'other_lawful') return 'other_lawful';
  if (s === 'undocumented' || s === 'daca' || s === 'temporary_protected_status') return 'ineligible';
  const obbba = date >= '2025-07-04'; // Pub. L. 119-21 §10108 (7 U.S.C. 2015(f) as amended)
  if (s === 'cuban_haitian_entrant' || s === 'cofa_citizen') return 'eligible';
  if (s === 'lawful_permanent_resident') return qualifiedWithWait(m, date, true);
  if (obbba) return 'ineligible'; // refugees, asylees, parolees, trafficking victims: removed
  if (s === 'refugee' || s === 'asylee' || s === 'trafficking_victim' || s === 'afghan_parolee' || s === 'ukrainian_parolee') return 'eligible'; // 1612(a)(2)(A); TVPA; Pub. L. 117-43, 117-128
  if (s === 'parolee') return qualifiedWithWait(m, date, false);
  return 'ineligible';
}

/** 7 CFR 273.1(b)(1): spouses, children under 22 of a parent, and children under 18 must be included. */
function mustBeIncluded(m: Member, selfAge: number): boolean {
  if (m.relationship === 'self' || m.relationship === 'spouse') return true;
  if ((m.relationship === 'child' || m.relationship === 'stepchild') && m.age < 22) return true;
  if (m.relationship === 'parent' && selfAge < 22) return true; // the person screening is under 22: their parent
  return m.age < 18;
}

export function referenceSnap(req: ScreeningRequest): RefResult {
  const date = req.date;
  const state = req.location.state;
  const h = req.household;
  const flags = new Set<RefFlag>();
  const region = state === 'AK' ? 'alaska' : state === 'HI' ? 'hawaii' : 'contiguous';
  const rates = must<{ elderlyAge: number }>('snap.rates', date);

  // --- who is in the SNAP household ---
  // 273.5(b)(8): a student responsible for a household child under 6 (under 12: when adequate child care is
  // not available, or a single parent studying full time — facts the request does not hold; see the test's
  // accepted class STUDENT_CHILD_6_TO_11).
  // The household "gets TANF now" (receivesTanfNow) is taken to cover its student; currentBenefits only
  // says someone in the household gets TANF, which does not show the student does (273.5(b)(6)).
  const householdTanf = h.receivesTanfNow === true;
  const selfAge = h.members.find((m) => m.relationship === 'self')!.age;
  const youngest = Math.min(...h.members.map((m) => m.age));
  type Role = 'in' | 'excluded' | 'out';
  const roles: Role[] = [];
  const eligs: Elig[] = [];
  for (const m of h.members) {
    let role: Role = 'in';
    const separate = m.purchasesAndPreparesTogether === false || (m.relationship === 'roommate' && m.purchasesAndPreparesTogether !== true);
    const leftOut = separate && !mustBeIncluded(m, selfAge);
    if (leftOut) role = 'out';
    const e = memberEligibility(m, date);
    const excludedNoncitizen = e === 'ineligible' || e === 'not_given' || e === 'other_lawful';
    // 7 CFR 273.5(a)-(b): student 18-49 enrolled half-time or more needs an exemption (a member already
    // excluded as a noncitizen stays an excluded member, 273.11(c)(3), whose income is prorated)
    if (role === 'in' && !excludedNoncitizen && m.student && m.age >= 18 && m.age <= 49) {
      const works = m.employment?.status === 'employed' || m.employment?.status === 'self_employed';
      const hours = m.employment?.hoursPerWeek;
      const parentLike = m.relationship === 'self' || m.relationship === 'spouse' || m.relationship === 'partner';
      const caresForChild = parentLike && h.members.some((c) => c !== m && c.age < 12);
      if (caresForChild && youngest >= 6) flags.add('student_child_6_to_11');
      const exempt = receivesDisabilityBenefits(m) // 273.5(b)(2)
        || (hours !== undefined && hours >= 20) // 273.5(b)(5)
        || m.incomes.some((i) => i.type === 'tanf') || householdTanf // 273.5(b)(6) (TANF is a family grant)
        || caresForChild; // 273.5(b)(8)
      if (!exempt) {
        if (works && hours === undefined) flags.add('student_hours_missing');
        else role = 'out';
      }
    }
    // the engine asks for a missing since/workQuarters also of a student it leaves out (same amount)
    if (role === 'out' && !leftOut && e === 'unknown') flags.add('immigration_dates_missing');
    if (role === 'in') {
      if (e === 'ineligible' || e === 'not_given' || e === 'other_lawful') role = 'excluded';
      if (e === 'unknown') flags.add('immigration_dates_missing');
      if (e === 'not_given') flags.add('status_not_given');
      if (e === 'other_lawful') flags.add('other_lawful');
    }
    roles.push(role);
    eligs.push(e);
  }
  const inUnit = h.members.filter((_, i) => roles[i] === 'in');
  const size = inUnit.length;
  const excludedCount = roles.filter((r) => r === 'excluded').length;
  if (size === 0) return { status: 'unlikely', monthly: null, flags: [...flags], detail: { size } };

  const ed = inUnit.some((m) => m.age >= rates.elderlyAge || receivesDisabilityBenefits(m)); // 7 CFR 271.2
  const allEd = inUnit.every((m) => m.age >= rates.elderlyAge || receivesDisabilityBenefits(m));

  // --- income (7 CFR 273.9(b)); excluded noncitizens 273.11(c)(3) ---
  const opts = must<{ statuses: string[]; fullCount: string[]; grossTestFullCount: string[] }>('snap.ineligible_noncitizen_income_options', date);
  let earned = 0, unearned = 0, grossTestExtra = 0;
  let selfProrated = false;
  let proratedCount = 0;
  h.members.forEach((m, i) => {
    if (roles[i] === 'out') return;
    let share = 1;
    let fullForGross = false;
    if (roles[i] === 'excluded') {
      const st = m.immigration?.status ?? 'citizen';
      const listed = opts.statuses.includes(st);
      if (listed && opts.fullCount.includes(state)) share = 1;
      else {
        share = size / (size + excludedCount);
        proratedCount++;
        if (m.relationship === 'self') selfProrated = true;
        fullForGross = listed && opts.grossTestFullCount.includes(state);
      }
    }
    for (const inc of m.incomes) {
      let amt = monthly(inc.amount, inc.frequency);
      const isEarned = EARNED.has(inc.type);
      // 273.9(c)(7): earnings of a household member 17 or younger attending school
      // (the person screening is taken as their own head of household, not a child under parental control)
      if (isEarned && m.student && m.age < 18 && m.relationship !== 'self') amt = 0;
      if (isEarned) earned += amt * share; else unearned += amt * share;
      if (fullForGross) grossTestExtra += amt * (1 - share);
    }
  });
  const gross = earned + unearned;

  // --- categorical eligibility 273.2(j)(2): TANF, or every member SSI ---
  // TANF is a family grant: TANF income of a member is taken as the household receiving TANF.
  const ce = h.receivesTanfNow === true || (h.currentBenefits?.includes('tanf') ?? false)
    // (an excluded noncitizen parent's TANF counts too: often the payee of the children's child-only grant)
    || h.members.some((m, i) => roles[i] !== 'out' && m.incomes.some((x) => x.type === 'tanf'))
    || inUnit.every((m) => m.receivesSsi === true || m.incomes.some((i) => i.type === 'ssi'));

  // --- deductions 273.9(d) ---
  const ex = h.expenses;
  const earnedDed = earned * 0.2;
  const stdState = param<{ sizes: number[] }>(`state.${state}.snap.standard_deduction`, date);
  const stdTable = stdState ?? must<{ sizes: number[] }>(`snap.standard_deduction.${region}`, date);
  const std = stdTable.sizes[Math.min(size, 6) - 1]!;
  let medical = 0;
  if (ed && ex.medical > 35) {
    const smd = param<{ amount: number }>(`state.${state}.snap.standard_medical_deduction`, date);
    medical = smd ? Math.max(smd.amount, ex.medical - 35) : ex.medical - 35;
  }
  // 273.11(c)(3)(ii): the part of shelter and dependent care costs paid by an excluded member is
  // divided evenly. The request's expenses are taken as billed to the person screening (`self`): when that
  // person is an excluded noncitizen the costs are shared pro rata (the SUA is never prorated,
  // 273.9(d)(6)(iii)(F)); costs of an excluded member counted in full (state option) stay in full.
  // (the share: eligible ÷ eligible and the excluded members whose income is prorated)
  const costShare = selfProrated ? size / (size + proratedCount) : 1;
  const depCare = ex.dependentCare * costShare;
  const csPaid = ex.childSupportPaid * costShare;
  const adjusted = Math.max(0, gross - earnedDed - std - medical - depCare - csPaid);

  // utility allowance 273.9(d)(6)(iii)
  const ua = utilityAllowance(req, size, ed, flags);
  const shelterCosts = (ex.rent + ex.mortgage + ex.propertyTaxInsurance) * costShare + ua;
  let excess = Math.max(0, shelterCosts - adjusted / 2);
  const cap = must<number>(`snap.shelter_cap.${region}`, date);
  if (!ed) excess = Math.min(excess, cap);
  let shelterDed = excess;
  const homeless = h.housingSituation === 'shelter' || h.housingSituation === 'unsheltered';
  const hsd = must<number>('snap.homeless_shelter_deduction', date);
  // 273.9(d)(6)(i): for shelter expenses a homeless household incurs — with none, no deduction
  const u = h.expenses.utilities;
  const someShelterCost = ex.rent + ex.mortgage + ex.propertyTaxInsurance > 0
    || u.heatingCooling || u.electricity || u.water || u.gas === true || u.sewer === true || u.trash === true; // a phone alone is not shelter (state manuals)
  if (homeless && someShelterCost) shelterDed = Math.max(hsd, excess);
  const net = Math.floor(Math.max(0, adjusted - shelterDed) + 0.5 + 1e-9);
  const netTemp = Math.floor(Math.max(0, adjusted - Math.max(hsd, excess)) + 0.5 + 1e-9);
  if (h.housingSituation === 'staying_with_others' && someShelterCost && netTemp !== net) flags.add('temporary_stay');

  // --- tests ---
  const grossLimit = bySize(must<SizeTable>(`snap.gross_income_limit.${region}`, date), size);
  const netLimit = bySize(must<SizeTable>(`snap.net_income_limit.${region}`, date), size);
  const assetLimits = must<{ general: number; elderlyDisabled: number }>('snap.asset_limit', date);
  const assets = h.assets.cash + h.assets.bank + (h.assets.other ?? 0);
  const csExcl = must<string[]>('snap.child_support_exclusion_states', date).includes(state);
  // compared exactly (a weekly amount x 52/12 can be a third of a cent over a limit, and is over it), but
  // without float noise: sums of converted amounts can come out 7192.000000000001 for 7192.00
  const grossForTest = gross + grossTestExtra - (csExcl ? csPaid : 0);
  const EPS = 1e-6;

  const regular = (ed || grossForTest <= grossLimit + EPS)
    && net <= netLimit
    && assets <= (ed ? assetLimits.elderlyDisabled : assetLimits.general);

  let bbce = false;
  const b = param<{
    grossIncomeLimitPctFpl: number | null; assetLimit: number | null; elderlyDisabledGrossLimitPctFpl?: number | null;
    netIncomeTest?: boolean; elderlyDisabledNetIncomeTest?: boolean; elderlyDisabledAllMembers?: boolean;
    earnedIncomeGrossLimitPctFpl?: number; dependentCareGrossLimitPctFpl?: number;
  }>(`state.${state}.snap.bbce`, date);
  let bbceLimit: number | null = null;
  if (b && b.grossIncomeLimitPctFpl !== null) {
    const edRules = b.elderlyDisabledAllMembers ? allEd : ed;
    let pct: number | null;
    let netTest: boolean;
    if (edRules) {
      pct = b.elderlyDisabledGrossLimitPctFpl === undefined ? b.grossIncomeLimitPctFpl : b.elderlyDisabledGrossLimitPctFpl;
      netTest = pct === null || b.elderlyDisabledNetIncomeTest === true;
    } else {
      pct = b.grossIncomeLimitPctFpl;
      if (earned > 0 && b.earnedIncomeGrossLimitPctFpl !== undefined) pct = Math.max(pct, b.earnedIncomeGrossLimitPctFpl);
      if (depCare > 0 && b.dependentCareGrossLimitPctFpl !== undefined) pct = Math.max(pct, b.dependentCareGrossLimitPctFpl);
      netTest = b.netIncomeTest === true;
    }
    const fpg = must<Record<string, { first: number; additional: number }>>('snap.poverty_guideline_basis', date)[region]!;
    if (pct !== null) bbceLimit = Math.ceil(((fpg.first + fpg.additional * (size - 1)) * pct) / 100 / 12 - 1e-9);
    bbce = (bbceLimit === null || grossForTest <= bbceLimit + EPS)
      && (b.assetLimit === null || assets <= b.assetLimit)
      && (!netTest || net <= netLimit);
  }
  const eligible = ce || bbce || regular;

  // --- allotment 7 U.S.C. 2017(a); 7 CFR 273.10(e)(2) ---
  const maxId = region === 'alaska' ? 'snap.max_allotment.alaska_urban' : `snap.max_allotment.${region}`;
  const minId = region === 'alaska' ? 'snap.min_benefit.alaska_urban' : `snap.min_benefit.${region}`;
  const maxA = bySize(must<SizeTable>(maxId, date), size);
  const contribution = Math.ceil((3 * net) / 10);
  let benefit = Math.max(0, maxA - contribution);
  const federalMin = must<number>(minId, date);
  if (size <= 2) benefit = Math.max(benefit, federalMin);
  // State-funded minimum (state.XX.snap.state_minimum: NJ, DC, MD, NM): a household getting a federal
  // benefit of at least $1 below the state amount is topped up to it (N.J.S.A. 44:10-111(d), D.C. Code
  // 4-261.04(a), Md. Code Hum. Servs. 5-501(d); NM only at the federal minimum, elderly/disabled, no earnings).
  const sm = param<{ amount: number; households: string; minAge?: number; federalAtMinimumOnly?: boolean }>(`state.${state}.snap.state_minimum`, date);
  if (sm && benefit >= 1 && benefit < sm.amount) {
    const qualifies = sm.households === 'all'
      // (the household's members include those excluded from it by status, 273.11(c); not separate households)
      || (sm.households === 'member_min_age' && h.members.some((m, i) => roles[i] !== 'out' && m.age >= (sm.minAge ?? Infinity)))
      // (NM: every member receives federal SNAP, is elderly or disabled and has no earnings)
      || (sm.households === 'all_elderly_or_disabled_no_earned_income' && excludedCount === 0 && allEd
        && inUnit.every((m) => !m.incomes.some((x) => EARNED.has(x.type))));
    if (qualifies && (!sm.federalAtMinimumOnly || benefit <= federalMin)) benefit = sm.amount;
  }
  const detail = { size, ed, gross, grossForTest, earned, unearned, adjusted, ua, shelterCosts, shelterDed, net, grossLimit, netLimit, bbceLimit, assets, ce, bbce, regular, maxA, contribution };
  if (!eligible) return { status: 'unlikely', monthly: null, flags: [...flags], detail };
  return { status: benefit > 0 ? 'likely' : 'unlikely', monthly: benefit, flags: [...flags], detail };
}

interface UaFigures {
  sua: number | number[] | null; lua?: number | number[] | null;
  individual?: Partial<Record<'electricity' | 'gas' | 'water' | 'sewer' | 'trash' | 'phone', number | number[]>>;
  phone?: number | null;
  regions?: Array<UaFigures & { id: string; counties: string[] }>; defaultRegion?: string;
}
function countyKey(c: string): string {
  return c.toLowerCase().replace(/ (county|borough|parish|census area|municipality)$/, '').trim();
}

/**
 * 7 CFR 273.9(d)(6)(iii): heating/cooling SUA when the household pays heating or cooling (or got
 * LIHEAP — from 2025-07-04 only households with an elderly/disabled member, Pub. L. 119-21 §10103);
 * else the limited allowance for at least two of electricity, cooking fuel, water, sewer, trash,
 * telephone; else a single-utility standard the state has; else the telephone standard.
 */
function utilityAllowance(req: ScreeningRequest, size: number, ed: boolean, flags: Set<RefFlag>): number {
  const st = req.location.state;
  let f = param<UaFigures>(`state.${st}.snap.utility_allowances`, req.date);
  if (!f) return 0;
  const u = req.household.expenses.utilities;
  const anyUtility = u.heatingCooling || u.electricity || u.water || u.phone || u.gas || u.sewer || u.trash || u.receivedLiheap;
  if (f.regions && f.regions.length && anyUtility) {
    const c = req.location.county;
    if (c === undefined) flags.add('county_needed');
    else {
      const r = f.regions.find((x) => x.counties.some((n) => countyKey(n) === countyKey(c)));
      if (r) f = r;
    }
  }
  // a state energy payment to every SNAP household (state.XX.snap.energy_assistance_all_households:
  // Colorado Energy EBT) counts as LIHEAP, for households with a home (not shelter/unsheltered)
  const homeless = req.household.housingSituation === 'shelter' || req.household.housingSituation === 'unsheltered';
  const stateEnergy = param<boolean>(`state.${st}.snap.energy_assistance_all_households`, req.date) === true && !homeless;
  const liheap = (u.receivedLiheap === true || stateEnergy) && (req.date < '2025-07-04' || ed);
  // a state without an HCSUA (null: Hawaii) budgets the other standards it has (HAR 17-676-73)
  if ((u.heatingCooling || liheap) && f.sua !== null) return amountForSize(f.sua, size);
  const kinds = (['electricity', 'gas', 'water', 'sewer', 'trash', 'phone'] as const).filter((k) => u[k] === true);
  if (kinds.length >= 2 && f.lua !== null) {
    if (f.lua === undefined) { flags.add('figure_not_recorded'); return 0; }
    return amountForSize(f.lua, size);
  }
  if (kinds.length === 0) return 0;
  const nonPhone = kinds.filter((k) => k !== 'phone');
  if (nonPhone.length === 0) {
    if (f.phone === undefined) { flags.add('figure_not_recorded'); return 0; }
    return f.phone ?? 0;
  }
  // single-utility standards (state option, 273.9(d)(6)(iii)(D)), plus the phone standard
  let total = 0;
  for (const k of nonPhone) {
    const v = f.individual?.[k];
    if (v !== undefined) total += amountForSize(v, size);
  }
  if (kinds.includes('phone') && typeof f.phone === 'number') total += f.phone;
  return total;
}
