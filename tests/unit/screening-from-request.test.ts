// answersFromRequest (src/screening/from-request.ts), the inverse of buildRequest: a request turned
// back into form answers rebuilds the same request through the question graph, for every field the
// graph asks. The comparison is of whole parsed requests (toEqual), so any field the inverse drops
// fails the test unless it is listed below as deliberately not representable, with the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { answersToRequest } from '../../src/app/kiosk/questions';
import { parseScreeningRequest, type ScreeningRequest, type ScreeningRequestInput } from '../../src/domain/screening-request';
import { answersFromRequest } from '../../src/screening/from-request';
import { buildRequest, contextValues, questionSchema, visibleFields, walk, WORK_FLAGS } from '../../src/screening/questions';
import { FAMILY_OF_FOUR, MIXED_STATUS_FAMILY, OLDER_ADULT, OLDER_ADULT_SOCIAL_SECURITY } from '../../src/screening/samples';

function parse(r: unknown): ScreeningRequest {
  const p = parseScreeningRequest(r);
  if (!p.ok) throw new Error(`does not parse: ${JSON.stringify(p.errors)}`);
  return p.request;
}

const roundTrip = (r: ScreeningRequest) => parse(buildRequest(answersFromRequest(r), r.date));

/** Fields no screen of the graph asks, so they cannot come back (each with the reason). */
const NOT_ASKED: Record<string, string> = {
  'member.receivesSsi': 'no screen asks it (SSI income rows and the benefits screen carry SSI)',
  'member.veteran': 'no screen asks it',
  'member.fosterYouth': 'no screen asks it',
  'member.purchasesAndPreparesTogether': 'no screen asks it (the household size question counts people who live and eat together)',
  'member.postpartum': 'no screen asks it (the member flags are pregnant, disabled, student)',
  'member.breastfeeding': 'no screen asks it',
  'member.investmentIncomeAnnual': 'no screen asks it',
  'member.immigration.militaryConnection': 'no screen asks it',
  'household.assets.vehicles': 'no screen asks it (assets are bank and cash)',
  'household.assets.other': 'no screen asks it',
  'household.foodInsecure': 'the request keeps only the Hunger Vital Sign result, not the two item answers; an answer the family did not give is not made up (the need "food" carries over)',
};

/**
 * What a request looks like after the round trip: the NOT_ASKED fields removed, plus the forms the
 * graph writes a fact in (not a loss):
 * - member ids become m1..mN by position, the person screened first (the graph names members so);
 * - workforce: the checkbox list writes every work fact, so a fact not asked comes back as false;
 * - gas, sewer, trash, receivedLiheap utilities: a checkbox cannot say "asked, no", so false comes back absent;
 * - currentBenefits / receivesTanfNow: the benefits screen is on every walk and writes what it shows,
 *   so "not asked" (absent) comes back as "none" ([] and false) once the worker has walked it.
 */
function expected(r: ScreeningRequest): ScreeningRequest {
  const e = structuredClone(r);
  const members = [...e.household.members.filter((m) => m.relationship === 'self'), ...e.household.members.filter((m) => m.relationship !== 'self')];
  e.household.members = members.map((m, i) => {
    const x = { ...m, id: `m${i + 1}` } as Record<string, unknown> & typeof m;
    for (const k of Object.keys(NOT_ASKED)) if (k.startsWith('member.') && !k.startsWith('member.immigration.')) delete x[k.slice('member.'.length)];
    if (x.immigration) delete x.immigration.militaryConnection;
    if (x.workforce) x.workforce = Object.fromEntries(WORK_FLAGS.map((k) => [k, m.workforce![k] === true]));
    return x;
  });
  delete e.household.assets.vehicles;
  delete e.household.assets.other;
  delete e.household.foodInsecure;
  const u = e.household.expenses.utilities;
  for (const k of ['gas', 'sewer', 'trash', 'receivedLiheap'] as const) if (u[k] === false) delete u[k];
  e.household.currentBenefits ??= [];
  e.household.receivesTanfNow ??= e.household.currentBenefits.includes('tanf');
  return e;
}

const TODAY = '2026-11-23';
const samples = { FAMILY_OF_FOUR, OLDER_ADULT, MIXED_STATUS_FAMILY, OLDER_ADULT_SOCIAL_SECURITY };
const contract = parse(JSON.parse(readFileSync('../shared/contracts/screening-request.example.json', 'utf8')));
const kiosk = parse(answersToRequest({ state: 'OH', county: 'Franklin', zip: '43215', age: '29', others: '3, 41', income: '1,450', housing: 'staying_with_others', needs: ['food', 'job'] }, '2026-11-20'));

/** Every field the graph can hold, set to a value other than its default. */
const EVERYTHING: ScreeningRequestInput = {
  version: 1,
  date: '2026-10-02',
  location: { state: 'WA', county: 'King', zip: '98104' },
  household: {
    members: [
      {
        id: 'm1', relationship: 'self', age: 41, pregnant: true, disabled: true, student: true,
        immigration: { status: 'lawful_permanent_resident', since: '2020-03-15', workQuarters: 24 },
        ssnValidForWork: true,
        incomes: [
          { type: 'self_employment', amount: 812.5, frequency: 'weekly' },
          { type: 'unemployment', amount: 410, frequency: 'biweekly' },
          { type: 'alimony', amount: 200, frequency: 'semimonthly' },
          { type: 'pension', amount: 1200.25, frequency: 'monthly' },
          { type: 'other_unearned', amount: 3000, frequency: 'annual' },
        ],
        employment: { status: 'self_employed', hoursPerWeek: 22.5 },
        workforce: Object.fromEntries(WORK_FLAGS.map((k, i) => [k, i % 2 === 0])),
      },
      {
        id: 'm2', relationship: 'partner', age: 19, immigration: { status: 'asylee', since: '2023-01-09' }, ssnValidForWork: false,
        incomes: [{ type: 'wages', amount: 95, frequency: 'weekly' }], employment: { status: 'laid_off' },
        workforce: { wantsToWork: true, layoffNotice: true, businessClosed: false, displacedHomemaker: false, militarySpouseJobLoss: false, basicSkillsDeficient: false, englishLearner: true, justiceInvolved: false, leftSchoolWithoutDiploma: true, iepOr504: false },
      },
      { id: 'm3', relationship: 'grandchild', age: 2, immigration: { status: 'citizen' }, incomes: [] },
      { id: 'm4', relationship: 'parent', age: 66, immigration: { status: 'prefer_not_to_say' }, incomes: [{ type: 'social_security', amount: 900, frequency: 'monthly' }], employment: { status: 'retired' } },
      { id: 'm5', relationship: 'roommate', age: 30, immigration: { status: 'daca', since: '2014-06-01' }, ssnValidForWork: true, incomes: [], employment: { status: 'employed', hoursPerWeek: 40 } },
    ],
    expenses: {
      rent: 0, mortgage: 1325.4, propertyTaxInsurance: 210, dependentCare: 480, childSupportPaid: 150, medical: 95,
      utilities: { heatingCooling: true, electricity: false, water: true, phone: true, gas: true, sewer: true, trash: true, receivedLiheap: true },
    },
    assets: { cash: 40, bank: 1234.56 },
    housingSituation: 'owns',
    needs: ['job', 'utility_shutoff', 'legal', 'language_help'],
    currentBenefits: ['medicaid', 'tanf', 'wic'],
    receivesTanfNow: true,
    tanfMonthsUsed: 14,
  },
};

describe('buildRequest(answersFromRequest(r), r.date) gives r back', () => {
  const cases: [string, ScreeningRequest][] = [
    ...Object.entries(samples).map(([name, a]) => [name, parse(buildRequest(a, TODAY))] as [string, ScreeningRequest]),
    ['contract example', contract],
    ['kiosk request', kiosk],
    ['every representable field', parse(EVERYTHING)],
  ];

  test.each(cases)('%s', (_name, r) => {
    expect(roundTrip(r)).toEqual(expected(r));
  });

  test('the cases do carry the facts compared (the property is not vacuous)', () => {
    const everything = parse(EVERYTHING);
    expect(roundTrip(everything).household.members.map((m) => m.incomes.length)).toEqual([5, 1, 0, 1, 0]);
    expect(roundTrip(everything).household.members[1]!.ssnValidForWork).toBe(false);
    expect(roundTrip(everything).household.expenses.utilities.receivedLiheap).toBe(true);
    expect(roundTrip(kiosk).household.members.map((m) => [m.age, m.relationship])).toEqual([[29, 'self'], [3, 'child'], [41, 'other_relative']]);
    expect(roundTrip(kiosk).household.needs).toEqual(['food', 'job']);
    expect(roundTrip(contract).household.members[3]!.immigration).toEqual({ status: 'refugee', since: '2024-02-10' });
    // Only foodInsecure differs for the sample families built by the graph (they answered the HVS).
    const older = parse(buildRequest(OLDER_ADULT, TODAY));
    expect(older.household.foodInsecure).toBe(true);
    expect(roundTrip(older).household.foodInsecure).toBeUndefined();
    expect({ ...roundTrip(older), household: { ...roundTrip(older).household } }).toEqual(expected(older));
  });

  test('every answer lands on a screen the worker walks, and every screen passes as filled in', () => {
    for (const [name, r] of cases) {
      const answers = answersFromRequest(r);
      const w = walk(answers, r.date);
      const shown = new Set<string>();
      for (const q of w.visible) {
        const values = { ...contextValues(q, w), ...answers };
        const fields = visibleFields(q, values);
        for (const f of fields) shown.add(f.name);
        if (q.repeat) shown.add(q.repeat.countField);
        const onScreen = Object.fromEntries(fields.map((f) => [f.name, answers[f.name]]));
        const ok = questionSchema(q, values).safeParse(onScreen);
        expect(ok.success, `${name}: ${q.id} ${JSON.stringify(ok.error?.issues)}`).toBe(true);
      }
      expect(Object.keys(answers).filter((k) => !shown.has(k)), name).toEqual([]);
    }
  });
});

test('the person screened comes first and members are renamed m1..mN by position', () => {
  const r = parse({
    version: 1, date: TODAY, location: { state: 'NY' },
    household: {
      housingSituation: 'renting',
      members: [
        { id: 'kid', relationship: 'child', age: 7, incomes: [] },
        { id: 'mom', relationship: 'self', age: 31, incomes: [{ type: 'wages', amount: 2000, frequency: 'monthly' }] },
        { id: 'gran', relationship: 'parent', age: 70, disabled: true, incomes: [] },
      ],
    },
  });
  const a = answersFromRequest(r);
  expect(a).toMatchObject({ household_size: '3', m1_age: '31', m2_age: '7', m2_relationship: 'child', m3_age: '70', m3_relationship: 'parent', m3_flags: ['disabled'], income_who: ['m1'] });
  expect(roundTrip(r).household.members.map((m) => [m.id, m.relationship, m.age])).toEqual([['m1', 'self', 31], ['m2', 'child', 7], ['m3', 'parent', 70]]);
  expect(roundTrip(r)).toEqual(expected(r));
});

test('fields no screen asks are the only ones dropped from a request that has them all', () => {
  const r = parse({
    ...EVERYTHING,
    household: {
      ...EVERYTHING.household,
      members: EVERYTHING.household.members.map((m, i) => (i === 0 ? {
        ...m, receivesSsi: true, veteran: true, fosterYouth: true, purchasesAndPreparesTogether: true, postpartum: true,
        breastfeeding: true, investmentIncomeAnnual: 120, immigration: { ...m.immigration!, militaryConnection: true },
      } : m)),
      assets: { cash: 40, bank: 1234.56, vehicles: 2, other: 500 },
      foodInsecure: true,
    },
  });
  const back = roundTrip(r);
  expect(back).toEqual(expected(r));
  expect(expected(r)).not.toEqual(r);
  const m1 = back.household.members[0]!;
  for (const k of Object.keys(NOT_ASKED)) {
    if (k.startsWith('member.immigration.')) expect(m1.immigration).not.toHaveProperty(k.split('.').pop()!);
    else if (k.startsWith('member.')) expect(m1).not.toHaveProperty(k.slice('member.'.length));
  }
  expect(back.household.assets).toEqual({ cash: 40, bank: 1234.56 });
  expect(back.household).not.toHaveProperty('foodInsecure');
});

/**
 * Values the graph does not ask given the other answers come back as the graph writes them; the
 * inverse fills them in but buildRequest never reads them. A consistent request (one the graph or
 * the kiosk made) never has these.
 */
test('values the graph would not ask in that situation are not carried', () => {
  const r = parse({
    version: 1, date: TODAY, location: { state: 'CA' },
    household: {
      housingSituation: 'owns',
      members: [
        { id: 'a', relationship: 'self', age: 15, immigration: { status: 'citizen' }, ssnValidForWork: true, employment: { status: 'employed', hoursPerWeek: 10 }, incomes: Array.from({ length: 7 }, () => ({ type: 'wages' as const, amount: 10, frequency: 'weekly' as const })) },
      ],
      // rent for an owner; dependent care with no child under 13 or disabled member; medical with no one 60+ or disabled
      expenses: { rent: 900, dependentCare: 100, medical: 50 },
      // months of TANF without TANF among the benefits
      currentBenefits: ['snap'], tanfMonthsUsed: 3,
    },
  });
  const back = roundTrip(r).household;
  // ssnValidForWork: citizens are not asked; employment: asked from 16; income rows: at most 5 per person.
  expect(back.members[0]).not.toHaveProperty('ssnValidForWork');
  expect(back.members[0]).not.toHaveProperty('employment');
  expect(back.members[0]!.incomes).toHaveLength(5);
  expect(back.expenses).toMatchObject({ rent: 0, dependentCare: 0, medical: 0 });
  expect(back).not.toHaveProperty('tanfMonthsUsed');
  expect(back.currentBenefits).toEqual(['snap']);
});
