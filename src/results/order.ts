/**
 * Display order only (no policy): by status, or — for a Family Resource Specialist — concrete
 * supports first (food, rent, utilities, child care, cash), and the urgent needs the family named.
 */
import { PROGRAM_IDS, type ProgramId, type ProgramResult, type Status } from '../../rules/core/types';
import type { ScreeningRequest } from '../domain/screening-request';

export type ConcreteGroup = 'food' | 'rent' | 'utilities' | 'child_care' | 'cash';

/** Concrete supports, in the order an FRS offers them. */
export const CONCRETE_GROUPS: readonly [ConcreteGroup, readonly ProgramId[]][] = [
  ['food', ['snap', 'wic', 'school_meals']],
  ['rent', ['housing_choice_voucher', 'public_housing', 'emergency_assistance']],
  ['utilities', ['liheap', 'lifeline']],
  ['child_care', ['child_care']],
  ['cash', ['tanf', 'eitc', 'ctc']],
];

const STATUS_RANK: Record<Status, number> = { likely: 0, possibly: 1, needs_info: 2, unlikely: 3 };

export interface Ordered { result: ProgramResult; group?: ConcreteGroup }

function byStatus(a: ProgramResult, b: ProgramResult): number {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || PROGRAM_IDS.indexOf(a.program) - PROGRAM_IDS.indexOf(b.program);
}

export function orderResults(results: readonly ProgramResult[], frsMode: boolean): Ordered[] {
  if (!frsMode) return [...results].sort(byStatus).map((result) => ({ result }));
  const out: Ordered[] = [];
  const placed = new Set<ProgramId>();
  for (const [group, programs] of CONCRETE_GROUPS) {
    for (const p of programs) {
      const result = results.find((r) => r.program === p);
      if (result) {
        out.push({ result, group });
        placed.add(p);
      }
    }
  }
  return [...out, ...results.filter((r) => !placed.has(r.program)).sort(byStatus).map((result) => ({ result }))];
}

export type UrgentNeed = 'eviction' | 'utility_shutoff' | 'no_food';

/** Urgent needs from the request: eviction, a utility shutoff, and a positive Hunger Vital Sign. */
export function urgentNeeds(request: ScreeningRequest): UrgentNeed[] {
  const needs = new Set(request.household.needs);
  const out: UrgentNeed[] = [];
  if (needs.has('eviction')) out.push('eviction');
  if (needs.has('utility_shutoff')) out.push('utility_shutoff');
  if (request.household.foodInsecure === true) out.push('no_food');
  return out;
}
