/**
 * Contracts between the screening flow and its host (src/worker/WorkerMode.tsx, kiosk).
 * The host stores the draft (encrypted) as the worker types and hands it back after a reload.
 */
import type { ScreeningRequest } from '../domain/screening-request';

export type { ScreeningRequest };

/** A half-finished screening: raw answers keyed by question id (per-member ids look like `member.m2.age`). */
export interface ScreeningDraft {
  answers: Record<string, unknown>;
  /** The step the worker was on (a question id or a member-group id). */
  currentQuestionId: string;
  /** ISO timestamp of the last change. */
  updatedAt: string;
}

export interface ScreeningFlowProps {
  /** Restored draft (after reload/crash). */
  initialDraft?: ScreeningDraft;
  /** Called as the worker types (debounced ~300 ms). */
  onDraftChange(draft: ScreeningDraft): void;
  /** Called once at the end; `request` passes parseScreeningRequest. */
  onComplete(request: ScreeningRequest, draft: ScreeningDraft): void;
  /** ISO date (YYYY-MM-DD) of the screening; default today. */
  today?: string;
}
