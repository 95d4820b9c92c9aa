/**
 * TANF noncitizen eligibility for one member on the screening date (PRWORA: 8 U.S.C. 1611-1613, 1641).
 *
 * Interim: this reads only the request's status codes. When the shared PRWORA module
 * (rules/core/immigration.ts) lands, its qualified-alien and bar-exemption facts replace the two
 * sets below; the outcome shape stays the same.
 */
import type { Member } from '../../core/request';
import type { Reason } from '../../core/types';

export type TanfImmigrationOutcome =
  | { kind: 'eligible'; reasons: Reason[] }
  | { kind: 'excluded'; reasons: Reason[] }
  /** Not enough facts (status withheld, or the date status was obtained is needed). */
  | { kind: 'unknown'; reasons: Reason[]; missing: string[] };

/** Qualified statuses exempt from the five-year bar (8 U.S.C. 1613(b); TVPA; refugee-equivalent parolee laws). */
const BAR_EXEMPT = new Set(['refugee', 'asylee', 'cuban_haitian_entrant', 'trafficking_victim', 'afghan_parolee', 'ukrainian_parolee', 'cofa_citizen']);
/** Qualified statuses subject to the bar (8 U.S.C. 1641(b)(1), (4)). */
const BARRED_FIVE_YEARS = new Set(['lawful_permanent_resident', 'parolee']);

const CITE_QUALIFIED = '8 U.S.C. 1611, 1612(b), 1641(b)-(c)';
const CITE_BAR = '8 U.S.C. 1613(a)-(b)';

function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  return `${String(y).padStart(4, '0')}${iso.slice(4)}`;
}

export type ParoleWindows = Partial<Record<string, { from: string; to: string }>>;
const CITE_PAROLE = 'Pub. L. 117-43 §2502; Pub. L. 117-128 §401; Pub. L. 118-50';

/** Citizens, nationals and members not asked: no reasons. Shared frozen (most members; read only). */
const NO_TEST: TanfImmigrationOutcome = Object.freeze({ kind: 'eligible', reasons: Object.freeze([]) as unknown as Reason[] });

export function tanfImmigration(member: Member, index: number, date: string, barYears: number, windows: ParoleWindows = {}): TanfImmigrationOutcome {
  const imm = member.immigration;
  const status = imm?.status;
  if (!status || status === 'citizen' || status === 'national') return NO_TEST;
  if (status === 'prefer_not_to_say') {
    return {
      kind: 'unknown',
      reasons: [{ code: 'tanf.immigration_not_answered', values: { member: member.id }, citation: CITE_QUALIFIED }],
      missing: [],
    };
  }
  const w = windows[status];
  if (w) {
    // Refugee-equivalent only when paroled in the window (later-paroled close family may also qualify).
    const since = imm?.since;
    const values = { member: member.id, status, since: since ?? null, windowFrom: w.from, windowTo: w.to };
    if (since !== undefined && (since < w.from || since > w.to)) {
      return { kind: 'unknown', reasons: [{ code: 'tanf.humanitarian_parole_outside_window', values, citation: CITE_PAROLE }], missing: [] };
    }
    return { kind: 'eligible', reasons: [{ code: 'tanf.humanitarian_parole_refugee_equivalent', values, citation: CITE_PAROLE }] };
  }
  if (BAR_EXEMPT.has(status)) {
    return { kind: 'eligible', reasons: [{ code: 'tanf.qualified_bar_exempt', values: { member: member.id, status }, citation: CITE_BAR }] };
  }
  if (BARRED_FIVE_YEARS.has(status)) {
    if (imm?.militaryConnection) {
      return { kind: 'eligible', reasons: [{ code: 'tanf.qualified_military_exempt', values: { member: member.id, status }, citation: '8 U.S.C. 1612(b)(2)(C), 1613(b)(2)' }] };
    }
    if (!imm?.since) {
      return {
        kind: 'unknown',
        reasons: [{ code: 'tanf.immigration_date_needed', values: { member: member.id, status, barYears }, citation: CITE_BAR }],
        missing: [`household.members.${index}.immigration.since`],
      };
    }
    const barEnds = addYears(imm.since, barYears);
    if (date < barEnds) {
      return { kind: 'excluded', reasons: [{ code: 'tanf.five_year_bar', values: { member: member.id, status, since: imm.since, barEnds }, citation: CITE_BAR }] };
    }
    const reasons: Reason[] = [{ code: 'tanf.qualified_after_bar', values: { member: member.id, status, since: imm.since, barEnds }, citation: CITE_BAR }];
    if (status === 'parolee') {
      reasons.push({ code: 'tanf.parole_one_year_needed', values: { member: member.id }, citation: '8 U.S.C. 1641(b)(4)' });
    }
    return { kind: 'eligible', reasons };
  }
  // TPS, DACA, other lawful statuses and undocumented people are not "qualified aliens".
  return { kind: 'excluded', reasons: [{ code: 'tanf.not_qualified_status', values: { member: member.id, status }, citation: CITE_QUALIFIED }] };
}
