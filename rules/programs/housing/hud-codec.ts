/**
 * Compact, exact encoding of HUD Section 8 income limits (one county, one fiscal year).
 *
 * HUD derives each family size's limit from the 4-person limit with fixed size factors, rounded up
 * to $50, and the extremely-low limit as the greater of 30/50 of the very-low limit and the poverty
 * guideline, never above the very-low limit (HUD income-limits methodology; 24 CFR 5.603(b)).
 * A county-year is stored as [ami, vli4, li4] plus, for the other 22 figures, the difference from
 * that prediction ("residuals"), mostly zero. Decoding is prediction + residual, so it is exact by
 * construction; tests/unit/hud-income-limits.test.ts checks every row against the HUD CSV.
 *
 * Used by scripts/compile-hud.ts (encode) and by the housing formulas (decode). Pure, no I/O.
 */

/** HUD's family-size adjustment of the 4-person limit: sizes 1..8 (index 0 = 1 person). */
export const SIZE_FACTORS = [0.7, 0.8, 0.9, 1, 1.08, 1.16, 1.24, 1.32] as const;
/** Each person past 8 adds 8% of the 4-person limit. */
export const EXTRA_PERSON_FACTOR = 0.08;

export interface Fpg { first: number; additional: number }

export interface IncomeLimits {
  ami: number;
  /** Index 0 = 1 person … 7 = 8 persons. */
  extremelyLow: number[];
  veryLow: number[];
  low: number[];
}

/** Round up to the next $50 (with a guard against float noise such as 40900 × 0.9 = 36809.999…). */
export function ceil50(x: number): number {
  return Math.ceil(Math.round(x * 1000) / 1000 / 50) * 50;
}

export function sizeFactor(size: number): number {
  if (size <= 8) return SIZE_FACTORS[size - 1]!;
  return SIZE_FACTORS[7] + EXTRA_PERSON_FACTOR * (size - 8);
}

export function povertyGuideline(fpg: Fpg, size: number): number {
  return fpg.first + fpg.additional * (size - 1);
}

/** HUD's formula from the 4-person very-low and low limits (sizes above 8 use it too). */
export function predict(vli4: number, li4: number, fpg: Fpg, size: number): { eli: number; vli: number; li: number } {
  const f = sizeFactor(size);
  const vli = size === 4 ? vli4 : ceil50(vli4 * f);
  const li = size === 4 ? li4 : ceil50(li4 * f);
  const eli = Math.min(vli, Math.max(povertyGuideline(fpg, size), ceil50(0.6 * vli4 * f)));
  return { eli, vli, li };
}

const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXY'; // 'M' = 0; each step is $50

function encodeResidual(r: number): string {
  if (r % 50 === 0 && Math.abs(r / 50) <= 12) return ALPHA[r / 50 + 12]!;
  return `(${r})`;
}

function decodeResiduals(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '(') {
      const end = s.indexOf(')', i);
      out.push(Number(s.slice(i + 1, end)));
      i = end;
    } else {
      out.push((ALPHA.indexOf(ch) - 12) * 50);
    }
  }
  return out;
}

/** Order of residuals: VLI sizes 1-3,5-8; LI sizes 1-3,5-8; ELI sizes 1-8. */
export function encode(l: IncomeLimits, fpg: Fpg): string {
  const v4 = l.veryLow[3]!;
  const li4 = l.low[3]!;
  let res = '';
  for (let s = 1; s <= 8; s++) if (s !== 4) res += encodeResidual(l.veryLow[s - 1]! - predict(v4, li4, fpg, s).vli);
  for (let s = 1; s <= 8; s++) if (s !== 4) res += encodeResidual(l.low[s - 1]! - predict(v4, li4, fpg, s).li);
  for (let s = 1; s <= 8; s++) {
    // ELI prediction uses the true VLI of that size (the cap), so decode VLI first.
    const p = Math.min(l.veryLow[s - 1]!, Math.max(povertyGuideline(fpg, s), ceil50(0.6 * v4 * sizeFactor(s))));
    res += encodeResidual(l.extremelyLow[s - 1]! - p);
  }
  res = res.replace(/M+$/, '');
  return res ? `${l.ami},${v4},${li4},${res}` : `${l.ami},${v4},${li4}`;
}

export function decode(record: string, fpg: Fpg): IncomeLimits {
  const [ami, v4s, li4s, resStr = ''] = record.split(',');
  const v4 = Number(v4s);
  const li4 = Number(li4s);
  const res = decodeResiduals(resStr);
  const r = (i: number) => res[i] ?? 0;
  const veryLow: number[] = [];
  const low: number[] = [];
  const extremelyLow: number[] = [];
  let k = 0;
  for (let s = 1; s <= 8; s++) veryLow.push(s === 4 ? v4 : predict(v4, li4, fpg, s).vli + r(k++));
  for (let s = 1; s <= 8; s++) low.push(s === 4 ? li4 : predict(v4, li4, fpg, s).li + r(k++));
  for (let s = 1; s <= 8; s++) {
    const p = Math.min(veryLow[s - 1]!, Math.max(povertyGuideline(fpg, s), ceil50(0.6 * v4 * sizeFactor(s))));
    extremelyLow.push(p + r(k++));
  }
  return { ami: Number(ami), extremelyLow, veryLow, low };
}

/** Stored county names: "Autauga" means "Autauga County"; "=St. Louis city" is stored as is. */
export function encodeName(name: string): string {
  return name.endsWith(' County') && !name.slice(0, -7).includes('|') ? name.slice(0, -7) : `=${name}`;
}

export function decodeName(stored: string): string {
  return stored.startsWith('=') ? stored.slice(1) : `${stored} County`;
}

/** The compiled file's shape (rules/programs/housing/data/hud-income-limits.json). */
export interface HudTable {
  source: string;
  csvSha256: string;
  years: number[];
  /** Poverty guideline HUD used for each fiscal year's ELI floor, by state group (contiguous/AK/HI). */
  fpg: Record<string, { contiguous: Fpg; AK: Fpg; HI: Fpg }>;
  states: Record<string, {
    /** 2-digit state FIPS. */
    fips: string;
    /** County codes (3 digits), comma-separated, aligned with `names` and each year's records. */
    counties: string;
    /** Encoded names separated by '|' ('' for a FIPS with no known name). */
    names: string;
    /** Per fiscal year: records separated by ';' ('' where HUD has no row that year). */
    years: Record<string, string>;
  }>;
  /** Former county names (Census changes) → current FIPS codes, by state. */
  aliases: Record<string, Record<string, string[]>>;
}

export function fpgFor(table: HudTable, year: number, state: string): Fpg {
  const g = table.fpg[String(year)]!;
  return state === 'AK' ? g.AK : state === 'HI' ? g.HI : g.contiguous;
}
