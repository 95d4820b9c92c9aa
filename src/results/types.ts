/**
 * Contracts for the results screen embedded by src/worker/WorkerMode.tsx. The view only orders and
 * displays ProgramResult[] from rules `screen()`: no policy logic here.
 */
import type { ScreeningRequest } from '../domain/screening-request';
import type { ProgramId, ProgramResult } from '../../rules/core/types';

export type { ProgramId, ProgramResult, ScreeningRequest };

export type OverrideDecision = 'refer_anyway' | 'not_now';

/** A worker's decision to override one program's result, with a note. */
export interface Override {
  program: ProgramId;
  decision: OverrideDecision;
  note: string;
  /** ISO timestamp. */
  at: string;
}

export interface ResultsViewProps {
  request: ScreeningRequest;
  results: ProgramResult[];
  overrides: Override[];
  onOverride(o: Override): void;
  /** Family Resource Specialist ordering: concrete supports first, urgent needs flagged. */
  frsMode: boolean;
}
