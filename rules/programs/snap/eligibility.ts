/**
 * Eligibility tests (7 U.S.C. 2014(c), (g); 7 CFR 273.2(j), 273.8, 273.9(a)):
 * - categorical: every member gets SSI, or the household gets TANF cash (273.2(j)(2)(i)) —
 *   no income or resource test;
 * - broad-based categorical eligibility (273.2(j)(2)(ii)) with the state's gross limit (% of the
 *   poverty guideline SNAP uses for the fiscal year), its asset rule and, where the state keeps it,
 *   the net income test;
 * - otherwise: gross income ≤ 130% of poverty (households with an elderly or disabled member are
 *   exempt), net income ≤ 100%, and countable resources ≤ the federal limit.
 */
import { roundDollar } from '../../core/money';
import type { ScreeningRequest } from '../../core/request';
import { sizeTable, type SnapFigures } from './figures';
import type { Composition } from './household';
import { hasIncome, type IncomeSummary } from './income';

export interface BbceTest {
  limitPct: number | null;
  limit: number | null;
  grossOk: boolean;
  assetLimit: number | null;
  assetsOk: boolean;
  netRequired: boolean;
}

export interface Tests {
  categorical: 'tanf' | 'ssi' | undefined;
  bbce: BbceTest | undefined;
  grossLimit: number;
  grossExempt: boolean;
  grossOk: boolean;
  netLimit: number;
  netOk: boolean;
  assets: number;
  assetLimit: number;
  assetsOk: boolean;
  path: 'categorical' | 'bbce' | 'regular' | 'none';
}

export function countableAssets(request: ScreeningRequest): number {
  const a = request.household.assets;
  return a.cash + a.bank + (a.other ?? 0);
}

function allElderlyOrDisabled(c: Composition, elderlyAge: number): boolean {
  for (const m of c.eligible) if (!(m.age >= elderlyAge || m.disabled || m.receivesSsi === true || hasIncome(m, 'ssi', 'ssdi'))) return false;
  return true;
}

function categorical(request: ScreeningRequest, c: Composition, income: IncomeSummary): Tests['categorical'] {
  const h = request.household;
  if (h.receivesTanfNow === true || h.currentBenefits?.includes('tanf')) return 'tanf';
  // Only TANF paid to someone living in this SNAP household counts: categorical eligibility is for a
  // household whose members receive or are authorized to receive TANF (7 CFR 273.2(j)(2)(i)). A
  // roommate who buys and cooks apart is a separate household (7 CFR 273.1(a)) and an ineligible
  // student is not a household member (273.1(b)(7)): their TANF confers nothing. An excluded
  // noncitizen parent's TANF is kept: it is often the payee of child-only TANF for the eligible children.
  // Audit-3 fix: before, a roommate's TANF made the screened household categorically eligible.
  // (The incomes were read by countIncome: tanfIncome covers eligible and excluded members.)
  if (income.tanfIncome) return 'tanf';
  return income.allReceiveSsi ? 'ssi' : undefined;
}

/** Well below a cent (a weekly amount x 52/12 can exceed a limit by a third of a cent, and then it does). */
const FLOAT_TOLERANCE = 1e-7;

export function runTests(
  request: ScreeningRequest, fig: SnapFigures, c: Composition, size: number,
  income: IncomeSummary, net: number, elderlyOrDisabled: boolean,
): Tests {
  const gross = income.grossForTest;
  const earned = income.earned;
  const assets = countableAssets(request);
  const grossLimit = sizeTable(fig.grossLimit.value, size);
  const netLimit = sizeTable(fig.netLimit.value, size);
  const al = fig.assetLimit.value;
  const assetLimit = elderlyOrDisabled ? al.elderlyDisabled : al.general;
  // Float noise is not income: monthly amounts summed in floating point can land a hair over the limit
  // (0.30 + 3406.70 = 3407.0000000000005 against 3407); the limit is met "at or below" it (7 CFR 273.9(a)).
  const grossOk = elderlyOrDisabled || gross <= grossLimit + FLOAT_TOLERANCE;
  // Net income is a whole-dollar figure (7 CFR 273.10(e)(1)(ii): cents are rounded, 50 up) and it is
  // that figure the net income standard is compared with (273.10(e)(2)(i)(A)); the allotment uses the
  // same one. Audit-3 fix: the test compared the unrounded net, so 1305.40 failed a 1305 limit while
  // the budget showed net income 1305.
  const netOk = roundDollar(net) <= netLimit;
  const assetsOk = assets <= assetLimit;
  const t: Tests = {
    categorical: categorical(request, c, income), bbce: undefined, grossLimit, grossExempt: elderlyOrDisabled, grossOk,
    netLimit, netOk, assets, assetLimit, assetsOk, path: 'none',
  };
  const b = fig.bbceRule;
  if (b && b.grossIncomeLimitPctFpl !== null) {
    // Elderly/disabled BBCE rules; in some states only when every member is elderly or disabled (audit 2026-11).
    const edBbce = elderlyOrDisabled && (b.elderlyDisabledAllMembers !== true || allElderlyOrDisabled(c, fig.rates.elderlyAge));
    let pct: number | null = b.grossIncomeLimitPctFpl;
    if (edBbce && b.elderlyDisabledGrossLimitPctFpl !== undefined) pct = b.elderlyDisabledGrossLimitPctFpl;
    if (pct !== null && earned > 0 && b.earnedIncomeGrossLimitPctFpl) pct = Math.max(pct, b.earnedIncomeGrossLimitPctFpl);
    if (pct !== null && request.household.expenses.dependentCare > 0 && b.dependentCareGrossLimitPctFpl) pct = Math.max(pct, b.dependentCareGrossLimitPctFpl);
    const fpg = fig.povertyBasis.value[fig.region];
    const limit = pct === null ? null : Math.ceil(((fpg.first + fpg.additional * (size - 1)) * pct) / 1200 - 1e-9);
    const netRequired = edBbce ? pct === null || b.elderlyDisabledNetIncomeTest === true : b.netIncomeTest === true;
    t.bbce = {
      limitPct: pct, limit, grossOk: limit === null || gross <= limit + FLOAT_TOLERANCE,
      assetLimit: b.assetLimit, assetsOk: b.assetLimit === null || assets <= b.assetLimit, netRequired,
    };
  }
  if (t.categorical) t.path = 'categorical';
  else if (t.bbce && t.bbce.grossOk && t.bbce.assetsOk && (!t.bbce.netRequired || netOk)) t.path = 'bbce';
  else if (grossOk && netOk && assetsOk) t.path = 'regular';
  return t;
}
