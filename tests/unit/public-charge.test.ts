import { describe, expect, test } from 'vitest';
import { parameterTable, parseScreeningRequest } from '../../rules';
import { Evaluation } from '../../rules/core/context';
import { householdHasNoncitizenOrUnknown, publicChargeMemberReasons, publicChargeReasons } from '../../rules/core/public-charge';

function ev(date: string, statuses: string[] = ['citizen']) {
  const r = parseScreeningRequest({
    version: 1, date, location: { state: 'MI' },
    household: {
      housingSituation: 'renting',
      members: statuses.map((s, i) => ({ id: `m${i + 1}`, relationship: i === 0 ? 'self' : 'child', age: i === 0 ? 30 : 5, immigration: { status: s } })),
    },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return new Evaluation(r.request, parameterTable());
}
const codes = (rs: { code: string }[]) => rs.map((r) => r.code);

describe('publicChargeReasons', () => {
  test('2022 rule: SNAP, WIC, CHIP, school meals are not considered; TANF cash is; Medicaid only long-term care', () => {
    const e = ev('2026-03-01');
    expect(publicChargeReasons(e, 'snap')[0]).toMatchObject({ code: 'public_charge.not_considered', values: { program: 'snap', rule: 'dhs_2022' } });
    for (const p of ['wic', 'chip', 'school_meals', 'lifeline', 'housing_choice_voucher'] as const) {
      expect(publicChargeReasons(e, p)[0]!.code).toBe('public_charge.not_considered');
    }
    expect(publicChargeReasons(e, 'tanf')[0]).toMatchObject({ code: 'public_charge.considered', values: { kind: 'cash_income_maintenance' } });
    expect(publicChargeReasons(e, 'medicaid')[0]!.code).toBe('public_charge.considered_only_long_term_care');
    expect(publicChargeReasons(e, 'emergency_assistance')[0]!.code).toBe('public_charge.depends_on_benefit_kind');
  });

  test('the 2025-11-19 proposal is a fact from its publication date, never a rule', () => {
    expect(codes(publicChargeReasons(ev('2025-11-18'), 'snap'))).not.toContain('public_charge.proposed_rule_not_final');
    const after = ev('2026-11-23');
    const rs = publicChargeReasons(after, 'snap');
    expect(rs.find((r) => r.code === 'public_charge.proposed_rule_not_final')?.values).toMatchObject({ final: false, document: '2025-20278' });
    expect(rs[0]!.code).toBe('public_charge.not_considered');
    expect(after.needsVerification).toContain('public_charge.proposed_rescission');
  });

  test('before the 2022 rule the 1999 field guidance applies; before 2021-03-09 no rule is bundled', () => {
    expect(publicChargeReasons(ev('2022-06-01'), 'snap')[0]!.values).toMatchObject({ rule: 'ins_1999_field_guidance' });
    expect(codes(publicChargeReasons(ev('2020-01-01'), 'snap'))).toEqual(['public_charge.rule_unknown_for_date']);
  });

  test('exempt groups and member facts', () => {
    const e = ev('2026-03-01', ['lawful_permanent_resident', 'refugee', 'citizen']);
    expect(publicChargeReasons(e, 'wic').find((r) => r.code === 'public_charge.exempt_groups')?.values).toMatchObject({ refugee: true, asylee: true });
    expect(publicChargeMemberReasons(e)).toEqual([expect.objectContaining({ values: { member: 'm2', status: 'refugee' } })]);
    expect(householdHasNoncitizenOrUnknown(e.request)).toBe(true);
    expect(householdHasNoncitizenOrUnknown(ev('2026-03-01', ['citizen', 'citizen']).request)).toBe(false);
    expect(householdHasNoncitizenOrUnknown(ev('2026-03-01', ['citizen', 'prefer_not_to_say']).request)).toBe(true);
  });
});
