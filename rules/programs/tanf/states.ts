/**
 * Per-state TANF formulas for the 14 modeled states. Each reads the unit facts and the state's
 * dated parameters (rules/programs/tanf/parameters/<st>.yaml) and returns the tests it ran with
 * their numbers. Rounding follows each state where its rule says; otherwise cents.
 */
import type { Evaluation } from '../../core/context';
import { annualPovertyGuideline } from '../../core/poverty';
import { lookupIn, type ParameterTable } from '../../core/params';
import { roundCents } from '../../core/money';
import type { Reason } from '../../core/types';
import compiled from '../../generated/parameters.json';
import { amountFor, type SizeTable } from './tables';
import { totalEarnings, type UnitFacts } from './unit';

export interface StateOutcome {
  eligible: boolean;
  /** Monthly benefit (0 when not eligible or below the minimum payment). */
  benefit: number;
  reasons: Reason[];
  missing?: string[];
  /** A fact the state formula needs is unknown (e.g. county); the answer can only be "possibly". */
  uncertain?: boolean;
}
export type StateFormula = (ev: Evaluation, u: UnitFacts) => StateOutcome;

const r = (code: string, values: Reason['values'], citation: string): Reason => ({ code, values, citation });
const pos = (x: number) => Math.max(0, x);

function incomeTest(test: string, countable: number, limit: number, passed: boolean, citation: string): Reason {
  return r('tanf.income_test', { test, countable: roundCents(countable), limit: roundCents(limit), passed }, citation);
}
function assetTest(ev: Evaluation, u: UnitFacts, id: string, limit: number): Reason {
  return r('tanf.asset_test', { assets: roundCents(u.assets), limit, passed: u.assets <= limit }, ev.lookup(id).citation);
}
function benefitReason(standard: number, countable: number, benefit: number, citation: string, minimum?: number): Reason {
  return r('tanf.benefit', { standard: roundCents(standard), countable: roundCents(countable), benefit: roundCents(pos(benefit)), ...(minimum !== undefined ? { minimumPayment: minimum } : {}) }, citation);
}
interface CareCaps { under2: number | number[]; older: number | number[]; hourBands?: number[] }

/**
 * Dependent-care deduction: what the household pays for child care, up to a cap per child (higher
 * under 2), and never more than the earnings it is taken from. MA scales each cap by weekly work hours.
 * Looked up only when the household pays for care, so its figures flag only those results.
 */
function dependentCare(ev: Evaluation, u: UnitFacts, id: string, reasons: Reason[]): number {
  if (u.dependentCare <= 0 || u.earnings.length === 0 || u.childAges.length === 0) return 0;
  const c = ev.lookup<CareCaps>(id);
  const band = (v: number | number[]): number => {
    if (typeof v === 'number') return v;
    const bands = c.value.hourBands ?? [];
    const h = u.earnerHours;
    const i = h === undefined ? v.length - 1 : bands.filter((b) => h > b).length;
    return v[Math.min(i, v.length - 1)]!;
  };
  const cap = u.childAges.reduce((s, a) => s + band(a < 2 ? c.value.under2 : c.value.older), 0);
  const deduction = Math.min(u.dependentCare, cap, totalEarnings(u));
  reasons.push(r('tanf.dependent_care_deduction', { paid: roundCents(u.dependentCare), cap: roundCents(cap), deduction: roundCents(deduction), hoursKnown: u.earnerHours !== undefined }, c.citation));
  return deduction;
}

function finish(eligible: boolean, rawBenefit: number, reasons: Reason[], minimum = 0): StateOutcome {
  const b = eligible ? pos(rawBenefit) : 0;
  if (eligible && b > 0 && b < minimum) {
    reasons.push(r('tanf.below_minimum_payment', { benefit: roundCents(b), minimum }, 'state minimum payment rule'));
    return { eligible, benefit: 0, reasons };
  }
  return { eligible: eligible && b > 0, benefit: roundCents(b), reasons };
}

const MI: StateFormula = (ev, u) => {
  const ps = ev.lookup<SizeTable>('tanf.MI.payment_standard');
  const d = ev.lookup<{ flatPerEarner: number; applicantRate: number; recipientRate: number }>('tanf.MI.earned_disregard');
  const standard = amountFor(ps.value, u.size);
  const after = (rate: number) => u.earnings.reduce((s, e) => s + pos(e - d.value.flatPerEarner) * (1 - rate), 0);
  const unearned = u.unearned + u.childSupport;
  const reasons: Reason[] = [r('tanf.payment_standard', { size: u.size, amount: standard }, ps.citation)];
  let ok = true;
  if (!u.recipient) {
    const c = after(d.value.applicantRate) + unearned;
    const pass = c < standard;
    reasons.push(incomeTest('qualifying_deficit', c, standard, pass, 'MDHHS BEM 518'));
    ok &&= pass;
  }
  const countable = after(d.value.recipientRate) + unearned;
  const passIssuance = countable < standard;
  reasons.push(incomeTest('issuance_deficit', countable, standard, passIssuance, 'MDHHS BEM 518; BEM 520'));
  const limit = ev.param<number>('tanf.MI.asset_limit');
  const at = assetTest(ev, u, 'tanf.MI.asset_limit', limit);
  reasons.push(at);
  ok = ok && passIssuance && u.assets <= limit;
  reasons.push(benefitReason(standard, countable, standard - countable, 'MDHHS BEM 520 §F'));
  return finish(ok, standard - countable, reasons);
};

const MS: StateFormula = (ev, u) => {
  const need = ev.lookup<SizeTable>('tanf.MS.need_standard');
  const rate = ev.param<number>('tanf.MS.gross_income_limit_rate');
  const ps = ev.lookup<{ first: number; second: number; additional: number }>('tanf.MS.payment_standard');
  const needAmt = amountFor(need.value, u.size);
  const gross = totalEarnings(u) + u.unearned + u.childSupport;
  const grossLimit = needAmt * rate;
  const max = ps.value.first + (u.size >= 2 ? ps.value.second : 0) + ps.value.additional * pos(u.size - 2);
  const limit = ev.param<number>('tanf.MS.asset_limit');
  const pass = gross <= grossLimit;
  const reasons = [
    r('tanf.need_standard', { size: u.size, amount: needAmt }, need.citation),
    r('tanf.payment_standard', { size: u.size, amount: max }, ps.citation),
    incomeTest('gross_185_need', gross, grossLimit, pass, 'Miss. Admin. Code tit. 18 pt. 19'),
    assetTest(ev, u, 'tanf.MS.asset_limit', limit),
    benefitReason(max, gross, max - gross, ps.citation),
    r('tanf.ms_new_job_disregards_not_modeled', {}, 'Miss. Admin. Code tit. 18 pt. 19 (6- and 3-month earned-income disregards)'),
  ];
  return finish(pass && u.assets <= limit, max - gross, reasons);
};

const MA: StateFormula = (ev, u) => {
  const ps = ev.lookup<SizeTable>('tanf.MA.payment_standard');
  const psPublic = ev.lookup<SizeTable>('tanf.MA.payment_standard_public_housing');
  const d = ev.lookup<{ workExpensePerEarner: number; childSupportDisregard: number; earnedDisregardRate: number; fullDisregardFpgRate: number; fullDisregardMonths: number }>('tanf.MA.deductions').value;
  // Families in public or subsidized housing get the lower standard (106 CMR 704.420).
  const publicHousing = ev.request.household.currentBenefits?.includes('federal_public_housing') === true;
  const standard = amountFor((publicHousing ? psPublic : ps).value, u.size);
  const care: Reason[] = [];
  const afterWork = pos(u.earnings.reduce((s, e) => s + pos(e - d.workExpensePerEarner), 0) - dependentCare(ev, u, 'tanf.MA.dependent_care_deduction', care));
  const unearned = u.unearned + pos(u.childSupport - d.childSupportDisregard);
  const testIncome = afterWork + unearned;
  const pass = testIncome < standard;
  const gross = totalEarnings(u) + u.unearned + u.childSupport;
  const fpgLimit = (annualPovertyGuideline(ev, u.size) / 12) * d.fullDisregardFpgRate;
  const fullDisregard = !u.recipient && gross <= fpgLimit;
  const countable = (fullDisregard ? 0 : afterWork * (1 - d.earnedDisregardRate)) + unearned;
  const limit = ev.param<number>('tanf.MA.asset_limit');
  const reasons = [
    r('tanf.payment_standard', { size: u.size, amount: standard, housing: publicHousing ? 'public' : 'private' }, (publicHousing ? psPublic : ps).citation),
    r('tanf.ma_public_housing_standard', { size: u.size, amount: amountFor(psPublic.value, u.size) }, psPublic.citation),
    incomeTest('payment_standard', testIncome, standard, pass, '106 CMR 704.270, 704.420'),
    r('tanf.ma_full_earned_disregard', { applies: fullDisregard, grossIncome: roundCents(gross), limit: roundCents(fpgLimit), months: d.fullDisregardMonths }, '106 CMR 704.281'),
    assetTest(ev, u, 'tanf.MA.asset_limit', limit),
    benefitReason(standard, countable, standard - countable, '106 CMR 704.420'),
    r('tanf.ma_clothing_allowance', { perChildPerYear: 500 }, '106 CMR 705.600'),
    ...care,
  ];
  return finish(pass && u.assets <= limit, standard - countable, reasons);
};

const table = compiled.parameters as unknown as ParameterTable;
const IL: StateFormula = (ev, u) => {
  const p = ev.lookup<{ rate: number; childOnlyRate: number; parentOnlyRate: number }>('tanf.IL.payment_level_rate');
  const d = ev.lookup<{ rate: number; initialEmploymentFpgRate: number }>('tanf.IL.earned_disregard').value;
  // IDHS uses the poverty guideline in force on the preceding October 1.
  const y = Number(ev.date.slice(0, 4));
  const oct = ev.date.slice(5) >= '10-01' ? `${y}-10-01` : `${y - 1}-10-01`;
  const fpgId = 'hhs.fpg.contiguous';
  const f = lookupIn<{ first: number; additional: number }>(table, fpgId, oct) ?? ev.lookup<{ first: number; additional: number }>(fpgId);
  const fpgMonthly = (f.value.first + f.value.additional * pos(u.size - 1)) / 12;
  const full = fpgMonthly * p.value.rate;
  const level = u.childOnly ? full * p.value.childOnlyRate : full;
  const min = ev.param<number>('tanf.IL.minimum_payment');
  const unearned = u.unearned + u.childSupport;
  const reasons: Reason[] = [r('tanf.payment_standard', { size: u.size, amount: roundCents(level), fpgDate: f.effective, childOnly: u.childOnly }, p.citation)];
  const ccd = dependentCare(ev, u, 'tanf.IL.dependent_care_deduction', reasons);
  let ok = true;
  if (!u.recipient) {
    const ied = pos(fpgMonthly * d.initialEmploymentFpgRate - full);
    const c = pos(u.earnings.reduce((s, e) => s + pos(e - ied), 0) - ccd) + unearned;
    const pass = level - c >= min;
    reasons.push(incomeTest('initial_employment_deduction', c, level, pass, '89 Ill. Adm. Code 112.141(a)'));
    ok &&= pass;
  }
  const countable = pos(totalEarnings(u) - ccd) * (1 - d.rate) + unearned;
  const pass = level - countable >= min;
  reasons.push(incomeTest('payment_level', countable, level, pass, '89 Ill. Adm. Code 112.141(c)'));
  reasons.push(r('tanf.no_asset_test', {}, 'Illinois Public Act 98-0114 (2013) eliminated the TANF asset test'));
  reasons.push(benefitReason(level, countable, level - countable, '89 Ill. Adm. Code 112.251', min));
  return finish(ok && pass, level - countable, reasons, min);
};

const LA: StateFormula = (ev, u) => {
  const g = ev.lookup<SizeTable>('tanf.LA.flat_grant');
  const d = ev.param<{ standard: number; timeLimited: number; timeLimitedMonths: number }>('tanf.LA.earned_deductions');
  const n = g.value.amounts.length;
  const grant = u.size <= n ? amountFor(g.value, u.size) : amountFor(g.value, n) + amountFor(g.value, u.size - n) - 100;
  const countable = u.earnings.reduce((s, e) => s + pos(e - d.standard - d.timeLimited), 0) + u.unearned + u.childSupport;
  const pass = countable <= grant;
  const min = ev.param<number>('tanf.LA.minimum_payment');
  ev.lookup('tanf.LA.asset_test');
  const raw = Math.floor(roundCents(grant - countable));
  const reasons = [
    r('tanf.payment_standard', { size: u.size, amount: grant }, g.citation),
    r('tanf.la_time_limited_deduction', { perEarner: d.timeLimited, months: d.timeLimitedMonths, standard: d.standard }, 'LAC 67:III.1229(C)'),
    incomeTest('flat_grant', countable, grant, pass, 'LAC 67:III.1229'),
    r('tanf.no_asset_test', {}, 'LAC 67:III Subpart 2 (FITAP)'),
    benefitReason(grant, countable, raw, 'LAC 67:III.1229(D)', min),
  ];
  return finish(pass, raw, reasons, min);
};

const NE: StateFormula = (ev, u) => {
  const son = ev.lookup<SizeTable>('tanf.NE.standard_of_need');
  const rate = ev.param<number>('tanf.NE.payment_standard_rate');
  const d = ev.param<{ applicantRate: number; recipientRate: number }>('tanf.NE.earned_disregard');
  const need = amountFor(son.value, u.size);
  const ps = need * rate;
  const earned = totalEarnings(u);
  const unearned = u.unearned + u.childSupport;
  const testEarned = earned * (1 - (u.recipient ? d.recipientRate : d.applicantRate));
  const countable = testEarned + unearned;
  const pass = countable < need;
  const lim = ev.param<{ one: number; twoOrMore: number }>('tanf.NE.asset_limit');
  const limit = u.size >= 2 ? lim.twoOrMore : lim.one;
  const max = Math.min(need - earned * (1 - d.recipientRate), ps);
  const benefit = max - unearned;
  const reasons = [
    r('tanf.need_standard', { size: u.size, amount: need }, son.citation),
    r('tanf.payment_standard', { size: u.size, amount: roundCents(ps) }, 'Neb. Rev. Stat. 43-512(3)'),
    incomeTest(u.recipient ? 'recipient_need' : 'applicant_need', countable, need, pass, 'Neb. Rev. Stat. 68-1726(3)(a)'),
    assetTest(ev, u, 'tanf.NE.asset_limit', limit),
    benefitReason(roundCents(max), unearned, benefit, 'Neb. Rev. Stat. 43-512'),
  ];
  return finish(pass && u.assets <= limit, benefit, reasons);
};

const CA: StateFormula = (ev, u) => {
  const counties = ev.param<string[]>('tanf.CA.region1_counties');
  const county = u.county?.replace(/\s+county$/i, '').trim().toLowerCase();
  const region = county === undefined ? undefined : counties.some((c) => c.toLowerCase() === county) ? 'region1' : 'region2';
  // Without a county the lower Region 2 figures are used and the answer stays "possibly".
  const reg = region ?? 'region2';
  const mbsac = ev.lookup<Record<string, SizeTable>>('tanf.CA.mbsac');
  const map = ev.lookup<Record<string, { nonExempt: SizeTable; exempt: SizeTable }>>('tanf.CA.map');
  const d = ev.param<{ applicantFlatPerEarner: number; recipientFlat: number; recipientRate: number }>('tanf.CA.disregards');
  const limitIncome = amountFor(mbsac.value[reg]!, u.size);
  const exempt = u.allAdultsDisabilityIncome;
  const maxAid = amountFor(map.value[reg]![exempt ? 'exempt' : 'nonExempt'], u.size);
  const unearned = u.unearned + u.childSupport;
  const reasons: Reason[] = [
    r('tanf.ca_region', { region: reg, known: region !== undefined }, 'Cal. Welf. & Inst. Code 11452.018'),
    r('tanf.payment_standard', { size: u.size, amount: maxAid, exempt }, map.citation),
  ];
  let ok = true;
  if (!u.recipient) {
    const c = u.earnings.reduce((s, e) => s + pos(e - d.applicantFlatPerEarner), 0) + unearned;
    const pass = c <= limitIncome;
    reasons.push(incomeTest('mbsac', c, limitIncome, pass, 'Cal. Welf. & Inst. Code 11450.12'));
    ok &&= pass;
  }
  const countable = pos(totalEarnings(u) - d.recipientFlat) * (1 - d.recipientRate) + unearned;
  const lim = ev.param<{ standard: number; elderlyOrDisabled: number }>('tanf.CA.asset_limit');
  const limit = u.elderlyOrDisabled ? lim.elderlyOrDisabled : lim.standard;
  reasons.push(assetTest(ev, u, 'tanf.CA.asset_limit', limit));
  reasons.push(benefitReason(maxAid, countable, maxAid - countable, 'Cal. Welf. & Inst. Code 11450, 11451.5'));
  const out = finish(ok && u.assets <= limit, Math.floor(roundCents(maxAid - countable)), reasons);
  if (region === undefined) return { ...out, missing: ['location.county'], uncertain: true };
  return out;
};

const CO: StateFormula = (ev, u) => {
  type CoTable = { oneAdult: SizeTable; twoAdults: SizeTable; childOnly: SizeTable; additionalChild: number; pregnancy?: number };
  const gs = ev.lookup<CoTable>('tanf.CO.grant_standard');
  const ns = ev.lookup<CoTable>('tanf.CO.need_standard');
  const d = ev.param<{ applicantFlat: number; rate: number }>('tanf.CO.earned_exclusion');
  const pick = (t: CoTable) => {
    const row = u.adults === 0 ? t.childOnly : u.adults === 1 ? t.oneAdult : t.twoAdults;
    const n = row.amounts.length - 1; // index = number of children, 0..10
    return u.children <= n ? row.amounts[u.children]! : row.amounts[n]! + t.additionalChild * (u.children - n);
  };
  const grant = pick(gs.value) + (u.pregnant ? gs.value.pregnancy ?? 0 : 0);
  const need = pick(ns.value);
  const unearned = u.unearned + u.childSupport;
  const reasons: Reason[] = [r('tanf.payment_standard', { size: u.size, adults: u.adults, children: u.children, amount: grant }, gs.citation)];
  let ok = true;
  const countable = totalEarnings(u) * (1 - d.rate) + unearned;
  // Need test: applicants after the $90 exclusion; participants after the percent exclusion (9 CCR 2503-6 §3.606.2).
  const c = u.recipient ? countable : pos(totalEarnings(u) - d.applicantFlat) + unearned;
  const passNeed = c < need;
  reasons.push(incomeTest('need_standard', c, need, passNeed, '9 CCR 2503-6 §3.606.2.A.1'));
  ok &&= passNeed;
  ev.lookup('tanf.CO.asset_test');
  reasons.push(r('tanf.no_asset_test', {}, '9 CCR 2503-6 §3.605'));
  reasons.push(benefitReason(grant, countable, grant - countable, '9 CCR 2503-6 §3.606.2.A'));
  const out = finish(ok, grant - countable, reasons);
  // Failing only the need-standard test, whose figures are not confirmed, is not a determination.
  return !ok && ns.verify && grant - countable > 0 ? { ...out, uncertain: true } : out;
};

const NY: StateFormula = (ev, u) => {
  const basic = ev.lookup<SizeTable>('tanf.NY.basic_allowance');
  const energy = ev.lookup<{ hea: SizeTable; shea: SizeTable }>('tanf.NY.home_energy_allowance');
  const nyc = ev.param<string[]>('tanf.NY.nyc_counties');
  const county = u.county?.replace(/\s+county$/i, '').trim().toLowerCase();
  const inNyc = county !== undefined && nyc.some((c) => c.toLowerCase() === county);
  const rent = ev.request.household.expenses.rent;
  let shelter = 0;
  let uncertain = false;
  const reasons: Reason[] = [];
  if (inNyc) {
    const max = ev.lookup<SizeTable>('tanf.NY.shelter_max_nyc');
    const cap = amountFor(max.value, Math.min(u.size, max.value.amounts.length));
    shelter = Math.min(rent, cap);
    reasons.push(r('tanf.ny_shelter_allowance', { rent, maximum: cap, allowance: shelter }, max.citation));
  } else {
    uncertain = true;
    reasons.push(r('tanf.ny_shelter_max_not_modeled', { rent, county: u.county ?? null }, '18 NYCRR 352.3 (shelter maxima by social services district)'));
  }
  const need = amountFor(basic.value, u.size) + amountFor(energy.value.hea, u.size) + amountFor(energy.value.shea, u.size) + shelter;
  const d = ev.lookup<{ rate: number; flat: number }>('tanf.NY.earned_deduction');
  const countable = pos(totalEarnings(u) * (1 - d.value.rate) - d.value.flat) + u.unearned + u.childSupport;
  const pass = countable < need;
  const lim = ev.param<{ standard: number; elderlyOrDisabled: number }>('tanf.NY.asset_limit');
  const limit = u.elderlyOrDisabled ? lim.elderlyOrDisabled : lim.standard;
  reasons.unshift(r('tanf.need_standard', { size: u.size, amount: roundCents(need), shelterIncluded: inNyc }, basic.citation));
  reasons.push(incomeTest('need_standard', countable, need, pass, d.citation));
  reasons.push(assetTest(ev, u, 'tanf.NY.asset_limit', limit));
  reasons.push(benefitReason(need, countable, need - countable, '18 NYCRR 352.1-352.3'));
  const out = finish(pass && u.assets <= limit, need - countable, reasons);
  return uncertain ? { ...out, uncertain: true, missing: u.county ? [] : ['location.county'] } : out;
};

const OH: StateFormula = (ev, u) => {
  const ps = ev.lookup<SizeTable>('tanf.OH.payment_standard');
  const standard = amountFor(ps.value, u.size);
  const d = ev.param<{ flat: number; rate: number }>('tanf.OH.earned_disregard');
  const gross = totalEarnings(u) + u.unearned + u.childSupport;
  const reasons: Reason[] = [r('tanf.payment_standard', { size: u.size, amount: standard }, ps.citation)];
  let ok = true;
  if (!u.recipient) {
    const rate = ev.param<number>('tanf.OH.initial_income_limit_rate');
    // Ohio indexes the initial test to the poverty guideline in effect on July 1 (TANF State Plan; ORC 5107.10(D)).
    const y = Number(ev.date.slice(0, 4));
    const july = ev.date.slice(5) >= '07-01' ? `${y}-07-01` : `${y - 1}-07-01`;
    const f = lookupIn<{ first: number; additional: number }>(table, 'hhs.fpg.contiguous', july);
    const limit = ((f ? f.value.first + f.value.additional * pos(u.size - 1) : annualPovertyGuideline(ev, u.size)) / 12) * rate;
    const pass = gross < limit;
    reasons.push(incomeTest('initial_gross_50_fpg', gross, limit, pass, 'ORC 5107.10(D)(1)(a)'));
    ok &&= pass;
  }
  const countable = pos(totalEarnings(u) - d.flat) * (1 - d.rate) + u.unearned + u.childSupport;
  const min = ev.param<number>('tanf.OH.minimum_payment');
  reasons.push(r('tanf.no_asset_test', {}, 'ORC 5107.10; OAC 5101:1-23 (no OWF resource limit)'));
  reasons.push(benefitReason(standard, countable, standard - countable, 'OAC 5101:1-23-40', min));
  return finish(ok && countable < standard, standard - countable, reasons, min);
};

const OR: StateFormula = (ev, u) => {
  const ps = ev.lookup<SizeTable>('tanf.OR.payment_standard');
  const cil = ev.lookup<SizeTable>('tanf.OR.countable_income_limit');
  const ail = ev.lookup<SizeTable>('tanf.OR.adjusted_income_limit');
  const rate = ev.param<number>('tanf.OR.earned_disregard_rate');
  const standard = amountFor(ps.value, u.size);
  const csd = u.childSupport > 0 ? ev.param<{ perChild: number; max: number }>('tanf.OR.child_support_disregard') : undefined;
  const childSupport = csd ? pos(u.childSupport - Math.min(csd.perChild * u.children, csd.max)) : 0;
  const countable = totalEarnings(u) + u.unearned + childSupport;
  const adjusted = totalEarnings(u) * (1 - rate) + u.unearned + childSupport;
  const reasons: Reason[] = [r('tanf.payment_standard', { size: u.size, amount: standard }, ps.citation)];
  let ok: boolean;
  if (u.recipient && u.earnings.length > 0) {
    const eli = standard * ev.param<number>('tanf.OR.exit_limit_multiplier');
    ok = countable < eli;
    reasons.push(incomeTest('exit_limit', countable, eli, ok, 'OAR 461-155-0030(3)'));
  } else {
    const cLimit = amountFor(cil.value, u.size);
    const aLimit = amountFor(ail.value, u.size);
    const p1 = countable < cLimit;
    const p2 = adjusted < aLimit;
    reasons.push(incomeTest('countable_income', countable, cLimit, p1, cil.citation));
    reasons.push(incomeTest('adjusted_income', adjusted, aLimit, p2, ail.citation));
    ok = p1 && p2;
  }
  const limit = ev.param<number>('tanf.OR.asset_limit');
  reasons.push(assetTest(ev, u, 'tanf.OR.asset_limit', limit));
  const min = ev.param<number>('tanf.OR.minimum_payment');
  reasons.push(benefitReason(standard, adjusted, standard - adjusted, 'OAR 461-165-0060', min));
  return finish(ok && u.assets <= limit, standard - adjusted, reasons, min);
};

const MO: StateFormula = (ev, u) => {
  const son = ev.lookup<SizeTable>('tanf.MO.standard_of_need');
  const rates = ev.param<{ grossLimitRate: number; maximumPaymentRate: number }>('tanf.MO.rates');
  const d = ev.param<{ standard: number; applicantFlat: number; applicantRate: number; recipientRate: number }>('tanf.MO.earned_disregard');
  const need = amountFor(son.value, u.size);
  const maxPay = Math.floor(need * rates.maximumPaymentRate);
  const earned = totalEarnings(u);
  const unearned = u.unearned + u.childSupport;
  const gross = earned + unearned;
  const grossLimit = need * rates.grossLimitRate;
  const care: Reason[] = [];
  const ccd = dependentCare(ev, u, 'tanf.MO.dependent_care_deduction', care);
  // Disregards apply to each earner's pay separately (13 CSR 40-2.310(9)(A); DSS Manual 0210.015.30.10).
  const countableEarned = pos((u.recipient
    ? u.earnings.reduce((s, e) => s + pos(e * (1 - d.recipientRate) - d.standard), 0)
    : u.earnings.reduce((s, e) => s + pos(e - d.standard - d.applicantFlat) * (1 - d.applicantRate), 0)) - ccd);
  const countable = countableEarned + unearned;
  const p1 = gross < grossLimit;
  const p2 = countable < need;
  const p3 = countable < maxPay;
  const limit = ev.param<number>('tanf.MO.asset_limit');
  const min = ev.param<number>('tanf.MO.minimum_payment');
  const benefit = Math.floor(roundCents(maxPay - countable)); // cents first: 2/3 is stored as 0.6666666667
  const reasons = [
    r('tanf.need_standard', { size: u.size, amount: need }, son.citation),
    r('tanf.payment_standard', { size: u.size, amount: maxPay }, '13 CSR 40-2.310(13)'),
    incomeTest('gross_185_need', gross, grossLimit, p1, '13 CSR 40-2.310(10)'),
    incomeTest('need_standard', countable, need, p2, '13 CSR 40-2.310(12)'),
    incomeTest('maximum_payment', countable, maxPay, p3, '13 CSR 40-2.310(12)'),
    assetTest(ev, u, 'tanf.MO.asset_limit', limit),
    benefitReason(maxPay, countable, benefit, 'RSMo 208.040.5', min),
    ...care,
  ];
  return finish(p1 && p2 && p3 && u.assets <= limit, benefit, reasons, min);
};

const NJ: StateFormula = (ev, u) => {
  const mb = ev.lookup<SizeTable>('tanf.NJ.maximum_benefit');
  const max = amountFor(mb.value, u.size);
  const gr = ev.param<number>('tanf.NJ.initial_gross_limit_rate');
  const d = ev.param<{ firstMonth: number; months2to7: number; after: number }>('tanf.NJ.earned_disregard');
  const csd = ev.param<{ one: number; twoOrMore: number }>('tanf.NJ.child_support_disregard');
  const csDisregard = u.children >= 2 ? csd.twoOrMore : csd.one;
  const earned = totalEarnings(u);
  const unearned = u.unearned + pos(u.childSupport - csDisregard);
  const reasons: Reason[] = [r('tanf.payment_standard', { size: u.size, amount: max }, mb.citation)];
  let ok = true;
  if (!u.recipient) {
    const gross = earned + u.unearned + u.childSupport;
    const limit = max * gr;
    const pass = gross <= limit;
    reasons.push(incomeTest('initial_gross_150_max', gross, limit, pass, 'N.J.A.C. 10:90-3.2(a)'));
    ok &&= pass;
  }
  // The estimate uses the months-2-to-7 disregard; the first month disregards all earnings.
  const countable = earned * (1 - d.months2to7) + unearned;
  reasons.push(r('tanf.nj_disregard_schedule', { firstMonth: d.firstMonth, months2to7: d.months2to7, after: d.after, used: d.months2to7 }, 'N.J.A.C. 10:90-3.8(c)'));
  const limit = ev.param<number>('tanf.NJ.asset_limit');
  reasons.push(assetTest(ev, u, 'tanf.NJ.asset_limit', limit));
  reasons.push(benefitReason(max, countable, max - countable, 'N.J.A.C. 10:90-3.3'));
  return finish(ok && countable < max && u.assets <= limit, max - countable, reasons);
};

const TX: StateFormula = (ev, u) => {
  type TxTables = { withoutSecondParent: SizeTable; withSecondParent: SizeTable; nonCaretaker?: SizeTable };
  const mg = ev.lookup<TxTables>('tanf.TX.max_grant');
  const bn = ev.lookup<TxTables>('tanf.TX.budgetary_needs');
  const kind = u.childOnly ? 'nonCaretaker' : u.twoParents ? 'withSecondParent' : 'withoutSecondParent';
  const grant = amountFor(mg.value[kind]!, u.size);
  // Child-only cases use the non-caretaker budgetary needs table (Texas Works Handbook C-110).
  const needs = amountFor(bn.value[kind] ?? bn.value.withoutSecondParent, u.size);
  const recRate = ev.param<number>('tanf.TX.recognizable_needs_rate');
  const d = ev.param<{ workExpensePerEarner: number; applicantRate: number; childSupportExcluded: number }>('tanf.TX.deductions');
  const afterWork = u.earnings.reduce((s, e) => s + pos(e - d.workExpensePerEarner), 0);
  const unearned = u.unearned + pos(u.childSupport - d.childSupportExcluded);
  const reasons: Reason[] = [r('tanf.payment_standard', { size: u.size, amount: grant, caseType: kind }, mg.citation)];
  const ccd = dependentCare(ev, u, 'tanf.TX.dependent_care_deduction', reasons);
  const countable = pos((u.recipient ? afterWork : afterWork * (1 - d.applicantRate)) - ccd) + unearned;
  let ok = true;
  let uncertain = false;
  if (!u.recipient) {
    const p1 = countable < needs;
    const recognizable = needs * recRate;
    const p2 = countable < recognizable;
    reasons.push(incomeTest('budgetary_needs', countable, needs, p1, bn.citation));
    reasons.push(incomeTest('recognizable_needs', countable, recognizable, p2, '1 Tex. Admin. Code 372.408'));
    ok = p1 && p2;
  } else {
    // Recipients keep TANF only while they pass the recognizable-needs test (1 TAC 372.408(a)(2)).
    const recognizable = needs * recRate;
    ok = countable < recognizable;
    reasons.push(incomeTest('recognizable_needs', countable, recognizable, ok, '1 Tex. Admin. Code 372.408(a)(2)'));
    if (!ok) {
      // During the 4 disregard months (90% of earnings over $120, max $1,400) the test may still be met.
      const d90 = ev.param<{ rate: number; cap: number }>('tanf.TX.recipient_earned_disregard');
      uncertain = pos(afterWork - Math.min(afterWork * d90.rate, d90.cap) - ccd) + unearned < recognizable;
    }
  }
  const limit = ev.param<number>('tanf.TX.asset_limit');
  reasons.push(assetTest(ev, u, 'tanf.TX.asset_limit', limit));
  const min = ev.param<number>('tanf.TX.minimum_grant');
  reasons.push(benefitReason(grant, countable, Math.floor(roundCents(grant - countable)), '1 Tex. Admin. Code 372.1505', min));
  const out = finish(ok && u.assets <= limit, Math.floor(roundCents(grant - countable)), reasons, min);
  if (out.eligible) {
    out.reasons.push(r('tanf.tx_one_time_option', { amount: ev.param<number>('tanf.TX.one_time_payment') }, '1 Tex. Admin. Code 372.801'));
  }
  return uncertain ? { ...out, uncertain: true } : out;
};

export const STATE_FORMULAS: Record<string, StateFormula> = { MI, MS, MA, IL, LA, NE, CA, CO, NY, OH, OR, MO, NJ, TX };
