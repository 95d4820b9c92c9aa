/** Contracts with the screening flow and the results view (owned by src/screening and src/results). */
export type { ScreeningDraft, ScreeningFlowProps, ScreeningRequest } from '../screening/types';
export type { Override, OverrideDecision, ProgramId, ProgramResult, ResultsViewProps } from '../results/types';
