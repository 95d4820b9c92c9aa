// answersFromRequest (src/screening/from-request.ts), the inverse of buildRequest: a request turned
// into form answers (as a continued screening's draft holds them) and built again gives the very
// same request back — every field, including those no screen asks (veteran, fosterYouth, vehicles…,
// carried by src/screening/carry.ts), member ids and order, and the screening date (whatever the
// worker's today is). Compared as whole parsed requests with toStrictEqual, over the contract
// example, the sample families, a kiosk request, hand-made edge cases, and 300 generated requests
// that between them set every field of the request schema (rules/core/request.ts) — the test fails
// if a field is added to the schema and the generator does not set it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { answersToRequest } from '../../src/app/kiosk/questions';
import {
  CURRENT_BENEFITS, EMPLOYMENT_STATUSES, FREQUENCIES, HOUSING_SITUATIONS, IMMIGRATION_STATUSES, INCOME_TYPES, NEEDS,
  parseScreeningRequest, RELATIONSHIPS, screeningRequestSchema, US_STATES, type ScreeningRequest, type ScreeningRequestInput,
} from '../../src/domain/screening-request';
import { answersFromRequest } from '../../src/screening/from-request';
import { buildFromScreens, buildRequest, CARRIED, contextValues, questionSchema, SCREENING_DATE, visibleFields, walk, WORK_FLAGS, type Answers } from '../../src/screening/questions';
import { FAMILY_OF_FOUR, MIXED_STATUS_FAMILY, OLDER_ADULT, OLDER_ADULT_SOCIAL_SECURITY } from '../../src/screening/samples';

function parse(r: unknown): ScreeningRequest {
  const p = parseScreeningRequest(r);
  if (!p.ok) throw new Error(`does not parse: ${JSON.stringify(p.errors)}`);
  return p.request;
}

/** The worker's today: a different day and fiscal year from every request's date below. */
const WORKER_TODAY = '2028-02-29';
/** The answers as a stored draft holds them (JSON, encrypted at rest). */
const stored = (a: Answers): Answers => JSON.parse(JSON.stringify(a)) as Answers;
const roundTrip = (r: ScreeningRequestInput) => parse(buildRequest(stored(answersFromRequest(r)), WORKER_TODAY));

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

/** Every fact no screen asks, on top of EVERYTHING, with the self not first and ids of its own. */
const EVERYTHING_AND_UNASKED: ScreeningRequestInput = {
  ...EVERYTHING,
  household: {
    ...EVERYTHING.household,
    members: [
      { ...EVERYTHING.household.members[1]!, id: 'partner-7' },
      {
        ...EVERYTHING.household.members[0]!, id: 'self', receivesSsi: true, veteran: true, fosterYouth: true, purchasesAndPreparesTogether: false,
        postpartum: true, breastfeeding: true, investmentIncomeAnnual: 120.5, immigration: { ...EVERYTHING.household.members[0]!.immigration!, militaryConnection: true },
      },
      ...EVERYTHING.household.members.slice(2).map((m, i) => ({ ...m, id: `x${i}`, veteran: i % 2 === 0, fosterYouth: i === 1 })),
    ],
    assets: { cash: 40, bank: 1234.56, vehicles: 2, other: 500 },
    foodInsecure: true,
  },
};

/** Values the graph would not ask given the other answers (a request made elsewhere can hold them). */
const NOT_ASKED_THERE: ScreeningRequestInput = {
  version: 1, date: '2025-07-03', location: { state: 'CA' },
  household: {
    housingSituation: 'owns',
    members: [
      {
        id: 'a', relationship: 'self', age: 15, immigration: { status: 'citizen', since: '2001-01-01' }, ssnValidForWork: true,
        employment: { status: 'employed', hoursPerWeek: 10 }, incomes: Array.from({ length: 7 }, (_, i) => ({ type: 'wages' as const, amount: 10 + i, frequency: 'weekly' as const })),
        workforce: { iepOr504: true },
      },
    ],
    // rent for an owner; dependent care with no child under 13 or disabled member; medical with no one 60+ or disabled
    expenses: { rent: 900, dependentCare: 100, medical: 50, utilities: { heatingCooling: false, electricity: false, water: false, phone: false, gas: false, trash: false } },
    // months of TANF without TANF among the benefits; TANF now without the benefits list
    receivesTanfNow: true, tanfMonthsUsed: 3,
  },
};

// ------------------------------------------------------------------------ generated requests

/** mulberry32: a small seeded generator, so a failure names a request that can be rebuilt. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(seed: number): ScreeningRequestInput {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const maybe = <T>(make: () => T, p = 0.5): T | undefined => (r() < p ? make() : undefined);
  const bool = () => r() < 0.5;
  const money = () => pick([0, int(1, 99), int(100, 5000), int(100, 500000) / 100, 10_000_000]);
  const date = () => `${int(1990, 2027)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const subset = <T>(xs: readonly T[]) => xs.filter(() => r() < 0.3);
  const opt = <K extends string, V>(k: K, v: V | undefined) => (v === undefined ? {} : { [k]: v }) as Partial<Record<K, V>>;

  const n = int(1, 6);
  const selfAt = int(0, n - 1);
  const members = Array.from({ length: n }, (_, i) => ({
    id: pick([`m${i + 1}`, `p${seed}-${i}`, `member ${i}`]),
    relationship: i === selfAt ? ('self' as const) : pick(RELATIONSHIPS.filter((x) => x !== 'self')),
    age: pick([int(0, 17), int(18, 64), int(65, 125)]),
    ...opt('pregnant', maybe(bool, 0.8)),
    ...opt('disabled', maybe(bool, 0.8)),
    ...opt('student', maybe(bool, 0.8)),
    ...opt('immigration', maybe(() => ({
      status: pick(IMMIGRATION_STATUSES),
      ...opt('since', maybe(date)),
      ...opt('workQuarters', maybe(() => int(0, 400))),
      ...opt('militaryConnection', maybe(bool, 0.3)),
    }), 0.8)),
    ...opt('incomes', maybe(() => Array.from({ length: pick([0, 1, 2, 5, 6, 8]) }, () => ({ type: pick(INCOME_TYPES), amount: money(), frequency: pick(FREQUENCIES) })), 0.9)),
    ...opt('employment', maybe(() => ({ status: pick(EMPLOYMENT_STATUSES), ...opt('hoursPerWeek', maybe(() => pick([int(0, 168), int(1, 80) + 0.5]))) }))),
    ...opt('receivesSsi', maybe(bool, 0.3)),
    ...opt('veteran', maybe(bool, 0.3)),
    ...opt('fosterYouth', maybe(bool, 0.3)),
    ...opt('purchasesAndPreparesTogether', maybe(bool, 0.3)),
    ...opt('postpartum', maybe(bool, 0.3)),
    ...opt('breastfeeding', maybe(bool, 0.3)),
    ...opt('workforce', maybe(() => Object.fromEntries(subset(WORK_FLAGS).map((k) => [k, bool()])), 0.4)),
    ...opt('ssnValidForWork', maybe(bool, 0.4)),
    ...opt('investmentIncomeAnnual', maybe(money, 0.3)),
  }));
  const yes = () => maybe(bool, 0.7);
  return {
    version: 1,
    date: date(),
    location: { state: pick(US_STATES), ...opt('county', maybe(() => pick(['Wayne', 'Kings', 'St. Louis City', 'Doña Ana', 'x']))), ...opt('zip', maybe(() => String(int(0, 99999)).padStart(5, '0'))) },
    household: {
      members,
      ...opt('expenses', maybe(() => ({
        ...opt('rent', maybe(money)), ...opt('mortgage', maybe(money)), ...opt('propertyTaxInsurance', maybe(money)),
        ...opt('utilities', maybe(() => ({
          ...opt('heatingCooling', yes()), ...opt('electricity', yes()), ...opt('water', yes()), ...opt('phone', yes()),
          ...opt('gas', yes()), ...opt('sewer', yes()), ...opt('trash', yes()), ...opt('receivedLiheap', yes()),
        }), 0.8)),
        ...opt('dependentCare', maybe(money)), ...opt('childSupportPaid', maybe(money)), ...opt('medical', maybe(money)),
      }), 0.9)),
      ...opt('assets', maybe(() => ({ ...opt('cash', maybe(money)), ...opt('bank', maybe(money)), ...opt('vehicles', maybe(() => int(0, 20))), ...opt('other', maybe(money)) }), 0.9)),
      housingSituation: pick(HOUSING_SITUATIONS),
      ...opt('needs', maybe(() => subset(NEEDS), 0.8)),
      ...opt('receivesTanfNow', maybe(bool, 0.4)),
      ...opt('tanfMonthsUsed', maybe(() => int(0, 600), 0.4)),
      ...opt('currentBenefits', maybe(() => subset(CURRENT_BENEFITS), 0.6)),
      ...opt('foodInsecure', maybe(bool, 0.4)),
    },
  } as ScreeningRequestInput;
}

const GENERATED = Array.from({ length: 300 }, (_, i) => parse(generate(i + 1)));

/** Leaf paths of a zod schema ("household.members[].immigration.since"). */
function schemaPaths(schema: z.ZodType, at = ''): string[] {
  const def = (schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType } } })._zod.def;
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') return schemaPaths(def.innerType!, at);
  if (def.type === 'object') return Object.entries(def.shape!).flatMap(([k, v]) => schemaPaths(v, at ? `${at}.${k}` : k));
  if (def.type === 'array' && at === 'household.members') return schemaPaths(def.element!, `${at}[]`);
  return [at];
}

/** Leaf paths a request sets, each with whether a value other than the default (false, 0, []) is there. */
function setPaths(v: unknown, at = '', out = new Map<string, boolean>()): Map<string, boolean> {
  if (Array.isArray(v) && at === 'household.members') {
    for (const m of v) setPaths(m, `${at}[]`, out);
  } else if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) setPaths(x, at ? `${at}.${k}` : k, out);
  } else if (v !== undefined) {
    const nonDefault = !(v === false || v === 0 || (Array.isArray(v) && v.length === 0));
    out.set(at, (out.get(at) ?? false) || nonDefault);
  }
  return out;
}

// ------------------------------------------------------------------------ the property

describe('buildRequest(answersFromRequest(r), any today) gives r back unchanged', () => {
  const cases: [string, ScreeningRequest][] = [
    ['contract example', contract],
    ...Object.entries(samples).map(([name, a]) => [name, parse(buildRequest(a, TODAY))] as [string, ScreeningRequest]),
    ['kiosk request', kiosk],
    ['every field a screen holds', parse(EVERYTHING)],
    ['every field, the unasked ones too, self second, own ids', parse(EVERYTHING_AND_UNASKED)],
    ['values not asked in that situation', parse(NOT_ASKED_THERE)],
  ];

  test.each(cases)('%s', (_name, r) => {
    expect(roundTrip(r)).toStrictEqual(r);
  });

  test('300 generated requests (seeds 1–300)', () => {
    const failed: number[] = [];
    GENERATED.forEach((r, i) => {
      try {
        expect(roundTrip(r)).toStrictEqual(r);
      } catch {
        failed.push(i + 1);
      }
    });
    if (failed.length) expect(roundTrip(GENERATED[failed[0]! - 1]!), `seeds ${failed.slice(0, 10).join(', ')} fail; the first:`).toStrictEqual(GENERATED[failed[0]! - 1]);
    expect(failed).toEqual([]);
  });

  test('the generated requests set every field of the request schema, each to a non-default value somewhere', () => {
    const want = schemaPaths(screeningRequestSchema).sort();
    const seen = new Map<string, boolean>();
    for (const r of [...GENERATED, ...cases.map(([, c]) => c)]) for (const [k, v] of setPaths(r)) seen.set(k, (seen.get(k) ?? false) || v);
    // Lists are leaves here; their inner paths (incomes[].type…) are compared whole by the property.
    expect(want.filter((p) => !seen.get(p) && p !== 'version')).toEqual([]);
    expect(want).toContain('household.members[].veteran');
    expect(want).toContain('household.assets.vehicles');
  });

  test('the property is not vacuous: the screens alone lose these fields, the carried answer puts them back', () => {
    const r = parse(EVERYTHING_AND_UNASKED);
    const answers = answersFromRequest(r);
    const screensOnly = parse(buildFromScreens(answers, WORKER_TODAY));
    expect(screensOnly).not.toEqual(r);
    expect(screensOnly.date).toBe(r.date); // the date is an answer of its own
    expect(screensOnly.household.members.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(screensOnly.household.members[0]).not.toHaveProperty('veteran');
    expect(screensOnly.household.assets).not.toHaveProperty('vehicles');
    expect(screensOnly.household).not.toHaveProperty('foodInsecure');
    const back = roundTrip(r);
    expect(back.household.members.map((m) => m.id)).toEqual(['partner-7', 'self', 'x0', 'x1', 'x2']);
    expect(back.household.members[1]).toMatchObject({ veteran: true, fosterYouth: true, postpartum: true, breastfeeding: true, receivesSsi: true, investmentIncomeAnnual: 120.5, immigration: { militaryConnection: true } });
    expect(back.household.assets).toEqual({ cash: 40, bank: 1234.56, vehicles: 2, other: 500 });
    expect(back.household.foodInsecure).toBe(true);
    expect(back.date).toBe('2026-10-02');
    expect(answers[SCREENING_DATE]).toBe('2026-10-02');
    // A request the graph made itself carries nothing but the "continued" mark.
    const made = parse(buildRequest(FAMILY_OF_FOUR, TODAY));
    expect((answersFromRequest({ ...made, household: { ...made.household, foodInsecure: undefined } })[CARRIED] as { changes: unknown[] }).changes).toEqual([]);
  });

  test('every screen answer lands on a screen the worker walks, and every screen passes as filled in', () => {
    // (Not the request with values not asked in that situation: their answers wait on skipped screens.)
    for (const [name, r] of cases.filter(([n]) => n !== 'values not asked in that situation')) {
      const answers = answersFromRequest(r);
      const w = walk(answers, WORKER_TODAY);
      const shown = new Set<string>([CARRIED]);
      for (const q of w.visible) {
        const values = { ...contextValues(q, w), ...answers };
        const fields = visibleFields(q, values);
        for (const f of fields) shown.add(f.name);
        if (q.repeat) shown.add(q.repeat.countField);
        const onScreen = Object.fromEntries(fields.map((f) => [f.name, answers[f.name]]));
        const ok = questionSchema(q, values).safeParse(onScreen);
        expect(ok.success, `${name}: ${q.id} ${JSON.stringify(ok.error?.issues)}`).toBe(true);
      }
      expect(shown.has(SCREENING_DATE), `${name}: the screening date is on the first screen`).toBe(true);
      // Answers for screens the walk skips (work facts when no work need) are only in the carried answer's way.
      const off = Object.keys(answers).filter((k) => !shown.has(k));
      expect(off.filter((k) => !/^m\d+_work$/.test(k)), name).toEqual([]);
    }
  });
});

// ------------------------------------------------------------------------ the worker's changes win

describe('a continued screening the worker changes', () => {
  const edit = (r: ScreeningRequestInput, change: (a: Answers) => void) => {
    const a = stored(answersFromRequest(r));
    change(a);
    return parse(buildRequest(a, WORKER_TODAY));
  };
  const r = parse(EVERYTHING_AND_UNASKED);

  test('a changed answer wins over the carried value; untouched carried facts stay', () => {
    // Owner → renting, rent typed: the rent is the worker's; the carried mortgage stays (its answer was not changed).
    const back = edit(NOT_ASKED_THERE, (a) => { a.housing = 'renting'; a.rent = '700'; });
    expect(back.household.housingSituation).toBe('renting');
    expect(back.household.expenses.rent).toBe(700);
    // Renting with the rent left blank: the carried rent (900) comes back.
    expect(edit(NOT_ASKED_THERE, (a) => { a.housing = 'renting'; }).household.expenses.rent).toBe(900);
    // The Hunger Vital Sign answered now: its result replaces the carried one.
    expect(edit(r, (a) => { a.hvs_worried = 'never'; a.hvs_ran_out = 'never'; }).household.foodInsecure).toBe(false);
    // One income row edited: the worker's rows stand (the carried list was for the rows as they were).
    const m = edit(NOT_ASKED_THERE, (a) => { a.m1_inc0_amount = '99'; }).household.members[0]!;
    expect(m.incomes).toHaveLength(5);
    expect(m.incomes[0]!.amount).toBe(99);
    // Untouched: all 7 rows.
    expect(edit(NOT_ASKED_THERE, () => undefined).household.members[0]!.incomes).toHaveLength(7);
  });

  test('the screening date: kept unless changed; changed → the request has the new date', () => {
    expect(edit(r, () => undefined).date).toBe('2026-10-02');
    expect(edit(r, (a) => { a[SCREENING_DATE] = WORKER_TODAY; }).date).toBe(WORKER_TODAY);
    // Cleared (not a date): the worker's today.
    expect(edit(r, (a) => { a[SCREENING_DATE] = ''; }).date).toBe(WORKER_TODAY);
  });

  test('the household gets smaller or larger: carried facts stay with their members, ids stay unique', () => {
    // Five → four people: the last member (x2) goes, with what was carried for them.
    const smaller = edit(r, (a) => { a.household_size = '4'; });
    expect(smaller.household.members.map((m) => m.id)).toEqual(['partner-7', 'self', 'x0', 'x1']);
    expect(smaller.household.members[1]!.veteran).toBe(true);
    // Five → six: the new member gets an id of its own.
    const larger = edit(r, (a) => { a.household_size = '6'; a.m6_age = '1'; a.m6_relationship = 'child'; });
    const ids = larger.household.members.map((m) => m.id);
    expect(ids.slice(0, 5)).toEqual(['partner-7', 'self', 'x0', 'x1', 'x2']);
    expect(new Set(ids).size).toBe(6);
    expect(larger.household.members[5]).toMatchObject({ age: 1, relationship: 'child' });
    expect(larger.household.members[5]).not.toHaveProperty('veteran');
  });

  test('a draft with a damaged carried answer still builds from the screens', () => {
    const a = stored(answersFromRequest(r));
    a[CARRIED] = { changes: [
      { path: 'household' }, { nope: 1 }, { path: ['household', 'members', 99, 'veteran'], value: true },
      { path: ['__proto__', 'polluted'], value: true }, { path: ['household', 'constructor', 'prototype', 'polluted'], value: true },
    ] };
    const back = parse(buildRequest(a, WORKER_TODAY));
    expect(back.household.members).toHaveLength(5);
    expect(back.household.members.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
