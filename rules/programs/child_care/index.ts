/**
 * Child care subsidy (CCDF, 45 CFR 98.20): a child under 13 (under 19 if incapable of self-care),
 * parents working or in school/training, family income at or below the state's limit, which can be no
 * higher than 85% of state median income; assets at most $1,000,000. Immigration: the CHILD's status
 * is what counts (citizen, national or qualified alien), never the parents'.
 * State entry limits only where sourced (parameters/states.yaml); elsewhere a family under the federal
 * ceiling is "possibly" eligible with the state figure to verify.
 */
import type { Evaluation } from '../../core/context';
import type { FormulaResult, ProgramFormula } from '../../core/program';
import { annualPovertyGuideline } from '../../core/poverty';
import { publicChargeReasons, householdHasNoncitizenOrUnknown } from '../../core/public-charge';
import { roundDollar } from '../../core/money';
import type { Member } from '../../core/request';
import type { NextStep, Reason, Status } from '../../core/types';
import { householdGrossAnnual } from '../housing/income';
import { smiForSize } from '../liheap/smi';
import { memberStanding } from '../liheap/immigration';
import { agencyStep } from '../../core/contacts';

interface StateLimit { pctFpg?: number; pctSmi?: number; monthlyBySize?: number[]; pctFpgMin?: number; pctFpgMax?: number; localMayBeLower?: boolean }

const RANK: Record<Exclude<Status, 'needs_info'>, number> = { likely: 2, possibly: 1, unlikely: 0 };
function worst(a: Status, b: Exclude<Status, 'needs_info'>): Status {
  if (a === 'needs_info') return a;
  return RANK[b] < RANK[a] ? b : a;
}

const PARENTS = new Set(['self', 'spouse', 'partner']);
const IMM_CITE = '45 CFR 98.20(c) (only the child\'s status is relevant); 8 U.S.C. 1611, 1641';

export const childCare: ProgramFormula = (ev: Evaluation): FormulaResult => {
  const program = 'child_care' as const;
  const h = ev.request.household;
  const members = h.members;
  const reasons: Reason[] = [];
  const missing: string[] = [];
  let status: Status = 'likely';

  // 1. Children who can be served.
  const age = ev.lookup<{ under: number; underIfSpecialNeeds: number }>('child_care.child_age_limit');
  const children = members.filter((m) => m.relationship !== 'self' && m.relationship !== 'spouse' && m.relationship !== 'partner'
    && (m.age < age.value.under || (m.disabled && m.age < age.value.underIfSpecialNeeds)));
  if (children.length === 0) {
    return {
      program, status: 'unlikely',
      reasons: [{ code: 'child_care.no_eligible_child', values: { ageLimit: age.value.under, specialNeedsAgeLimit: age.value.underIfSpecialNeeds }, citation: age.citation }],
      missing: [], nextSteps: [],
    };
  }
  reasons.push({ code: 'child_care.children_under_age_limit', values: { children: children.length, ageLimit: age.value.under, specialNeedsAgeLimit: age.value.underIfSpecialNeeds }, citation: age.citation });

  // 2. The child's immigration status (not the parents').
  const standing = children.map((c) => memberStanding(c, ev.date));
  const eligibleKids = standing.filter((s) => s === 'eligible').length;
  const unknownKids = standing.filter((s) => s === 'unknown').length;
  const excluded = children.filter((_, i) => standing[i] === 'ineligible').map((c) => c.id);
  reasons.push({ code: 'child_care.child_status_only', values: { eligibleChildren: eligibleKids, childrenWithoutAnswer: unknownKids }, citation: IMM_CITE });
  if (eligibleKids === 0 && unknownKids === 0) {
    reasons.push({ code: 'child_care.no_child_with_eligible_status', values: { children: children.length }, citation: IMM_CITE });
    status = worst(status, 'unlikely');
  } else if (eligibleKids === 0) {
    status = worst(status, 'possibly');
    children.forEach((c, i) => { if (standing[i] === 'unknown' && !c.immigration) missing.push(`household.members.${members.indexOf(c)}.immigration`); });
  }

  // 3. Parents working, in school or in training.
  const parents = members.filter((m) => PARENTS.has(m.relationship) && m.age >= 18);
  const activity = (m: Member): 'yes' | 'no' | 'unknown' => {
    if (m.student) return 'yes';
    const s = m.employment?.status;
    if (s === 'employed' || s === 'self_employed') return 'yes';
    if (s === undefined) return 'unknown';
    return 'no';
  };
  const acts = parents.map(activity);
  const notMet = acts.filter((a) => a === 'no').length;
  if (notMet > 0) {
    const searching = h.needs.includes('job') || h.needs.includes('training');
    reasons.push({ code: 'child_care.parent_activity_not_met', values: { parents: parents.length, parentsNotWorkingOrInSchool: notMet, lookingForWorkOrTraining: searching }, citation: '45 CFR 98.20(a)(3)(i); 98.21(a)(2)(iii) (job search)' });
    reasons.push({ code: 'child_care.protective_services_option', values: {}, citation: '45 CFR 98.20(a)(3)(ii), 98.21(c)' });
    status = worst(status, searching ? 'possibly' : 'unlikely');
  } else if (acts.includes('unknown')) {
    parents.forEach((p, i) => { if (acts[i] === 'unknown') missing.push(`household.members.${members.indexOf(p)}.employment`); });
    status = worst(status, 'possibly');
  } else {
    reasons.push({ code: 'child_care.parents_working_or_in_school', values: { parents: parents.length }, citation: '45 CFR 98.20(a)(3)(i)' });
  }

  // 4. Assets.
  const assetLimit = ev.lookup<number>('child_care.asset_limit');
  const assets = h.assets.cash + h.assets.bank + (h.assets.other ?? 0);
  if (assets > assetLimit.value) {
    reasons.push({ code: 'child_care.assets_over_limit', values: { assets: roundDollar(assets), limit: assetLimit.value }, citation: assetLimit.citation });
    status = worst(status, 'unlikely');
  }

  // 5. Income.
  const size = members.length;
  const income = roundDollar(householdGrossAnnual(ev.request));
  const fed = ev.lookup<{ pctSmi: number }>('child_care.federal_income_ceiling');
  const smi = smiForSize(ev, size);
  const federalMax = smi ? roundDollar((smi.amount * fed.value.pctSmi) / 100) : undefined;
  const fpg = annualPovertyGuideline(ev, size);
  const st = ev.optional<StateLimit>(`child_care.state.${ev.state}.entry_limit`);
  const base = { annualIncome: income, householdSize: size, federalMax: federalMax ?? null };
  if (smi?.stale) reasons.push({ code: 'child_care.smi_figure_out_of_date', values: { state: ev.state, effective: smi.effective }, citation: smi.citation });
  if (federalMax !== undefined && income > federalMax) {
    reasons.push({ code: 'child_care.income_over_federal_max', values: base, citation: `${fed.citation}; ${smi!.citation}` });
    status = worst(status, 'unlikely');
  } else if (st) {
    const v = st.value;
    const cap = (x: number) => Math.min(roundDollar(x), federalMax ?? Infinity);
    if (v.pctFpgMin !== undefined && v.pctFpgMax !== undefined) {
      const lo = cap((fpg * v.pctFpgMin) / 100);
      const hi = cap((fpg * v.pctFpgMax) / 100);
      const code = income <= lo ? 'child_care.income_within_state_limit' : income <= hi ? 'child_care.income_within_local_range' : 'child_care.income_over_state_limit';
      reasons.push({ code, values: { ...base, state: ev.state, stateLimit: lo, stateLimitHigh: hi }, citation: st.citation });
      status = worst(status, income <= lo ? 'likely' : income <= hi ? 'possibly' : 'unlikely');
    } else {
      const limit = v.pctFpg !== undefined ? cap((fpg * v.pctFpg) / 100)
        : v.pctSmi !== undefined && smi ? cap((smi.amount * v.pctSmi) / 100)
          : v.monthlyBySize ? cap(v.monthlyBySize[Math.min(size, v.monthlyBySize.length) - 1]! * 12) : undefined;
      if (limit === undefined) {
        status = worst(status, 'possibly');
      } else {
        const within = income <= limit;
        reasons.push({ code: within ? 'child_care.income_within_state_limit' : 'child_care.income_over_state_limit', values: { ...base, state: ev.state, stateLimit: limit }, citation: st.citation });
        status = worst(status, within ? (v.localMayBeLower ? 'possibly' : 'likely') : 'unlikely');
        if (within && v.localMayBeLower) reasons.push({ code: 'child_care.local_limit_may_be_lower', values: { state: ev.state }, citation: st.citation });
      }
    }
  } else {
    reasons.push({ code: 'child_care.income_within_federal_max', values: base, citation: `${fed.citation}${smi ? `; ${smi.citation}` : ''}` });
    reasons.push({ code: 'child_care.state_limit_not_on_file', values: { state: ev.state }, citation: 'AnyDoor rules coverage: state CCDF income limit not recorded' });
    status = worst(status, 'possibly');
  }

  if (householdHasNoncitizenOrUnknown(ev.request)) reasons.push(...publicChargeReasons(ev, program));
  const nextSteps: NextStep[] = status === 'unlikely' ? [] : [
    agencyStep('apply_with_state_agency', program, ev.state),
    { code: 'bring_documents', values: { documents: 'identity,birth_certificates,income_proof,work_or_school_schedule,immigration_documents' } },
  ];
  // Optional keys added after the literal (same key order as spreading them in, without the copy).
  const result: FormulaResult = { program, status, reasons, missing, nextSteps };
  if (excluded.length) result.excludedMembers = excluded;
  // The state's own entry limit is not on file: the figure a person must still verify.
  if (!st) result.needsVerification = [`child_care.state.${ev.state}.entry_limit`];
  return result;
};
