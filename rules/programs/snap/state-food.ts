/**
 * State-funded food help on top of, or beside, federal SNAP (rules/states/<xx>.yaml):
 *
 * - `snap.state_minimum`: a state minimum benefit paid from state funds on the same EBT card
 *   (New Jersey $95 for every household, DC $30, Maryland for households with an older member, New
 *   Mexico's supplement for elderly/disabled households at the federal minimum). Following
 *   PolicyEngine US (`snap_min_allotment` replaces the federal minimum with the DC, MD and NJ state
 *   minimums inside `snap`), the estimate is federal + state; the reason
 *   `snap.state_minimum_supplement` shows both parts. Only households certified for at least $1 of
 *   federal SNAP get it (N.J.S.A. 44:10-111(d); DC Code 4-261.04(a) "participating in SNAP"; Md. Code
 *   Hum. Servs. 5-501(d) "receives a federally funded benefit"): a household of 3+ whose federal
 *   amount is $0 is not topped up (PolicyEngine would give it the state minimum).
 *
 * - `snap.state_food_program`: a state program for noncitizens whom SNAP excludes by immigration
 *   status (California CFAP, Washington FAP, Minnesota MFAP, Maine, Illinois). The federal amount is
 *   never changed: each excluded member the program may cover gets the reason
 *   `snap.state_food_program_for_excluded_members` with what the household would get if the state
 *   paid for that member at the SNAP level (the state part is the difference, as WAC 388-400-0050(4)
 *   and 10-144 CMR ch. 301 FS 444-11(3) compute it), and the next step `apply_state_food_program`.
 *   Statuses whose coverage is not confirmed by a primary source are listed as `verify` and flag the
 *   result for verification.
 */
import { z } from 'zod';
import type { Evaluation } from '../../core/context';
import { agencyContact } from '../../core/contacts';
import { IMMIGRATION_STATUSES, type Member, type ScreeningRequest } from '../../core/request';
import type { NextStep, Reason } from '../../core/types';
import type { SnapFigures } from './figures';
import type { Composition } from './household';
import { hasIncome } from './income';

export const STATE_FOOD_PARAMS = {
  stateMinimum: 'snap.state_minimum',
  stateFoodProgram: 'snap.state_food_program',
} as const;

export const snapStateMinimumSchema = z.strictObject({
  /** The total monthly benefit the state tops the federal benefit up to. */
  amount: z.number().positive(),
  /** Which households: every SNAP household; those with a member of at least `minAge`; or (New
   * Mexico) those whose members are all elderly or disabled and have no earned income. */
  households: z.enum(['all', 'member_min_age', 'all_elderly_or_disabled_no_earned_income']),
  minAge: z.number().int().positive().optional(),
  /** Only households whose federal allotment is at most the federal minimum (8.139.502.8(D)(4) NMAC). */
  federalAtMinimumOnly: z.boolean().optional(),
  program: z.string().min(3),
});

const status = z.enum(IMMIGRATION_STATUSES);
export const snapStateFoodProgramSchema = z.strictObject({
  program: z.string().min(3),
  /** Statuses the program covers (by a primary source) when SNAP excludes the member by status. */
  covered: z.array(status),
  /** Statuses it may cover: no primary source confirms it (the result asks for verification). */
  verify: z.array(status).default([]),
  /** Minimum age of a covered member (Minnesota: 50). */
  minAge: z.number().int().positive().optional(),
  /** State benefit as a percent of the SNAP amount (100 = same as SNAP). */
  benefitPctOfSnap: z.number().positive().max(100),
});

export type SnapStateMinimum = z.infer<typeof snapStateMinimumSchema>;
export type SnapStateFoodProgram = z.infer<typeof snapStateFoodProgramSchema>;

/** The federal budget, recomputed for a changed request (index.ts passes its `budget`). */
export type Rebudget = (request: ScreeningRequest) => { monthly: number };

export interface StateFoodResult {
  /** State-paid minimum-benefit supplement added to the estimate (0 when none). */
  supplement: number;
  steps: NextStep[];
}

export const NO_STATE_FOOD: StateFoodResult = Object.freeze({ supplement: 0, steps: Object.freeze([]) as unknown as NextStep[] });

function elderlyOrDisabled(m: Member, elderlyAge: number): boolean {
  return m.age >= elderlyAge || m.disabled === true || m.receivesSsi === true || hasIncome(m, 'ssi', 'ssdi');
}

function minimumApplies(p: SnapStateMinimum, comp: Composition, fig: SnapFigures, federal: number): boolean {
  // The SNAP household: eligible members and members excluded from it (not people who buy and cook apart).
  const members = comp.prorated.length ? [...comp.eligible, ...comp.prorated] : comp.eligible;
  if (p.federalAtMinimumOnly && federal > fig.minBenefit.value) return false;
  if (p.households === 'member_min_age') {
    const age = p.minAge ?? fig.rates.elderlyAge;
    return members.some((m) => m.age >= age);
  }
  if (p.households === 'all_elderly_or_disabled_no_earned_income') {
    if (comp.prorated.length > 0) return false; // all household members must receive federal SNAP
    return members.every((m) => elderlyOrDisabled(m, fig.rates.elderlyAge) && !hasIncome(m, 'wages', 'self_employment'));
  }
  return true;
}

/**
 * Adds the state minimum supplement and the state food program for excluded members to a SNAP
 * result: pushes reasons, records flags, and returns the supplement and extra next steps.
 */
export function stateFood(ev: Evaluation, fig: SnapFigures, federal: number, comp: Composition, reasons: Reason[], rebudget: Rebudget): StateFoodResult {
  // Resolved with the figures, without recording their flags (recorded only when used).
  const min = fig.stateMinimum;
  const prog = fig.stateFoodProgram;
  if (!min && !prog) return NO_STATE_FOOD;
  const req = ev.request;
  let supplement = 0;
  if (min && federal > 0 && federal < min.value.amount && minimumApplies(min.value, comp, fig, federal)) {
    ev.use(min);
    supplement = min.value.amount - federal;
    reasons.push({
      code: 'snap.state_minimum_supplement',
      values: { amount: min.value.amount, federal, state: supplement, stateProgram: min.value.program, verify: min.verify === true },
      citation: min.citation,
    });
  }
  const steps: NextStep[] = [];
  if (prog) {
    const p = prog.value;
    const covered: Member[] = [];
    let anyVerify = false;
    // The reasons so far (the loop adds more): members SNAP excludes by immigration status.
    const n = reasons.length;
    for (let i = 0; i < n; i++) {
      const r = reasons[i]!;
      if (r.code !== 'snap.member_excluded_immigration') continue;
      const m = req.household.members.find((x) => x.id === r.values.member);
      const st = m?.immigration?.status;
      if (!m || !st) continue;
      const sure = p.covered.includes(st);
      if (!sure && !p.verify.includes(st)) continue;
      if (p.minAge !== undefined && m.age < p.minAge) continue;
      covered.push(m);
      if (!sure) anyVerify = true;
      reasons.push({
        code: 'snap.state_food_program_for_excluded_members',
        values: { member: m.id, status: st, stateProgram: p.program, state: ev.state, coverage: sure ? 'covered' : 'verify', monthlyIfCovered: 0, statePart: 0 },
        citation: prog.citation,
      });
    }
    if (covered.length) {
      ev.use(prog);
      const id = `state.${ev.state}.${STATE_FOOD_PARAMS.stateFoodProgram}`;
      if (anyVerify && !ev.needsVerification.includes(id)) ev.needsVerification.push(id);
      // The household's amount with the covered members counted as eligible (SNAP rules otherwise),
      // scaled to the state's benefit level for the state part.
      const ids = new Set(covered.map((m) => m.id));
      const asIfEligible: ScreeningRequest = {
        ...req,
        household: {
          ...req.household,
          members: req.household.members.map((m) => (ids.has(m.id) ? { ...m, immigration: { status: 'citizen' as const } } : m)),
        },
      };
      const all = rebudget(asIfEligible).monthly;
      const statePart = Math.max(0, Math.floor(((all - federal) * p.benefitPctOfSnap) / 100));
      for (const r of reasons) {
        if (r.code === 'snap.state_food_program_for_excluded_members') {
          r.values.monthlyIfCovered = federal + statePart;
          r.values.statePart = statePart;
        }
      }
      steps.push({ code: 'apply_state_food_program', values: { program: 'snap', state: ev.state, stateProgram: p.program, ...agencyContact(ev.state, 'state_food', ['snap']) } });
    }
  }
  return { supplement, steps };
}
