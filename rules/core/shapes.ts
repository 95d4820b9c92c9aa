/**
 * Stable shapes for the engine's view of a request. zod leaves out the optional fields a request
 * does not give, so members come in dozens of shapes (hidden classes) and every `member.x` read in
 * the formulas was a megamorphic property load — a large share of the engine's time (npm run bench).
 * screen() and evaluateProgram() therefore evaluate a copy of the request in which the members (and
 * the household, expenses and utilities that hold them) have every field of their schema, in schema
 * order, absent ones as undefined: the same values (and the same JSON), one shape per kind of object.
 * Objects with few shapes (location, immigration, employment, assets) are kept as given: their reads
 * stay polymorphic and cheap. The caller's request is not touched; the copy is built on every call
 * (it is part of the measured work; screen() builds one for all 19 programs).
 *
 * Each builder is checked against its schema's fields when this module loads; a builder that does
 * not list exactly those fields (a field was added to the schema) is not used, so no field is ever
 * dropped — the engine is only slower until the builder is updated.
 */
import { expensesSchema, householdSchema, memberSchema, screeningRequestSchema, utilitiesSchema, type ScreeningRequest } from './request';

type Loose = Record<string, unknown>;

/**
 * Members come in dozens of shapes, so reading their fields by name would itself be megamorphic: the
 * fields present are read with a for-in loop (cheap on any shape) into locals, then one literal is
 * built. A field this list does not know means the schema grew: that member is then kept as given.
 */
function memberShape(m: Loose): Loose {
  let id, relationship, age, pregnant, disabled, student, school, immigration, incomes, employment, receivesSsi, veteran,
    fosterYouth, purchasesAndPreparesTogether, postpartum, breastfeeding, workforce, ssnValidForWork, investmentIncomeAnnual;
  for (const k in m) {
    const v = m[k];
    switch (k) {
      case 'id': id = v; break;
      case 'relationship': relationship = v; break;
      case 'age': age = v; break;
      case 'pregnant': pregnant = v; break;
      case 'disabled': disabled = v; break;
      case 'student': student = v; break;
      case 'school': school = v; break;
      case 'immigration': immigration = v; break;
      case 'incomes': incomes = v; break;
      case 'employment': employment = v; break;
      case 'receivesSsi': receivesSsi = v; break;
      case 'veteran': veteran = v; break;
      case 'fosterYouth': fosterYouth = v; break;
      case 'purchasesAndPreparesTogether': purchasesAndPreparesTogether = v; break;
      case 'postpartum': postpartum = v; break;
      case 'breastfeeding': breastfeeding = v; break;
      case 'workforce': workforce = v; break;
      case 'ssnValidForWork': ssnValidForWork = v; break;
      case 'investmentIncomeAnnual': investmentIncomeAnnual = v; break;
      default: return m;
    }
  }
  return {
    id, relationship, age, pregnant, disabled, student, school, immigration, incomes, employment, receivesSsi, veteran,
    fosterYouth, purchasesAndPreparesTogether, postpartum, breastfeeding, workforce, ssnValidForWork, investmentIncomeAnnual,
  };
}
function membersShape(members: Loose[]): Loose[] {
  const out: Loose[] = new Array<Loose>(members.length);
  for (let i = 0; i < members.length; i++) out[i] = memberShape(members[i]!);
  return out;
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
function householdShape(h: Loose): Loose {
  return {
    members: h.members && shaped.member ? membersShape(h.members as Loose[]) : h.members,
    expenses: h.expenses && shaped.expenses ? expensesShape(h.expenses as Loose) : h.expenses,
    assets: h.assets,
    housingSituation: h.housingSituation, needs: h.needs, receivesTanfNow: h.receivesTanfNow, tanfMonthsUsed: h.tanfMonthsUsed,
    currentBenefits: h.currentBenefits, foodInsecure: h.foodInsecure,
  };
}

/** Whether a builder gives exactly the schema's fields in the schema's order. */
function fits(build: (o: Loose) => Loose, schema: { shape: object }): boolean {
  return Object.keys(build({})).join() === Object.keys(schema.shape).join();
}
const shaped = {
  member: false,
  utilities: fits(utilitiesShape, utilitiesSchema),
  expenses: false,
  household: false,
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
    location: r.location,
    household: (shaped.household ? householdShape(r.household as unknown as Loose) : r.household) as ScreeningRequest['household'],
  };
}
