import type { Evaluation } from './context';
import type { ProgramResult } from './types';

/** What a program formula returns; the engine adds rulesVersion, stale and needsVerification. */
export type FormulaResult = Omit<ProgramResult, 'rulesVersion' | 'stale'>;

/** A program's formula: pure, synchronous, reads only the request and dated parameters. */
export type ProgramFormula = (ev: Evaluation) => FormulaResult;
