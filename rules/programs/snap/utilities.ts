/**
 * Which standard utility allowance the household gets (7 U.S.C. 2014(e)(6)(C); 7 CFR
 * 273.9(d)(6)(iii)): heating/cooling SUA; a LIHEAP payment qualifies for it (from 2025-07-04 only
 * with an elderly or disabled member, Pub. L. 119-21 §10103); else the limited allowance (LUA) for
 * two or more other utilities; else a single-utility or telephone standard. Figures are the state's
 * for the screening date (and county region where the state has regions). A figure the state file
 * does not record is never assumed: the result says which one is missing.
 */
import type { ScreeningRequest } from '../../core/request';
import type { SnapFigures } from './figures';
import { allowancesForCounty, amountForSize, type AmountBySize, type IndividualUtilityAllowances } from './state-params';

export type UtilityKind = 'sua' | 'lua' | 'phone' | 'individual' | 'none';

export interface UtilityResult {
  kind: UtilityKind;
  amount: number;
  /** The state has no such standard (null in its file). */
  stateHasNone: boolean;
  /** The standard that applies is not recorded for the date (amount 0, needs verification). */
  notRecorded: UtilityKind | undefined;
  region: string | undefined;
  countyNeeded: boolean;
  /** Figures are those of an earlier fiscal year (the state's for this one are not on file). */
  current: boolean;
  effective: string | undefined;
  liheapNeedsElderlyDisabled: boolean;
  /** The heating/cooling SUA was given only because the state pays every SNAP household energy
   * assistance (Colorado Energy EBT), not for a heating/cooling bill or a LIHEAP payment reported. */
  stateEnergyAssistance: boolean;
}

const SINGLE: (keyof IndividualUtilityAllowances)[] = ['electricity', 'gas', 'water', 'sewer', 'trash'];

/** Apply one standard: true when it settles the answer (a figure, or a figure not recorded). */
function take(r: UtilityResult, size: number, kind: UtilityKind, v: AmountBySize | null | undefined): boolean {
  if (v === undefined) { r.notRecorded = kind; return true; }
  if (v === null) { r.stateHasNone = true; return false; }
  r.kind = kind;
  r.amount = amountForSize(v, size);
  r.stateHasNone = false;
  return true;
}

export function utilityAllowance(request: ScreeningRequest, fig: SnapFigures, size: number, elderlyOrDisabled: boolean): UtilityResult {
  const u = request.household.expenses.utilities;
  const edOnly = fig.liheapSuaElderlyDisabledOnly.value;
  const liheapSua = u.receivedLiheap === true && (!edOnly || elderlyOrDisabled);
  // A state that pays every SNAP household energy assistance (Colorado Energy EBT, from 2025-02-08)
  // makes each one a LIHEAP-type recipient for the SUA (7 U.S.C. 2014(e)(6)(C)(iv); 7 CFR
  // 273.9(d)(6)(iii)(D)); from 2025-07-04 that route needs an elderly or disabled member (Pub. L.
  // 119-21 §10103). Audit-3: before, Colorado households without a heating bill got no SUA.
  // Not applied to homeless households (no dwelling energy cost; they have the homeless shelter
  // deduction): 9 CCR 2503-10 treats persons experiencing homelessness separately — to verify.
  const h = request.household.housingSituation;
  const stateSua = fig.energyAssistanceAll?.value === true && (!edOnly || elderlyOrDisabled) && h !== 'shelter' && h !== 'unsheltered';
  const r: UtilityResult = {
    kind: 'none', amount: 0, stateHasNone: false, notRecorded: undefined, region: undefined, countyNeeded: false,
    current: true, effective: undefined, liheapNeedsElderlyDisabled: u.receivedLiheap === true && !u.heatingCooling && edOnly && !elderlyOrDisabled,
    stateEnergyAssistance: false,
  };
  const heating = u.heatingCooling || liheapSua || stateSua;
  // The five single utilities (SINGLE), counted by name: a keyed loop over the names was a megamorphic load.
  const singleCount = (u.electricity === true ? 1 : 0) + (u.gas === true ? 1 : 0) + (u.water === true ? 1 : 0)
    + (u.sewer === true ? 1 : 0) + (u.trash === true ? 1 : 0);
  const others = singleCount + (u.phone ? 1 : 0);
  if (!heating && others === 0) return r;
  const ua = fig.utility;
  if (!ua) { r.notRecorded = heating ? 'sua' : others >= 2 ? 'lua' : 'individual'; return r; }
  r.current = !ua.stale;
  r.effective = ua.effective;
  const { allowances: a, region, countyNeeded } = allowancesForCounty(ua.value, request.location.county);
  r.region = region;
  r.countyNeeded = countyNeeded;
  if (heating && take(r, size, 'sua', a.sua)) {
    r.stateEnergyAssistance = r.kind === 'sua' && !u.heatingCooling && !liheapSua;
    return r;
  }
  if (others >= 2 && take(r, size, 'lua', a.lua)) return r;
  if (singleCount === 0 && u.phone) { take(r, size, 'phone', a.phone); return r; }
  if (singleCount >= 1) {
    if (!a.individual) {
      // Single-utility standards not used or not recorded: nothing is assumed.
      if (singleCount === 1 && !r.stateHasNone) r.notRecorded = 'individual';
      if (!r.notRecorded && u.phone) take(r, size, 'phone', a.phone);
      return r;
    }
    let sum = 0;
    for (const k of SINGLE) {
      const v = u[k] === true ? a.individual[k] : undefined;
      if (v !== undefined) sum += amountForSize(v, size);
    }
    if (u.phone && typeof a.phone === 'number') sum += a.phone;
    if (sum > 0) { r.kind = 'individual'; r.amount = sum; r.stateHasNone = false; r.notRecorded = undefined; }
  }
  return r;
}
