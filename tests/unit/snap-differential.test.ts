/**
 * Differential test of the SNAP engine against an independent reference calculator
 * (tests/reference/snap-reference.ts, written from 7 U.S.C. 2014/2017 and 7 CFR 273 with the
 * parameter data only). A seeded generator (tests/reference/snap-households.ts) makes varied
 * households in all 50 states and DC, on dates in FY2025-FY2027 around 2025-07-04 and 2026-10-01.
 *
 * Every household must agree exactly — status and estimate.monthly — unless the reference marks it
 * with one of the ACCEPTED classes below, where the engine deliberately says `possibly` because the
 * request leaves a fact open. Even then the amount must agree exactly (the engine's estimate keeps
 * the same assumption the reference makes), and the status may only be the reference's or `possibly`.
 */
import { describe, expect, test } from 'vitest';
import { screen } from '../../rules';
import { referenceSnap, type RefFlag } from '../reference/snap-reference';
import { edgeHouseholds, generateHousehold, mulberry32 } from '../reference/snap-households';
import type { ScreeningRequest } from '../../rules';
import { US_STATES } from '../../rules/core/request';

/** Classes where the engine's `possibly` is accepted, each with its reason. */
const ACCEPTED: Partial<Record<RefFlag, string>> = {
  immigration_dates_missing:
    'LPR/parolee whose eligibility turns on a missing (or future) immigration.since or workQuarters: counted in, possibly (snap.member_eligibility_needs_info)',
  student_hours_missing:
    'working student 18-49 without hoursPerWeek: the 20-hour exemption (7 CFR 273.5(b)(5)) is open; counted in, possibly (snap.student_hours_needed)',
  county_needed:
    'state with regional utility allowances (NY, AK) and no county: the default region is used, possibly (snap.utility_allowance_county_needed)',
  status_not_given:
    'prefer_not_to_say: treated as an ineligible noncitizen (7 CFR 273.4(c)), possibly with the amount if a qualifying status were given (snap.member_status_not_given)',
  other_lawful:
    '"other_lawful" does not say which status: excluded as not shown eligible, possibly (basis other_lawful_verify)',
  student_child_6_to_11:
    'student 18-49 whose only exemption could be a household child of 6-11: exempt only if adequate child care is unavailable or a single parent studies full time (7 U.S.C. 2015(e)(5), (e)(8); 7 CFR 273.5(b)), facts the request lacks; counted in, possibly (snap.student_child_care_exemption_unknown)',
  temporary_stay:
    'staying_with_others with shelter costs: homeless only if the stay is 90 days or less (7 CFR 271.2), which the request does not say; estimate without the homeless deduction, possibly when only the homeless budget is eligible (snap.homeless_if_temporary_stay)',
};

const N = 10000;
const SEED = 20261123;

function normalize(monthly: number | null | undefined): number {
  return monthly ?? 0;
}

/** Exact agreement, or an accepted class with the reference's amount: the mismatch line otherwise. */
function compare(req: ScreeningRequest, label: string, accepted: Record<string, number>): string | undefined {
  const ref = referenceSnap(req);
  const eng = screen(req, ['snap'])[0]!;
  const engMonthly = normalize(eng.estimate?.monthly);
  const refMonthly = normalize(ref.monthly);
  const acceptedFlags = ref.flags.filter((f) => ACCEPTED[f] !== undefined);
  const statusOk = eng.status === ref.status || (acceptedFlags.length > 0 && eng.status === 'possibly');
  if (statusOk && engMonthly === refMonthly) {
    if (eng.status !== ref.status) for (const f of acceptedFlags) accepted[f] = (accepted[f] ?? 0) + 1;
    return undefined;
  }
  return `${label} ${req.location.state} ${req.date}: reference ${ref.status} $${refMonthly} [${ref.flags.join(',')}] vs engine ${eng.status} $${engMonthly} ${JSON.stringify(ref.detail)}`;
}

describe('SNAP engine vs independent reference (differential)', () => {
  const rnd = mulberry32(SEED);
  const households = Array.from({ length: N }, (_, i) => generateHousehold(rnd, i));

  test('the generated households cover every state, all three fiscal years and the 2025-07-04 / 2026-10-01 edges', () => {
    expect(new Set(households.map((h) => h.location.state)).size).toBe(US_STATES.length);
    const dates = new Set(households.map((h) => h.date));
    for (const d of ['2025-07-03', '2025-07-04', '2026-09-30', '2026-10-01']) expect(dates.has(d)).toBe(true);
    expect(households.some((h) => h.date < '2025-10-01')).toBe(true);
    expect(households.some((h) => h.date >= '2026-10-01')).toBe(true);
    expect(new Set(households.map((h) => h.household.members.length)).size).toBe(9);
  });

  test(`${N} households: exact agreement, or an accepted class`, () => {
    const mismatches: string[] = [];
    const accepted: Record<string, number> = {};
    let likely = 0;
    let unlikely = 0;
    households.forEach((req, i) => {
      if (referenceSnap(req).status === 'likely') likely++; else unlikely++;
      const m = compare(req, `#${i}`, accepted);
      if (m) mismatches.push(m);
    });
    expect(mismatches.slice(0, 10)).toEqual([]);
    // the comparison is not vacuous: both outcomes occur in numbers, and the accepted classes stay rare
    expect(likely).toBeGreaterThan(N / 4);
    expect(unlikely).toBeGreaterThan(N / 10);
    const acceptedTotal = Object.values(accepted).reduce((a, b) => a + b, 0);
    expect(acceptedTotal).toBeLessThan(N / 10);
    // every accepted class is still needed (none stays listed after the engine stops saying possibly for it)
    for (const f of Object.keys(ACCEPTED)) expect(accepted[f] ?? 0, `accepted class ${f} occurs`).toBeGreaterThan(0);
    console.info(`snap differential: ${N} households, ${likely} likely / ${unlikely} not, accepted ${JSON.stringify(accepted)}`);
  });
});

describe('SNAP engine vs reference on the edges of the income tests', () => {
  // From generated households, the screened person's monthly income is bisected to the cent where the
  // reference's status, 130% gross test, BBCE gross test or net test turns, and the requests one cent
  // either side are compared (float noise and rounding live here).
  const rnd = mulberry32(SEED + 1);
  const KINDS = ['status', 'gross', 'bbce', 'net'] as const;
  const TYPES = ['wages', 'other_unearned', 'social_security'] as const;
  const edges: Array<{ req: ScreeningRequest; label: string }> = [];
  for (let i = 0; i < 900; i++) {
    const base = generateHousehold(rnd, i);
    const kind = KINDS[i % KINDS.length]!;
    const type = TYPES[Math.floor(rnd() * TYPES.length)]!;
    const crosses = (r: ScreeningRequest): boolean => {
      const x = referenceSnap(r);
      const d = x.detail as Record<string, number | null>;
      if (kind === 'status') return x.status !== 'likely';
      if (kind === 'gross') return d.grossForTest! > d.grossLimit! + 1e-6;
      if (kind === 'bbce') return d.bbceLimit !== null && d.grossForTest! > d.bbceLimit! + 1e-6;
      return d.net! > d.netLimit!;
    };
    for (const req of edgeHouseholds(base, type, crosses)) edges.push({ req, label: `edge ${kind} #${i}` });
  }

  test('edge households agree exactly, or in an accepted class', () => {
    expect(edges.length).toBeGreaterThan(1200);
    const accepted: Record<string, number> = {};
    const mismatches = edges.map((e) => compare(e.req, e.label, accepted)).filter((m) => m !== undefined);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
