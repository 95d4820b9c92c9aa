/**
 * Referrals: one per program the worker refers the family to, with a status, its history, a
 * follow-up date and a note. Pure functions (no storage, no React): the vault stores referrals
 * inside the encrypted case payload and copies only statuses and dates into the plaintext index.
 */
import { REFERRAL_STATUSES, type ReferralStatus } from '../db';
import type { ProgramId } from '../../rules/core/types';

export { REFERRAL_STATUSES, type ReferralStatus };

export interface ReferralEvent {
  status: ReferralStatus;
  /** ISO timestamp. */
  at: string;
}

export interface Referral {
  program: ProgramId;
  status: ReferralStatus;
  /** Every status the referral has had, oldest first (the first is its creation). */
  history: ReferralEvent[];
  /** YYYY-MM-DD; only open referrals show in the due list. */
  followUp?: string;
  note: string;
}

/** Statuses that still need the worker (shown in the due list when a follow-up date comes). */
export const OPEN_STATUSES: readonly ReferralStatus[] = ['to_send', 'sent', 'applied'];

/**
 * Allowed moves. Forward along to_send → sent → applied → approved|denied; any status can be
 * closed; a closed referral can be reopened (to_send); a denial can be re-applied (appeal or a
 * new application); a status entered by mistake can be stepped back one step.
 */
export const TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  to_send: ['sent', 'closed'],
  sent: ['applied', 'to_send', 'closed'],
  applied: ['approved', 'denied', 'sent', 'closed'],
  approved: ['applied', 'closed'],
  denied: ['applied', 'closed'],
  closed: ['to_send'],
};

export class InvalidTransitionError extends Error {
  readonly code = 'invalid_transition';
  constructor(readonly from: ReferralStatus, readonly to: ReferralStatus) {
    super(`invalid_transition:${from}->${to}`);
    this.name = 'InvalidTransitionError';
  }
}

export function isOpen(status: ReferralStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** YYYY-MM-DD plus n days (calendar arithmetic in UTC, so no DST surprises). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Local calendar date (YYYY-MM-DD) of a Date. */
export function localDate(d: Date = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const DEFAULT_FOLLOW_UP_DAYS = 7;

export function createReferral(program: ProgramId, at: string, followUp: string = addDays(at.slice(0, 10), DEFAULT_FOLLOW_UP_DAYS)): Referral {
  return { program, status: 'to_send', history: [{ status: 'to_send', at }], followUp, note: '' };
}

/** Move a referral to a new status (throws InvalidTransitionError for a move not in TRANSITIONS). */
export function transition(r: Referral, to: ReferralStatus, at: string, followUp?: string): Referral {
  if (!canTransition(r.status, to)) throw new InvalidTransitionError(r.status, to);
  const next: Referral = { ...r, status: to, history: [...r.history, { status: to, at }] };
  if (followUp !== undefined) next.followUp = followUp;
  if (!isOpen(to)) delete next.followUp;
  return next;
}

/** When the referral first reached a status (undefined if never). */
export function reachedAt(r: Referral, status: ReferralStatus): string | undefined {
  return r.history.find((e) => e.status === status)?.at;
}

export interface DueItem {
  caseId: string;
  program: ProgramId;
  status: ReferralStatus;
  followUp: string;
  overdue: boolean;
}

/**
 * Follow-ups due on `today` or overdue, for open referrals only, earliest first (ties by case,
 * then program, so the order is stable).
 */
export function dueList(cases: readonly { id: string; referrals: readonly Referral[] }[], today: string): DueItem[] {
  const out: DueItem[] = [];
  for (const c of cases) {
    for (const r of c.referrals) {
      if (!isOpen(r.status) || !r.followUp || r.followUp > today) continue;
      out.push({ caseId: c.id, program: r.program, status: r.status, followUp: r.followUp, overdue: r.followUp < today });
    }
  }
  return out.sort((a, b) => a.followUp.localeCompare(b.followUp) || a.caseId.localeCompare(b.caseId) || a.program.localeCompare(b.program));
}

/** The plaintext index fields a case's referrals contribute (see CaseRow in src/db). */
export function referralIndex(referrals: readonly Referral[]): { programs: string[]; referralStatuses: ReferralStatus[]; followUpDates: string[]; nextFollowUp: string } {
  const programs = [...new Set(referrals.map((r) => r.program))];
  const referralStatuses = REFERRAL_STATUSES.filter((s) => referrals.some((r) => r.status === s));
  const followUpDates = [...new Set(referrals.filter((r) => isOpen(r.status) && r.followUp).map((r) => r.followUp!))].sort();
  return { programs, referralStatuses, followUpDates, nextFollowUp: followUpDates[0] ?? '' };
}

/** Cases (index rows) with an open follow-up due on or before `today` — no decryption needed. */
export function dueCaseIds(rows: readonly { id: string; nextFollowUp: string }[], today: string): string[] {
  return rows.filter((r) => r.nextFollowUp !== '' && r.nextFollowUp <= today).sort((a, b) => a.nextFollowUp.localeCompare(b.nextFollowUp)).map((r) => r.id);
}
