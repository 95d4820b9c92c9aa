/**
 * Every SNAP figure one screening needs, resolved once per (state, date interval) and cached: the
 * figures only change at a parameter's `effective` date or after its `expires`, so screenings on
 * any date between two such breakpoints share one resolution. The stale/verify flags of the
 * lookups are replayed into each Evaluation, so caching never hides them.
 */
import type { Evaluation } from '../../core/context';
import compiled from '../../generated/parameters.json';
import { lookupIn, requireIn, type Lookup, type ParameterTable } from '../../core/params';
import type { AlaskaArea, SnapAllotmentAreas, SnapBbce, SnapStandardDeduction, SnapStandardMedicalDeduction, SnapUtilityAllowances } from './state-params';
import { fixedShapeBbce, SNAP_STATE_PARAMS } from './state-params';
import { STATE_FOOD_PARAMS, type SnapStateFoodProgram, type SnapStateMinimum } from './state-food';
import { CITE } from './cites';
import { federalFiscalYear } from '../../core/fiscal-year';

export interface SizeTable { sizes: number[]; additional: number; cap?: number; capFromSize?: number }
export interface Fpg { first: number; additional: number }
export interface Rates {
  earnedIncomeDeduction: number; benefitReductionRate: number; medicalThreshold: number;
  shelterIncomeShare: number; minBenefitMaxSize: number; elderlyAge: number;
}
export interface AbawdRule { minAge: number; maxAge: number; childUnder: number; exemptVeteransHomelessFosterYouth: boolean }
export interface StudentRule { minAge: number; maxAge: number; workHoursExempt: number }
export type Region = 'contiguous' | 'alaska' | 'hawaii';
export interface IneligibleIncomeOptions { statuses: string[]; fullCount: string[]; grossTestFullCount: string[] }

export interface SnapFigures {
  region: Region;
  fiscalYear: number;
  maxAllotment: Lookup<SizeTable>;
  minBenefit: Lookup<number>;
  standardDeduction: Lookup<{ sizes: number[] }>;
  shelterCap: Lookup<number>;
  homelessDeduction: Lookup<number>;
  grossLimit: Lookup<SizeTable>;
  netLimit: Lookup<SizeTable>;
  povertyBasis: Lookup<Record<'contiguous' | 'alaska' | 'hawaii', Fpg>>;
  assetLimit: Lookup<{ general: number; elderlyDisabled: number }>;
  rates: Rates;
  noncitizenRules: Lookup<'prwora' | 'obbba'>;
  liheapSuaElderlyDisabledOnly: Lookup<boolean>;
  abawd: Lookup<AbawdRule>;
  student: Lookup<StudentRule>;
  bbce: Lookup<SnapBbce> | undefined;
  /** bbce's rule in one fixed shape (state-params.ts fixedShapeBbce), read by the tests. */
  bbceRule: SnapBbce | undefined;
  utility: Lookup<SnapUtilityAllowances> | undefined;
  smd: Lookup<SnapStandardMedicalDeduction> | undefined;
  /** State options for excluded noncitizens' income (7 CFR 273.11(c)(3)(i)); noted only when applied. */
  ineligibleIncome: Lookup<IneligibleIncomeOptions> | undefined;
  /** States excluding child support paid from gross income (7 CFR 273.9(c)(17)); noted only when applied. */
  childSupportExclusion: Lookup<string[]> | undefined;
  /** The state gives every SNAP household an energy-assistance payment that counts like LIHEAP for the SUA
   * (Colorado Energy EBT); noted only when it changes the utility allowance. */
  energyAssistanceAll: Lookup<boolean> | undefined;
  /** Alaska: the allotment area of each borough (7 CFR 272.7(b)) and each area's maximum allotment and
   * minimum benefit. Looked up without noting: flags count when used (alaska.ts). Urban = maxAllotment/minBenefit. */
  alaska: { areas: Lookup<SnapAllotmentAreas> | undefined; tables: Record<AlaskaArea, { maxAllotment: Lookup<SizeTable>; minBenefit: Lookup<number> }> } | undefined;
  /** State-paid minimum benefit and food program for excluded noncitizens (state-food.ts), resolved here
   * so the many states without them cost nothing per screening; looked up without noting (noted when used). */
  stateMinimum: Lookup<SnapStateMinimum> | undefined;
  stateFoodProgram: Lookup<SnapStateFoodProgram> | undefined;
  /** Composite citations, built once per resolution. */
  cite: { bbce: string; shelter: string; benefit: string; utility: string; smd: string };
}


export function regionOf(state: string): Region {
  return state === 'AK' ? 'alaska' : state === 'HI' ? 'hawaii' : 'contiguous';
}

/** Parameter ids for a state: regional tables resolved (Alaska: the urban allotment area; the rural
 * ones are in `alaska`, chosen by county in alaska.ts). */
function ids(state: string): Record<string, string> {
  const r = regionOf(state);
  const allot = r === 'alaska' ? 'alaska_urban' : r;
  return {
    maxAllotment: `snap.max_allotment.${allot}`,
    minBenefit: `snap.min_benefit.${allot}`,
    standardDeduction: `snap.standard_deduction.${r}`,
    shelterCap: `snap.shelter_cap.${r}`,
    grossLimit: `snap.gross_income_limit.${r}`,
    netLimit: `snap.net_income_limit.${r}`,
    homelessDeduction: 'snap.homeless_shelter_deduction',
    povertyBasis: 'snap.poverty_guideline_basis',
    assetLimit: 'snap.asset_limit',
    rates: 'snap.rates',
    noncitizenRules: 'snap.noncitizen_rules',
    liheapSuaElderlyDisabledOnly: 'snap.liheap_sua_elderly_disabled_only',
    abawd: 'snap.abawd',
    student: 'snap.student',
  };
}

const table = (compiled as unknown as { parameters: ParameterTable }).parameters;
const ALASKA_IDS = ['snap.max_allotment.alaska_rural1', 'snap.min_benefit.alaska_rural1', 'snap.max_allotment.alaska_rural2', 'snap.min_benefit.alaska_rural2'];

/** The day after an ISO date. */
function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

interface CacheEntry { figures: SnapFigures; stale: boolean; verify: string[] }
interface StateCache {
  /** Sorted dates on which any figure this state uses can change (effective dates, the day after
   * each expires, and each fiscal-year start). Interval i = dates d with bps[i-1] <= d < bps[i]. */
  bps: string[];
  /** The same breakpoints as numbers (YYYYMMDD), searched instead of the strings (see intervalFor). */
  bpNumbers: Float64Array;
  entries: (CacheEntry | undefined)[];
}
const stateCaches = new Map<string, StateCache>();

function stateCache(state: string): StateCache {
  let sc = stateCaches.get(state);
  if (sc) return sc;
  const all = [...Object.values(ids(state)), ...(state === 'AK' ? ALASKA_IDS : []), 'snap.ineligible_noncitizen_income_options', 'snap.child_support_exclusion_states', ...[...Object.values(SNAP_STATE_PARAMS), ...Object.values(STATE_FOOD_PARAMS)].map((id) => `state.${state}.${id}`)];
  const set = new Set<string>();
  for (let y = 2020; y <= 2035; y++) set.add(`${y}-10-01`);
  for (const id of all) {
    for (const v of table[id]?.values ?? []) {
      set.add(v.effective);
      if (v.expires) set.add(nextDay(v.expires));
    }
  }
  const bps = [...set].sort();
  sc = { bps, bpNumbers: Float64Array.from(bps, isoNumber), entries: new Array<CacheEntry | undefined>(bps.length + 1) };
  stateCaches.set(state, sc);
  return sc;
}

/** An ISO date YYYY-MM-DD as the number YYYYMMDD (same order as the strings), or NaN if not that form. */
function isoNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = iso.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Number of breakpoints on or before `date`. Compares numbers: a string comparison is a builtin call,
 * and the search ran on every SNAP evaluation (npm run bench). Dates not in ISO form use the strings.
 */
function intervalFor(sc: StateCache, date: string): number {
  const d = isoNumber(date);
  if (d !== d) return intervalOf(sc.bps, date);
  const bps = sc.bpNumbers;
  let lo = 0;
  let hi = bps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bps[mid]! <= d) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Number of breakpoints on or before `date` (binary search). */
function intervalOf(bps: string[], date: string): number {
  let lo = 0;
  let hi = bps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bps[mid]! <= date) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Resolve (or reuse) the figures for the evaluation's state and date. Throws MissingParameterError
 * when a required federal figure is not in force (dates before FY2025). */
export function snapFigures(ev: Evaluation): SnapFigures {
  const sc = stateCache(ev.state);
  const k = intervalFor(sc, ev.date);
  const hit = sc.entries[k];
  if (hit) {
    if (hit.stale) ev.stale = true;
    for (let i = 0; i < hit.verify.length; i++) if (!ev.needsVerification.includes(hit.verify[i]!)) ev.needsVerification.push(hit.verify[i]!);
    return hit.figures;
  }
  const staleBefore = ev.stale;
  const verifyBefore = ev.needsVerification.length;
  ev.stale = false;
  const i = ids(ev.state);
  const figures: SnapFigures = {
    region: regionOf(ev.state),
    fiscalYear: federalFiscalYear(ev.date),
    maxAllotment: ev.lookup(i.maxAllotment!),
    minBenefit: ev.lookup(i.minBenefit!),
    // A state standard deduction in force (state.<XX>.snap.standard_deduction, e.g. Illinois' reduced one)
    // replaces the federal table; otherwise the federal table. Both lookups record their flags.
    standardDeduction: ev.stateLookup<SnapStandardDeduction>(SNAP_STATE_PARAMS.standardDeduction) ?? ev.lookup(i.standardDeduction!),
    shelterCap: ev.lookup(i.shelterCap!),
    homelessDeduction: ev.lookup(i.homelessDeduction!),
    grossLimit: ev.lookup(i.grossLimit!),
    netLimit: ev.lookup(i.netLimit!),
    povertyBasis: ev.lookup(i.povertyBasis!),
    assetLimit: ev.lookup(i.assetLimit!),
    rates: ev.param<Rates>(i.rates!),
    noncitizenRules: ev.lookup(i.noncitizenRules!),
    liheapSuaElderlyDisabledOnly: ev.lookup(i.liheapSuaElderlyDisabledOnly!),
    abawd: ev.lookup(i.abawd!),
    student: ev.lookup(i.student!),
    bbce: ev.stateLookup<SnapBbce>(SNAP_STATE_PARAMS.bbce),
    bbceRule: undefined,
    // Looked up without noting: their stale/verify flags count only when the budget uses them (noteUsed).
    utility: lookupIn<SnapUtilityAllowances>(table, `state.${ev.state}.${SNAP_STATE_PARAMS.utilityAllowances}`, ev.date),
    smd: lookupIn<SnapStandardMedicalDeduction>(table, `state.${ev.state}.${SNAP_STATE_PARAMS.standardMedicalDeduction}`, ev.date),
    ineligibleIncome: lookupIn<IneligibleIncomeOptions>(table, 'snap.ineligible_noncitizen_income_options', ev.date),
    childSupportExclusion: lookupIn<string[]>(table, 'snap.child_support_exclusion_states', ev.date),
    energyAssistanceAll: lookupIn<boolean>(table, `state.${ev.state}.${SNAP_STATE_PARAMS.energyAssistanceAllHouseholds}`, ev.date),
    stateMinimum: lookupIn<SnapStateMinimum>(table, `state.${ev.state}.${STATE_FOOD_PARAMS.stateMinimum}`, ev.date),
    stateFoodProgram: lookupIn<SnapStateFoodProgram>(table, `state.${ev.state}.${STATE_FOOD_PARAMS.stateFoodProgram}`, ev.date),
    alaska: undefined,
    cite: { bbce: '', shelter: '', benefit: '', utility: '', smd: '' },
  };
  if (figures.region === 'alaska') {
    const rural = (area: 'rural1' | 'rural2') => ({
      maxAllotment: requireIn<SizeTable>(table, `snap.max_allotment.alaska_${area}`, ev.date),
      minBenefit: requireIn<number>(table, `snap.min_benefit.alaska_${area}`, ev.date),
    });
    figures.alaska = {
      areas: lookupIn<SnapAllotmentAreas>(table, `state.${ev.state}.${SNAP_STATE_PARAMS.allotmentAreas}`, ev.date),
      tables: { urban: { maxAllotment: figures.maxAllotment, minBenefit: figures.minBenefit }, rural1: rural('rural1'), rural2: rural('rural2') },
    };
  }
  if (figures.bbce) figures.bbceRule = fixedShapeBbce(figures.bbce.value);
  figures.cite = {
    bbce: figures.bbce ? `${CITE.bbce}; ${figures.bbce.citation}` : CITE.bbce,
    shelter: `${CITE.shelter}; ${figures.shelterCap.citation}`,
    benefit: `${CITE.benefit}; ${figures.maxAllotment.citation}`,
    utility: figures.utility ? `${CITE.utility}; ${figures.utility.citation}` : CITE.utility,
    smd: figures.smd ? `${CITE.medical}; ${figures.smd.citation}` : CITE.medical,
  };
  const entry: CacheEntry = { figures, stale: ev.stale, verify: ev.needsVerification.slice(verifyBefore) };
  sc.entries[k] = entry;
  ev.stale = ev.stale || staleBefore;
  return figures;
}

/** Record the flags of a figure the budget actually used (utility allowances, standard medical deduction). */
export function noteUsed(ev: Evaluation, l: Lookup<unknown> | undefined): void {
  if (!l) return;
  if (l.stale) ev.stale = true;
  if (l.verify && !ev.needsVerification.includes(l.id)) ev.needsVerification.push(l.id);
}

/** Amount for a household of `size` from a by-size table with an increment past its last size. */
export function sizeTable(t: SizeTable, size: number): number {
  if (t.cap !== undefined && t.capFromSize !== undefined && size >= t.capFromSize) return t.cap;
  const n = t.sizes.length;
  if (size <= n) return t.sizes[Math.max(1, size) - 1]!;
  return t.sizes[n - 1]! + t.additional * (size - n);
}

/** Amount from a list whose last entry applies to that size and up. */
export function lastApplies(sizes: number[], size: number): number {
  return sizes[Math.min(Math.max(1, size), sizes.length) - 1]!;
}
