/** Where to apply: the state agency contact compiled from rules/states/<xx>.yaml, when recorded. */
import { STATE_CONTACTS } from '../../rules';

export interface AgencyContact {
  agency?: string;
  programName?: string;
  url?: string;
  phone?: string;
}

export function stateContact(state: string, program: string): AgencyContact | undefined {
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
