/** HHS poverty guidelines by household size, state group and screening date. */
import type { Evaluation } from './context';

interface FpgValue { first: number; additional: number }

function fpgId(state: string): string {
  if (state === 'AK') return 'hhs.fpg.alaska';
  if (state === 'HI') return 'hhs.fpg.hawaii';
  return 'hhs.fpg.contiguous';
}

/** Annual poverty guideline for a household of `size` in the evaluation's state and date. */
export function annualPovertyGuideline(ev: Evaluation, size: number, id: string = fpgId(ev.state)): number {
  const v = ev.param<FpgValue>(id);
  return v.first + v.additional * Math.max(0, size - 1);
}

/** Monthly guideline, unrounded (programs round as their own rules say). */
export function monthlyPovertyGuideline(ev: Evaluation, size: number): number {
  return annualPovertyGuideline(ev, size) / 12;
}

export function fpgParameterId(state: string): string {
  return fpgId(state);
}
