/**
 * Contracts with the screening flow and results view (src/screening/types.ts, src/results/types.ts,
 * built on the `worker` branch). PLACEHOLDER copy until that branch reaches main: then this file
 * becomes two re-exports and nothing else changes.
 */
import type { ScreeningRequest } from '../domain/screening-request';
import type { ProgramId, ProgramResult } from '../../rules/core/types';

export type { ProgramId, ProgramResult, ScreeningRequest };

export interface ScreeningDraft {
  answers: Record<string, unknown>;
  currentQuestionId: string;
  updatedAt: string;
}

export interface ScreeningFlowProps {
  initialDraft?: ScreeningDraft;
  onDraftChange(draft: ScreeningDraft): void;
  onComplete(request: ScreeningRequest, draft: ScreeningDraft): void;
  today?: string;
}

export type OverrideDecision = 'refer_anyway' | 'not_now';

export interface Override {
  program: ProgramId;
  decision: OverrideDecision;
  note: string;
  at: string;
}

export interface ResultsViewProps {
  request: ScreeningRequest;
  results: ProgramResult[];
  overrides: Override[];
  onOverride(o: Override): void;
  frsMode: boolean;
}
