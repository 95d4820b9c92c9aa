/**
 * The SNAP formula hand-inlined for one state and fiscal year — Missouri, FY2026 (2025-10-01 …
 * 2026-09-30) — as a single plain function with every figure written in: the benchmark's baseline
 * for "how fast could this be". It implements the same rules as rules/programs/snap (household,
 * noncitizens after 2025-07-04, students, pro rata income, deductions, Missouri's FY2026 SUA, no
 * BBCE, categorical/gross/net/asset tests, allotment) and must agree with the engine to the dollar
 * (tests/unit/snap-inlined.test.ts). Figures: USDA FNS SNAP FY2026 COLA memo; MO FY2026 SUA $509
 * (rules/states/mo.yaml); MO standard medical deduction $135.
 */
import type { Member, ScreeningRequest } from '../../rules/core/request';

const MAX = [298, 546, 785, 994, 1183, 1421, 1571, 1789];
const MAX_ADD = 218;
const STD = [209, 209, 209, 223, 261, 299];
const GROSS = [1696, 2292, 2888, 3483, 4079, 4675, 5271, 5867];
const GROSS_ADD = 596;
const NET = [1305, 1763, 2221, 2680, 3138, 3596, 4055, 4513];
const NET_ADD = 459;
const SHELTER_CAP = 744;
const HOMELESS = 198.99;
const MIN_BENEFIT = 24;
const SUA = 509;
const SMD = 135;
const FACTOR = { weekly: 52 / 12, biweekly: 26 / 12, semimonthly: 2, monthly: 1, annual: 1 / 12 } as const;

function years(since: string, date: string): number {
  let y = Number(date.slice(0, 4)) - Number(since.slice(0, 4));
  if (date.slice(5) < since.slice(5)) y -= 1;
  return y;
}

export const INLINED_STATE = 'MO';
export const INLINED_FROM = '2025-10-01';
export const INLINED_TO = '2026-09-30';

/** Monthly SNAP dollars for a Missouri FY2026 household (0 when ineligible). */
export function inlinedSnapMoFy2026(req: ScreeningRequest): number {
  const h = req.household;
  const ms = h.members;
  const date = req.date;
  let self: Member = ms[0]!;
  for (const m of ms) if (m.relationship === 'self') self = m;
  let youngChild = false;
  for (const m of ms) if (m !== self && m.age < 12) youngChild = true;
  const eligible: Member[] = [];
  const prorated: Member[] = [];
  for (const m of ms) {
    if ((m.purchasesAndPreparesTogether === false || (m.purchasesAndPreparesTogether === undefined && m.relationship === 'roommate')) && m !== self) {
      const must = m.relationship === 'spouse' || ((m.relationship === 'child' || m.relationship === 'stepchild') && m.age < 22)
        || (m.relationship === 'parent' && self.age < 22) || m.age < 18;
      if (!must) continue;
    }
    const im = m.immigration;
    if (im && im.status !== 'citizen' && im.status !== 'national') {
      if (im.status === 'prefer_not_to_say') { prorated.push(m); continue; }
      let ok = im.status === 'cuban_haitian_entrant' || im.status === 'cofa_citizen';
      if (im.status === 'lawful_permanent_resident') {
        const y = im.since !== undefined && im.since <= date ? years(im.since, date) : undefined;
        const disabilityBenefits = m.receivesSsi === true || m.incomes.some((i) => i.type === 'ssi' || i.type === 'ssdi');
        ok = m.age < 18 || (m.disabled && disabilityBenefits) || m.veteran === true || im.militaryConnection === true
          || (y !== undefined && y >= 5) || (im.workQuarters !== undefined && im.workQuarters >= 40)
          || y === undefined || im.workQuarters === undefined;
      }
      if (!ok) { prorated.push(m); continue; }
    }
    if (m.student && m.age >= 18 && m.age <= 49 && !(m.disabled || m.receivesSsi === true || m.incomes.some((i) => i.type === 'ssi' || i.type === 'ssdi'))) {
      const tanf = h.receivesTanfNow === true || m.incomes.some((i) => i.type === 'tanf');
      const e = m.employment;
      const working = e !== undefined && (e.status === 'employed' || e.status === 'self_employed');
      const carer = youngChild && (m.relationship === 'self' || m.relationship === 'spouse' || m.relationship === 'partner');
      const exempt = tanf || (working && e.hoursPerWeek !== undefined && e.hoursPerWeek >= 20) || carer || (working && e.hoursPerWeek === undefined);
      if (!exempt) continue;
    }
    eligible.push(m);
  }
  const n = eligible.length;
  if (n === 0) return 0;

  let earned = 0;
  let unearned = 0;
  let ed = false;
  let allSsi = true;
  for (const m of eligible) {
    let ssi = m.receivesSsi === true;
    for (const i of m.incomes) {
      const x = i.amount * FACTOR[i.frequency];
      if (i.type === 'wages' || i.type === 'self_employment') { if (!(m.age < 18 && m.student && m.relationship !== 'self')) earned += x; } else unearned += x;
      if (i.type === 'ssi') ssi = true;
      if (i.type === 'ssi' || i.type === 'ssdi') ed = true;
    }
    if (m.age >= 60 || m.disabled || m.receivesSsi === true) ed = true;
    if (!ssi) allSsi = false;
  }
  // Share of excluded members' income and of shared costs kept (7 CFR 273.11(c)(3)(ii)).
  const share = prorated.length && n ? n / (n + prorated.length) : 1;
  // Bills count as the screened person's: split only when that person is excluded (273.11(c)(2)(iii)).
  const costShare = prorated.some((m) => m.relationship === 'self') ? share : 1;
  if (prorated.length) {
    for (const m of prorated) {
      for (const i of m.incomes) {
        const x = i.amount * FACTOR[i.frequency] * share;
        // A school-going child's earnings are excluded before proration (7 CFR 273.9(c)(7), 273.11(c)(2)(ii); audit-3).
        if (i.type === 'wages' || i.type === 'self_employment') { if (!(m.age < 18 && m.student && m.relationship !== 'self')) earned += x; } else unearned += x;
      }
    }
  }
  const gross = earned + unearned;
  const e = h.expenses;
  let medical = 0;
  if (ed && e.medical > 35) medical = Math.max(SMD, e.medical - 35);
  const adjusted = Math.max(0, gross - earned * 0.2 - STD[Math.min(n, 6) - 1]! - medical - e.dependentCare * costShare - e.childSupportPaid * costShare);
  const u = e.utilities;
  const sua = u.heatingCooling || (u.receivedLiheap === true && ed) ? SUA : 0;
  const excess = Math.max(0, (e.rent + e.mortgage + e.propertyTaxInsurance) * costShare + sua - adjusted * 0.5);
  let shelter = ed ? excess : Math.min(excess, SHELTER_CAP);
  const costs = e.rent + e.mortgage + e.propertyTaxInsurance > 0 || u.heatingCooling || u.electricity || u.water || u.gas === true || u.sewer === true || u.trash === true;
  if ((h.housingSituation === 'shelter' || h.housingSituation === 'unsheltered') && costs) shelter = Math.max(shelter, HOMELESS);
  const net = Math.max(0, adjusted - shelter);

  let categorical = allSsi || h.receivesTanfNow === true || (h.currentBenefits?.includes('tanf') ?? false);
  // Only TANF of SNAP household members counts (7 CFR 273.2(j)(2)(i); audit-3).
  if (!categorical) for (const m of [...eligible, ...prorated]) for (const i of m.incomes) if (i.type === 'tanf') categorical = true;
  if (!categorical) {
    const grossLimit = n <= 8 ? GROSS[n - 1]! : GROSS[7]! + GROSS_ADD * (n - 8);
    const netLimit = n <= 8 ? NET[n - 1]! : NET[7]! + NET_ADD * (n - 8);
    const assets = h.assets.cash + h.assets.bank + (h.assets.other ?? 0);
    // Missouri excludes child support paid from gross income for the gross test (7 CFR 273.9(c)(17); MO IM-39).
    // The net test compares the whole-dollar net income (7 CFR 273.10(e)(1)(ii); audit-3).
    if ((!ed && Math.max(0, gross - e.childSupportPaid * costShare) > grossLimit) || Math.floor(net + 0.5 + 1e-9) > netLimit || assets > (ed ? 4500 : 3000)) return 0;
  }
  const max = n <= 8 ? MAX[n - 1]! : MAX[7]! + MAX_ADD * (n - 8);
  const netRounded = Math.floor(net + 0.5 + 1e-9);
  const benefit = Math.max(0, max - Math.ceil(Math.round(netRounded * 0.3 * 1e6) / 1e6));
  if (n <= 2 && benefit < MIN_BENEFIT) return MIN_BENEFIT;
  return benefit;
}
