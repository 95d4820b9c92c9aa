/**
 * HUD income limits by state + county name (or FIPS) + fiscal year + family size, from the compiled
 * table (rules/programs/housing/data/hud-income-limits.json, built by scripts/compile-hud.ts).
 *
 * County matching is forgiving: case, accents, punctuation and spacing are ignored; "Saint"/"St.",
 * "Sainte"/"Ste." are the same; the words County, Parish, Borough, Census Area, City and Borough,
 * Municipality, Planning Region may be left out; "X city" and "City of X" mean the independent city.
 * When a name fits several areas (e.g. "Baltimore": the city and the county) and their limits differ,
 * the caller gets all candidates and must ask; when the limits are the same, any one answers.
 */
import data from './data/hud-income-limits.json';
import { decode, decodeName, fpgFor, predict, sizeFactor, ceil50, povertyGuideline, type HudTable, type IncomeLimits } from './hud-codec';

const table = data as unknown as HudTable;

export interface County { fips: string; name: string }

interface StateIndex {
  counties: County[];
  /** Normalized full name → indexes; normalized base name (suffix removed) → indexes. */
  full: Map<string, number[]>;
  base: Map<string, number[]>;
  kind: string[];
  byFips: Map<string, number>;
  aliases: Map<string, string[]>;
}

const SUFFIXES: [RegExp, string][] = [
  [/ city and borough$/, 'borough'],
  [/ census area$/, 'census_area'],
  [/ planning region$/, 'planning_region'],
  [/ municipality$/, 'municipality'],
  [/ borough$/, 'borough'],
  [/ parish$/, 'parish'],
  [/ county$/, 'county'],
  [/ co$/, 'county'],
  [/ cnty$/, 'county'],
  [/ city$/, 'city'],
];

/** Lower case, no accents, "saint" → "st", punctuation to spaces, single spaces. */
function clean(s: string): string {
  return s
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\bsainte\b/g, 'ste')
    .trim();
}

const squash = (s: string) => s.replace(/ /g, '');

/** The cleaned name's base (suffix words removed) and what kind of area the words said. */
function split(cleaned: string): { base: string; kind: string } {
  let s = cleaned;
  let kind = '';
  const pre = /^(city|county|parish|borough) of /.exec(s);
  if (pre) { kind = pre[1]!; s = s.slice(pre[0].length); }
  for (const [re, k] of SUFFIXES) {
    if (re.test(s) && s.replace(re, '').length > 0) { s = s.replace(re, ''); kind = kind || k; break; }
  }
  return { base: squash(s), kind };
}

const indexes = new Map<string, StateIndex>();
/** Split records per state and year, built on first use. */
const records = new Map<string, string[]>();
/** Decoded limits per state and year (index as in `records`): decoding allocates five arrays. */
const decoded = new Map<string, (IncomeLimits | undefined)[]>();

function stateIndex(state: string): StateIndex | undefined {
  const hit = indexes.get(state);
  if (hit) return hit;
  const s = table.states[state];
  if (!s) return undefined;
  const codes = s.counties.split(',');
  const names = s.names.split('|');
  const idx: StateIndex = { counties: [], full: new Map(), base: new Map(), kind: [], byFips: new Map(), aliases: new Map() };
  const push = (m: Map<string, number[]>, k: string, i: number) => { const a = m.get(k) ?? []; if (!a.includes(i)) a.push(i); m.set(k, a); };
  codes.forEach((c, i) => {
    const fips = s.fips + c;
    const name = names[i] ? decodeName(names[i]!) : '';
    idx.counties.push({ fips, name });
    idx.byFips.set(fips, i);
    if (!name) { idx.kind.push(''); return; }
    const cl = clean(name);
    const sp = split(cl);
    idx.kind.push(sp.kind);
    push(idx.full, squash(cl), i);
    push(idx.base, sp.base, i);
  });
  for (const [old, targets] of Object.entries(table.aliases[state] ?? {})) {
    const cl = clean(old);
    idx.aliases.set(squash(cl), targets);
    idx.aliases.set(split(cl).base, targets);
  }
  indexes.set(state, idx);
  return idx;
}

/**
 * Answers already matched, by state and answer. Both housing programs match the same answer for
 * every household, and normalizing a name (Unicode, several regular expressions) cost more than the
 * rest of the formula (npm run bench). Bounded: cleared when it grows past MATCH_CACHE_MAX entries.
 */
const matched = new Map<string, readonly County[]>();
const MATCH_CACHE_MAX = 4096;

/** All areas in the state that the county answer can mean (empty when none). Shared: never modify. */
export function matchCounty(state: string, county: string): readonly County[] {
  const key = `${state}|${county}`;
  let hit = matched.get(key);
  if (!hit) {
    if (matched.size >= MATCH_CACHE_MAX) matched.clear();
    hit = Object.freeze(matchCountyUncached(state, county));
    matched.set(key, hit);
  }
  return hit;
}

function matchCountyUncached(state: string, county: string): County[] {
  const idx = stateIndex(state);
  if (!idx) return [];
  // "Wayne County, MI" / "Wayne County, Michigan": the part before the comma names the county.
  const raw = county.split(',')[0]!.trim();
  const pick = (is: number[]) => is.map((i) => idx.counties[i]!);
  if (/^\d{5}$/.test(raw)) return raw.slice(0, 2) === table.states[state]!.fips && idx.byFips.has(raw) ? pick([idx.byFips.get(raw)!]) : [];
  if (/^\d{3}$/.test(raw)) { const f = table.states[state]!.fips + raw; return idx.byFips.has(f) ? pick([idx.byFips.get(f)!]) : []; }
  const cl = clean(raw);
  if (!cl) return [];
  const exact = idx.full.get(squash(cl));
  if (exact) return pick(exact);
  const asBase = idx.base.get(squash(cl));
  if (asBase) return pick(asBase);
  const sp = split(cl);
  const byBase = idx.base.get(sp.base);
  if (byBase) {
    // "Baltimore city" vs "Baltimore County": keep the kind the person said, when it tells them apart.
    const sameKind = byBase.filter((i) => idx.kind[i] === sp.kind || (sp.kind === 'county' && idx.kind[i] !== 'city'));
    return pick(sameKind.length ? sameKind : byBase);
  }
  const alias = idx.aliases.get(squash(cl)) ?? idx.aliases.get(sp.base);
  if (alias) return alias.filter((f) => idx.byFips.has(f)).map((f) => idx.counties[idx.byFips.get(f)!]!);
  return [];
}

/** The only area of a state that has exactly one (DC), else undefined. */
export function soleArea(state: string): County | undefined {
  const idx = stateIndex(state);
  return idx && idx.counties.length === 1 ? idx.counties[0] : undefined;
}

export function hudYears(): number[] {
  return table.years;
}

/** The area's limits for one fiscal year, or undefined when HUD has no row for it that year. Shared: never modify. */
export function areaLimits(state: string, fips: string, year: number): IncomeLimits | undefined {
  const s = table.states[state];
  const idx = stateIndex(state);
  const i = idx?.byFips.get(fips);
  if (!s || i === undefined) return undefined;
  const key = `${state}:${year}`;
  let recs = records.get(key);
  if (!recs) { recs = s.years[String(year)]?.split(';') ?? []; records.set(key, recs); }
  const rec = recs[i];
  if (!rec) return undefined;
  let done = decoded.get(key);
  if (!done) decoded.set(key, (done = []));
  let l = done[i];
  if (!l) {
    const d = decode(rec, fpgFor(table, year, state));
    l = done[i] = Object.freeze({ ami: d.ami, extremelyLow: Object.freeze(d.extremelyLow), veryLow: Object.freeze(d.veryLow), low: Object.freeze(d.low) }) as IncomeLimits;
  }
  return l;
}

export interface SizedLimits {
  ami: number;
  extremelyLow: number;
  veryLow: number;
  low: number;
  /** True when the family is larger than 8 and the figures follow HUD's +8%-per-person rule. */
  derivedForLargeFamily: boolean;
}

/**
 * Limits for a family size. Sizes 1-8 are HUD's published figures; above 8, HUD adds 8% of the
 * 4-person limit per extra person, rounded up to $50, and the extremely-low limit is the greater of
 * 30/50 of that very-low limit and the poverty guideline, capped at the very-low limit.
 */
export function limitsForSize(state: string, fips: string, year: number, size: number): SizedLimits | undefined {
  const l = areaLimits(state, fips, year);
  if (!l) return undefined;
  if (size <= 8) {
    return { ami: l.ami, extremelyLow: l.extremelyLow[size - 1]!, veryLow: l.veryLow[size - 1]!, low: l.low[size - 1]!, derivedForLargeFamily: false };
  }
  const fpg = fpgFor(table, year, state);
  const p = predict(l.veryLow[3]!, l.low[3]!, fpg, size);
  const eli = Math.min(p.vli, Math.max(povertyGuideline(fpg, size), ceil50(0.6 * l.veryLow[3]! * sizeFactor(size))));
  return { ami: l.ami, extremelyLow: eli, veryLow: p.vli, low: p.li, derivedForLargeFamily: true };
}

/** For tests and tools. */
export function hudTable(): HudTable {
  return table;
}
