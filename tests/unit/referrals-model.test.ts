// Referral status transitions, follow-up dates and the due list.
import { describe, expect, test } from 'vitest';
import {
  InvalidTransitionError, REFERRAL_STATUSES, TRANSITIONS, addDays, canTransition, createReferral, dueCaseIds,
  dueList, reachedAt, referralIndex, transition, type Referral,
} from '../../src/referrals/model';

const T0 = '2026-11-23T10:00:00.000Z';

describe('referral status transitions', () => {
  test('a new referral is to_send with a follow-up a week later and one history entry', () => {
    const r = createReferral('snap', T0);
    expect(r).toEqual({ program: 'snap', status: 'to_send', history: [{ status: 'to_send', at: T0 }], followUp: '2026-11-30', note: '' });
  });

  test('the happy path records each step with its time', () => {
    let r = createReferral('wic', T0);
    r = transition(r, 'sent', '2026-11-24T09:00:00.000Z', '2026-12-01');
    r = transition(r, 'applied', '2026-11-28T09:00:00.000Z');
    expect(r.followUp).toBe('2026-12-01');
    r = transition(r, 'approved', '2026-12-10T09:00:00.000Z');
    expect(r.status).toBe('approved');
    expect(r.followUp).toBeUndefined(); // no longer open: nothing to follow up
    expect(r.history.map((e) => e.status)).toEqual(['to_send', 'sent', 'applied', 'approved']);
    expect(reachedAt(r, 'applied')).toBe('2026-11-28T09:00:00.000Z');
    expect(reachedAt(r, 'denied')).toBeUndefined();
  });

  test('moves not in the table are refused and leave the referral unchanged', () => {
    const r = createReferral('tanf', T0);
    expect(() => transition(r, 'approved', T0)).toThrow(InvalidTransitionError);
    expect(() => transition(r, 'applied', T0)).toThrow('invalid_transition:to_send->applied');
    expect(r.status).toBe('to_send');
    expect(r.history).toHaveLength(1);
  });

  test('the transition table: every status can be closed (except closed), closed can only reopen', () => {
    for (const s of REFERRAL_STATUSES) {
      if (s !== 'closed') expect(canTransition(s, 'closed')).toBe(true);
      expect(canTransition(s, s)).toBe(false);
    }
    expect(TRANSITIONS.closed).toEqual(['to_send']);
    expect(canTransition('denied', 'applied')).toBe(true); // re-apply or appeal
    expect(canTransition('to_send', 'denied')).toBe(false);
    let r = transition(createReferral('liheap', T0), 'closed', T0);
    expect(r.followUp).toBeUndefined();
    r = transition(r, 'to_send', T0, '2026-12-15');
    expect(r).toMatchObject({ status: 'to_send', followUp: '2026-12-15' });
  });

  test('addDays crosses months, years and DST without drift', () => {
    expect(addDays('2026-11-23', 7)).toBe('2026-11-30');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('due list', () => {
  const ref = (program: Referral['program'], status: Referral['status'], followUp?: string): Referral => ({
    program, status, history: [{ status, at: T0 }], ...(followUp ? { followUp } : {}), note: '',
  });
  const cases = [
    { id: 'b', referrals: [ref('snap', 'sent', '2026-11-20'), ref('wic', 'to_send', '2026-11-23'), ref('tanf', 'applied', '2026-11-24')] },
    { id: 'a', referrals: [ref('liheap', 'approved', '2026-11-01'), ref('medicaid', 'to_send', '2026-11-20'), ref('chip', 'denied', '2026-11-02')] },
    { id: 'c', referrals: [ref('eitc', 'applied'), ref('ctc', 'closed', '2026-10-01')] },
  ];

  test('open referrals due today or overdue, earliest first, closed/approved/denied and future ones left out', () => {
    expect(dueList(cases, '2026-11-23')).toEqual([
      { caseId: 'a', program: 'medicaid', status: 'to_send', followUp: '2026-11-20', overdue: true },
      { caseId: 'b', program: 'snap', status: 'sent', followUp: '2026-11-20', overdue: true },
      { caseId: 'b', program: 'wic', status: 'to_send', followUp: '2026-11-23', overdue: false },
    ]);
    expect(dueList(cases, '2026-11-19')).toEqual([]);
    expect(dueList(cases, '2026-11-24').map((d) => d.program)).toEqual(['medicaid', 'snap', 'wic', 'tanf']);
  });

  test('index fields: programs, distinct statuses in order, open follow-up dates; due cases from the index alone', () => {
    const idx = referralIndex(cases[0]!.referrals);
    expect(idx).toEqual({ programs: ['snap', 'wic', 'tanf'], referralStatuses: ['to_send', 'sent', 'applied'], followUpDates: ['2026-11-20', '2026-11-23', '2026-11-24'], nextFollowUp: '2026-11-20' });
    const rows = cases.map((c) => ({ id: c.id, ...referralIndex(c.referrals) }));
    expect(rows.find((r) => r.id === 'c')!.nextFollowUp).toBe('');
    expect(dueCaseIds(rows, '2026-11-23')).toEqual(['b', 'a']);
    expect(dueCaseIds(rows, '2026-11-19')).toEqual([]);
  });
});
