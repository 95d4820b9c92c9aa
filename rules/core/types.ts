/**
 * What every program formula returns. Codes and numbers only: the app turns codes into words in
 * the family's language (locales/), so nothing here is English prose.
 */
export const PROGRAM_IDS = [
  'snap', 'tanf', 'wioa_adult', 'wioa_dislocated_worker', 'wioa_youth', 'vr', 'pre_ets',
  'housing_choice_voucher', 'public_housing', 'wic', 'liheap', 'child_care', 'medicaid', 'chip',
  'school_meals', 'eitc', 'ctc', 'lifeline', 'emergency_assistance',
] as const;
export type ProgramId = (typeof PROGRAM_IDS)[number];

export type Status = 'likely' | 'possibly' | 'unlikely' | 'needs_info';

/** A value in a reason: a number (dollars unless the code says otherwise), a code, or a flag. */
export type ReasonValue = number | string | boolean | null;

export interface Reason {
  /** Stable machine code, e.g. "snap.net_income_over_limit". Rendered via locales/<lng>/reasons.json. */
  code: string;
  values: Record<string, ReasonValue>;
  /** Legal or policy source for this reason (CFR/USC section, state manual, agency notice). */
  citation: string;
}

export interface NextStep {
  /** e.g. "apply_online", "call_agency", "bring_documents", "verify_figure". */
  code: string;
  values?: Record<string, ReasonValue>;
}

export interface ProgramResult {
  program: ProgramId;
  status: Status;
  /** Dollar estimate, when a formula exists; monthly = 0 when ineligible. */
  estimate?: { monthly?: number; annual?: number };
  reasons: Reason[];
  /** Request field paths (or question ids) that would make the answer surer. */
  missing: string[];
  nextSteps: NextStep[];
  rulesVersion: string;
  /** True when the screening date is past the period the newest figures are known to cover. */
  stale: boolean;
  /** Members (by id) whose status makes them ineligible for this program on this date. */
  excludedMembers?: string[];
  /** Figures used that a person must still verify (parameter ids). */
  needsVerification?: string[];
}
