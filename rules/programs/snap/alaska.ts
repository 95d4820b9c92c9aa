/**
 * Alaska's SNAP allotment areas (7 CFR 272.7(b)): Urban, Rural I and Rural II thrifty food plans, with
 * their own maximum allotments and minimum benefits (the standard deduction and shelter cap are
 * statewide). The area belongs to a community; rules/states/ak.yaml (state.AK.snap.allotment_areas)
 * lists for each borough or census area the areas its communities are in. One area: the county decides
 * it. Several, no county, or a county not listed: the lowest possible area is used (the estimate never
 * overstates) and the formula shows what the others would pay.
 */
import type { Evaluation } from '../../core/context';
import type { Lookup } from '../../core/params';
import type { SnapFigures } from './figures';
import { noteUsed } from './figures';
import { ALASKA_AREAS, normalizeCounty, type AlaskaArea, type SnapAllotmentAreas } from './state-params';
import { CITE } from './cites';

export interface AlaskaAreaChoice {
  /** The area the estimate uses: the county's only area, else the lowest possible one. */
  area: AlaskaArea;
  /** Every area the household may be in, lowest first. */
  possible: readonly AlaskaArea[];
  /** The county was given (a missing county would decide the area for most boroughs). */
  countyGiven: boolean;
  /** The figures for an area (the shared figures with that area's allotment table). */
  figFor: (area: AlaskaArea) => SnapFigures;
  citation: string;
}

const byTable = new WeakMap<SnapAllotmentAreas, Map<string, readonly AlaskaArea[]>>();
function countyAreas(t: SnapAllotmentAreas): Map<string, readonly AlaskaArea[]> {
  let m = byTable.get(t);
  if (m) return m;
  m = new Map();
  for (const c of t.counties) {
    const areas = ALASKA_AREAS.filter((a) => c.areas.includes(a));
    for (const n of c.names) m.set(normalizeCounty(n), areas);
  }
  byTable.set(t, m);
  return m;
}

const variants = new WeakMap<SnapFigures, Partial<Record<AlaskaArea, SnapFigures>>>();
function figuresFor(fig: SnapFigures, area: AlaskaArea): SnapFigures {
  if (area === 'urban' || !fig.alaska) return fig;
  let v = variants.get(fig);
  if (!v) variants.set(fig, (v = {}));
  let f = v[area];
  if (!f) {
    const t = fig.alaska.tables[area];
    f = v[area] = { ...fig, maxAllotment: t.maxAllotment, minBenefit: t.minBenefit, cite: { ...fig.cite, benefit: `${CITE.benefit}; ${t.maxAllotment.citation}` } };
  }
  return f;
}

/** The allotment area for an Alaska screening (undefined outside Alaska). Notes the area table's flags. */
export function alaskaArea(ev: Evaluation, fig: SnapFigures): AlaskaAreaChoice | undefined {
  const ak = fig.alaska;
  if (!ak) return undefined;
  const county = ev.request.location.county;
  const areas = ak.areas ? countyAreas(ak.areas.value) : undefined;
  const possible = (county !== undefined && areas?.get(normalizeCounty(county))) || ALASKA_AREAS;
  noteUsed(ev, ak.areas as Lookup<unknown> | undefined);
  const area = possible[0]!;
  const used = ak.tables[area];
  if (area !== 'urban') { noteUsed(ev, used.maxAllotment); noteUsed(ev, used.minBenefit); }
  return {
    area,
    possible,
    countyGiven: county !== undefined,
    figFor: (a) => figuresFor(fig, a),
    citation: ak.areas ? `${ak.areas.citation}; ${used.maxAllotment.citation}` : `7 CFR 272.7(b); ${used.maxAllotment.citation}`,
  };
}

/** Record the flags of another area's figures shown in a what-if. */
export function noteArea(ev: Evaluation, fig: SnapFigures, area: AlaskaArea): void {
  const t = fig.alaska?.tables[area];
  if (!t || area === 'urban') return;
  noteUsed(ev, t.maxAllotment);
  noteUsed(ev, t.minBenefit);
}
