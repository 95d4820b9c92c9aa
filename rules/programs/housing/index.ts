/**
 * HUD rental assistance: Housing Choice Voucher (tenant-based Section 8) and public housing.
 *
 * 1. Area: location.county matched to HUD's county table (hud-table.ts); DC needs no county.
 * 2. HUD fiscal year of income limits in force on the screening date (hud.income_limits.fiscal_year).
 * 3. Annual income (24 CFR 5.609): gross income of every member, including members without eligible
 *    immigration status (24 CFR 5.520 counts everyone's income), less the earned income of minors.
 * 4. Income category (24 CFR 5.603(b)): extremely low ≤ ELI limit, very low ≤ 50% limit, low ≤ 80%.
 * 5. Program limit: HCV very low (24 CFR 982.201(b)), public housing low (24 CFR 960.201(a)).
 * 6. Immigration (Section 214): at least one eligible member; mixed families are prorated (5.520);
 *    `prefer_not_to_say` and missing answers give facts, never a guess.
 * 7. Homelessness or eviction: routed to emergency help first (vouchers and public housing have
 *    waiting lists that are often closed or years long).
 */
import type { Evaluation } from '../../core/context';
import type { FormulaResult, ProgramFormula } from '../../core/program';
import { publicChargeReasons, householdHasNoncitizenOrUnknown } from '../../core/public-charge';
import type { Member } from '../../core/request';
import type { NextStep, ProgramId, Reason, Status } from '../../core/types';
import { roundDollar } from '../../core/money';
import { annualIncome } from './income';
import { limitsForSize, matchCounty, soleArea, type County } from './hud-table';

type Category = 'extremely_low' | 'very_low' | 'low' | 'above_low';
type HousingProgram = Extract<ProgramId, 'housing_choice_voucher' | 'public_housing'>;

const CATEGORY_RANK: Record<Category, number> = { extremely_low: 0, very_low: 1, low: 2, above_low: 3 };

interface StatusLists { eligible: string[]; ineligible: string[] }

export interface HousingImmigration { eligible: Member[]; ineligible: Member[]; unknown: Member[]; notAnswered: number[] }

export function housingImmigration(ev: Evaluation): HousingImmigration & { citation: string } {
  const lists = ev.lookup<StatusLists>('housing.eligible_immigration_statuses');
  const out: HousingImmigration = { eligible: [], ineligible: [], unknown: [], notAnswered: [] };
  ev.request.household.members.forEach((m, i) => {
    const s = m.immigration?.status;
    if (s === undefined) { out.unknown.push(m); out.notAnswered.push(i); }
    else if (lists.value.eligible.includes(s)) out.eligible.push(m);
    else if (lists.value.ineligible.includes(s)) out.ineligible.push(m);
    else out.unknown.push(m);
  });
  return { ...out, citation: lists.citation };
}

/** Emergency routing shared by both programs (and readable by others). */
export function emergencyHousing(ev: Evaluation): { reasons: Reason[]; nextSteps: NextStep[] } {
  const h = ev.request.household;
  // Shelter or unsheltered: literally homeless (24 CFR 576.2 category 1). Staying with others: doubled up, which
  // is homeless for children under McKinney-Vento (42 U.S.C. 11434a(2)) and "at risk" under 24 CFR 576.2.
  const homeless = h.housingSituation === 'shelter' || h.housingSituation === 'unsheltered' || h.housingSituation === 'staying_with_others';
  const eviction = h.needs.includes('eviction');
  const reasons: Reason[] = [];
  const nextSteps: NextStep[] = [];
  if (homeless) {
    reasons.push({ code: 'housing.homelessness_emergency_help', values: { situation: h.housingSituation }, citation: '42 U.S.C. 11302, 11434a(2); 24 CFR 576.2 (homeless, at risk of homelessness; Emergency Solutions Grants); 24 CFR 982.207 (PHA preferences)' });
  }
  if (eviction) {
    reasons.push({ code: 'housing.eviction_emergency_help', values: {}, citation: '24 CFR 576.2 (at risk of homelessness), 576.103 (homelessness prevention); 42 U.S.C. 11302' });
  }
  if (homeless || eviction) nextSteps.push({ code: 'emergency_housing_help', values: { homeless, eviction } });
  return { reasons, nextSteps };
}

interface Area { county?: County; problem?: Reason; missing?: string[] }

/**
 * The family's estimated share of rent (total tenant payment, 24 CFR 5.628): the greater of 30% of
 * monthly adjusted income and 10% of monthly gross income. Adjusted income (5.611(a)) = annual income
 * − a deduction per dependent (members under 18, disabled or full-time students, other than the head,
 * spouse or partner) − the elderly/disabled family deduction (head, spouse or partner 62+ or disabled)
 * − child care paid (expenses.dependentCare × 12). Medical-expense deductions and the PHA's minimum
 * rent are not modeled; a mixed family pays more (proration), which the value `prorated` flags.
 */
function rentShare(ev: Evaluation, annual: number, prorated: boolean): Reason {
  const d = ev.lookup<{ perDependent: number; elderlyOrDisabledFamily: number }>('housing.adjusted_income_deductions');
  const t = ev.lookup<{ adjustedIncomeShare: number; grossIncomeShare: number }>('housing.total_tenant_payment');
  const members = ev.request.household.members;
  const heads = members.filter((m) => m.relationship === 'self' || m.relationship === 'spouse' || m.relationship === 'partner');
  const dependents = members.filter((m) => !heads.includes(m) && (m.age < 18 || m.disabled || m.student)).length;
  const elderlyOrDisabled = heads.some((m) => m.age >= 62 || m.disabled);
  const childCare = roundDollar(ev.request.household.expenses.dependentCare * 12);
  const adjusted = Math.max(0, annual - dependents * d.value.perDependent - (elderlyOrDisabled ? d.value.elderlyOrDisabledFamily : 0) - childCare);
  const monthly = roundDollar(Math.max((t.value.adjustedIncomeShare * adjusted) / 12, (t.value.grossIncomeShare * annual) / 12));
  return {
    code: 'housing.estimated_rent_share',
    values: {
      monthly, adjustedIncome: adjusted, dependents, dependentDeduction: d.value.perDependent,
      elderlyOrDisabledDeduction: elderlyOrDisabled ? d.value.elderlyOrDisabledFamily : 0, childCareDeduction: childCare, prorated,
    },
    citation: `${t.citation}; ${d.citation}`,
  };
}

function findArea(ev: Evaluation, year: number, size: number): Area {
  const state = ev.state;
  const sole = soleArea(state);
  if (sole) return { county: sole };
  const answer = ev.request.location.county;
  if (!answer) {
    return { problem: { code: 'housing.county_needed', values: { state }, citation: '24 CFR 5.603(b) (income limits are set per area)' }, missing: ['location.county'] };
  }
  const found = matchCounty(state, answer);
  if (found.length === 0) {
    return { problem: { code: 'housing.county_not_found', values: { state, county: answer }, citation: 'HUD Section 8 income limits by county' }, missing: ['location.county'] };
  }
  const withData = found.filter((c) => limitsForSize(state, c.fips, year, size));
  if (withData.length === 0) {
    return {
      problem: { code: 'housing.area_not_in_table', values: { state, county: answer, fiscalYear: year, areas: found.map((c) => c.name).join('; ') }, citation: 'HUD Section 8 income limits by county' },
      missing: ['location.county'],
    };
  }
  if (withData.length > 1) {
    const key = (c: County) => JSON.stringify(limitsForSize(state, c.fips, year, size));
    if (new Set(withData.map(key)).size > 1) {
      return {
        problem: { code: 'housing.county_ambiguous', values: { state, county: answer, areas: withData.map((c) => c.name).join('; ') }, citation: 'HUD Section 8 income limits by county' },
        missing: ['location.county'],
      };
    }
  }
  return { county: withData[0] };
}

function housing(program: HousingProgram): ProgramFormula {
  return (ev: Evaluation): FormulaResult => {
    const reasons: Reason[] = [];
    const missing: string[] = [];
    const emergency = emergencyHousing(ev);
    const members = ev.request.household.members;
    const size = members.length;
    const fy = ev.lookup<number>('hud.income_limits.fiscal_year');
    const area = findArea(ev, fy.value, size);
    if (!area.county) {
      return {
        program,
        status: 'needs_info',
        reasons: [...emergency.reasons, area.problem!],
        missing: area.missing ?? [],
        nextSteps: [...emergency.nextSteps, { code: 'verify_with_agency', values: { program } }],
      };
    }
    const limits = limitsForSize(ev.state, area.county.fips, fy.value, size)!;
    const income = annualIncome(ev.request);
    const category: Category =
      income.total <= limits.extremelyLow ? 'extremely_low'
        : income.total <= limits.veryLow ? 'very_low'
          : income.total <= limits.low ? 'low' : 'above_low';
    const hudCite = `${fy.citation}; 24 CFR 5.603(b)`;
    reasons.push({
      code: 'housing.income_category',
      values: {
        category, annualIncome: income.total, householdSize: size, fiscalYear: fy.value, effective: fy.effective,
        county: area.county.name, fips: area.county.fips, areaMedianIncome: limits.ami,
        extremelyLowLimit: limits.extremelyLow, veryLowLimit: limits.veryLow, lowLimit: limits.low,
      },
      citation: hudCite,
    });
    reasons.push({
      code: 'housing.annual_income_counted',
      values: { annualIncome: income.total, minorEarningsExcluded: income.minorEarningsExcluded },
      citation: '24 CFR 5.609 (annual income: all members, anticipated for 12 months; earned income of minors excluded)',
    });
    if (limits.derivedForLargeFamily) {
      reasons.push({ code: 'housing.large_family_limits_derived', values: { householdSize: size }, citation: 'HUD income-limits methodology: +8% of the 4-person limit per person above 8, rounded up to $50' });
    }

    const limitParam = ev.lookup<'very_low' | 'low'>(`${program}.income_limit`);
    const within = CATEGORY_RANK[category] <= CATEGORY_RANK[limitParam.value];
    const limitAmount = limitParam.value === 'very_low' ? limits.veryLow : limits.low;
    if (program === 'housing_choice_voucher') {
      reasons.push({
        code: within ? 'housing_choice_voucher.income_within_very_low_limit' : 'housing_choice_voucher.income_over_very_low_limit',
        values: { annualIncome: income.total, limit: limitAmount, lowLimit: limits.low },
        citation: limitParam.citation,
      });
      if (!within && category === 'low') {
        reasons.push({ code: 'housing_choice_voucher.low_income_exceptions', values: { lowLimit: limits.low }, citation: '24 CFR 982.201(b)(1)(ii)-(vi)' });
      }
    } else {
      reasons.push({
        code: within ? 'public_housing.income_within_low_limit' : 'public_housing.income_over_low_limit',
        values: { annualIncome: income.total, limit: limitAmount },
        citation: limitParam.citation,
      });
    }

    const imm = housingImmigration(ev);
    let status: Status;
    const excludedMembers = imm.ineligible.map((m) => m.id);
    if (!within) status = 'unlikely';
    else if (imm.eligible.length === 0 && imm.unknown.length === 0) status = 'unlikely';
    else if (imm.eligible.length === 0) status = 'possibly';
    else status = 'likely';

    if (within) {
      const share = ev.lookup<number>(`${program}.eli_targeting_share`);
      reasons.push({
        code: `${program}.extremely_low_income_targeting`,
        values: { share: share.value, extremelyLow: category === 'extremely_low' },
        citation: share.citation,
      });
      reasons.push({
        code: `${program}.waiting_list`,
        values: {},
        citation: program === 'housing_choice_voucher' ? '24 CFR 982.204-982.207 (waiting list, preferences)' : '24 CFR 960.206 (preferences); 24 CFR 903.7(b)',
      });
    }

    // Immigration facts (Section 214; proration 24 CFR 5.520).
    const total = members.length;
    if (imm.eligible.length === 0 && imm.unknown.length === 0) {
      reasons.push({ code: 'housing.no_eligible_member', values: { ineligibleMembers: imm.ineligible.length }, citation: `${imm.citation}; 24 CFR part 5 subpart E (5.500-5.528), 5.520` });
    } else if (imm.ineligible.length > 0 || imm.unknown.length > 0) {
      if (imm.ineligible.length > 0) {
        reasons.push({
          code: 'housing.mixed_family_proration',
          values: {
            eligibleMembers: imm.eligible.length, totalMembers: total,
            assistedShare: Math.round((imm.eligible.length / total) * 100) / 100,
            program,
          },
          citation: program === 'housing_choice_voucher' ? '24 CFR 5.520(c) (proration of assistance, Section 8)' : '24 CFR 5.520(d) (proration, public housing)',
        });
      }
      if (imm.unknown.length > 0) {
        reasons.push({
          code: 'housing.immigration_status_facts',
          values: { membersWithoutAnswer: imm.unknown.length, eligibleMembers: imm.eligible.length, totalMembers: total },
          citation: `${imm.citation}; 24 CFR 5.508 (members may choose not to contend), 5.520`,
        });
        for (const i of imm.notAnswered) missing.push(`household.members.${i}.immigration`);
      }
    }
    if (within && status !== 'unlikely') reasons.push(rentShare(ev, income.total, imm.ineligible.length > 0));
    if (householdHasNoncitizenOrUnknown(ev.request)) reasons.push(...publicChargeReasons(ev, program));

    const nextSteps: NextStep[] = [...emergency.nextSteps];
    if (status !== 'unlikely') {
      nextSteps.push({ code: 'apply_with_pha', values: { program, county: area.county.name } });
      nextSteps.push({ code: 'bring_documents', values: { documents: 'identity,social_security_numbers,income_proof,immigration_documents,birth_certificates' } });
    }
    // excludedMembers added after the literal (same key order as spreading it in, without the copy).
    const result: FormulaResult = { program, status, reasons: [...emergency.reasons, ...reasons], missing, nextSteps };
    if (excludedMembers.length) result.excludedMembers = excludedMembers;
    return result;
  };
}

export const housingChoiceVoucher = housing('housing_choice_voucher');
export const publicHousing = housing('public_housing');
