// Which programs the save form ticks by default: likely/possibly, plus "refer anyway", minus "not now".
import { expect, test } from 'vitest';
import type { ProgramResult } from '../../rules/core/types';
import { defaultReferrals } from '../../src/worker/SaveCaseForm';

const r = (program: ProgramResult['program'], status: ProgramResult['status']): ProgramResult => ({ program, status, reasons: [], missing: [], nextSteps: [], rulesVersion: 't', stale: false });
const at = '2026-11-23T10:00:00.000Z';

test('likely and possibly are referred; unlikely and needs_info are not; overrides win', () => {
  const results = [r('snap', 'likely'), r('wic', 'possibly'), r('tanf', 'unlikely'), r('liheap', 'needs_info'), r('medicaid', 'likely')];
  expect(defaultReferrals(results, [])).toEqual(['snap', 'wic', 'medicaid']);
  expect(defaultReferrals(results, [
    { program: 'tanf', decision: 'refer_anyway', note: 'family asked', at },
    { program: 'wic', decision: 'not_now', note: 'already enrolled', at },
  ])).toEqual(['snap', 'tanf', 'medicaid']);
});
