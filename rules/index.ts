/**
 * The rules engine: a pure function from a ScreeningRequest to one ProgramResult per program.
 * No React, no DOM, no I/O: parameters are compiled JSON loaded with the module.
 */
import compiled from './generated/parameters.json';
import { Evaluation } from './core/context';
import { MissingParameterError, type ParameterTable } from './core/params';
import type { ScreeningRequest } from './core/request';
import { PROGRAM_IDS, type ProgramId, type ProgramResult } from './core/types';
import { FORMULAS } from './programs';

export * from './core/types';
export { parseScreeningRequest, type ScreeningRequest, type ScreeningRequestInput } from './core/request';

const table = compiled.parameters as unknown as ParameterTable;
export const RULES_VERSION: string = compiled.rulesVersion;
export const STATE_CONTACTS = compiled.contacts as Record<string, { name: string; contacts: Record<string, unknown> }>;

/** Evaluate one program. A missing figure for the date becomes needs_info, never a crash. */
export function evaluateProgram(request: ScreeningRequest, program: ProgramId): ProgramResult {
  const ev = new Evaluation(request, table);
  try {
    const f = FORMULAS[program](ev);
    // Completed in place (no object spread, no Set unless both lists have ids): this runs once per
    // program per household, and the copy was the engine's largest per-call cost (npm run bench).
    // Key order and values are the same as `{ ...r, needsVerification?, rulesVersion, stale }`.
    const r = (Object.isFrozen(f) ? { ...f } : f) as ProgramResult;
    const own = f.needsVerification;
    const needsVerification = own && own.length
      ? (ev.needsVerification.length ? [...new Set([...own, ...ev.needsVerification])] : own)
      : ev.needsVerification;
    if (needsVerification.length) r.needsVerification = needsVerification;
    r.rulesVersion = RULES_VERSION;
    r.stale = ev.stale;
    return r;
  } catch (e) {
    if (!(e instanceof MissingParameterError)) throw e;
    return {
      program,
      status: 'needs_info',
      reasons: [{ code: 'engine.no_rules_for_date', values: { parameter: e.id, date: e.date }, citation: 'AnyDoor rules coverage' }],
      missing: [],
      nextSteps: [{ code: 'verify_with_agency' }],
      rulesVersion: RULES_VERSION,
      stale: true,
    };
  }
}

/** Screen a household for every program (or the listed ones), in the canonical program order. */
export function screen(request: ScreeningRequest, programs: readonly ProgramId[] = PROGRAM_IDS): ProgramResult[] {
  return programs.map((p) => evaluateProgram(request, p));
}

/** For tests and tools that need the raw parameter table. */
export function parameterTable(): ParameterTable {
  return table;
}
