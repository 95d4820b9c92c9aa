import type { ProgramFormula } from '../core/program';
import type { ProgramId } from '../core/types';

/**
 * Temporary formula for a program whose rules are not modeled yet: it says so (needs_info with
 * reason "engine.program_not_modeled") instead of guessing. Remove once every program is modeled.
 */
export function notModeled(program: ProgramId): ProgramFormula {
  return () => ({
    program,
    status: 'needs_info',
    reasons: [{ code: 'engine.program_not_modeled', values: {}, citation: 'AnyDoor rules coverage' }],
    missing: [],
    nextSteps: [{ code: 'verify_with_agency' }],
  });
}
