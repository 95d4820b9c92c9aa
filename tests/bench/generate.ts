/**
 * Deterministic household generator for the benchmark and the inlined-formula agreement test:
 * a seeded PRNG (mulberry32) draws varied households across states and screening dates
 * (FY2025–FY2027). Same seed, same households, on every machine.
 */
import { parseScreeningRequest, type ScreeningRequest, type ScreeningRequestInput } from '../../rules';
import { US_STATES, type ImmigrationStatus, type IncomeType } from '../../rules/core/request';

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

export interface GenerateOptions {
  seed?: number;
  /** Only this state (default: all 51). */
  state?: string;
  /** Inclusive ISO date range (default FY2025–FY2027). */
  from?: string;
  to?: string;
}

const STATUSES: ImmigrationStatus[] = [
  'lawful_permanent_resident', 'refugee', 'asylee', 'cuban_haitian_entrant', 'parolee', 'cofa_citizen',
  'temporary_protected_status', 'daca', 'undocumented', 'prefer_not_to_say', 'other_lawful', 'national',
];
const ADULT_INCOME: IncomeType[] = ['wages', 'wages', 'wages', 'self_employment', 'unemployment', 'social_security', 'ssi', 'ssdi', 'pension', 'child_support_received', 'tanf', 'other_unearned'];
const FREQ = ['weekly', 'biweekly', 'semimonthly', 'monthly', 'monthly', 'annual'] as const;
const HOUSING = ['renting', 'renting', 'renting', 'owns', 'staying_with_others', 'shelter', 'unsheltered'] as const;
const COUNTIES = ['Kings', 'Nassau', 'Albany', 'Wayne', 'Cook', undefined, undefined];

function dayNumber(iso: string): number { return Date.parse(`${iso}T00:00:00Z`) / 86_400_000; }
function isoOf(day: number): string { return new Date(day * 86_400_000).toISOString().slice(0, 10); }

export function generateInputs(n: number, opts: GenerateOptions = {}): ScreeningRequestInput[] {
  const rnd = mulberry32(opts.seed ?? 20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const money = (lo: number, hi: number) => Math.round((lo + rnd() * (hi - lo)) * 100) / 100;
  const d0 = dayNumber(opts.from ?? '2024-10-01');
  const d1 = dayNumber(opts.to ?? '2027-09-30');
  const out: ScreeningRequestInput[] = [];
  for (let h = 0; h < n; h++) {
    const state = opts.state ?? pick(US_STATES);
    const date = isoOf(int(d0, d1));
    const members: NonNullable<ScreeningRequestInput['household']['members']> = [];
    const adults = rnd() < 0.45 ? 2 : 1;
    const children = rnd() < 0.55 ? int(1, 4) : 0;
    const extra = rnd() < 0.1 ? 1 : 0;
    const total = adults + children + extra;
    for (let i = 0; i < total; i++) {
      const isChild = i >= adults && i < adults + children;
      const relationship = i === 0 ? 'self' : isChild ? 'child' : i === 1 && adults === 2 ? 'spouse' : pick(['parent', 'sibling', 'roommate', 'other_relative'] as const);
      const age = isChild ? int(0, 21) : rnd() < 0.2 ? int(60, 90) : int(18, 59);
      const r = rnd();
      const status: ImmigrationStatus | undefined = r < 0.05 ? undefined : r < 0.78 ? 'citizen' : pick(STATUSES);
      const immigration = status === undefined ? undefined : {
        status,
        ...(rnd() < 0.8 ? { since: isoOf(int(dayNumber('2005-01-01'), dayNumber('2025-06-30'))) } : {}),
        ...(rnd() < 0.5 ? { workQuarters: int(0, 60) } : {}),
      };
      const incomes: { type: IncomeType; amount: number; frequency: (typeof FREQ)[number] }[] = [];
      if (!isChild || (age >= 14 && rnd() < 0.2)) {
        const k = rnd() < 0.25 ? 0 : rnd() < 0.8 ? 1 : 2;
        for (let j = 0; j < k; j++) {
          const type = isChild ? 'wages' : pick(ADULT_INCOME);
          const frequency = pick(FREQ);
          const monthly = money(100, type === 'ssi' ? 1000 : 3500);
          const per = frequency === 'weekly' ? monthly * 12 / 52 : frequency === 'biweekly' ? monthly * 12 / 26 : frequency === 'semimonthly' ? monthly / 2 : frequency === 'annual' ? monthly * 12 : monthly;
          incomes.push({ type, amount: Math.round(per * 100) / 100, frequency });
        }
      }
      const working = incomes.some((x) => x.type === 'wages' || x.type === 'self_employment');
      members.push({
        id: `m${i + 1}`,
        relationship,
        age,
        disabled: rnd() < 0.08,
        pregnant: !isChild && age < 45 && rnd() < 0.04,
        student: (isChild && age >= 5) || (!isChild && age < 30 && rnd() < 0.15),
        ...(immigration ? { immigration } : {}),
        incomes,
        ...(working ? { employment: { status: 'employed' as const, ...(rnd() < 0.85 ? { hoursPerWeek: int(5, 45) } : {}) } } : {}),
        ...(rnd() < 0.05 ? { veteran: true } : {}),
        ...(relationship === 'roommate' && rnd() < 0.5 ? { purchasesAndPreparesTogether: false } : {}),
        ...(incomes.some((x) => x.type === 'ssi') ? { receivesSsi: true } : {}),
      });
    }
    const housingSituation = pick(HOUSING);
    const renting = housingSituation === 'renting' || (housingSituation === 'shelter' && rnd() < 0.3);
    const county = state === 'NY' ? pick(COUNTIES) : rnd() < 0.5 ? pick(COUNTIES) : undefined;
    out.push({
      version: 1,
      date,
      location: { state: state as ScreeningRequestInput['location']['state'], ...(county ? { county } : {}) },
      household: {
        members,
        expenses: {
          rent: renting ? money(300, 2200) : 0,
          mortgage: housingSituation === 'owns' && rnd() < 0.6 ? money(300, 2000) : 0,
          propertyTaxInsurance: housingSituation === 'owns' ? money(0, 400) : 0,
          utilities: {
            heatingCooling: rnd() < 0.5, electricity: rnd() < 0.6, water: rnd() < 0.4, phone: rnd() < 0.7,
            ...(rnd() < 0.2 ? { gas: true } : {}),
            ...(rnd() < 0.1 ? { receivedLiheap: true } : {}),
          },
          dependentCare: children && rnd() < 0.25 ? money(50, 800) : 0,
          childSupportPaid: rnd() < 0.08 ? money(50, 600) : 0,
          medical: rnd() < 0.3 ? money(0, 500) : 0,
        },
        assets: { cash: money(0, 800), bank: rnd() < 0.7 ? money(0, 6000) : 0 },
        housingSituation,
        ...(rnd() < 0.07 ? { receivesTanfNow: true } : {}),
      },
    });
  }
  return out;
}

/** Generated households, validated and defaults filled, ready for the engine. */
export function generateHouseholds(n: number, opts: GenerateOptions = {}): ScreeningRequest[] {
  return generateInputs(n, opts).map((input, i) => {
    const r = parseScreeningRequest(input);
    if (!r.ok) throw new Error(`generated household ${i} is invalid: ${JSON.stringify(r.errors)}`);
    return r.request;
  });
}
