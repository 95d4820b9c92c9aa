/** Where to apply: the state agency contact compiled from rules/states/<xx>.yaml, when recorded. */
import { STATE_CONTACTS } from '../../rules';

export interface AgencyContact {
  agency?: string;
  programName?: string;
  url?: string;
  phone?: string;
}

/**
 * Programs that use another program's contact when the state records none of their own — the same
 * fallbacks the rules use for next steps (CHIP → Medicaid agency, TANF/emergency → SNAP agency,
 * the three WIOA programs → the state's `wioa` contact, Pre-ETS → the VR agency).
 */
const FALLBACK: Readonly<Record<string, readonly string[]>> = {
  chip: ['medicaid'],
  tanf: ['snap'],
  emergency_assistance: ['snap'],
  wioa_adult: ['wioa'],
  wioa_dislocated_worker: ['wioa'],
  wioa_youth: ['wioa'],
  pre_ets: ['vr'],
};

export function stateContact(state: string, program: string): AgencyContact | undefined {
  for (const p of [program, ...(FALLBACK[program] ?? [])]) {
    const found = ownContact(state, p);
    if (found) return found;
  }
  return undefined;
}

function ownContact(state: string, program: string): AgencyContact | undefined {
  const c = STATE_CONTACTS[state]?.contacts?.[program];
  if (!c || typeof c !== 'object') return undefined;
  const o = c as Record<string, unknown>;
  const pick = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  const out: AgencyContact = {};
  for (const k of ['agency', 'programName', 'url', 'phone'] as const) {
    const v = pick(k);
    if (v) out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

export function stateName(state: string): string | undefined {
  return STATE_CONTACTS[state]?.name;
}
