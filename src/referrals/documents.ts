/**
 * What to bring, per program: ids of common document kinds (text in locales/<lng>/worker.json
 * under packet.doc.<id>). A general checklist for the referral packet, not an eligibility rule:
 * the agency's own list wins, and the packet says so.
 */
import type { ProgramId } from '../../rules/core/types';

export const DOCUMENT_KINDS = [
  'identity', 'ssn', 'immigration', 'address', 'income', 'expenses_housing', 'utility_bill', 'child_care_costs',
  'children', 'pregnancy', 'disability', 'tax', 'job_history', 'school', 'benefit_letters',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENTS: Readonly<Record<ProgramId, readonly DocumentKind[]>> = {
  snap: ['identity', 'ssn', 'immigration', 'address', 'income', 'expenses_housing', 'utility_bill', 'child_care_costs'],
  tanf: ['identity', 'ssn', 'immigration', 'address', 'income', 'children', 'expenses_housing'],
  wioa_adult: ['identity', 'ssn', 'immigration', 'income', 'job_history'],
  wioa_dislocated_worker: ['identity', 'ssn', 'immigration', 'job_history', 'benefit_letters'],
  wioa_youth: ['identity', 'ssn', 'immigration', 'income', 'school'],
  vr: ['identity', 'disability', 'school', 'job_history'],
  pre_ets: ['identity', 'disability', 'school'],
  housing_choice_voucher: ['identity', 'ssn', 'immigration', 'income', 'address', 'children'],
  public_housing: ['identity', 'ssn', 'immigration', 'income', 'address', 'children'],
  wic: ['identity', 'address', 'income', 'pregnancy', 'children', 'benefit_letters'],
  liheap: ['identity', 'address', 'income', 'utility_bill'],
  child_care: ['identity', 'address', 'income', 'children', 'job_history', 'school'],
  medicaid: ['identity', 'ssn', 'immigration', 'address', 'income', 'pregnancy', 'disability'],
  chip: ['identity', 'ssn', 'immigration', 'address', 'income', 'children'],
  school_meals: ['income', 'children', 'benefit_letters'],
  eitc: ['identity', 'ssn', 'tax', 'income', 'children'],
  ctc: ['identity', 'ssn', 'tax', 'children'],
  lifeline: ['identity', 'address', 'income', 'benefit_letters'],
  emergency_assistance: ['identity', 'address', 'income', 'expenses_housing', 'utility_bill'],
};
