/**
 * The ScreeningRequest: the one household model that the UI builds, the CLI reads and the rules
 * engine evaluates. Version 1 accepts ../shared/contracts/screening-request.example.json as is.
 * Unknown keys and out-of-range values are rejected (never coerced), and every error names its
 * field path so the UI and the CLI can point at it.
 */
import { z } from 'zod';

export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA',
  'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM',
  'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
  'WV', 'WI', 'WY',
] as const;
export type UsState = (typeof US_STATES)[number];

export const RELATIONSHIPS = [
  'self', 'spouse', 'partner', 'child', 'stepchild', 'grandchild', 'parent', 'sibling',
  'other_relative', 'roommate',
] as const;

export const IMMIGRATION_STATUSES = [
  'citizen', 'national', 'lawful_permanent_resident', 'refugee', 'asylee', 'cuban_haitian_entrant',
  'parolee', 'afghan_parolee', 'ukrainian_parolee', 'trafficking_victim', 'cofa_citizen',
  'temporary_protected_status', 'daca', 'other_lawful', 'undocumented', 'prefer_not_to_say',
] as const;
export type ImmigrationStatus = (typeof IMMIGRATION_STATUSES)[number];

export const INCOME_TYPES = [
  'wages', 'self_employment', 'unemployment', 'social_security', 'ssi', 'ssdi', 'pension',
  'child_support_received', 'tanf', 'veterans', 'workers_comp', 'alimony', 'other_unearned',
] as const;
export type IncomeType = (typeof INCOME_TYPES)[number];

export const FREQUENCIES = ['weekly', 'biweekly', 'semimonthly', 'monthly', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const EMPLOYMENT_STATUSES = [
  'employed', 'self_employed', 'unemployed', 'laid_off', 'not_working', 'retired',
] as const;

export const HOUSING_SITUATIONS = [
  'renting', 'owns', 'staying_with_others', 'shelter', 'unsheltered', 'other',
] as const;

/** Benefits someone in the household gets now (adjunctive/categorical eligibility: WIC, school meals, Lifeline). */
export const CURRENT_BENEFITS = [
  'snap', 'tanf', 'medicaid', 'ssi', 'wic', 'federal_public_housing', 'veterans_pension', 'fdpir', 'head_start',
] as const;
export type CurrentBenefit = (typeof CURRENT_BENEFITS)[number];

export const NEEDS = [
  'food', 'rent', 'eviction', 'utilities', 'utility_shutoff', 'job', 'training', 'disability_work',
  'child_care', 'transportation', 'health', 'diapers', 'clothing', 'legal', 'safety',
  'language_help',
] as const;
export type Need = (typeof NEEDS)[number];

/**
 * What kind of school a student attends (member.school, optional; only with `student: true`). The
 * programs that depend on it:
 * - high_school: middle or high school (secondary school), or job training at that level that does
 *   not require a high-school diploma. SNAP: not higher education, so the student rule does not
 *   apply (7 CFR 273.5(a)). TANF: a full-time secondary student of 18 is still a "minor child"
 *   (42 U.S.C. 619(2)(B); 45 CFR 260.30). WIOA: in-school youth (20 CFR 681.220).
 * - adult_education: classes for a high-school equivalency (GED, HiSET), adult basic education or
 *   English classes for adults. SNAP: not higher education (273.5(a)). WIOA: a youth in a
 *   high-school equivalency or adult education program counts as out-of-school (20 CFR 681.230;
 *   DOL TEGL 21-16). TANF: as without the field (whether it is secondary-level is a state reading).
 * - higher_education_half_time_or_more: college, university, or a business, technical, trade or
 *   vocational school that normally requires a high-school diploma or equivalency, at least half of
 *   the school's full-time load. SNAP: the student rule applies (7 U.S.C. 2015(e); 7 CFR 273.5(a)).
 *   TANF: not secondary school, so at 18 not a minor child (42 U.S.C. 619(2)). WIOA: in school
 *   (postsecondary, 20 CFR 681.220).
 * - higher_education_less_than_half_time: the same schools, less than half time. SNAP: the student
 *   rule does not apply (it covers half-time or more). TANF and WIOA: as higher_education.
 * Absent: not asked; each program then keeps its former reading of `student` alone.
 */
export const SCHOOL_KINDS = [
  'high_school', 'adult_education', 'higher_education_half_time_or_more', 'higher_education_less_than_half_time',
] as const;
export type SchoolKind = (typeof SCHOOL_KINDS)[number];

/** ISO calendar date (YYYY-MM-DD) that is also a real day. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'invalid_date' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { message: 'invalid_date' });

const dollars = z.number().finite().min(0).max(10_000_000);

export const incomeSchema = z.strictObject({
  type: z.enum(INCOME_TYPES),
  amount: dollars,
  frequency: z.enum(FREQUENCIES),
});
export type Income = z.infer<typeof incomeSchema>;

export const immigrationSchema = z.strictObject({
  status: z.enum(IMMIGRATION_STATUSES),
  since: isoDate.optional(),
  workQuarters: z.number().int().min(0).max(400).optional(),
  /** Optional extras the outside contract does not use but programs can. */
  militaryConnection: z.boolean().optional(),
});
export type Immigration = z.infer<typeof immigrationSchema>;

export const employmentSchema = z.strictObject({
  status: z.enum(EMPLOYMENT_STATUSES),
  hoursPerWeek: z.number().min(0).max(168).optional(),
});

/**
 * Optional work and school facts (WIOA adult/dislocated worker/youth, VR, Pre-ETS). Every field is
 * optional: absent = not asked, and the programs then say which fact would make the answer surer.
 */
export const workforceSchema = z.strictObject({
  /** Wants a job, a better job, or training (VR "intends to achieve an employment outcome"). */
  wantsToWork: z.boolean().optional(),
  /** Got a layoff notice, or the workplace is closing (WIOA sec. 3(15)(A)-(B)). */
  layoffNotice: z.boolean().optional(),
  /** Was self-employed (incl. farming, fishing) and is out of business because of the economy or a disaster (sec. 3(15)(C)). */
  businessClosed: z.boolean().optional(),
  /** Was supported by a family member's income, lost it, and is unemployed or underemployed (sec. 3(16)). */
  displacedHomemaker: z.boolean().optional(),
  /** Military spouse who lost a job because of a service member's move or discharge (sec. 3(15)(E)). */
  militarySpouseJobLoss: z.boolean().optional(),
  /** Reads, writes or computes below the 9th-grade level, or cannot function on the job (sec. 3(5)). */
  basicSkillsDeficient: z.boolean().optional(),
  englishLearner: z.boolean().optional(),
  /** Has been involved with the juvenile or adult justice system. */
  justiceInvolved: z.boolean().optional(),
  /** Left school without a diploma or equivalent. */
  leftSchoolWithoutDiploma: z.boolean().optional(),
  /** Has an IEP or a Section 504 plan at school (Pre-ETS). */
  iepOr504: z.boolean().optional(),
});
export type Workforce = z.infer<typeof workforceSchema>;

export const memberSchema = z.strictObject({
  id: z.string().min(1).max(64),
  relationship: z.enum(RELATIONSHIPS),
  age: z.number().int().min(0).max(125),
  pregnant: z.boolean().default(false),
  disabled: z.boolean().default(false),
  student: z.boolean().default(false),
  /** What kind of school (see SCHOOL_KINDS); only with `student: true` (error `school_requires_student`). Absent = not asked. */
  school: z.enum(SCHOOL_KINDS).optional(),
  immigration: immigrationSchema.optional(),
  incomes: z.array(incomeSchema).max(50).default([]),
  employment: employmentSchema.optional(),
  /** Optional, project-added facts (all optional so the contract file still parses). */
  receivesSsi: z.boolean().optional(),
  veteran: z.boolean().optional(),
  fosterYouth: z.boolean().optional(),
  /** Purchases and prepares food with the rest of the household (SNAP household rule). */
  purchasesAndPreparesTogether: z.boolean().optional(),
  /** Pregnancy ended within the last 12 months (Medicaid/CHIP postpartum coverage, WIC). */
  postpartum: z.boolean().optional(),
  /** Breastfeeding an infant under 1 (WIC category). */
  breastfeeding: z.boolean().optional(),
  /** Work and school facts for WIOA, VR and Pre-ETS. */
  workforce: workforceSchema.optional(),
  /** Has a Social Security number valid for employment (EITC/CTC, 26 U.S.C. 24(h)(7), 32(m)); absent = not asked. */
  ssnValidForWork: z.boolean().optional(),
  /** Investment income for the year (interest, dividends, capital gains, net rents and royalties), dollars; EITC limit 26 U.S.C. 32(i). Absent = not asked. */
  investmentIncomeAnnual: dollars.optional(),
});
export type Member = z.infer<typeof memberSchema>;

export const utilitiesSchema = z.strictObject({
  heatingCooling: z.boolean().default(false),
  electricity: z.boolean().default(false),
  water: z.boolean().default(false),
  phone: z.boolean().default(false),
  gas: z.boolean().optional(),
  sewer: z.boolean().optional(),
  trash: z.boolean().optional(),
  /** Household received LIHEAP in the past 12 months (qualifies for the SUA in most states). */
  receivedLiheap: z.boolean().optional(),
});

export const expensesSchema = z.strictObject({
  rent: dollars.default(0),
  mortgage: dollars.default(0),
  propertyTaxInsurance: dollars.default(0),
  utilities: utilitiesSchema.default({ heatingCooling: false, electricity: false, water: false, phone: false }),
  dependentCare: dollars.default(0),
  childSupportPaid: dollars.default(0),
  medical: dollars.default(0),
});

export const assetsSchema = z.strictObject({
  cash: dollars.default(0),
  bank: dollars.default(0),
  vehicles: z.number().int().min(0).max(20).optional(),
  other: dollars.optional(),
});

export const householdSchema = z
  .strictObject({
    members: z.array(memberSchema).min(1).max(20),
    expenses: expensesSchema.default({
      rent: 0, mortgage: 0, propertyTaxInsurance: 0,
      utilities: { heatingCooling: false, electricity: false, water: false, phone: false },
      dependentCare: 0, childSupportPaid: 0, medical: 0,
    }),
    assets: assetsSchema.default({ cash: 0, bank: 0 }),
    housingSituation: z.enum(HOUSING_SITUATIONS),
    needs: z.array(z.enum(NEEDS)).max(NEEDS.length).default([]),
    /** Household gets TANF now (applicant vs recipient tests differ). */
    receivesTanfNow: z.boolean().optional(),
    /** Months of TANF already used (time limits). */
    tanfMonthsUsed: z.number().int().min(0).max(600).optional(),
    /** Benefits someone in the household gets now; absent = not asked. */
    currentBenefits: z.array(z.enum(CURRENT_BENEFITS)).max(CURRENT_BENEFITS.length).optional(),
    /** Hunger Vital Sign positive (either item "often" or "sometimes" true); absent = not asked. */
    foodInsecure: z.boolean().optional(),
  })
  .superRefine((h, ctx) => {
    const ids = new Set<string>();
    h.members.forEach((m, i) => {
      if (ids.has(m.id)) ctx.addIssue({ code: 'custom', message: 'duplicate_member_id', path: ['members', i, 'id'] });
      ids.add(m.id);
      // The kind of school is a detail of being a student: it cannot come without `student: true`.
      if (m.school !== undefined && m.student !== true) ctx.addIssue({ code: 'custom', message: 'school_requires_student', path: ['members', i, 'school'] });
    });
    const selves = h.members.filter((m) => m.relationship === 'self').length;
    if (selves !== 1) ctx.addIssue({ code: 'custom', message: 'exactly_one_self', path: ['members'] });
  });
export type Household = z.infer<typeof householdSchema>;

export const locationSchema = z.strictObject({
  state: z.enum(US_STATES),
  county: z.string().min(1).max(80).optional(),
  zip: z.string().regex(/^\d{5}$/, { message: 'invalid_zip' }).optional(),
});

export const screeningRequestSchema = z.strictObject({
  version: z.literal(1),
  date: isoDate,
  location: locationSchema,
  household: householdSchema,
});

/** A parsed, defaults-filled request: what the rules engine evaluates. */
export type ScreeningRequest = z.infer<typeof screeningRequestSchema>;
/** What a caller may send (defaults still optional). */
export type ScreeningRequestInput = z.input<typeof screeningRequestSchema>;

export interface FieldError {
  /** Dotted path, e.g. "household.members.1.age". */
  field: string;
  /** Machine code (zod issue code or our own message code); the UI translates it. */
  code: string;
  message: string;
}

export type ParseResult =
  | { ok: true; request: ScreeningRequest }
  | { ok: false; errors: FieldError[] };

/** Validate an unknown value as a ScreeningRequest; every error names its field. */
export function parseScreeningRequest(input: unknown): ParseResult {
  const r = screeningRequestSchema.safeParse(input);
  if (r.success) return { ok: true, request: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => ({
      field: i.path.map(String).join('.') || '(root)',
      code: i.code === 'custom' ? i.message : i.code,
      message: i.message,
    })),
  };
}
