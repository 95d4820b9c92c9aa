/**
 * Reason codes → the locale namespace that words them (locales/<lng>/reasons-<group>.json, written
 * by each rules group). A code's first segment names its program (or engine / public_charge /
 * immigration, which are "core").
 */
import type { ProgramId } from '../../rules/core/types';

const GROUP_OF: Record<string, string> = {
  snap: 'snap',
  tanf: 'work', wioa_adult: 'work', wioa_dislocated_worker: 'work', wioa_youth: 'work', wioa: 'work', vr: 'work', pre_ets: 'work', emergency_assistance: 'work',
  medicaid: 'health', chip: 'health', wic: 'health', school_meals: 'health', lifeline: 'health',
  housing_choice_voucher: 'housing', public_housing: 'housing', housing: 'housing', liheap: 'housing', child_care: 'housing', eitc: 'housing', ctc: 'housing',
  engine: 'core', public_charge: 'core', immigration: 'core',
};

export const REASON_NAMESPACES = ['reasons-snap', 'reasons-work', 'reasons-health', 'reasons-housing', 'reasons-core'] as const;

/** Namespace for a reason code, e.g. "snap.gross_income_over_limit" → "reasons-snap". */
export function reasonNamespace(code: string): string {
  const head = code.split('.')[0] ?? '';
  return `reasons-${GROUP_OF[head] ?? 'core'}`;
}

/** Programs listed in the order families tend to need them most (concrete supports first). */
export const CONCRETE_FIRST: readonly ProgramId[] = [
  'snap', 'wic', 'emergency_assistance', 'liheap', 'tanf', 'child_care', 'housing_choice_voucher', 'public_housing',
  'school_meals', 'medicaid', 'chip', 'lifeline', 'eitc', 'ctc', 'wioa_adult', 'wioa_dislocated_worker', 'wioa_youth', 'vr', 'pre_ets',
];
