/**
 * Work-rule notes: the time limit for able-bodied adults without dependents (ABAWDs; 7 U.S.C.
 * 2015(o); 7 CFR 273.24) — 3 months of benefits in 36 unless working or in a work program 80 hours a
 * month. Before 2025-07-04: ages 18–54, exempt if living with a child under 18, veterans, homeless
 * people and former foster youth under 25 exempt (Pub. L. 118-5). From 2025-07-04 (Pub. L. 119-21
 * §10102): ages 18–64, exempt only with a child under 14, and the veteran/homeless/foster-youth
 * exemptions removed. These are notes: the screening cannot know months already used or waivers.
 */
import type { Member, ScreeningRequest } from '../../core/request';
import type { Reason } from '../../core/types';
import type { AbawdRule } from './figures';
import type { Lookup } from '../../core/params';
import { isHomeless } from './deductions';
import { hasIncome } from './income';

function works80Hours(m: Member): boolean {
  const e = m.employment;
  return !!e && (e.status === 'employed' || e.status === 'self_employed') && (e.hoursPerWeek ?? 0) >= 20;
}

/** Append the ABAWD notes for `eligible` members to `out`. */
export function abawdNotes(request: ScreeningRequest, eligible: Member[], rule: Lookup<AbawdRule>, out: Reason[]): void {
  const r = rule.value;
  const members = request.household.members;
  for (const x of members) if (x.age < r.childUnder) return;
  const homeless = isHomeless(request);
  for (const m of eligible) {
    if (m.age < r.minAge || m.age > r.maxAge || m.disabled || m.pregnant || works80Hours(m)) continue;
    if (hasIncome(m, 'unemployment', 'ssdi', 'ssi')) continue;
    const oldExemption = m.veteran ? 'veteran' : homeless ? 'homeless' : m.fosterYouth && m.age <= 24 ? 'former_foster_youth' : undefined;
    if (oldExemption && r.exemptVeteransHomelessFosterYouth) continue;
    out.push({ code: 'snap.abawd_time_limit', values: { member: m.id, minAge: r.minAge, maxAge: r.maxAge, childUnder: r.childUnder, months: 3, periodMonths: 36, hoursPerMonth: 80 }, citation: rule.citation });
    if (oldExemption) out.push({ code: 'snap.abawd_exemption_removed', values: { member: m.id, exemption: oldExemption }, citation: rule.citation });
  }
}
