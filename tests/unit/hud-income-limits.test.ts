/**
 * The compiled HUD income-limit table (rules/programs/housing/data/hud-income-limits.json):
 * in sync with HUD's CSV when the CSV is present (../shared/data), exact for every county, year and
 * size, and its county-name matching. The figures checked by hand come from the CSV and from
 * ../shared/research/rules-other.md §4.1 (FY2026, 4 persons).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compileHud, findHudCsv, HUD_JSON } from '../../scripts/compile-hud';
import { areaLimits, hudTable, limitsForSize, matchCounty } from '../../rules/programs/housing/hud-table';

const csvPath = findHudCsv();

describe.runIf(csvPath)('compiled JSON vs the HUD CSV', () => {
  test('the committed JSON is exactly what scripts/compile-hud.ts writes from the CSV', () => {
    const { json } = compileHud(csvPath!);
    expect(readFileSync(HUD_JSON, 'utf8') === json, 'run `npx tsx scripts/compile-hud.ts` and commit the JSON').toBe(true);
  });

  test('every figure of every kept county, year and size decodes to the CSV value', () => {
    const lines = readFileSync(csvPath!, 'utf8').trim().split(/\r?\n/);
    const header = lines[0]!.split(',');
    const table = hudTable();
    const stateByFips = new Map(Object.entries(table.states).map(([st, s]) => [s.fips, st]));
    let checked = 0;
    for (const line of lines.slice(1)) {
      const v = line.split(',');
      const row = Object.fromEntries(header.map((h, i) => [h, v[i]!]));
      const st = stateByFips.get(row.county_fips!.slice(0, 2));
      if (!st) continue; // territories are not in the request's state list
      const got = areaLimits(st, row.county_fips!, Number(row.year));
      expect(got, `${row.county_fips} ${row.year}`).toBeDefined();
      const want = {
        ami: Number(row.ami),
        extremelyLow: [1, 2, 3, 4, 5, 6, 7, 8].map((s) => Number(row[`extremely_low_income_${s}`])),
        veryLow: [1, 2, 3, 4, 5, 6, 7, 8].map((s) => Number(row[`very_low_income_${s}`])),
        low: [1, 2, 3, 4, 5, 6, 7, 8].map((s) => Number(row[`low_income_${s}`])),
      };
      expect(got, `${row.county_fips} ${row.year}`).toEqual(want);
      checked++;
    }
    expect(checked).toBeGreaterThan(9000);
  });
});

describe('HUD limits (always, from the committed JSON)', () => {
  test('FY2026 4-person ELI / VLI / LI match rules-other.md §4.1', () => {
    const four = (st: string, fips: string) => { const l = limitsForSize(st, fips, 2026, 4)!; return [l.extremelyLow, l.veryLow, l.low]; };
    expect(four('MI', '26163')).toEqual([33000, 52400, 83850]); // Wayne
    expect(four('MS', '28049')).toEqual([33000, 45700, 73100]); // Hinds
    expect(four('MA', '25025')).toEqual([51400, 85700, 137100]); // Suffolk
    expect(four('CA', '06037')).toEqual([50000, 83300, 133250]); // Los Angeles
    expect(four('TX', '48201')).toEqual([33000, 52000, 83200]); // Harris
  });

  test('families above 8: +8% of the 4-person limit per person, rounded up to $50; ELI floor = poverty guideline', () => {
    // Wayne MI FY2026: VLI4 52,400 × 1.40 = 73,360 → 73,400; LI4 83,850 × 1.40 = 117,390 → 117,400;
    // ELI: max(2026 FPG for 9 = 15,960 + 8 × 5,680 = 61,400, 0.6 × 52,400 × 1.40 = 44,016 → 44,050) = 61,400 (≤ VLI).
    expect(limitsForSize('MI', '26163', 2026, 9)).toEqual({ ami: 104800, extremelyLow: 61400, veryLow: 73400, low: 117400, derivedForLargeFamily: true });
  });

  test('county names match robustly', () => {
    const fips = (st: string, c: string) => matchCounty(st, c).map((x) => x.fips).sort();
    expect(fips('MI', 'Wayne')).toEqual(['26163']);
    expect(fips('MI', 'wayne county')).toEqual(['26163']);
    expect(fips('MI', 'Wayne Co.')).toEqual(['26163']);
    expect(fips('MI', 'Wayne County, MI')).toEqual(['26163']);
    expect(fips('MO', 'St. Louis city')).toEqual(['29510']);
    expect(fips('MO', 'City of Saint Louis')).toEqual(['29510']);
    expect(fips('MO', 'St Louis County')).toEqual(['29189']);
    expect(fips('MO', 'Saint Louis')).toEqual(['29189', '29510']);
    expect(fips('LA', 'Orleans')).toEqual(['22071']);
    expect(fips('LA', 'Orleans Parish')).toEqual(['22071']);
    expect(fips('AK', 'Anchorage')).toEqual(['02020']);
    expect(fips('AK', 'Juneau')).toEqual(['02110']);
    expect(fips('AK', 'Wade Hampton Census Area')).toEqual(['02158']);
    expect(fips('SD', 'Shannon')).toEqual(['46102']);
    expect(fips('NM', 'Doña Ana')).toEqual(['35013']);
    expect(fips('GA', 'De Kalb')).toEqual(['13089']);
    expect(fips('MD', "Prince George's")).toEqual(['24033']);
    expect(fips('MD', 'Baltimore')).toEqual(['24005', '24510']);
    expect(fips('VA', 'James City')).toEqual(['51095']);
    expect(fips('NV', 'Carson City')).toEqual(['32510']);
    expect(fips('CT', 'Capitol')).toEqual(['09110']);
    expect(fips('NY', '36061')).toEqual(['36061']);
    expect(fips('NY', '061')).toEqual(['36061']);
    expect(fips('MI', 'Atlantis')).toEqual([]);
    expect(fips('MI', '36061')).toEqual([]);
  });
});
