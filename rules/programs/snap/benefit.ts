/**
 * The allotment (7 U.S.C. 2017(a); 7 CFR 273.10(e)(2)): the maximum allotment for the household's
 * size less 30% of net income, with net income rounded to the dollar (273.10(e)(1)(ii)) and the 30%
 * rounded up to the next whole dollar (273.10(e)(2)(ii)(A)(1)). Eligible households of one or two
 * get at least the minimum benefit (273.10(e)(2)(ii)(C)); larger households whose result is $0 get
 * nothing (273.10(e)(2)(iii)).
 */
import { roundDollar } from '../../core/money';
import { sizeTable, type SnapFigures } from './figures';

export interface Benefit {
  maxAllotment: number;
  netRounded: number;
  contribution: number;
  computed: number;
  minimumApplied: boolean;
  monthly: number;
}

export function allotment(fig: SnapFigures, size: number, net: number): Benefit {
  const maxAllotment = sizeTable(fig.maxAllotment.value, size);
  const netRounded = roundDollar(net);
  const contribution = Math.ceil(Math.round(netRounded * fig.rates.benefitReductionRate * 1e6) / 1e6);
  const computed = Math.max(0, maxAllotment - contribution);
  const minimum = size <= fig.rates.minBenefitMaxSize ? fig.minBenefit.value : 0;
  const minimumApplied = computed < minimum;
  return { maxAllotment, netRounded, contribution, computed, minimumApplied, monthly: minimumApplied ? minimum : computed };
}
