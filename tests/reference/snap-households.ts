/**
 * Seeded generator of varied SNAP screening requests for the differential test
 * (tests/unit/snap-differential.test.ts). Deterministic: mulberry32(seed).
 */
import { parseScreeningRequest, type ScreeningRequest, type ScreeningRequestInput } from '../../rules';
import { US_STATES, IMMIGRATION_STATUSES, INCOME_TYPES, FREQUENCIES, HOUSING_SITUATIONS } from '../../rules/core/request';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DATES = [
  '2024-10-01', '2024-12-15', '2025-03-31', '2025-07-03', '2025-07-04', '2025-07-05', '2025-09-30',
  '2025-10-01', '2026-01-20', '2026-02-28', '2026-03-01', '2026-05-01', '2026-09-30', '2026-10-01',
  '2026-11-23', '2027-04-15', '2027-09-30',
];
const COUNTIES: Record<string, string[]> = {
  NY: ['Kings', 'Bronx County', 'New York', 'Nassau', 'Suffolk County', 'Albany', 'Erie'],
  AK: ['Anchorage', 'Fairbanks North Star Borough', 'Nome Census Area', 'Juneau', 'Kenai Peninsula Borough', 'Bethel Census Area'],
};
const RELS = ['spouse', 'partner', 'child', 'stepchild', 'grandchild', 'parent', 'sibling', 'other_relative', 'roommate'] as const;

export function generateHousehold(rnd: () => number, index: number): ScreeningRequest {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const chance = (p: number) => rnd() < p;
  const money = (max: number) => Math.round(rnd() * max * (chance(0.3) ? 100 : 1)) / (chance(0.3) ? 100 : 1);
  const state = US_STATES[index % US_STATES.length]!;
  const date = pick(DATES);
  const size = 1 + Math.floor(Math.pow(rnd(), 1.4) * 9);
  const members: NonNullable<ScreeningRequestInput['household']>['members'] = [];
  for (let i = 0; i < size; i++) {
    const rel = i === 0 ? 'self' : pick(RELS);
    const childish = rel === 'child' || rel === 'stepchild' || rel === 'grandchild';
    const age = chance(0.15) ? pick([17, 18, 21, 22, 49, 50, 59, 60])
      : childish ? Math.floor(rnd() * 25) : rel === 'parent' ? 50 + Math.floor(rnd() * 40) : 16 + Math.floor(rnd() * 75);
    const incomes: Array<{ type: (typeof INCOME_TYPES)[number]; amount: number; frequency: (typeof FREQUENCIES)[number] }> = [];
    const nInc = age < 14 ? (chance(0.05) ? 1 : 0) : Math.floor(rnd() * 3);
    for (let k = 0; k < nInc; k++) {
      const type = chance(0.45) ? 'wages' : chance(0.2) ? 'self_employment' : pick(INCOME_TYPES);
      const frequency = pick(FREQUENCIES);
      const scale = frequency === 'weekly' ? 500 : frequency === 'biweekly' ? 1000 : frequency === 'semimonthly' ? 1100 : frequency === 'annual' ? 30000 : 2200;
      incomes.push({ type, amount: money(scale), frequency });
    }
    const status = chance(0.6) ? 'citizen' : pick(IMMIGRATION_STATUSES);
    // since: random, or on the 5-year mark of the screening date (a day either side)
    const fiveYears = `${Number(date.slice(0, 4)) - 5}${date.slice(4)}`;
    const since = chance(0.25)
      ? shiftDay(fiveYears, pick([-1, 0, 1]))
      : `${2012 + Math.floor(rnd() * 15)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const immigration = chance(0.08) ? undefined : {
      status,
      ...(status !== 'citizen' && chance(0.7) ? { since } : {}),
      ...(status !== 'citizen' && chance(0.5) ? { workQuarters: chance(0.2) ? pick([39, 40]) : Math.floor(rnd() * 60) } : {}),
      ...(status !== 'citizen' && chance(0.05) ? { militaryConnection: true } : {}),
    };
    const working = incomes.some((x) => x.type === 'wages');
    const selfEmp = incomes.some((x) => x.type === 'self_employment');
    const employment = working || selfEmp
      ? { status: (working ? 'employed' : 'self_employed') as 'employed' | 'self_employed', ...(chance(0.8) ? { hoursPerWeek: Math.floor(rnd() * 45) } : {}) }
      : chance(0.5) ? { status: pick(['unemployed', 'not_working', 'retired', 'laid_off'] as const) } : undefined;
    members.push({
      id: `m${i + 1}`,
      relationship: rel,
      age,
      pregnant: false,
      disabled: chance(0.12),
      student: age >= 5 && age <= 30 ? chance(0.35) : chance(0.03),
      ...(immigration ? { immigration } : {}),
      incomes,
      ...(employment ? { employment } : {}),
      ...(chance(0.04) ? { receivesSsi: true } : {}),
      ...(chance(0.05) ? { veteran: true } : {}),
      ...(rel !== 'self' && chance(0.1) ? { purchasesAndPreparesTogether: chance(0.5) } : rel === 'roommate' && chance(0.5) ? { purchasesAndPreparesTogether: true } : {}),
    });
  }
  const housingSituation = pick(HOUSING_SITUATIONS);
  const owns = housingSituation === 'owns';
  const county = COUNTIES[state] && chance(0.8) ? pick(COUNTIES[state]!) : chance(0.3) ? 'Some County' : undefined;
  const input: ScreeningRequestInput = {
    version: 1,
    date,
    location: { state, ...(county ? { county } : {}) },
    household: {
      members,
      expenses: {
        rent: owns || housingSituation === 'unsheltered' ? 0 : chance(0.8) ? money(1800) : 0,
        mortgage: owns && chance(0.7) ? money(1600) : 0,
        propertyTaxInsurance: owns && chance(0.6) ? money(300) : 0,
        utilities: {
          heatingCooling: chance(0.4), electricity: chance(0.5), water: chance(0.3), phone: chance(0.5),
          ...(chance(0.3) ? { gas: chance(0.5) } : {}),
          ...(chance(0.3) ? { sewer: chance(0.5) } : {}),
          ...(chance(0.3) ? { trash: chance(0.5) } : {}),
          ...(chance(0.2) ? { receivedLiheap: chance(0.5) } : {}),
        },
        dependentCare: chance(0.2) ? money(900) : 0,
        childSupportPaid: chance(0.12) ? money(600) : 0,
        medical: chance(0.35) ? (chance(0.2) ? pick([35, 35.01, 36]) : money(600)) : 0,
      },
      assets: chance(0.15) ? nearLimit(pick([3000, 4500, 4750, 5000]), pick([-0.01, 0, 0.01]), rnd) : { cash: money(chance(0.2) ? 8000 : 1500), bank: money(chance(0.2) ? 30000 : 2500), ...(chance(0.2) ? { other: money(5000) } : {}), ...(chance(0.5) ? { vehicles: Math.floor(rnd() * 3) } : {}) },
      housingSituation,
      ...(chance(0.06) ? { receivesTanfNow: true } : {}),
      ...(chance(0.05) ? { currentBenefits: [pick(['tanf', 'ssi', 'medicaid', 'wic', 'snap'] as const)] } : {}),
    },
  };
  const parsed = parseScreeningRequest(input);
  if (!parsed.ok) throw new Error(`generator produced an invalid request: ${JSON.stringify(parsed.errors)}`);
  return parsed.request;
}

/** The same request with the screened person's income replaced by one monthly amount (cents kept). */
export function withSelfIncome(req: ScreeningRequest, type: 'wages' | 'other_unearned' | 'social_security', amount: number): ScreeningRequest {
  const members = req.household.members.map((m) => (m.relationship === 'self'
    ? { ...m, incomes: [{ type, amount: Math.round(amount * 100) / 100, frequency: 'monthly' as const }] }
    : m));
  return { ...req, household: { ...req.household, members } };
}

/**
 * Households on the edges of the tests: from a generated household, the screened person's monthly
 * income is searched (bisection to the cent) for where `crosses` turns true, and the requests at that
 * point and one cent either side are returned. `crosses` must be monotone in the income.
 */
export function edgeHouseholds(
  base: ScreeningRequest,
  type: 'wages' | 'other_unearned' | 'social_security',
  crosses: (req: ScreeningRequest) => boolean,
): ScreeningRequest[] {
  let lo = 0;
  let hi = 20000;
  if (crosses(withSelfIncome(base, type, lo)) || !crosses(withSelfIncome(base, type, hi))) return [];
  while (hi - lo > 0.01) {
    const mid = Math.round(((lo + hi) / 2) * 100) / 100;
    if (mid === lo || mid === hi) break;
    if (crosses(withSelfIncome(base, type, mid))) hi = mid; else lo = mid;
  }
  return [lo - 0.01, lo, hi, hi + 0.01].filter((x) => x >= 0).map((x) => withSelfIncome(base, type, x));
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 4) === '0000' ? '2000' : iso.slice(0, 4)}${iso.slice(4, 7)}-01T00:00:00Z`);
  const day = Math.min(Number(iso.slice(8, 10)), 28); // Feb 29 five years back does not exist
  d.setUTCDate(day + days);
  return d.toISOString().slice(0, 10);
}

/** Cash, bank and other that add up to `limit + delta` (in cents). */
function nearLimit(limit: number, delta: number, rnd: () => number): { cash: number; bank: number; other: number } {
  const total = Math.round((limit + delta) * 100);
  const cash = Math.floor(rnd() * total / 3);
  const other = Math.floor(rnd() * (total - cash) / 2);
  return { cash: cash / 100, bank: (total - cash - other) / 100, other: other / 100 };
}
