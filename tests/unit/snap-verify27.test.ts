/**
 * SNAP Alaska/Hawaii figures confirmed on 2026-11-23 against PolicyEngine US parameters that cite the
 * USDA FNS COLA memo pages (max_allotment.yaml: FY2025 memo p. 3, FY2026 memo p. 4; excess_shelter_expense/cap.yaml:
 * FY2025 memo p. 5, FY2026 memo p. 6). The expected numbers below are copied from those parameter files, so a
 * change to rules/programs/snap/parameters/federal.yaml that drifts from them, or that flags them again, fails here.
 * The minimum benefits stay flagged: no primary copy of that table was reachable.
 */
import { describe, expect, test } from 'vitest';
import { lookupIn } from '../../rules/core/params';
import { parameterTable } from '../../rules';

type Table = { sizes: number[]; additional: number };
const table = parameterTable();

describe('SNAP maximum allotments confirmed from the FNS COLA memos', () => {
  test.each([
    ['snap.max_allotment.contiguous', '2025-01-15', [292, 536, 768, 975, 1158, 1390, 1536, 1756], 220],
    ['snap.max_allotment.alaska_urban', '2025-01-15', [377, 692, 991, 1258, 1494, 1793, 1982, 2265], 283],
    ['snap.max_allotment.alaska_urban', '2026-01-15', [385, 707, 1015, 1285, 1529, 1838, 2031, 2314], 282],
    ['snap.max_allotment.alaska_rural1', '2025-01-15', [481, 882, 1263, 1604, 1905, 2287, 2527, 2888], 361],
    ['snap.max_allotment.alaska_rural1', '2026-01-15', [491, 901, 1295, 1639, 1950, 2344, 2590, 2950], 360],
    ['snap.max_allotment.alaska_rural2', '2025-01-15', [586, 1074, 1538, 1953, 2319, 2783, 3076, 3516], 440],
    ['snap.max_allotment.alaska_rural2', '2026-01-15', [598, 1097, 1576, 1995, 2374, 2853, 3152, 3591], 438],
    ['snap.max_allotment.hawaii', '2025-01-15', [517, 948, 1357, 1723, 2046, 2456, 2714, 3102], 388],
    ['snap.max_allotment.hawaii', '2026-01-15', [506, 929, 1334, 1689, 2010, 2415, 2668, 3040], 371],
  ])('%s on %s', (id, date, sizes, additional) => {
    const r = lookupIn<Table>(table, id, date);
    expect(r?.value.sizes).toEqual(sizes);
    expect(r?.value.additional).toBe(additional);
    expect(r?.verify).toBe(false);
    expect(r?.stale).toBe(false);
  });
});

describe('SNAP excess shelter caps confirmed from the FNS COLA memos', () => {
  test.each([
    ['snap.shelter_cap.alaska', '2025-01-15', 1137],
    ['snap.shelter_cap.alaska', '2026-01-15', 1189],
    ['snap.shelter_cap.hawaii', '2025-01-15', 959],
    ['snap.shelter_cap.hawaii', '2026-01-15', 1003],
  ])('%s on %s: $%i', (id, date, cap) => {
    const r = lookupIn<number>(table, id, date);
    expect(r?.value).toBe(cap);
    expect(r?.verify).toBe(false);
  });
});

describe('figures still unconfirmed keep their flag', () => {
  test.each([
    ['snap.min_benefit.alaska_urban', '2026-01-15', 31],
    ['snap.min_benefit.alaska_rural1', '2025-01-15', 39],
    ['snap.min_benefit.hawaii', '2026-01-15', 41],
  ])('%s on %s ($%i)', (id, date, value) => {
    const r = lookupIn<number>(table, id, date);
    expect(r?.value).toBe(value);
    expect(r?.verify).toBe(true);
  });
  test('no FY2027 Alaska or Hawaii allotment table is on file: FY2026 figures are used and flagged stale', () => {
    for (const id of ['snap.max_allotment.alaska_urban', 'snap.max_allotment.hawaii', 'snap.shelter_cap.alaska', 'snap.shelter_cap.hawaii']) {
      const r = lookupIn<unknown>(table, id, '2026-11-23');
      expect(r?.stale, id).toBe(true);
    }
  });
});
