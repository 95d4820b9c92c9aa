// How many answers a family gives, counted by driving the question graph (countAnswers walks the
// visible questions; nothing is hard-coded). A family of four with one earner must take ≤ 25.
import { expect, test } from 'vitest';
import { parseScreeningRequest } from '../../src/domain/screening-request';
import { countAnswers, walk } from '../../src/screening/questions';
import { FAMILY_OF_FOUR, MIXED_STATUS_FAMILY, OLDER_ADULT } from '../../src/screening/samples';

const families = { FAMILY_OF_FOUR, OLDER_ADULT, MIXED_STATUS_FAMILY };

test('answer counts for the sample families; the family of four with one earner takes at most 25', () => {
  const counts: Record<string, number> = {};
  for (const [name, family] of Object.entries(families)) {
    const c = countAnswers(family);
    counts[name] = c.total;
    const parsed = parseScreeningRequest(c.request);
    expect(parsed.ok, `${name}: ${JSON.stringify(parsed.ok ? '' : parsed.errors)}`).toBe(true);
    console.log(`${name}: ${c.total} answers`, JSON.stringify(c.byQuestion));
  }
  const four = countAnswers(FAMILY_OF_FOUR);
  const req = parseScreeningRequest(four.request);
  if (!req.ok) throw new Error('family of four must parse');
  expect(req.request.household.members).toHaveLength(4);
  expect(req.request.household.members.filter((m) => m.incomes.length > 0)).toHaveLength(1);
  expect(counts.FAMILY_OF_FOUR).toBeLessThanOrEqual(25);
  // The count follows the graph: more people, statuses and incomes mean more answers.
  expect(counts.MIXED_STATUS_FAMILY).toBeGreaterThan(counts.FAMILY_OF_FOUR!);
});

test('only relevant questions are asked', () => {
  const ids = (a: Record<string, unknown>) => walk(a, '2026-11-23').visible.map((q) => q.id);
  // Everyone a citizen: no per-person immigration questions; no one under 16 is asked about work.
  const four = ids(FAMILY_OF_FOUR);
  expect(four.filter((id) => id.startsWith('immigration_'))).toEqual([]);
  expect(four.filter((id) => id.startsWith('employment_'))).toEqual(['employment_m1', 'employment_m2']);
  expect(four.filter((id) => id.startsWith('income_m'))).toEqual(['income_m1']);
  expect(four).not.toContain('ahc_safety');
  // The family needs a job: work and school facts for the people 14 and older only.
  expect(four.filter((id) => id.startsWith('work_'))).toEqual(['work_m1', 'work_m2']);
  expect(ids({ ...FAMILY_OF_FOUR, needs: ['food'] }).filter((id) => id.startsWith('work_'))).toEqual([]);
  // Mixed status: each person is asked (optionally); the safety items only after consent.
  const mixed = ids({ ...MIXED_STATUS_FAMILY, ahc_safety_consent: 'yes' });
  expect(mixed.filter((id) => id.startsWith('immigration_'))).toEqual(['immigration_m1', 'immigration_m2', 'immigration_m3', 'immigration_m4']);
  expect(mixed).toContain('ahc_safety');
  // In a shelter: no housing costs or utility bills.
  const shelter = ids({ ...FAMILY_OF_FOUR, housing: 'shelter' });
  expect(shelter).not.toContain('housing_costs');
  expect(shelter).not.toContain('utilities');
});

test('needs come from the Hunger Vital Sign and AHC answers', () => {
  const { needs: _drop, ...noNeeds } = MIXED_STATUS_FAMILY;
  const r = parseScreeningRequest(countAnswers({ ...noNeeds, ahc_utilities: 'already_shut_off', ahc_transportation: 'yes', ahc_safety_consent: 'yes', ahc_hurt: 'frequently', ahc_insult: 'fairly_often', ahc_threaten: 'sometimes', ahc_scream: 'never' }).request);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  // HVS often → food; living "worried" → rent; shutoff → utilities + utility_shutoff; transport; safety 5+4+3+1 = 13 > 10.
  expect([...r.request.household.needs].sort()).toEqual(['food', 'rent', 'safety', 'transportation', 'utilities', 'utility_shutoff']);
  expect(r.request.household.foodInsecure).toBe(true);
  const low = parseScreeningRequest(countAnswers({ ...noNeeds, hvs_worried: 'never', hvs_ran_out: 'never', ahc_living: 'steady', ahc_safety_consent: 'yes', ahc_hurt: 'rarely', ahc_insult: 'sometimes', ahc_threaten: 'rarely', ahc_scream: 'sometimes' }).request);
  if (!low.ok) throw new Error('must parse');
  // 2+3+2+3 = 10 is not more than 10.
  expect(low.request.household.needs).toEqual([]);
  expect(low.request.household.foodInsecure).toBe(false);
});

test('work facts and Social Security numbers go into the request only when asked', () => {
  const four = parseScreeningRequest(countAnswers(FAMILY_OF_FOUR).request);
  if (!four.ok) throw new Error('must parse');
  const [m1, m2, m3] = four.request.household.members;
  // Visited with nothing checked: every fact is "no"; the parent looking for work wants work.
  expect(m1!.workforce).toMatchObject({ wantsToWork: false, layoffNotice: false, iepOr504: false });
  expect(m2!.workforce).toMatchObject({ wantsToWork: true, basicSkillsDeficient: false });
  expect(m3!.workforce).toBeUndefined();
  expect(m1!.ssnValidForWork).toBeUndefined(); // citizens are not asked
  const mixed = parseScreeningRequest(countAnswers({ ...MIXED_STATUS_FAMILY, m1_ssn: 'yes', m2_ssn: 'no', m3_ssn: 'yes' }).request);
  if (!mixed.ok) throw new Error('must parse');
  expect(mixed.request.household.members.map((m) => m.ssnValidForWork)).toEqual([true, false, undefined, undefined]);
  // m3 is a citizen: the question is not shown, so the answer is not written.
});
