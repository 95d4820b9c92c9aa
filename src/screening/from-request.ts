/**
 * The inverse of buildRequest (./questions): a ScreeningRequest back into the question graph's form
 * answers, so a worker can continue a screening that started elsewhere (a family's kiosk code, a
 * saved request) and walk the rest of the graph with every known answer already filled in.
 *
 * Property (tests/unit/screening-from-request.test.ts): buildRequest(answersFromRequest(r), today)
 * gives r back unchanged, field for field, whatever `today` is:
 * - the screening date is an answer (SCREENING_DATE), shown on the first screen: the rules apply by
 *   it, so it stays the family's date unless the worker changes it;
 * - what no screen holds is carried (./carry, the CARRIED answer) and put back by buildRequest:
 *   facts no screen asks (member receivesSsi, veteran, fosterYouth, postpartum, breastfeeding,
 *   purchasesAndPreparesTogether, investmentIncomeAnnual; immigration.militaryConnection; assets
 *   vehicles and other; any field added to the request later), member ids and order, the Hunger
 *   Vital Sign result (household.foodInsecure), and values the graph would not ask given the other
 *   answers (rent for an owner, a sixth income row, "not asked" benefits…). An answer the worker
 *   changes wins over the carried value.
 */
import { parseScreeningRequest, type ScreeningRequestInput } from '../domain/screening-request';
import { diffRequest, type Carried } from './carry';
import { buildFromScreens, CARRIED, SCREENING_DATE, WORK_FLAGS, type Answers } from './questions';

type MemberInput = ScreeningRequestInput['household']['members'][number];

const MAX_INCOME_ROWS = 5;
const UTILITY_OPTIONS = ['heatingCooling', 'electricity', 'water', 'phone', 'gas', 'sewer', 'trash', 'receivedLiheap'] as const;
const MEMBER_FLAGS = ['pregnant', 'disabled', 'student'] as const;

/** A number as the form holds it (a plain string, as typed). */
const numText = (n: number) => String(n);

/** The members in the graph's order: the person screened first, then the others as listed. */
function ordered(members: readonly MemberInput[]): MemberInput[] {
  const self = members.filter((m) => m.relationship === 'self');
  return [...self, ...members.filter((m) => m.relationship !== 'self')];
}

/** Citizenship answer: one answer for everyone when it says exactly what each person has. */
function citizenshipAnswer(members: readonly MemberInput[]): 'all_citizens' | 'prefer_not_to_say' | 'some_not' | undefined {
  if (members.every((m) => !m.immigration)) return undefined;
  const only = (status: string) => members.every((m) => m.immigration && m.immigration.status === status
    && m.immigration.since === undefined && m.immigration.workQuarters === undefined);
  if (only('citizen')) return 'all_citizens';
  // "Prefer not to say" for everyone skips the per-person screens, and with them the SSN question.
  if (only('prefer_not_to_say') && members.every((m) => m.ssnValidForWork === undefined)) return 'prefer_not_to_say';
  return 'some_not';
}

/** Form answers that rebuild `request` through the question graph, with what no screen holds carried (see the header). */
export function answersFromRequest(input: ScreeningRequestInput): Answers {
  // Compared with defaults filled in, so a default the input left out is not a difference.
  const parsed = parseScreeningRequest(input);
  const request: ScreeningRequestInput = parsed.ok ? parsed.request : input;
  const a = screenAnswers(request);
  a[SCREENING_DATE] = request.date;
  const inGraphOrder = { ...request, household: { ...request.household, members: ordered(request.household.members) } };
  const built = JSON.parse(JSON.stringify(buildFromScreens(a, request.date))) as unknown;
  const original = JSON.parse(JSON.stringify(inGraphOrder)) as unknown;
  const carried: Carried = { selfAt: Math.max(0, request.household.members.findIndex((m) => m.relationship === 'self')), changes: diffRequest(built, original) };
  // Always set, even with nothing to carry: it also marks the screening as continued (the screening
  // date field shows on the first screen).
  a[CARRIED] = carried;
  return a;
}

/** The answers the screens hold (what the graph asks), without the screening date or carried facts. */
function screenAnswers(request: ScreeningRequestInput): Answers {
  const { location, household: h } = request;
  const a: Answers = {};

  // Location
  if (location.zip) a.zip = location.zip;
  if (location.state) a.state = location.state;
  if (location.county) a.county = location.county;

  // Household members
  const members = ordered(h.members);
  a.household_size = numText(members.length);
  const ids = members.map((_, i) => `m${i + 1}`);
  members.forEach((m, i) => {
    const id = ids[i]!;
    a[`${id}_age`] = numText(m.age);
    if (id !== 'm1') a[`${id}_relationship`] = m.relationship;
    const flags = MEMBER_FLAGS.filter((f) => m[f] === true);
    if (flags.length) a[`${id}_flags`] = flags;
  });

  // Immigration
  const citizenship = citizenshipAnswer(members);
  if (citizenship) a.citizenship = citizenship;
  if (citizenship === 'some_not') {
    members.forEach((m, i) => {
      const id = ids[i]!;
      if (!m.immigration) return;
      a[`${id}_imm_status`] = m.immigration.status;
      if (m.immigration.since !== undefined) a[`${id}_imm_since`] = m.immigration.since;
      if (m.immigration.workQuarters !== undefined) a[`${id}_imm_quarters`] = numText(m.immigration.workQuarters);
      if (m.ssnValidForWork !== undefined) a[`${id}_ssn`] = m.ssnValidForWork ? 'yes' : 'no';
    });
  }

  // Income: who has any, then up to 5 rows each (type, amount, how often)
  const earners = ids.filter((_, i) => (members[i]!.incomes ?? []).length > 0);
  if (earners.length) a.income_who = earners;
  members.forEach((m, i) => {
    const id = ids[i]!;
    const rows = (m.incomes ?? []).slice(0, MAX_INCOME_ROWS);
    if (rows.length > 1) a[`${id}_income_rows`] = numText(rows.length);
    rows.forEach((x, r) => {
      a[`${id}_inc${r}_type`] = x.type;
      a[`${id}_inc${r}_amount`] = numText(x.amount);
      a[`${id}_inc${r}_frequency`] = x.frequency;
    });
    if (m.employment) {
      a[`${id}_emp_status`] = m.employment.status;
      if (m.employment.hoursPerWeek !== undefined) a[`${id}_emp_hours`] = numText(m.employment.hoursPerWeek);
    }
  });

  // Housing and expenses (a zero is what a blank answer means, so only amounts are filled in)
  a.housing = h.housingSituation;
  const e = h.expenses;
  const money = (field: string, v: number | undefined) => { if (v) a[field] = numText(v); };
  if (e) {
    if (h.housingSituation === 'owns') {
      money('mortgage', e.mortgage);
      money('property_tax', e.propertyTaxInsurance);
    } else money('rent', e.rent);
    const u = e.utilities as Record<string, boolean | undefined> | undefined;
    const chosen = UTILITY_OPTIONS.filter((k) => u?.[k] === true);
    if (chosen.length) a.utilities = chosen;
    money('dependent_care', e.dependentCare);
    money('child_support_paid', e.childSupportPaid);
    money('medical', e.medical);
  }
  money('bank', h.assets?.bank);
  money('cash', h.assets?.cash);

  // Benefits the household gets now (TANF now is one of them)
  if (h.currentBenefits !== undefined || h.receivesTanfNow) {
    const b: string[] = [...(h.currentBenefits ?? [])];
    if (h.receivesTanfNow && !b.includes('tanf')) b.push('tanf');
    a.benefits = b;
  }
  if (h.tanfMonthsUsed !== undefined) a.tanf_months = numText(h.tanfMonthsUsed);

  // Needs (left blank when there are none, so the needs screen can still suggest from new answers)
  if (h.needs && h.needs.length) a.needs = [...h.needs];

  // Work and school facts: the checkbox list holds the facts that are true
  members.forEach((m, i) => {
    if (m.workforce) a[`${ids[i]!}_work`] = WORK_FLAGS.filter((k) => m.workforce![k] === true);
  });

  return a;
}
