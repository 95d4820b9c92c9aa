/**
 * LIHEAP energy assistance. Federal frame: income up to the greater of 150% of the poverty
 * guideline or 60% of state median income (42 U.S.C. 8624(b)(2)(B)); states set their own limit in
 * that range (never below 110% FPG); households on SNAP, TANF or SSI may be categorically eligible
 * (8624(b)(2)(A)). A shut-off notice points to the crisis component (8623(c)).
 * LIHEAP is a "federal public benefit" (PRWORA): citizens, nationals and qualified aliens, with no
 * five-year bar (it is not a federal means-tested public benefit); other members are left out.
 * State limits are applied only where sourced (rules/programs/liheap/parameters); elsewhere a household
 * under the federal ceiling is "possibly" eligible, with the state figure to verify.
 */
import type { Evaluation } from '../../core/context';
import type { FormulaResult, ProgramFormula } from '../../core/program';
import { annualPovertyGuideline } from '../../core/poverty';
import { publicChargeReasons, householdHasNoncitizenOrUnknown } from '../../core/public-charge';
import { roundDollar } from '../../core/money';
import type { NextStep, Reason, Status } from '../../core/types';
import { householdGrossAnnual } from '../housing/income';
import { smiForSize } from './smi';
import { federalBenefitImmigration } from './immigration';
import { agencyStep } from '../../core/contacts';

interface Ceiling { pctFpg: number; pctSmi: number; floorPctFpg: number }

export function categoricalBenefits(ev: Evaluation, list: string[]): string[] {
  const h = ev.request.household;
  const got = new Set<string>(h.currentBenefits ?? []);
  for (const m of h.members) {
    if (m.receivesSsi) got.add('ssi');
    for (const i of m.incomes) if (i.type === 'ssi' || i.type === 'tanf') got.add(i.type);
  }
  if (h.receivesTanfNow) got.add('tanf');
  return list.filter((b) => got.has(b));
}

/** Documents to bring (the shut-off notice when there is one), joined once. */
const DOCS = ['identity', 'income_proof', 'utility_bills', 'social_security_numbers'].join(',');
const DOCS_WITH_SHUTOFF = ['identity', 'income_proof', 'utility_bills', 'shutoff_notice', 'social_security_numbers'].join(',');

export const liheap: ProgramFormula = (ev: Evaluation): FormulaResult => {
  const program = 'liheap' as const;
  const h = ev.request.household;
  const size = h.members.length;
  const reasons: Reason[] = [];
  const missing: string[] = [];
  const nextSteps: NextStep[] = [];

  if (h.needs.includes('utility_shutoff')) {
    const crisis = ev.lookup<{ responseHours: number; lifeThreateningHours: number }>('liheap.crisis_component');
    reasons.push({ code: 'liheap.crisis_assistance', values: { ...crisis.value }, citation: crisis.citation });
    nextSteps.push({ code: 'emergency_energy_help', values: { state: ev.state } });
  }

  const imm = federalBenefitImmigration(ev);
  reasons.push(...imm.reasons);
  missing.push(...imm.missing);

  const ceiling = ev.lookup<Ceiling>('liheap.federal_income_ceiling');
  const fpg = annualPovertyGuideline(ev, size);
  const smi = smiForSize(ev, size);
  const fpgLimit = roundDollar((fpg * ceiling.value.pctFpg) / 100);
  const smiLimit = smi === undefined ? undefined : roundDollar((smi.amount * ceiling.value.pctSmi) / 100);
  const federalMax = Math.max(fpgLimit, smiLimit ?? 0);
  const floor = roundDollar((fpg * ceiling.value.floorPctFpg) / 100);
  const income = roundDollar(householdGrossAnnual(ev.request));

  const catList = ev.lookup<string[]>('liheap.categorical_benefits');
  const categorical = categoricalBenefits(ev, catList.value);
  if (categorical.length) {
    reasons.push({ code: 'liheap.categorical_eligibility', values: { benefits: categorical.join(','), stateOption: true }, citation: catList.citation });
  }

  const stateLimit = ev.optional<{ pctFpg?: number; pctSmi?: number }>(`liheap.state.${ev.state}`);
  let stateAmount: number | undefined;
  if (stateLimit) {
    const v = stateLimit.value;
    stateAmount = v.pctFpg !== undefined ? roundDollar((fpg * v.pctFpg) / 100)
      : v.pctSmi !== undefined && smi ? roundDollar((smi.amount * v.pctSmi) / 100) : undefined;
  }
  const incomeValues = { annualIncome: income, householdSize: size, fpgLimit, smiLimit: smiLimit ?? null, federalMax, floor110: floor };

  let incomeOk: 'yes' | 'no' | 'maybe';
  if (stateAmount !== undefined) {
    incomeOk = income <= stateAmount ? 'yes' : 'no';
    reasons.push({
      code: income <= stateAmount ? 'liheap.income_within_state_limit' : 'liheap.income_over_state_limit',
      values: { ...incomeValues, stateLimit: stateAmount, state: ev.state },
      citation: stateLimit!.citation,
    });
  } else if (income > federalMax) {
    incomeOk = 'no';
    reasons.push({ code: 'liheap.income_over_federal_max', values: incomeValues, citation: ceiling.citation });
  } else {
    incomeOk = income <= floor ? 'yes' : 'maybe';
    reasons.push({ code: income <= floor ? 'liheap.income_under_110_fpg' : 'liheap.income_within_federal_max', values: incomeValues, citation: ceiling.citation });
    if (incomeOk === 'maybe') reasons.push({ code: 'liheap.state_limit_not_on_file', values: { state: ev.state }, citation: 'AnyDoor rules coverage: state LIHEAP income limit not recorded' });
  }
  if (smi?.stale) reasons.push({ code: 'liheap.smi_figure_out_of_date', values: { state: ev.state, effective: smi.effective }, citation: smi.citation });

  // Categorical eligibility is a state option: with it, an income over the limit still leaves "possibly".
  let status: Status;
  if (imm.eligibleMembers === 0 && imm.unknownMembers === 0) status = 'unlikely';
  else if (categorical.length) status = incomeOk !== 'no' && imm.eligibleMembers > 0 ? 'likely' : 'possibly';
  else if (incomeOk === 'no') status = 'unlikely';
  else if (incomeOk === 'yes' && imm.eligibleMembers > 0) status = 'likely';
  else status = 'possibly';

  if (householdHasNoncitizenOrUnknown(ev.request)) reasons.push(...publicChargeReasons(ev, program));
  if (status !== 'unlikely') {
    nextSteps.push(agencyStep('apply_with_state_agency', program, ev.state));
    nextSteps.push({ code: 'bring_documents', values: { documents: h.needs.includes('utility_shutoff') ? DOCS_WITH_SHUTOFF : DOCS } });
  }
  // Optional keys added after the literal (same key order as spreading them in, without the copy).
  const result: FormulaResult = { program, status, reasons, missing, nextSteps };
  if (imm.excluded.length) result.excludedMembers = imm.excluded;
  // The state's own limit is not on file: the figure a person must still verify.
  if (!stateLimit) result.needsVerification = [`liheap.state.${ev.state}`];
  return result;
};
