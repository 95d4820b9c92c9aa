/**
 * Compile HUD's Section 8 income limits (CSV, outside the repo) into the compact JSON the housing
 * formulas load: rules/programs/housing/data/hud-income-limits.json (committed).
 *
 *   npx tsx scripts/compile-hud.ts [path/to/csv]
 *
 * Inputs
 *   ../shared/data/hud-section8-income-limits-fy2024-2026.csv  (HUD_CSV env or argv[2] overrides):
 *     county_fips, year, ami, then extremely_low/very_low/low income limits for sizes 1-8.
 *   scripts/data/county-names.csv: Census county names by FIPS (see scripts/data/README.md).
 *   rules/core/parameters/hhs.yaml (via compileRules): the poverty guideline HUD used as the
 *     extremely-low floor, only as a prediction base for the codec (the encoding is exact anyway).
 *
 * Only the 50 states and DC are kept (the request's location.state); territories are dropped.
 * tests/unit/hud-income-limits.test.ts fails when the committed JSON differs from what this script
 * would write from the CSV (when the CSV is present) and checks every decoded figure against it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { US_STATES } from '../rules/core/request';
import { lookupIn } from '../rules/core/params';
import { encode, encodeName, type Fpg, type HudTable, type IncomeLimits } from '../rules/programs/housing/hud-codec';
import { compileRules } from './compile-rules';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CSV_NAME = 'hud-section8-income-limits-fy2024-2026.csv';
export const HUD_JSON = join(root, 'rules/programs/housing/data/hud-income-limits.json');
const NAMES_CSV = join(root, 'scripts/data/county-names.csv');

/** Where the CSV lives: HUD_CSV, then ../shared/data beside the repo (CI, main), then /work/shared. */
export function findHudCsv(): string | undefined {
  const candidates = [
    process.env.HUD_CSV,
    join(root, '..', 'shared', 'data', CSV_NAME),
    join(root, '..', '..', 'shared', 'data', CSV_NAME),
  ].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p));
}

/**
 * Census county-equivalents that were replaced: the old name still finds the new code(s).
 * Sources: Census Bureau "Substantial changes to counties and county equivalent entities":
 * Shannon County SD → Oglala Lakota County (2015); Wade Hampton Census Area AK → Kusilvak (2015);
 * Bedford city VA joined Bedford County (2013); Valdez-Cordova Census Area AK split into Chugach
 * and Copper River Census Areas (2019).
 */
const RENAMED: Record<string, string[]> = {
  '46113': ['46102'],
  '02270': ['02158'],
  '51515': ['51019'],
  '02261': ['02063', '02066'],
};

export function compileHud(csvPath: string): { json: string; table: HudTable } {
  const csv = readFileSync(csvPath, 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  const header = lines[0]!.split(',');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`HUD CSV: column ${name} missing`);
    return i;
  };
  const iF = col('county_fips');
  const iY = col('year');
  const iA = col('ami');
  const sizeCols = (kind: string) => [1, 2, 3, 4, 5, 6, 7, 8].map((s) => col(`${kind}_income_${s}`));
  const eliC = sizeCols('extremely_low');
  const vliC = sizeCols('very_low');
  const liC = sizeCols('low');

  // County names by FIPS, and state codes by state FIPS.
  const names = new Map<string, string>();
  const stateOfFips = new Map<string, string>();
  for (const line of readFileSync(NAMES_CSV, 'utf8').trim().split(/\r?\n/).slice(1)) {
    const [st, fips, name] = line.split(',');
    names.set(fips!, name!);
    stateOfFips.set(fips!.slice(0, 2), st!);
  }
  const wanted = new Set<string>(US_STATES);

  const params = compileRules().parameters;
  const fpgOn = (id: string, date: string): Fpg => {
    const r = lookupIn<Fpg>(params, id, date);
    if (!r) throw new Error(`no ${id} on ${date}`);
    return r.value;
  };

  const rows = new Map<string, Map<number, IncomeLimits>>(); // fips → year → limits
  const years = new Set<number>();
  for (const line of lines.slice(1)) {
    const v = line.split(',');
    const fips = v[iF]!;
    const st = stateOfFips.get(fips.slice(0, 2));
    if (!st || !wanted.has(st)) continue;
    const year = Number(v[iY]);
    years.add(year);
    const n = (i: number) => Number(v[i]);
    const lim: IncomeLimits = { ami: n(iA), extremelyLow: eliC.map(n), veryLow: vliC.map(n), low: liC.map(n) };
    if (!rows.has(fips)) rows.set(fips, new Map());
    if (rows.get(fips)!.has(year)) throw new Error(`HUD CSV: duplicate row ${fips} ${year}`);
    rows.get(fips)!.set(year, lim);
  }
  const yearList = [...years].sort();
  const fpg: HudTable['fpg'] = {};
  for (const y of yearList) {
    // HUD's FY limits (published in spring) use that calendar year's poverty guidelines.
    const d = `${y}-03-01`;
    fpg[String(y)] = { contiguous: fpgOn('hhs.fpg.contiguous', d), AK: fpgOn('hhs.fpg.alaska', d), HI: fpgOn('hhs.fpg.hawaii', d) };
  }

  const states: HudTable['states'] = {};
  const byState = new Map<string, string[]>();
  for (const fips of [...rows.keys()].sort()) {
    const st = stateOfFips.get(fips.slice(0, 2))!;
    if (!byState.has(st)) byState.set(st, []);
    byState.get(st)!.push(fips);
  }
  for (const st of [...byState.keys()].sort()) {
    const list = byState.get(st)!;
    const g = (y: number): Fpg => (st === 'AK' ? fpg[String(y)]!.AK : st === 'HI' ? fpg[String(y)]!.HI : fpg[String(y)]!.contiguous);
    const yearsOut: Record<string, string> = {};
    for (const y of yearList) yearsOut[String(y)] = list.map((f) => { const l = rows.get(f)!.get(y); return l ? encode(l, g(y)) : ''; }).join(';');
    states[st] = {
      fips: list[0]!.slice(0, 2),
      counties: list.map((f) => f.slice(2)).join(','),
      names: list.map((f) => (names.has(f) ? encodeName(names.get(f)!) : '')).join('|'),
      years: yearsOut,
    };
  }
  const aliases: HudTable['aliases'] = {};
  for (const [old, targets] of Object.entries(RENAMED)) {
    const st = stateOfFips.get(old.slice(0, 2))!;
    if (!states[st] || !names.has(old)) continue;
    (aliases[st] ??= {})[names.get(old)!] = targets.filter((t) => rows.has(t));
  }
  const table: HudTable = {
    source: `HUD Section 8 income limits FY${yearList[0]}-FY${yearList[yearList.length - 1]} by county (huduser.gov/portal/datasets/il.html), via ${CSV_NAME}; county names: U.S. Census Bureau FIPS county list`,
    csvSha256: createHash('sha256').update(csv).digest('hex'),
    years: yearList,
    fpg,
    states,
    aliases,
  };
  return { json: `${JSON.stringify(table)}\n`, table };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const csvPath = process.argv[2] ?? findHudCsv();
  if (!csvPath) {
    console.error(`HUD CSV not found (set HUD_CSV or place ../shared/data/${CSV_NAME} beside the repo)`);
    process.exit(1);
  }
  const { json, table } = compileHud(csvPath);
  mkdirSync(dirname(HUD_JSON), { recursive: true });
  writeFileSync(HUD_JSON, json);
  const counties = Object.values(table.states).reduce((n, s) => n + s.counties.split(',').length, 0);
  console.log(`hud: ${counties} counties, years ${table.years.join(',')}, ${json.length} bytes raw, ${gzipSync(json, { level: 9 }).length} bytes gzip`);
}
