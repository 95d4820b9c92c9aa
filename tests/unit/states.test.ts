import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { lookupIn, type ParameterTable } from '../../rules/core/params';
import { parameterTable, STATE_CONTACTS } from '../../rules';
import {
  allowancesForCounty,
  amountForSize,
  programContactSchema,
  snapBbceSchema,
  snapEnergyAssistanceAllHouseholdsSchema,
  snapStandardDeductionSchema,
  snapStandardMedicalDeductionSchema,
  snapUtilityAllowancesSchema,
  stateContactsSchema,
  type SnapBbce,
  type SnapStandardMedicalDeduction,
  type SnapUtilityAllowances,
} from '../../rules/programs/snap/state-params';
import { snapStateFoodProgramSchema, snapStateMinimumSchema } from '../../rules/programs/snap/state-food';

const STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS',
  'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC',
  'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
];
const dir = join(__dirname, '../../rules/states');
const table: ParameterTable = parameterTable();
const schemas = {
  'snap.bbce': snapBbceSchema,
  'snap.utility_allowances': snapUtilityAllowancesSchema,
  'snap.standard_medical_deduction': snapStandardMedicalDeductionSchema,
  'snap.energy_assistance_all_households': snapEnergyAssistanceAllHouseholdsSchema,
  'snap.standard_deduction': snapStandardDeductionSchema,
  'snap.state_minimum': snapStateMinimumSchema,
  'snap.state_food_program': snapStateFoodProgramSchema,
} as const;

interface StateFile {
  name: string;
  contacts?: Record<string, unknown>;
  parameters: Record<string, { values: { value: unknown; citation: string; effective: string; expires?: string }[] }>;
}
const load = (code: string): StateFile =>
  parse(readFileSync(join(dir, `${code.toLowerCase()}.yaml`), 'utf8'), { schema: 'core' }) as StateFile;

describe('state files', () => {
  test('all 50 states and DC have a file, and no other file exists', () => {
    expect(STATES).toHaveLength(51);
    for (const s of STATES) expect(existsSync(join(dir, `${s.toLowerCase()}.yaml`)), s).toBe(true);
    expect(Object.keys(STATE_CONTACTS).sort()).toEqual([...STATES].sort());
  });

  test.each(STATES)('%s: every value parses, is cited, and the required parameters exist', (code) => {
    const f = load(code);
    expect(f.parameters['snap.bbce'], 'snap.bbce').toBeDefined();
    expect(f.parameters['snap.utility_allowances'], 'snap.utility_allowances').toBeDefined();
    for (const [id, p] of Object.entries(f.parameters)) {
      const schema = schemas[id as keyof typeof schemas];
      expect(schema, `unknown parameter ${id}`).toBeDefined();
      for (const v of p.values) {
        const r = schema.safeParse(v.value);
        expect(r.success, `${code} ${id} ${v.effective}: ${r.success ? '' : JSON.stringify(r.error.issues)}`).toBe(true);
        expect(v.citation.length).toBeGreaterThan(10);
        if (v.expires) expect(v.expires > v.effective).toBe(true);
      }
    }
    const c = stateContactsSchema.safeParse(f.contacts ?? {});
    expect(c.success, JSON.stringify(c.error?.issues)).toBe(true);
  });

  test('every state has a sourced SNAP contact', () => {
    for (const s of STATES) {
      const snap = STATE_CONTACTS[s]!.contacts.snap;
      expect(programContactSchema.safeParse(snap).success, s).toBe(true);
    }
  });
});

const at = <T>(state: string, id: string, date: string) => lookupIn<T>(table, `state.${state}.${id}`, date);
const ua = (state: string, date: string) => at<SnapUtilityAllowances>(state, 'snap.utility_allowances', date);
const bbce = (state: string, date: string) => at<SnapBbce>(state, 'snap.bbce', date);

describe('spot values checked against the sources', () => {
  test('FY2025 heating/cooling SUA and LUA (FNS FY2025 table)', () => {
    expect(ua('MI', '2025-03-01')?.value).toMatchObject({ sua: 664, lua: null });
    expect(ua('CA', '2025-03-01')?.value).toMatchObject({ sua: 645, lua: 166 });
    expect(ua('TX', '2025-03-01')?.value).toMatchObject({ sua: 434, lua: 390 });
    expect(ua('VT', '2025-03-01')?.value.sua).toBe(1067);
    expect(ua('MD', '2024-06-01')).toMatchObject({ value: { sua: 551, lua: 341 }, effective: '2024-01-01' });
  });

  test('North Carolina SUA varies by household size', () => {
    const v = ua('NC', '2025-03-01')!.value;
    expect(amountForSize(v.sua!, 1)).toBe(620);
    expect(amountForSize(v.sua!, 3)).toBe(748);
    expect(amountForSize(v.sua!, 9)).toBe(888);
  });

  test('FY2026 figures where published; the newest figure is stale after its year', () => {
    expect(ua('AL', '2026-01-15')).toMatchObject({ value: { sua: 637 }, effective: '2025-10-01', stale: false });
    expect(ua('MI', '2025-06-15')).toMatchObject({ value: { sua: 664 }, stale: false });
    expect(ua('MI', '2026-01-15')).toMatchObject({ value: { sua: 682 }, effective: '2025-10-01', stale: false });
    expect(ua('MI', '2026-11-23')).toMatchObject({ value: { sua: 682 }, stale: true });
    expect(ua('WI', '2026-06-01')).toMatchObject({ value: { sua: 870, lua: 436 }, verify: true });
    expect(ua('WI', '2026-11-23')?.stale).toBe(true);
  });

  test('New York FY2026 SUAs by region, chosen by county', () => {
    const v = ua('NY', '2026-02-01')!.value;
    expect(allowancesForCounty(v, 'Kings')).toMatchObject({ allowances: { sua: 1062, lua: 419, phone: 32 }, region: 'nyc' });
    expect(allowancesForCounty(v, 'Suffolk County')).toMatchObject({ allowances: { sua: 988, lua: 388 }, region: 'long_island' });
    expect(allowancesForCounty(v, 'Erie')).toMatchObject({ allowances: { sua: 877, lua: 355 }, region: 'rest_of_state', countyNeeded: false });
    expect(allowancesForCounty(v, undefined)).toMatchObject({ allowances: { sua: 877 }, countyNeeded: true });
  });

  test('BBCE limits (FNS BBCE chart, state notices)', () => {
    expect(bbce('TX', '2026-11-23')?.value).toMatchObject({ grossIncomeLimitPctFpl: 165, assetLimit: 5000 });
    expect(bbce('MI', '2026-11-23')?.value).toMatchObject({ grossIncomeLimitPctFpl: 200, assetLimit: null });
    expect(bbce('NY', '2026-11-23')?.value).toMatchObject({ grossIncomeLimitPctFpl: 130, earnedIncomeGrossLimitPctFpl: 150 });
    expect(bbce('WY', '2026-11-23')?.value).toMatchObject({ grossIncomeLimitPctFpl: null });
    expect(bbce('AK', '2025-03-01')?.value.grossIncomeLimitPctFpl).toBeNull();
    expect(bbce('AK', '2025-08-01')?.value.grossIncomeLimitPctFpl).toBe(200);
    expect(bbce('AZ', '2026-02-01')?.value.grossIncomeLimitPctFpl).toBe(185);
    expect(bbce('AZ', '2026-03-01')?.value.grossIncomeLimitPctFpl).toBe(200);
  });

  test('standard medical deduction only where a state has one', () => {
    const smd = (s: string) => at<SnapStandardMedicalDeduction>(s, 'snap.standard_medical_deduction', '2026-11-23');
    expect(smd('CA')?.value.amount).toBe(150);
    expect(smd('MI')?.value.amount).toBe(165);
    expect(smd('CO')?.value.amount).toBe(165);
    expect(smd('NY')).toBeUndefined();
    // Net of the $35 disregard, by date (smd branch audit): AZ added (FAA5.I.03.E $145, DES FAQ $160 from
    // 2026-10-01), GA $161 (DFCS 3614), IL $185 standard - $35 = $150, KS $175 - $35 = $140.
    expect(smd('AZ')?.value.amount).toBe(160);
    expect(at<SnapStandardMedicalDeduction>('AZ', 'snap.standard_medical_deduction', '2026-09-30')?.value.amount).toBe(145);
    expect(smd('GA')?.value.amount).toBe(161);
    expect(smd('IL')?.value.amount).toBe(150);
    expect(smd('KS')?.value.amount).toBe(140);
    const withSmd = STATES.filter((s) => smd(s));
    expect(withSmd).toHaveLength(24);
  });

  test('state standard deductions replace the federal table only where a state lowers it (IL)', () => {
    const sd = (s: string, d: string) => at<{ sizes: number[] }>(s, 'snap.standard_deduction', d)?.value.sizes;
    // Illinois: $4 below the FNS tables (89 Ill. Adm. Code 121.63(c) FY2025; MR #25.33 FY2026; MR #26.26 FY2027).
    expect(sd('IL', '2025-03-01')).toEqual([200, 200, 200, 213, 250, 287]);
    expect(sd('IL', '2026-03-01')).toEqual([205, 205, 205, 219, 257, 295]);
    expect(sd('IL', '2026-11-23')).toEqual([213, 213, 213, 225, 264, 304]);
    expect(STATES.filter((s) => sd(s, '2026-11-23'))).toEqual(['IL']);
  });
});
