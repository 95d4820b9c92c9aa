/**
 * Deductions from gross income, in the order of 7 CFR 273.10(e)(1)(i): 20% of earned income
 * (273.9(d)(2)), the standard deduction by household size (273.9(d)(1)), excess medical costs of
 * elderly/disabled members over $35 or the state's standard medical deduction (273.9(d)(3)),
 * dependent care (273.9(d)(4)), legally obligated child support paid (273.9(d)(5)); then the excess
 * shelter deduction — shelter costs over half of the income left, capped unless the household has an
 * elderly or disabled member (273.9(d)(6)(ii)) — or the homeless shelter deduction (273.9(d)(6)(i)).
 * Cents are carried; only the final net income is rounded (273.10(e)(1)(ii)).
 *
 * Excluded ineligible noncitizens (7 CFR 273.11(c)(2)(iii), (c)(3)(ii)): shelter, dependent care and
 * child support costs paid by or billed to them are divided evenly among all members and all but their
 * share is deducted. `expenseShare` (eligible ÷ all members, or 1 when the bills are not theirs — the
 * caller decides who pays) applies to rent/mortgage/taxes-insurance, dependent care and child support
 * paid. The utility allowance is a standard and is not prorated.
 */
import type { ScreeningRequest } from '../../core/request';
import { lastApplies, type SnapFigures } from './figures';
import type { IncomeSummary } from './income';
import type { UtilityResult } from './utilities';

export interface Deductions {
  earned: number;
  standard: number;
  medical: number;
  medicalKind: 'none' | 'actual' | 'standard';
  dependentCare: number;
  childSupport: number;
  adjusted: number;
  shelterCosts: number;
  halfAdjusted: number;
  excessShelter: number;
  shelterCapped: boolean;
  homeless: boolean;
  homelessDeduction: number;
  shelterDeduction: number;
  net: number;
}

export function isHomeless(request: ScreeningRequest): boolean {
  const h = request.household.housingSituation;
  return h === 'shelter' || h === 'unsheltered';
}

export function deductions(request: ScreeningRequest, fig: SnapFigures, size: number, income: IncomeSummary, elderlyOrDisabled: boolean, utility: UtilityResult, expenseShare = 1): Deductions {
  const e = request.household.expenses;
  const rates = fig.rates;
  const earned = income.earned * rates.earnedIncomeDeduction;
  const standard = lastApplies(fig.standardDeduction.value.sizes, size);
  let medical = 0;
  let medicalKind: Deductions['medicalKind'] = 'none';
  if (elderlyOrDisabled && e.medical > rates.medicalThreshold) {
    const actual = e.medical - rates.medicalThreshold;
    const smd = fig.smd?.value.amount;
    if (smd !== undefined && smd >= actual) { medical = smd; medicalKind = 'standard'; } else { medical = actual; medicalKind = 'actual'; }
  }
  const dependentCare = e.dependentCare * expenseShare;
  const childSupport = e.childSupportPaid * expenseShare;
  const adjusted = Math.max(0, income.gross - earned - standard - medical - dependentCare - childSupport);
  const shelterCosts = (e.rent + e.mortgage + e.propertyTaxInsurance) * expenseShare + utility.amount;
  const halfAdjusted = adjusted * rates.shelterIncomeShare;
  const uncapped = Math.max(0, shelterCosts - halfAdjusted);
  const cap = fig.shelterCap.value;
  const shelterCapped = !elderlyOrDisabled && uncapped > cap;
  const excessShelter = shelterCapped ? cap : uncapped;
  // The homeless shelter deduction is for homeless households "not receiving free shelter throughout
  // the month" (7 U.S.C. 2014(e)(6)(D); 7 CFR 273.9(d)(6)(i)): they must incur or expect to incur some
  // shelter cost (rent, a motel or shelter fee, utility bills; a phone alone is not shelter) — as the
  // state manuals apply it (e.g. GA DFCS 3618, IL PM 06-04-03, OK, MO 1115.035.25.40) and PolicyEngine
  // US does. Audit fix (snap-audit branch): before, it was given with no shelter cost at all.
  const u = e.utilities;
  const incursShelterCost = e.rent + e.mortgage + e.propertyTaxInsurance > 0
    || u.heatingCooling || u.electricity || u.water || u.gas === true || u.sewer === true || u.trash === true;
  const homeless = isHomeless(request) && incursShelterCost;
  const homelessDeduction = homeless ? fig.homelessDeduction.value : 0;
  const shelterDeduction = Math.max(excessShelter, homelessDeduction);
  const net = Math.max(0, adjusted - shelterDeduction);
  return { earned, standard, medical, medicalKind, dependentCare, childSupport, adjusted, shelterCosts, halfAdjusted, excessShelter, shelterCapped, homeless, homelessDeduction, shelterDeduction, net };
}
