/**
 * Stable shapes for the engine's view of a request. zod leaves out the optional fields a request
 * does not give, so members come in dozens of shapes (hidden classes) and every `member.x` read in
 * the formulas was a megamorphic property load — a large share of the engine's time (npm run bench).
 * screen() therefore evaluates a copy of the request in which each object has every field of its
 * schema, in schema order, absent ones as undefined: the same values (and the same JSON), one shape
 * per kind of object, shared by all 19 programs. The caller's request is not touched; the copy is
 * built on every call (it is part of the measured work).
 *
 * Each builder is checked against its schema's fields when this module loads; a builder that does
 * not list exactly those fields (a field was added to the schema) is not used, so no field is ever
 * dropped — the engine is only slower until the builder is updated.
 */
import {
  assetsSchema, employmentSchema, expensesSchema, householdSchema, immigrationSchema, locationSchema, memberSchema,
  screeningRequestSchema, utilitiesSchema, workforceSchema, type ScreeningRequest,
} from './request';

type Loose = Record<string, unknown>;

function immigrationShape(i: Loose): Loose {
  return { status: i.status, since: i.since, workQuarters: i.workQuarters, militaryConnection: i.militaryConnection };
}
function employmentShape(e: Loose): Loose {
  return { status: e.status, hoursPerWeek: e.hoursPerWeek };
}
function workforceShape(w: Loose): Loose {
  return {
    wantsToWork: w.wantsToWork, layoffNotice: w.layoffNotice, businessClosed: w.businessClosed, displacedHomemaker: w.displacedHomemaker,
    militarySpouseJobLoss: w.militarySpouseJobLoss, basicSkillsDeficient: w.basicSkillsDeficient, englishLearner: w.englishLearner,
    justiceInvolved: w.justiceInvolved, leftSchoolWithoutDiploma: w.leftSchoolWithoutDiploma, iepOr504: w.iepOr504,
  };
}
function memberShape(m: Loose): Loose {
  return {
    id: m.id, relationship: m.relationship, age: m.age, pregnant: m.pregnant, disabled: m.disabled, student: m.student,
    immigration: m.immigration && shaped.immigration ? immigrationShape(m.immigration as Loose) : m.immigration,
    incomes: m.incomes,
    employment: m.employment && shaped.employment ? employmentShape(m.employment as Loose) : m.employment,
    receivesSsi: m.receivesSsi, veteran: m.veteran, fosterYouth: m.fosterYouth, purchasesAndPreparesTogether: m.purchasesAndPreparesTogether,
    postpartum: m.postpartum, breastfeeding: m.breastfeeding,
    workforce: m.workforce && shaped.workforce ? workforceShape(m.workforce as Loose) : m.workforce,
    ssnValidForWork: m.ssnValidForWork, investmentIncomeAnnual: m.investmentIncomeAnnual,
  };
}
function utilitiesShape(u: Loose): Loose {
  return { heatingCooling: u.heatingCooling, electricity: u.electricity, water: u.water, phone: u.phone, gas: u.gas, sewer: u.sewer, trash: u.trash, receivedLiheap: u.receivedLiheap };
}
function expensesShape(e: Loose): Loose {
  return {
    rent: e.rent, mortgage: e.mortgage, propertyTaxInsurance: e.propertyTaxInsurance,
    utilities: e.utilities && shaped.utilities ? utilitiesShape(e.utilities as Loose) : e.utilities,
    dependentCare: e.dependentCare, childSupportPaid: e.childSupportPaid, medical: e.medical,
  };
}
function assetsShape(a: Loose): Loose {
  return { cash: a.cash, bank: a.bank, vehicles: a.vehicles, other: a.other };
}
function householdShape(h: Loose): Loose {
  return {
    members: h.members && shaped.member ? (h.members as Loose[]).map(memberShape) : h.members,
    expenses: h.expenses && shaped.expenses ? expensesShape(h.expenses as Loose) : h.expenses,
    assets: h.assets && shaped.assets ? assetsShape(h.assets as Loose) : h.assets,
    housingSituation: h.housingSituation, needs: h.needs, receivesTanfNow: h.receivesTanfNow, tanfMonthsUsed: h.tanfMonthsUsed,
    currentBenefits: h.currentBenefits, foodInsecure: h.foodInsecure,
  };
}
function locationShape(l: Loose): Loose {
  return { state: l.state, county: l.county, zip: l.zip };
}

/** Whether a builder gives exactly the schema's fields in the schema's order. */
function fits(build: (o: Loose) => Loose, schema: { shape: object }): boolean {
  return Object.keys(build({})).join() === Object.keys(schema.shape).join();
}
const shaped = {
  immigration: fits(immigrationShape, immigrationSchema),
  employment: fits(employmentShape, employmentSchema),
  workforce: fits(workforceShape, workforceSchema),
  member: false,
  utilities: fits(utilitiesShape, utilitiesSchema),
  expenses: false,
  assets: fits(assetsShape, assetsSchema),
  household: false,
  location: fits(locationShape, locationSchema),
};
shaped.member = fits(memberShape, memberSchema);
shaped.expenses = fits(expensesShape, expensesSchema);
shaped.household = fits(householdShape, householdSchema as unknown as { shape: object });
const screeningRequestKeys = Object.keys(screeningRequestSchema.shape).join() === 'version,date,location,household';

/** The request with stable shapes (see above): the same values, new objects. */
export function withStableShapes(r: ScreeningRequest): ScreeningRequest {
  if (!screeningRequestKeys) return r;
  return {
    version: r.version,
    date: r.date,
    location: (shaped.location ? locationShape(r.location as unknown as Loose) : r.location) as ScreeningRequest['location'],
    household: (shaped.household ? householdShape(r.household as unknown as Loose) : r.household) as ScreeningRequest['household'],
  };
}
