/**
 * Federal Child Tax Credit (26 U.S.C. 24 as amended by Pub. L. 119-21), Schedule 8812 order:
 * credit = children × per-child amount − $50 for each $1,000 (or fraction) of modified AGI over the
 * threshold ($200,000; $400,000 joint); the non-refundable part is limited by income tax before credits;
 * the refundable additional child tax credit (ACTC) is the least of the rest, the refundable maximum per
 * child, and 15% of earned income over $2,500 (24(d)(1)(B)(i); the alternative Social Security tax method
 * for 3+ children, 24(d)(1)(B)(ii), is not modeled — it can only be larger).
 */
import type { Evaluation } from '../../core/context';
import type { FormulaResult, ProgramFormula } from '../../core/program';
import { roundDollar } from '../../core/money';
import type { Status } from '../../core/types';
import { commonReasons, countOf, hasSsn, incomeTaxBeforeCredits, noCredit, steps, taxUnit, unknownSsnPaths } from './tax';

export const ctc: ProgramFormula = (ev: Evaluation): FormulaResult => {
  const program = 'ctc' as const;
  const year = Number(ev.date.slice(0, 4));
  const u = taxUnit(ev);
  const reasons = commonReasons(u, year);
  const filerSsn = u.filerSsn;
  const kidSsn = u.ctcChildSsn;
  const childrenWithoutSsn = countOf(kidSsn, 'no');
  const ageLimit = ev.lookup<number>('ctc.child_age_limit');
  const taxpayerRule = ev.lookup<boolean>('ctc.taxpayer_ssn_required');
  reasons.push({
    code: 'ctc.ssn_rules',
    values: {
      childSsnRequired: true, taxpayerSsnRequired: taxpayerRule.value,
      filersWithSsn: filerSsn.filter(hasSsn).length, childrenWithoutSsn,
      ssnAssumedFromStatus: filerSsn.includes('assumed') || kidSsn.includes('assumed'),
    },
    citation: `26 U.S.C. 24(h)(7); ${taxpayerRule.citation}`,
  });
  if (u.ctcChildren.length === 0) return noCredit(program, reasons, 'ctc.no_child_under_age_limit', { ageLimit: ageLimit.value }, ageLimit.citation);
  if (childrenWithoutSsn === kidSsn.length) return noCredit(program, reasons, 'ctc.no_child_with_ssn', { children: u.ctcChildren.length }, '26 U.S.C. 24(h)(7)');
  if (taxpayerRule.value && !filerSsn.some(hasSsn) && !filerSsn.includes('unknown')) {
    return noCredit(program, reasons, 'ctc.no_taxpayer_ssn', { filers: u.filers.length }, taxpayerRule.citation);
  }
  const n = kidSsn.length - childrenWithoutSsn;
  // The first figure set per tax year: a date past the newest year stops here.
  const per = ev.optional<number>('ctc.amount_per_child');
  if (!per) return ev.noRulesForDate('ctc.amount_per_child');
  const po = ev.lookup<{ single: number; joint: number; per1000: number }>('ctc.phase_out');
  const threshold = u.filing === 'joint' ? po.value.joint : po.value.single;
  const over = Math.max(0, u.agi - threshold);
  const total = Math.max(0, n * per.value - po.value.per1000 * Math.ceil(over / 1000));
  const liability = incomeTaxBeforeCredits(ev, u);
  const nonrefundable = Math.min(total, liability);
  const refMax = ev.lookup<number>('ctc.refundable_max_per_child');
  const phase = ev.lookup<{ threshold: number; rate: number }>('ctc.refundable_phase_in');
  const refundable = Math.min(total - nonrefundable, n * refMax.value, phase.value.rate * Math.max(0, u.earned - phase.value.threshold));
  const annual = roundDollar(nonrefundable + Math.max(0, refundable));
  reasons.unshift({
    code: annual > 0 ? 'ctc.estimate' : 'ctc.no_credit_at_this_income',
    values: {
      annual, children: n, perChild: per.value, fullCredit: total, phaseOutThreshold: threshold,
      taxBeforeCredits: roundDollar(liability), nonrefundablePart: roundDollar(nonrefundable), refundablePart: roundDollar(Math.max(0, refundable)),
      refundableMaxPerChild: refMax.value, refundableRate: phase.value.rate, refundableThreshold: phase.value.threshold, taxYear: year,
    },
    citation: `${per.citation}; ${refMax.citation}; 26 U.S.C. 24(b), 24(d)`,
  });
  if (childrenWithoutSsn > 0) reasons.push({ code: 'ctc.other_dependent_credit_for_child_without_ssn', values: { children: childrenWithoutSsn }, citation: '26 U.S.C. 24(h)(4)' });
  const unknown = filerSsn.every((s) => s === 'unknown') || kidSsn.includes('unknown');
  const status: Status = annual === 0 ? 'unlikely' : unknown ? 'possibly' : 'likely';
  const missing = unknown ? unknownSsnPaths(ev, u, u.ctcChildren) : [];
  return { program, status, estimate: { annual }, reasons, missing, nextSteps: steps(status) };
};
