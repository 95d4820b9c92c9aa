/**
 * The rules engine: a pure function from a ScreeningRequest to one ProgramResult per program.
 * No React, no DOM, no I/O: parameters are compiled JSON loaded with the module.
 */
import compiled from './generated/parameters.json';
import { Evaluation } from './core/context';
import { MissingParameterError, type ParameterTable } from './core/params';
import type { ScreeningRequest } from './core/request';
import { withStableShapes } from './core/shapes';
import { SharedFacts } from './core/shared';
import { PROGRAM_IDS, type ProgramId, type ProgramResult } from './core/types';
import { FORMULAS } from './programs';
import type { FormulaResult, ProgramFormula } from './core/program';

export * from './core/types';
export { parseScreeningRequest, type ScreeningRequest, type ScreeningRequestInput } from './core/request';

const table = compiled.parameters as unknown as ParameterTable;
export const RULES_VERSION: string = compiled.rulesVersion;
export { programContact } from './core/contacts';
export const STATE_CONTACTS = compiled.contacts as Record<string, { name: string; contacts: Record<string, unknown> }>;

/** Evaluate one program. A missing figure for the date becomes needs_info, never a crash. */
export function evaluateProgram(request: ScreeningRequest, program: ProgramId): ProgramResult {
  return run(withStableShapes(request), program, FORMULAS[program], completeInPlace);
}

type Complete = (f: FormulaResult, needsVerification: string[], stale: boolean) => ProgramResult;

function run(request: ScreeningRequest, program: ProgramId, formula: ProgramFormula, finish: Complete, facts?: SharedFacts): ProgramResult {
  const ev = new Evaluation(request, table, facts);
  try {
    const f = formula(ev);
    if (ev.missingFigure !== undefined) return noRulesForDate(program, ev.missingFigure, ev.date);
    const own = f.needsVerification;
    const needsVerification = own && own.length
      ? (ev.needsVerification.length ? [...new Set([...own, ...ev.needsVerification])] : own)
      : ev.needsVerification;
    return finish(f, needsVerification, ev.stale);
  } catch (e) {
    if (!(e instanceof MissingParameterError)) throw e;
    return noRulesForDate(program, e.id, e.date);
  }
}

/** A figure the program needs has no value on the date (thrown by ev.lookup, or said by ev.noRulesForDate). */
function noRulesForDate(program: ProgramId, parameter: string, date: string): ProgramResult {
  return {
    program,
    status: 'needs_info',
    reasons: [{ code: 'engine.no_rules_for_date', values: { parameter, date }, citation: 'AnyDoor rules coverage' }],
    missing: [],
    nextSteps: [{ code: 'verify_with_agency' }],
    rulesVersion: RULES_VERSION,
    stale: true,
  };
}

/*
 * Both completions give the formula's result with needsVerification (when any), rulesVersion and
 * stale added, keys in the formula's order: exactly `{ ...f, needsVerification?, rulesVersion, stale }`
 * (a spread here was once the engine's largest per-call cost, npm run bench).
 *
 * completeInPlace adds the keys to the formula's own object: cheapest where the call site sees one
 * program (evaluateProgram). complete copies into a new object: screen() runs every program through
 * one site, where adding keys to the formulas' objects (each return site of each formula has its own
 * hidden class) was a megamorphic transitioning store costing a third of the engine's time; the
 * copies all share one chain of hidden classes instead.
 */
function completeInPlace(f: FormulaResult, needsVerification: string[], stale: boolean): ProgramResult {
  const r = (Object.isFrozen(f) ? { ...f } : f) as ProgramResult;
  if (needsVerification.length) r.needsVerification = needsVerification;
  r.rulesVersion = RULES_VERSION;
  r.stale = stale;
  return r;
}

function complete(f: FormulaResult, needsVerification: string[], stale: boolean): ProgramResult {
  const out = {} as ProgramResult;
  for (const k in f) {
    switch (k) {
      case 'program': out.program = f.program; break;
      case 'status': out.status = f.status; break;
      case 'estimate': out.estimate = f.estimate; break;
      case 'reasons': out.reasons = f.reasons; break;
      case 'missing': out.missing = f.missing; break;
      case 'nextSteps': out.nextSteps = f.nextSteps; break;
      case 'excludedMembers': out.excludedMembers = f.excludedMembers; break;
      case 'needsVerification': out.needsVerification = needsVerification.length ? needsVerification : f.needsVerification; break;
      default: (out as unknown as Record<string, unknown>)[k] = (f as unknown as Record<string, unknown>)[k];
    }
  }
  if (needsVerification.length && out.needsVerification === undefined) out.needsVerification = needsVerification;
  out.rulesVersion = RULES_VERSION;
  out.stale = stale;
  return out;
}

/** Screen a household for every program (or the listed ones), in the canonical program order. */
export function screen(request: ScreeningRequest, programs: readonly ProgramId[] = PROGRAM_IDS): ProgramResult[] {
  const out = new Array<ProgramResult>(programs.length);
  const shaped = withStableShapes(request);
  // Facts several programs derive alike (the MAGI household, the tax unit) are computed once.
  const facts = new SharedFacts();
  for (let i = 0; i < programs.length; i++) out[i] = run(shaped, programs[i]!, FORMULAS[programs[i]!], complete, facts);
  return out;
}

/** For tests and tools that need the raw parameter table. */
export function parameterTable(): ParameterTable {
  return table;
}
