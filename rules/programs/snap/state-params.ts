/**
 * Shapes of the SNAP state options kept in rules/states/<xx>.yaml (compiled to `state.<XX>.<id>`),
 * and of each state's program contacts. rules/states/README.md documents every field; the SNAP
 * formula imports the types, the unit suite parses every state file with the schemas.
 *
 * Conventions: dollar amounts are monthly; an array of amounts is by household size (index 0 =
 * one person, the last entry applies to that size and up); `null` means the state has no such
 * standard or limit; an absent optional field means the figure is not recorded (needs verification).
 */
import { z } from 'zod';

export const SNAP_STATE_PARAMS = {
  bbce: 'snap.bbce',
  utilityAllowances: 'snap.utility_allowances',
  standardMedicalDeduction: 'snap.standard_medical_deduction',
  energyAssistanceAllHouseholds: 'snap.energy_assistance_all_households',
  standardDeduction: 'snap.standard_deduction',
  allotmentAreas: 'snap.allotment_areas',
} as const;

const dollars = z.number().nonnegative();
/** One amount, or amounts by household size (index 0 = 1 person; the last applies to that size and up). */
export const amountBySizeSchema = z.union([dollars, z.array(dollars).min(1)]);

export const snapBbceSchema = z.strictObject({
  /** Gross income limit of the TANF/MOE benefit that confers categorical eligibility, in percent of the
   * federal poverty guideline (200 = 200%). null: the state has no broad-based categorical eligibility. */
  grossIncomeLimitPctFpl: z.number().positive().max(500).nullable(),
  /** Asset limit under BBCE in dollars; null: no asset test for BBCE households. */
  assetLimit: dollars.nullable(),
  /** Gross limit for households with an elderly or disabled member, percent of FPG; null: no gross
   * income limit for them under BBCE (they face the net income test as under regular rules). */
  elderlyDisabledGrossLimitPctFpl: z.number().positive().max(500).nullable().optional(),
  /** Whether BBCE households (without elderly/disabled members) must still pass the 100% net income test. */
  netIncomeTest: z.boolean().optional(),
  /** Whether elderly/disabled BBCE households must still pass the 100% net income test (always when their
   * gross limit is null). */
  elderlyDisabledNetIncomeTest: z.boolean().optional(),
  /** The elderly/disabled limits apply only when every member is elderly or disabled (others: the general ones). */
  elderlyDisabledAllMembers: z.boolean().optional(),
  /** Higher gross limit for households with earned income (New York: 150%), percent of FPG. */
  earnedIncomeGrossLimitPctFpl: z.number().positive().max(500).optional(),
  /** Higher gross limit for households paying dependent care (New York: 200%), percent of FPG. */
  dependentCareGrossLimitPctFpl: z.number().positive().max(500).optional(),
  note: z.string().optional(),
});

export const individualUtilityAllowancesSchema = z.strictObject({
  electricity: amountBySizeSchema.optional(),
  gas: amountBySizeSchema.optional(),
  water: amountBySizeSchema.optional(),
  sewer: amountBySizeSchema.optional(),
  trash: amountBySizeSchema.optional(),
  phone: amountBySizeSchema.optional(),
});

const allowanceFields = {
  /** Heating and cooling standard utility allowance (HCSUA). null: the state has no HCSUA (Hawaii). */
  sua: amountBySizeSchema.nullable(),
  /** Limited (basic) utility allowance: no heating/cooling cost but at least two other utilities.
   * null: the state has no LUA. */
  lua: amountBySizeSchema.nullable().optional(),
  /** Reserved for the telephone standard under another name; state files write `phone`. */
  tua: amountBySizeSchema.nullable().optional(),
  /** Single-utility allowances (states that use them instead of, or below, the LUA). */
  individual: individualUtilityAllowancesSchema.optional(),
  /** Telephone standard (TUA): the household's only utility cost is a telephone. null: none. */
  phone: dollars.nullable().optional(),
};

/** A sub-state area with its own allowances. Counties are names as in `location.county` ("Kings",
 * "Nassau"), compared case-insensitively without a trailing " County"/" Borough". */
export const utilityRegionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  name: z.string(),
  counties: z.array(z.string().min(2)).min(1),
  ...allowanceFields,
});

export const snapUtilityAllowancesSchema = z
  .strictObject({
    ...allowanceFields,
    /** Areas whose figures replace the top-level ones (which then apply to the rest of the state). */
    regions: z.array(utilityRegionSchema).min(1).optional(),
    /** Id of the region the top-level figures belong to, e.g. "rest_of_state". */
    defaultRegion: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    const ids = new Set<string>();
    for (const [i, r] of (v.regions ?? []).entries()) {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', message: 'duplicate_region_id', path: ['regions', i, 'id'] });
      ids.add(r.id);
    }
  });

export const snapStandardMedicalDeductionSchema = z.strictObject({
  /** Monthly standard medical deduction for elderly/disabled members whose medical costs exceed $35. */
  amount: z.number().positive(),
});

/** The state pays every SNAP household a small energy-assistance benefit so that each counts as
 * receiving LIHEAP-type assistance for the heating/cooling SUA (7 U.S.C. 2014(e)(6)(C)(iv); Colorado
 * Energy EBT, C.R.S. 26-2-307, 9 CCR 2503-10). true = in force on the date. */
export const snapEnergyAssistanceAllHouseholdsSchema = z.boolean();
/** A state's own standard deduction by household size (index 0 = 1 person, index 5 = 6 or more, the
 * federal table's shape), used instead of the federal table while in force. Illinois lowers it for every
 * household to keep its standard medical deduction demonstration cost-neutral (IDHS PM 13-01-05). */
export const snapStandardDeductionSchema = z.strictObject({
  sizes: z.array(dollars).length(6),
});

/** Alaska's SNAP allotment areas (7 CFR 272.7(b)): for each borough or census area, the areas its
 * communities belong to (urban, rural1, rural2). One area: the county decides it. Several: only the
 * community does; the formula uses the lowest and shows the others. Names compare like utility regions. */
export const ALASKA_AREAS = ['urban', 'rural1', 'rural2'] as const;
export type AlaskaArea = (typeof ALASKA_AREAS)[number];
export const snapAllotmentAreasSchema = z.strictObject({
  counties: z.array(z.strictObject({
    names: z.array(z.string().min(2)).min(1),
    areas: z.array(z.enum(ALASKA_AREAS)).min(1),
    note: z.string().optional(),
  })).min(1),
});

/** A BBCE rule in one fixed shape (every field, in schema order, absent ones undefined): the state files
 * give different fields, so reading them as parsed was a megamorphic load on every SNAP budget. */
export function fixedShapeBbce(b: SnapBbce): SnapBbce {
  return {
    grossIncomeLimitPctFpl: b.grossIncomeLimitPctFpl, assetLimit: b.assetLimit, elderlyDisabledGrossLimitPctFpl: b.elderlyDisabledGrossLimitPctFpl,
    netIncomeTest: b.netIncomeTest, elderlyDisabledNetIncomeTest: b.elderlyDisabledNetIncomeTest, elderlyDisabledAllMembers: b.elderlyDisabledAllMembers,
    earnedIncomeGrossLimitPctFpl: b.earnedIncomeGrossLimitPctFpl, dependentCareGrossLimitPctFpl: b.dependentCareGrossLimitPctFpl, note: b.note,
  };
}

/** A place to apply or ask, per program. Only what a cited source shows; no guessed phones or links. */
export const programContactSchema = z.strictObject({
  agency: z.string().min(2),
  programName: z.string().optional(),
  url: z.string().url().optional(),
  phone: z.string().regex(/^[0-9+() \-.A-Za-z]{3,}$/).optional(), // "2-1-1" style service codes allowed
  source: z.string().min(5),
});

export const CONTACT_PROGRAMS = ['snap', 'tanf', 'medicaid', 'chip', 'liheap', 'child_care', 'vr', 'wic', 'wioa', 'state_food'] as const;
export const stateContactsSchema = z.partialRecord(z.enum(CONTACT_PROGRAMS), programContactSchema);

export type AmountBySize = z.infer<typeof amountBySizeSchema>;
export type SnapBbce = z.infer<typeof snapBbceSchema>;
export type IndividualUtilityAllowances = z.infer<typeof individualUtilityAllowancesSchema>;
export type UtilityRegion = z.infer<typeof utilityRegionSchema>;
export type SnapUtilityAllowances = z.infer<typeof snapUtilityAllowancesSchema>;
export type SnapStandardMedicalDeduction = z.infer<typeof snapStandardMedicalDeductionSchema>;
export type SnapStandardDeduction = z.infer<typeof snapStandardDeductionSchema>;
export type SnapAllotmentAreas = z.infer<typeof snapAllotmentAreasSchema>;
export type ProgramContact = z.infer<typeof programContactSchema>;
export type StateContacts = z.infer<typeof stateContactsSchema>;

/** The amount for a household of `size` from a single amount or a by-size array. */
export function amountForSize(a: AmountBySize, size: number): number {
  if (typeof a === 'number') return a;
  const i = Math.min(Math.max(1, Math.floor(size)), a.length) - 1;
  return a[i]!;
}

/** County name as compared against a region's list: lower case, no trailing County/Borough/Parish. */
export function normalizeCounty(name: string): string {
  return name.trim().toLowerCase().replace(/\s+(county|borough|parish|census area|municipality)$/, '');
}

type Allowances = Omit<SnapUtilityAllowances, 'regions' | 'defaultRegion'>;
type CountyAllowances = { allowances: Allowances; region: string | undefined; countyNeeded: boolean };
interface SplitAllowances { top: CountyAllowances; noCounty: CountyAllowances; byCounty: Map<string, CountyAllowances> }
const splitCache = new WeakMap<SnapUtilityAllowances, SplitAllowances>();

/** The last table split: screenings in one state ask for the same table (saves a WeakMap probe per call). */
let lastTable: SnapUtilityAllowances | undefined;
let lastSplit: SplitAllowances | undefined;

function split(ua: SnapUtilityAllowances): SplitAllowances {
  if (ua === lastTable) return lastSplit!;
  let s = splitCache.get(ua);
  if (!s) {
    s = splitTable(ua);
    splitCache.set(ua, s);
  }
  lastTable = ua;
  lastSplit = s;
  return s;
}

/**
 * The allowances in one fixed shape (every field, in one order, absent ones undefined). The state files
 * give different fields in different orders, so reading `a.sua` on the objects as parsed saw dozens of
 * shapes across states (a megamorphic load on every SNAP budget).
 */
function fixedShape(a: Allowances): Allowances {
  const i = a.individual;
  const individual = i && { electricity: i.electricity, gas: i.gas, water: i.water, sewer: i.sewer, trash: i.trash, phone: i.phone };
  return { sua: a.sua, lua: a.lua, tua: a.tua, individual, phone: a.phone };
}

function splitTable(ua: SnapUtilityAllowances): SplitAllowances {
  const { regions, defaultRegion, ...top } = ua;
  const byCounty = new Map<string, CountyAllowances>();
  for (const r of regions ?? []) {
    const { id, name: _name, counties, ...a } = r;
    const entry = { allowances: fixedShape(a), region: id, countyNeeded: false };
    for (const k of counties) byCounty.set(normalizeCounty(k), entry);
  }
  const allowances = fixedShape(top);
  return {
    top: { allowances, region: regions ? defaultRegion : undefined, countyNeeded: false },
    noCounty: { allowances, region: regions ? defaultRegion : undefined, countyNeeded: regions !== undefined },
    byCounty,
  };
}

/** The allowances that apply in `county` (the top-level figures when no region lists it). The
 * result says whether a region was matched, so a formula can ask for the county when it matters.
 * Results are shared per allowance table: treat them as read-only. */
export function allowancesForCounty(ua: SnapUtilityAllowances, county: string | undefined): CountyAllowances {
  const s = split(ua);
  if (s.byCounty.size === 0) return s.top;
  if (!county) return s.noCounty;
  return s.byCounty.get(normalizeCounty(county)) ?? s.top;
}
